//! Passwords in URLs and connection strings: `scheme://user:password@host`. Only the
//! password is reported; documentation values (`user:password@`, `${DB_PASS}`) are not.

use super::{candidate, is_placeholder};
use crate::context::Input;
use crate::recognizers::{Candidate, Hit, Recognizer, Trigger};

/// Longest `user:password@host` part looked at.
const MAX_AUTHORITY: usize = 256;

pub(super) struct UrlPasswords;

/// Passwords that only stand in for one.
const STAND_INS: &[&str] = &[
    "password", "passwd", "pass", "pwd", "secret", "xxx", "changeme", "pw", "p",
];

impl Recognizer for UrlPasswords {
    fn kinds(&self) -> &'static [&'static str] {
        &["connection_string_password"]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Anchors(vec!["://"])
    }

    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>) {
        let text = input.text();
        let bytes = text.as_bytes();
        for hit in hits {
            // A scheme of at least two letters right before `://`.
            let mut s = hit.start;
            while s > 0
                && hit.start - s < 24
                && (bytes[s - 1].is_ascii_alphanumeric() || b"+.-".contains(&bytes[s - 1]))
            {
                s -= 1;
            }
            if hit.start - s < 2 || !bytes[s].is_ascii_alphabetic() {
                continue;
            }
            let from = hit.end;
            let mut limit = from.saturating_add(MAX_AUTHORITY).min(bytes.len());
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            let mut end = from;
            while end < limit
                && !matches!(
                    bytes[end],
                    b' ' | b'\t'
                        | b'\n'
                        | b'\r'
                        | b'/'
                        | b'?'
                        | b'#'
                        | b'"'
                        | b'\''
                        | b'<'
                        | b'>'
                        | b'`'
                        | b'\\'
                )
            {
                end += 1;
            }
            let Some(at) = text[from..end].rfind('@').map(|i| from + i) else {
                continue;
            };
            let Some(colon) = text[from..at].find(':').map(|i| from + i) else {
                continue;
            };
            let (user, password) = (&text[from..colon], &text[colon + 1..at]);
            let host = &text[at + 1..end];
            if password.is_empty()
                || host.is_empty()
                || password == user
                || is_placeholder(password)
                || password.starts_with('$')
                || password.starts_with('%') && password.len() <= 3
                || STAND_INS.contains(&password.to_ascii_lowercase().as_str())
            {
                continue;
            }
            let score = if password.len() >= 6 { 0.9 } else { 0.75 };
            out.push(candidate(
                colon + 1,
                at,
                "connection_string_password",
                score,
                "password in a URL",
            ));
        }
    }
}
