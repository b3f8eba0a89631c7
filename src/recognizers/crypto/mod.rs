//! Recognizers for the `crypto_wallet` family: Bitcoin (Base58Check P2PKH/P2SH, bech32
//! segwit v0 and bech32m taproot), Litecoin and TRON (Base58Check), and Ethereum
//! (`0x` + 40 hex, EIP-55 mixed-case checksum).
//!
//! One linear pass over maximal alphanumeric tokens of wallet length; every address
//! format with a checksum is only reported when the checksum holds.

mod hash;

use super::{Candidate, Hit, Recognizer, Trigger};
use crate::context::Input;
use crate::finding::Category;
use hash::{keccak256, sha256};
use std::borrow::Cow;

/// The Base58 alphabet (no `0`, `O`, `I`, `l`).
const BASE58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
/// The bech32 data alphabet.
const BECH32: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/// Wallet addresses.
struct Wallets;

/// The recognizers of this family.
pub(crate) fn recognizers() -> Vec<Box<dyn Recognizer>> {
    vec![Box::new(Wallets)]
}

impl Recognizer for Wallets {
    fn kinds(&self) -> &'static [&'static str] {
        &[
            "btc_p2pkh",
            "btc_p2sh",
            "btc_bech32",
            "btc_taproot",
            "eth",
            "tron",
            "ltc",
        ]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Always
    }

    fn recognize(&self, input: &Input<'_>, _hits: &[Hit], out: &mut Vec<Candidate>) {
        let text = input.text();
        let bytes = text.as_bytes();
        let glued = |b: Option<&u8>| b.is_some_and(|&b| b == b'_' || b >= 0x80);
        // Addresses are 25 to 90 letters and digits; shorter words are skipped unread.
        crate::context::long_runs(
            bytes,
            25,
            |b| b.is_ascii_alphanumeric(),
            |start, i| {
                if i - start <= 90
                    && !glued(start.checked_sub(1).and_then(|p| bytes.get(p)))
                    && !glued(bytes.get(i))
                {
                    if let Some((kind, score, reason)) = classify(&text[start..i]) {
                        out.push(Candidate {
                            start,
                            end: i,
                            category: Category::CryptoWallet,
                            kind,
                            score,
                            reason: Cow::Borrowed(reason),
                        });
                    }
                }
            },
        );
    }
}

/// The wallet kind of a token, with its score and reason.
fn classify(token: &str) -> Option<(&'static str, f32, &'static str)> {
    let starts = |prefix: &str| {
        token
            .get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
    };
    if starts("0x") {
        return eth(token);
    }
    if starts("bc1") {
        return segwit(token);
    }
    // Base58Check versions 0x00, 0x05, 0x41 and 0x30/0x32 start with these characters.
    if !(25..=35).contains(&token.len()) || !token.starts_with(['1', '3', 'T', 'L', 'M']) {
        return None;
    }
    let payload = base58check(token)?;
    let kind = match (payload.len(), payload[0]) {
        (21, 0x00) => "btc_p2pkh",
        (21, 0x05) => "btc_p2sh",
        (21, 0x41) => "tron",
        (21, 0x30 | 0x32) => "ltc",
        _ => return None,
    };
    Some((kind, 0.97, "wallet address: Base58Check checksum valid"))
}

/// An Ethereum address: all-lower or all-upper hex, or mixed case that passes EIP-55.
fn eth(token: &str) -> Option<(&'static str, f32, &'static str)> {
    let hex = token.get(2..)?;
    if hex.len() != 40 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let has_lower = hex.bytes().any(|b| b.is_ascii_lowercase());
    let has_upper = hex.bytes().any(|b| b.is_ascii_uppercase());
    if !(has_lower && has_upper) {
        // A run of one digit repeated (`0x000…0`) is a placeholder, not an address.
        let first = hex.as_bytes()[0];
        return (!hex.bytes().all(|b| b == first)).then_some((
            "eth",
            0.9,
            "Ethereum address (0x + 40 hex)",
        ));
    }
    if eip55_valid(hex) {
        Some(("eth", 0.97, "Ethereum address: EIP-55 checksum valid"))
    } else {
        Some((
            "eth",
            0.55,
            "Ethereum-like address with a failing EIP-55 checksum",
        ))
    }
}

/// EIP-55: a letter is upper case exactly when the matching nibble of
/// keccak256(lowercase hex) is 8 or more.
fn eip55_valid(hex: &str) -> bool {
    let lower = hex.to_ascii_lowercase();
    let digest = keccak256(lower.as_bytes());
    hex.bytes().enumerate().all(|(i, b)| {
        let nibble = (digest[i / 2] >> if i % 2 == 0 { 4 } else { 0 }) & 0x0f;
        !b.is_ascii_alphabetic() || b.is_ascii_uppercase() == (nibble >= 8)
    })
}

/// Decodes Base58Check: the payload when the 4-byte double-SHA-256 checksum holds.
fn base58check(token: &str) -> Option<Vec<u8>> {
    const LEN: usize = 25;
    let mut bytes = [0u8; LEN];
    for c in token.bytes() {
        let mut carry = BASE58.iter().position(|&a| a == c)? as u32;
        for byte in bytes.iter_mut().rev() {
            carry += u32::from(*byte) * 58;
            *byte = (carry & 0xff) as u8;
            carry >>= 8;
        }
        if carry != 0 {
            return None;
        }
    }
    // Each leading `1` stands for exactly one leading zero byte.
    let ones = token.bytes().take_while(|&c| c == b'1').count();
    let zeros = bytes.iter().take_while(|&&b| b == 0).count();
    if ones != zeros {
        return None;
    }
    let (payload, checksum) = bytes.split_at(LEN - 4);
    let digest = sha256(&sha256(payload));
    (digest[..4] == *checksum).then(|| payload.to_vec())
}

/// A segwit address (`bc1…`): bech32 for version 0, bech32m for later versions, with a
/// program length the version allows.
fn segwit(token: &str) -> Option<(&'static str, f32, &'static str)> {
    let has_lower = token.bytes().any(|b| b.is_ascii_lowercase());
    let has_upper = token.bytes().any(|b| b.is_ascii_uppercase());
    if has_lower && has_upper {
        return None;
    }
    let lower = token.to_ascii_lowercase();
    let data: Vec<u8> = lower
        .bytes()
        .skip(3)
        .map(|c| BECH32.iter().position(|&a| a == c).map(|v| v as u8))
        .collect::<Option<_>>()?;
    if data.len() < 7 {
        return None;
    }
    let mut values = vec![3, 3, 0, 2, 3];
    values.extend_from_slice(&data);
    let residue = polymod(&values);
    let version = data[0];
    let program_bits = (data.len() - 7) * 5;
    let program_len = program_bits / 8;
    match (version, residue) {
        (0, 1) if matches!(program_len, 20 | 32) => {
            Some(("btc_bech32", 0.97, "segwit address: bech32 checksum valid"))
        }
        (1, 0x2bc8_30a3) if program_len == 32 => Some((
            "btc_taproot",
            0.97,
            "taproot address: bech32m checksum valid",
        )),
        (2..=16, 0x2bc8_30a3) if (2..=40).contains(&program_len) => {
            Some(("btc_bech32", 0.97, "segwit address: bech32m checksum valid"))
        }
        _ => None,
    }
}

/// The BIP-173 checksum polynomial over 5-bit values.
fn polymod(values: &[u8]) -> u32 {
    const GEN: [u32; 5] = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
    let mut chk: u32 = 1;
    for &v in values {
        let top = chk >> 25;
        chk = ((chk & 0x1ff_ffff) << 5) ^ u32::from(v);
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_addresses() {
        for (address, kind) in [
            // The genesis block coinbase and the BIP-13 example.
            ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "btc_p2pkh"),
            ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "btc_p2sh"),
            // BIP-173 and BIP-350 test vectors.
            ("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "btc_bech32"),
            (
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
                "btc_taproot",
            ),
            // EIP-55 examples.
            ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "eth"),
            ("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "eth"),
            ("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "eth"),
            ("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", "eth"),
        ] {
            let (found, score, _) = classify(address).unwrap_or(("none", 0.0, ""));
            assert_eq!(found, kind, "{address}");
            assert!(score >= 0.9, "{address}");
        }
    }

    #[test]
    fn broken_checksums_are_rejected() {
        assert!(classify("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb").is_none());
        // BIP-173: a v0 program under the bech32m constant, and mixed case.
        assert!(classify("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5").is_none());
        assert!(classify("bc1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4").is_none());
        let (_, score, _) = classify("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD").unwrap();
        assert!(score < 0.6);
    }
}
