//! Private-key blocks: PEM (PKCS#1, PKCS#8, SEC1, DSA, encrypted), OpenSSH, PGP and
//! SSH2, from `-----BEGIN` to the end of the matching `-----END … -----` line, also when
//! pasted `\n`-escaped inside JSON; a block cut off before its footer still counts.

use super::candidate;
use crate::context::Input;
use crate::recognizers::{Candidate, Hit, Recognizer, Trigger};

/// How far a footer may be from its header (a 4096-bit RSA key is ~3.3 KB, PGP blocks more).
const MAX_BLOCK: usize = 64 * 1024;

pub(super) struct PrivateKeys;

const BEGIN: usize = 0;
const END: usize = 1;

/// The kind for a header label, or `None` when the block is not a private key.
fn kind_of(label: &str, body: &str) -> Option<&'static str> {
    Some(match label {
        "RSA PRIVATE KEY" => "private_key_rsa_pkcs1",
        "PRIVATE KEY" if body.contains("BgkqhkiG9w0BAQEF") => "private_key_rsa_pkcs8",
        "PRIVATE KEY" => "private_key_pkcs8",
        "ENCRYPTED PRIVATE KEY" => "private_key_encrypted",
        "EC PRIVATE KEY" => "private_key_ec_sec1",
        "DSA PRIVATE KEY" => "private_key_dsa",
        "OPENSSH PRIVATE KEY" => "private_key_openssh",
        "PGP PRIVATE KEY BLOCK" => "private_key_pgp",
        "SSH2 ENCRYPTED PRIVATE KEY" => "private_key_ssh2",
        _ => return None,
    })
}

/// Whether the text between header and footer holds real key material.
fn has_key_material(body: &str) -> bool {
    if body.contains("...") || body.contains('…') || body.contains('<') {
        return false;
    }
    let material = body
        .bytes()
        .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        .count();
    material >= 64 && super::entropy(body) >= 4.0
}

impl Recognizer for PrivateKeys {
    fn kinds(&self) -> &'static [&'static str] {
        &[
            "private_key_dsa",
            "private_key_ec_sec1",
            "private_key_encrypted",
            "private_key_openssh",
            "private_key_pgp",
            "private_key_pkcs8",
            "private_key_rsa_pkcs1",
            "private_key_rsa_pkcs8",
            "private_key_ssh2",
        ]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Anchors(vec!["-----BEGIN ", "-----END "])
    }

    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>) {
        let text = input.text();
        let mut ends: Vec<usize> = hits
            .iter()
            .filter(|h| h.anchor == END)
            .map(|h| h.end)
            .collect();
        ends.sort_unstable();
        let mut covered_to = 0;
        for hit in hits.iter().filter(|h| h.anchor == BEGIN) {
            if hit.start < covered_to || text.get(hit.start..hit.end) != Some("-----BEGIN ") {
                continue;
            }
            let Some(label) = header_label(text, hit.end) else {
                continue;
            };
            let body_start = hit.end + label.len() + 5;
            let next_end = ends.partition_point(|&e| e <= body_start);
            let footer = ends.get(next_end).copied().filter(|&e| {
                e >= body_start + "-----END ".len()
                    && e - body_start <= MAX_BLOCK
                    && text.get(e..).is_some_and(|t| {
                        t.starts_with(label)
                            && t.get(label.len()..).is_some_and(|r| r.starts_with("-----"))
                    })
            });
            let (end, body, score) = match footer {
                Some(e) => (
                    e + label.len() + 5,
                    &text[body_start..e - "-----END ".len()],
                    0.99,
                ),
                None => {
                    let end = truncated_end(text, body_start);
                    (end, &text[body_start..end], 0.9)
                }
            };
            let Some(kind) = kind_of(label, body) else {
                continue;
            };
            if !has_key_material(body) {
                continue;
            }
            let reason = if footer.is_some() {
                "private key block"
            } else {
                "private key block (no footer)"
            };
            out.push(candidate(hit.start, end, kind, score, reason));
            covered_to = end;
        }
    }
}

/// The label of `-----BEGIN <label>-----` when it names a private key.
fn header_label(text: &str, from: usize) -> Option<&str> {
    let rest = text.get(from..)?;
    let mut cut = rest.len().min(48);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let window = &rest[..cut];
    let close = window.find("-----")?;
    let label = &window[..close];
    label.contains("PRIVATE KEY").then_some(label)
}

/// Where a block without footer ends: after the last base64 line (escaped newlines count).
fn truncated_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let limit = from.saturating_add(MAX_BLOCK).min(bytes.len());
    let mut end = from;
    let mut i = from;
    while i < limit {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=') {
            i += 1;
            end = i;
        } else if matches!(b, b'\n' | b'\r' | b' ' | b'\\') {
            i += 1;
        } else {
            break;
        }
    }
    end
}
