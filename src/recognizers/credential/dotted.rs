//! Tokens without a prefix whose shape hangs on a dot: Discord bot tokens (the first part
//! is a base64-encoded numeric user ID), Zhipu/BigModel keys (`<32 hex>.<16 alnum>`) and
//! Airtable personal access tokens (`pat<14>.<64 hex>`).
//!
//! Runs on texts with digits and visits each `.` once, looking at a bounded stretch around it.

use super::{base64_decode, candidate, looks_random};
use crate::context::Input;
use crate::recognizers::{Candidate, Hit, Recognizer, Trigger};

pub(super) struct Dotted;

fn url(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// Length of the run of `class` bytes starting at `from`, up to `cap`.
fn run(bytes: &[u8], from: usize, cap: usize, class: fn(u8) -> bool) -> usize {
    bytes.get(from..).map_or(0, |rest| {
        rest.iter().take(cap).take_while(|&&b| class(b)).count()
    })
}

impl Recognizer for Dotted {
    fn kinds(&self) -> &'static [&'static str] {
        &["airtable_pat", "discord_bot_token", "zhipu_api_key"]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Digits
    }

    fn recognize(&self, input: &Input<'_>, _hits: &[Hit], out: &mut Vec<Candidate>) {
        let text = input.text();
        let bytes = text.as_bytes();
        let mut done_to = 0;
        for (dot, _) in text.match_indices('.') {
            if dot < done_to {
                continue;
            }
            let mut left = dot;
            while left > 0 && dot - left <= 40 && url(bytes[left - 1]) {
                left -= 1;
            }
            let left_len = dot - left;
            if !(17..=40).contains(&left_len) {
                continue;
            }
            if left > 0 && matches!(bytes[left - 1], b'.' | b'+' | b'/') {
                continue;
            }
            let part1 = &text[left..dot];
            let right_len = run(bytes, dot + 1, 81, url);
            let right_end = dot + 1 + right_len;
            let glued_right = bytes
                .get(right_end)
                .is_some_and(|&b| b == b'.' || b.is_ascii_alphanumeric());
            if let Some(end) = discord(text, left, dot) {
                out.push(candidate(
                    left,
                    end,
                    "discord_bot_token",
                    0.93,
                    "Discord bot token (encoded user ID)",
                ));
                done_to = end;
            } else if glued_right {
                continue;
            } else if left_len == 32
                && right_len == 16
                && part1.bytes().all(|b| b.is_ascii_hexdigit())
                && text[dot + 1..right_end]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric())
                && looks_random(&text[dot + 1..right_end])
            {
                out.push(candidate(
                    left,
                    right_end,
                    "zhipu_api_key",
                    0.9,
                    "Zhipu API key format (id.secret)",
                ));
                done_to = right_end;
            } else if left_len == 17
                && part1.starts_with("pat")
                && part1.bytes().all(|b| b.is_ascii_alphanumeric())
                && right_len == 64
                && text[dot + 1..right_end]
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit())
            {
                out.push(candidate(
                    left,
                    right_end,
                    "airtable_pat",
                    0.95,
                    "Airtable personal access token",
                ));
                done_to = right_end;
            }
        }
    }
}

/// End of a Discord bot token whose first part is `text[left..dot]`.
fn discord(text: &str, left: usize, dot: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let part1 = &text[left..dot];
    if !(23..=28).contains(&part1.len()) || !matches!(bytes[left], b'M' | b'N' | b'O') {
        return None;
    }
    let id = base64_decode(part1)?;
    if !(17..=20).contains(&id.len()) || !id.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let part2 = run(bytes, dot + 1, 8, url);
    let second_dot = dot + 1 + part2;
    if part2 != 6 || bytes.get(second_dot) != Some(&b'.') {
        return None;
    }
    let part3 = run(bytes, second_dot + 1, 40, url);
    let end = second_dot + 1 + part3;
    if !(27..=38).contains(&part3) || bytes.get(end).is_some_and(|&b| url(b) || b == b'.') {
        return None;
    }
    Some(end)
}
