//! JSON Web Tokens: three base64url parts whose header decodes to a JSON object with an
//! `"alg"` member (and whose payload is a JSON object too).

use super::{base64_decode, candidate, run_end};
use crate::context::Input;
use crate::recognizers::{Candidate, Hit, Recognizer, Trigger};

/// Longest header and payload considered (real ones are far shorter).
const MAX_PART: usize = 8 * 1024;

pub(super) struct Jwt;

fn b64url(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

impl Recognizer for Jwt {
    fn kinds(&self) -> &'static [&'static str] {
        &["jwt"]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Anchors(vec!["eyJ"])
    }

    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>) {
        let text = input.text();
        let bytes = text.as_bytes();
        let mut covered_to = 0;
        for hit in hits {
            let start = hit.start;
            if start < covered_to
                || text.get(start..hit.end) != Some("eyJ")
                || start
                    .checked_sub(1)
                    .is_some_and(|i| b64url(bytes[i]) || bytes[i] == b'.')
            {
                continue;
            }
            let header_end = run_end(text, start, MAX_PART, b64url);
            if bytes.get(header_end) != Some(&b'.') {
                continue;
            }
            let payload_start = header_end + 1;
            let payload_end = run_end(text, payload_start, MAX_PART, b64url);
            if payload_end - payload_start < 4 || bytes.get(payload_end) != Some(&b'.') {
                continue;
            }
            let sig_start = payload_end + 1;
            let sig_end = run_end(text, sig_start, 1024, b64url);
            if bytes.get(sig_end).is_some_and(|&b| b64url(b) || b == b'.') {
                continue;
            }
            let Some(header) = base64_decode(&text[start..header_end]) else {
                continue;
            };
            let header = String::from_utf8_lossy(&header);
            if !header.trim_start().starts_with('{') || !header.contains("\"alg\"") {
                continue;
            }
            let payload_is_json = text
                .get(payload_start..payload_start + 3)
                .is_some_and(|p| p == "eyJ" || p == "ewo" || p == "e30");
            if !payload_is_json {
                continue;
            }
            let signed = sig_end - sig_start >= 16;
            let score = if signed { 0.97 } else { 0.85 };
            let reason = if signed {
                "JWT: header decodes to JSON with \"alg\""
            } else {
                "unsigned JWT"
            };
            out.push(candidate(start, sig_end, "jwt", score, reason));
            covered_to = sig_end;
        }
    }
}
