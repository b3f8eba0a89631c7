//! Recognizers for the `credential` family: provider API keys and tokens, private-key
//! blocks, JWTs, bearer tokens, secrets assigned in configuration and code, and passwords
//! in connection URLs.
//!
//! Every recognizer is anchored on literals (token prefixes, `-----BEGIN`, `eyJ`, `://`,
//! secret-ish key names) so that prose without any of them costs nothing, and every anchor
//! hit looks at a bounded stretch of text, so no input makes the work quadratic.
//! The helpers here are shared: character classes of token bodies, Shannon entropy,
//! placeholder detection, CRC32 and a small base64 decoder.

mod assign;
mod dotted;
mod jwt;
mod pem;
mod providers;
mod url;

use super::{Candidate, Recognizer};
use crate::finding::Category;
use std::borrow::Cow;

/// The recognizers of this family.
pub(crate) fn recognizers() -> Vec<Box<dyn Recognizer>> {
    vec![
        Box::new(providers::Providers::new()),
        Box::new(pem::PrivateKeys),
        Box::new(jwt::Jwt),
        Box::new(assign::Assignments::new()),
        Box::new(url::UrlPasswords),
        Box::new(dotted::Dotted),
    ]
}

/// A credential candidate.
fn candidate(
    start: usize,
    end: usize,
    kind: &'static str,
    score: f32,
    reason: impl Into<Cow<'static, str>>,
) -> Candidate {
    Candidate::new(Category::Credential, start, end, kind, score, reason)
}

/// Characters that can continue a token on either side (letters, digits, `_`, `-`).
fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// Whether the byte before `at` glues a token starting at `at` to a longer word.
fn glued_left(text: &str, at: usize) -> bool {
    at.checked_sub(1)
        .and_then(|i| text.as_bytes().get(i))
        .is_some_and(|&b| is_token_byte(b) || b == b'+' || b == b'/')
}

/// End of the run of bytes accepted by `accept` starting at `from`, looking at no more
/// than `cap` bytes (the run is then `cap` long and the caller treats it as too long).
fn run_end(text: &str, from: usize, cap: usize, accept: impl Fn(u8) -> bool) -> usize {
    let bytes = text.as_bytes();
    let limit = from.saturating_add(cap).min(bytes.len());
    let mut i = from.min(limit);
    while i < limit && accept(bytes[i]) {
        i += 1;
    }
    i
}

/// Shannon entropy of `s` in bits per byte.
fn entropy(s: &str) -> f64 {
    if s.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for b in s.bytes() {
        counts[usize::from(b)] += 1;
    }
    let n = s.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = f64::from(c) / n;
            -p * p.log2()
        })
        .sum()
}

/// Whether a token body looks random enough to be a real secret: no long runs of one
/// character, no placeholder words, and enough entropy for its length.
fn looks_random(body: &str) -> bool {
    if body.len() < 8 || is_placeholder(body) {
        return false;
    }
    let bytes = body.as_bytes();
    let mut run = 1;
    for pair in bytes.windows(2) {
        run = if pair[0] == pair[1] { run + 1 } else { 1 };
        if run >= 6 {
            return false;
        }
    }
    // Random base62 of length n has close to min(log2(n), 5.95) bits per byte; hex has 4.
    let needed = if body.len() >= 32 { 3.0 } else { 2.6 };
    entropy(body) >= needed
}

/// Words and shapes that mark a documentation value rather than a secret.
fn is_placeholder(value: &str) -> bool {
    const MARKERS: &[&str] = &[
        "xxxx",
        "****",
        "....",
        "…",
        "example",
        "your_",
        "your-",
        "yourkey",
        "yourtoken",
        "yourpass",
        "yoursecret",
        "placeholder",
        "changeme",
        "change_me",
        "change-me",
        "redacted",
        "dummy",
        "insert",
        "replace",
        "<",
        ">",
        "${",
        "{{",
        "}}",
        "$(",
        "%(",
        "•",
        "...",
        "notreal",
        "not_real",
        "fake",
        "sample",
    ];
    // The markers are lowercase: an ASCII case-insensitive search needs no lowered copy.
    MARKERS
        .iter()
        .any(|m| crate::context::find_ascii_ci(value, m).is_some())
}

/// The standard CRC-32 (IEEE 802.3, reflected polynomial `0xEDB88320`).
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// `value` in base62 (`0-9A-Za-z`), left-padded with `0` to `width` digits.
fn base62(mut value: u32, width: usize) -> String {
    const DIGITS: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::with_capacity(width);
    while value > 0 {
        out.push(DIGITS[(value % 62) as usize]);
        value /= 62;
    }
    while out.len() < width {
        out.push(b'0');
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Decodes standard or URL-safe base64, padded or not; `None` on any other character.
fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for b in s.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_check_value() {
        // The catalogue check value of CRC-32/ISO-HDLC.
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn base62_pads_to_width() {
        assert_eq!(base62(0, 6), "000000");
        assert_eq!(base62(61, 2), "0z");
        assert_eq!(base62(62, 2), "10");
    }

    #[test]
    fn base64_decodes_both_alphabets() {
        assert_eq!(
            base64_decode("eyJhbGciOiJIUzI1NiJ9").unwrap(),
            br#"{"alg":"HS256"}"#
        );
        assert_eq!(base64_decode("-_8").unwrap(), vec![0xfb, 0xff]);
        assert_eq!(base64_decode("TQ==").unwrap(), b"M");
        assert!(base64_decode("a b").is_none());
    }

    #[test]
    fn randomness_rejects_placeholders() {
        assert!(looks_random("tXZ3Zxul9LqqR4Kuh4vXJK2We6KGFW1g"));
        assert!(!looks_random("XXXXXXXXXXXXXXXXXXXXXXXX"));
        assert!(!looks_random("your_api_key_here"));
        assert!(!looks_random("abcabcabcabcabcabc"));
        assert!(!looks_random("short"));
    }
}
