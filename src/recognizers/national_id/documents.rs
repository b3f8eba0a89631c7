//! Passport and driver licence numbers. They carry no check digit a text could be tested
//! against and their formats overlap with any reference number, so they are reported only
//! right after a label word ("Passport No.", "护照号码", "Führerschein-Nr.", …), which the
//! scanner finds as anchors.

use super::keywords::{self, LICENCE, PASSPORT};
use crate::context::Input;
use crate::finding::Category;
use crate::recognizers::{Candidate, Hit, Recognizer, Trigger};
use std::borrow::Cow;

/// Fewest and most characters of a document number, separators aside.
const LENGTH: std::ops::RangeInclusive<usize> = 6..=12;

/// Document numbers after their labels.
pub(super) struct Documents;

impl Recognizer for Documents {
    fn kinds(&self) -> &'static [&'static str] {
        &["passport", "drivers_license"]
    }

    fn trigger(&self) -> Trigger {
        let mut anchors = keywords::words(PASSPORT).to_vec();
        anchors.extend_from_slice(keywords::words(LICENCE));
        Trigger::Anchors(anchors)
    }

    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>) {
        let passport_words = keywords::words(PASSPORT).len();
        let mut last_end = 0;
        for hit in hits {
            if !input.is_word_boundary(hit.start, hit.end) && is_ascii_edged(input, hit) {
                continue;
            }
            let Some((start, end)) = value_after(input.text(), hit.end) else {
                continue;
            };
            if start < last_end {
                continue;
            }
            last_end = end;
            let (kind, score, reason) = if hit.anchor < passport_words {
                ("passport", 0.8, "document number after a passport label")
            } else {
                (
                    "drivers_license",
                    0.75,
                    "document number after a driver licence label",
                )
            };
            out.push(Candidate {
                start,
                end,
                category: Category::NationalId,
                kind,
                score,
                reason: Cow::Borrowed(reason),
            });
        }
    }
}

/// Whether the anchor starts and ends with ASCII letters, so word boundaries apply.
fn is_ascii_edged(input: &Input<'_>, hit: &Hit) -> bool {
    let word = input.text().get(hit.start..hit.end).unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_alphanumeric())
        || word.ends_with(|c: char| c.is_ascii_alphanumeric())
}

/// The document number that follows a label ending at `at`: label filler, then one token
/// (or tokens joined by single spaces or dashes) of mostly digits.
fn value_after(text: &str, at: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = at;
    // Skip filler words ("No.", "number", "Nummer") up to the first token with a digit.
    let start = loop {
        while i < bytes.len() && !bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let token_start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if token_start == i || i - at > 48 {
            return None;
        }
        if bytes[token_start..i].iter().any(u8::is_ascii_digit) {
            break token_start;
        }
    };
    if !keywords::label_gap(text.get(at..start)?) {
        return None;
    }
    let mut end = i;
    while end + 1 < bytes.len()
        && matches!(bytes[end], b' ' | b'-')
        && bytes[end + 1].is_ascii_digit()
    {
        let mut j = end + 1;
        while j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
            j += 1;
        }
        end = j;
    }
    let value = &bytes[start..end];
    let chars = value.iter().filter(|b| b.is_ascii_alphanumeric()).count();
    let digits = value.iter().filter(|b| b.is_ascii_digit()).count();
    (LENGTH.contains(&chars) && digits >= 5 && chars - digits <= 3).then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_follow_their_labels() {
        let text = "Passport No.: E12345678, DL 123-456-789 x";
        let at = |s: &str| text.find(s).unwrap() + s.len();
        assert_eq!(value_after(text, at("Passport")), Some((14, 23)));
        assert_eq!(value_after(text, at("DL")), Some((28, 39)));
        assert_eq!(value_after("passport was stolen in 2019", 8), None);
    }
}
