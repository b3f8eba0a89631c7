//! Recognizers for the `payment_card` family: card numbers (Visa, Mastercard, Amex,
//! Discover, JCB, Diners, UnionPay, Maestro) validated by IIN range, length and Luhn, and
//! the card's CVV and expiry date when a label says what they are.
//!
//! Card numbers are read from the shared number runs: a run is split into digit groups,
//! and every sequence of groups written with one separator (`4111 1111 1111 1111`,
//! `3782-822463-10005`, `6222021234567890123`) is tried, longest first.

use super::{Candidate, Hit, Recognizer, Trigger};
use crate::checksum::luhn;
use crate::context::{digits_of, Input};
use crate::finding::Category;
use std::borrow::Cow;

/// Words that name the card's security code.
const CVV_WORDS: &[&str] = &[
    "cvv",
    "cvc",
    "cvv2",
    "cvc2",
    "cid",
    "security code",
    "card code",
    "安全码",
    "验证码",
    "prüfnummer",
    "cryptogramme",
    "código de seguridad",
    "codice di sicurezza",
    "セキュリティコード",
    "보안코드",
];
/// Words that name the card's expiry date.
const EXPIRY_WORDS: &[&str] = &[
    "exp",
    "expiry",
    "expires",
    "expiration",
    "valid thru",
    "good thru",
    "有效期",
    "gültig bis",
    "ablaufdatum",
    "date d'expiration",
    "caducidad",
    "vencimiento",
    "scadenza",
    "validade",
    "有効期限",
    "유효기간",
];

/// Card numbers.
struct Cards;
/// Security codes and expiry dates next to their label.
struct CardDetails;

/// The recognizers of this family.
pub(crate) fn recognizers() -> Vec<Box<dyn Recognizer>> {
    vec![Box::new(Cards), Box::new(CardDetails)]
}

/// A digit group of a number run: byte span and digit count.
#[derive(Clone, Copy)]
pub(crate) struct Group {
    pub start: usize,
    pub end: usize,
}

/// Splits `start..end` of `text` into digit groups and the separator byte before each
/// group (0 for the first, or when the gap is more than one byte).
pub(crate) fn groups(text: &str, start: usize, end: usize) -> Vec<(Group, u8)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = start;
    let mut gap_start = start;
    while i < end {
        if bytes[i].is_ascii_digit() {
            let s = i;
            while i < end && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let sep = if s == gap_start + 1 && !out.is_empty() {
                bytes[gap_start]
            } else {
                0
            };
            out.push((Group { start: s, end: i }, sep));
            gap_start = i;
        } else {
            i += 1;
        }
    }
    out
}

/// The card brand of a number by IIN range and length.
fn brand(digits: &[u8]) -> Option<&'static str> {
    let len = digits.len();
    let prefix = |n: usize| {
        digits
            .iter()
            .take(n)
            .fold(0u32, |acc, &d| acc * 10 + u32::from(d))
    };
    let (p2, p3, p4) = (prefix(2), prefix(3), prefix(4));
    let brand = match digits.first()? {
        4 if matches!(len, 13 | 16 | 19) => "visa",
        5 if (51..=55).contains(&p2) && len == 16 => "mastercard",
        2 if (2221..=2720).contains(&p4) && len == 16 => "mastercard",
        3 if matches!(p2, 34 | 37) && len == 15 => "amex",
        3 if (3528..=3589).contains(&p4) && (16..=19).contains(&len) => "jcb",
        3 if ((300..=305).contains(&p3) || p4 == 3095 || matches!(p2, 36 | 38 | 39))
            && (14..=19).contains(&len) =>
        {
            "diners"
        }
        6 if p2 == 62 && (16..=19).contains(&len) => "unionpay",
        6 if (p4 == 6011 || (644..=649).contains(&p3) || p2 == 65) && (16..=19).contains(&len) => {
            "discover"
        }
        5 | 6 if (matches!(p2, 50 | 56..=58 | 63 | 67)) && (12..=19).contains(&len) => "maestro",
        _ => return None,
    };
    Some(brand)
}

impl Recognizer for Cards {
    fn kinds(&self) -> &'static [&'static str] {
        &[
            "visa",
            "mastercard",
            "amex",
            "discover",
            "jcb",
            "diners",
            "unionpay",
            "maestro",
        ]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Digits
    }

    fn recognize(&self, input: &Input<'_>, _hits: &[Hit], out: &mut Vec<Candidate>) {
        let text = input.text();
        for &(run_start, run_end) in input.number_runs() {
            if run_end - run_start < 12 || run_end - run_start > 200 {
                continue;
            }
            let groups = groups(text, run_start, run_end);
            let mut first = 0;
            while first < groups.len() {
                match card_from(input, &groups, first) {
                    Some((last, candidate)) => {
                        out.push(candidate);
                        first = last + 1;
                    }
                    None => first += 1,
                }
            }
        }
    }
}

/// The longest card number starting at group `first`, with the index of its last group.
fn card_from(
    input: &Input<'_>,
    groups: &[(Group, u8)],
    first: usize,
) -> Option<(usize, Candidate)> {
    let text = input.text();
    let (head, _) = groups[first];
    if head.end - head.start < 4 {
        return None;
    }
    let mut best = None;
    let mut count = 0;
    let mut sep = 0u8;
    for (index, &(group, group_sep)) in groups.iter().enumerate().skip(first) {
        let len = group.end - group.start;
        if index > first {
            if group_sep == 0 || len < 3 || (sep != 0 && group_sep != sep) || group_sep == b'/' {
                break;
            }
            sep = group_sep;
        }
        count += len;
        if count > 19 {
            break;
        }
        if count < 12 {
            continue;
        }
        let (start, end) = (head.start, group.end);
        if !input.is_word_boundary(start, end) {
            continue;
        }
        let digits = digits_of(&text[start..end]);
        if let Some(kind) = brand(&digits).filter(|_| luhn(&digits)) {
            let score = if kind == "maestro" && digits.len() < 16 {
                0.75
            } else {
                0.96
            };
            best = Some((
                index,
                Candidate {
                    start,
                    end,
                    category: Category::PaymentCard,
                    kind,
                    score,
                    reason: Cow::Borrowed("card number: issuer range, length and Luhn check"),
                },
            ));
        }
    }
    best
}

impl Recognizer for CardDetails {
    fn kinds(&self) -> &'static [&'static str] {
        &["card_cvv", "card_expiry"]
    }

    fn trigger(&self) -> Trigger {
        let mut anchors = CVV_WORDS.to_vec();
        anchors.extend_from_slice(EXPIRY_WORDS);
        Trigger::Anchors(anchors)
    }

    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>) {
        let text = input.text();
        let bytes = text.as_bytes();
        let mut last_end = 0;
        for hit in hits {
            let is_cvv = hit.anchor < CVV_WORDS.len();
            if hit.start < last_end
                || (hit.start > 0 && bytes[hit.start - 1].is_ascii_alphabetic())
                || bytes.get(hit.end).is_some_and(u8::is_ascii_alphabetic)
            {
                continue;
            }
            // The value follows the label after a little punctuation: `CVV: 123`, `exp 04/28`.
            let after = input.after(hit.end, 12);
            let skip = after.find(|c: char| c.is_ascii_digit()).filter(|&i| {
                after[..i]
                    .chars()
                    .all(|c| matches!(c, ' ' | ':' | '=' | '.' | '-' | '(' | '/'))
            });
            let Some(skip) = skip else { continue };
            let start = hit.end + skip;
            let value_len = text[start..]
                .bytes()
                .take_while(|b| b.is_ascii_digit() || (!is_cvv && matches!(b, b'/' | b'-')))
                .count();
            let end = start + value_len;
            let value = &text[start..end];
            let (kind, ok, score, reason) = if is_cvv {
                (
                    "card_cvv",
                    matches!(value.len(), 3 | 4),
                    0.5,
                    "security code next to its label",
                )
            } else {
                (
                    "card_expiry",
                    is_expiry(value),
                    0.45,
                    "expiry date next to its label",
                )
            };
            if ok && input.is_word_boundary(start, end) {
                last_end = end;
                out.push(Candidate {
                    start,
                    end,
                    category: Category::PaymentCard,
                    kind,
                    score,
                    reason: Cow::Borrowed(reason),
                });
            }
        }
    }
}

/// Whether `value` is `MM/YY`, `MM/YYYY` or `MM-YY`.
fn is_expiry(value: &str) -> bool {
    let Some((month, year)) = value.split_once(['/', '-']) else {
        return false;
    };
    let month_ok = month.len() <= 2 && month.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m));
    month_ok && matches!(year.len(), 2 | 4) && year.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, &'static str)> {
        let input = Input::new(text);
        let mut out = Vec::new();
        Cards.recognize(&input, &[], &mut out);
        out.iter()
            .map(|c| (&text[c.start..c.end], c.kind))
            .collect()
    }

    #[test]
    fn published_test_numbers_by_brand() {
        for (number, kind) in [
            ("4111 1111 1111 1111", "visa"),
            ("5555-5555-5555-4444", "mastercard"),
            ("2223003122003222", "mastercard"),
            ("3782 822463 10005", "amex"),
            ("6011111111111117", "discover"),
            ("3530111333300000", "jcb"),
            ("3056 930902 5904", "diners"),
            ("6200000000000005", "unionpay"),
            ("6759649826438453", "maestro"),
        ] {
            assert_eq!(found(number), [(number, kind)]);
        }
    }

    #[test]
    fn cards_are_cut_from_longer_runs() {
        assert_eq!(
            found("4111 1111 1111 1111 12/26"),
            [("4111 1111 1111 1111", "visa")]
        );
        assert!(found("4111 1111 1111 1112").is_empty());
        assert!(found("41111111111111111111").is_empty());
        assert!(found("1 2 3 4 5 6 7 8 9 1 2 3 4 5 6 7").is_empty());
    }

    #[test]
    fn expiry_dates_have_a_month() {
        assert!(is_expiry("04/28"));
        assert!(is_expiry("12-2029"));
        assert!(!is_expiry("13/28"));
        assert!(!is_expiry("0428"));
    }
}
