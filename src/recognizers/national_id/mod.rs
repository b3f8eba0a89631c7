//! Recognizers for the `national_id` family: government, tax and health identifiers of a
//! person (SSN, resident IDs, NINO, Steuer-ID, codice fiscale, passports, …).
//!
//! One pass cuts the text into *chains*: ASCII alphanumeric tokens joined by single
//! separators (space, `-`, `.`, `/`, `(`). Every window of up to eight consecutive tokens
//! of a chain is compacted (separators dropped) and handed to the format validators in
//! [`formats`], which check length, structure, dates, regions and check digits, and weigh
//! context words found near the window ([`keywords`]). Windows are short (≤ 21 characters),
//! so the work is linear in the text.

mod formats;
mod keywords;

use super::{Candidate, Hit, Recognizer, Trigger};
use crate::context::Input;
use crate::finding::Category;
use std::borrow::Cow;

/// Longest compacted identifier considered (CURP and CN resident ID have 18 characters,
/// a NIR written with its key and spaces 15 digits, DL numbers up to 16).
const MAX_CODE: usize = 18;
/// Most tokens one identifier is written in (`2 97 02 91 887 980 52` has seven).
const MAX_TOKENS: usize = 8;
/// Fewest digits any format has.
const MIN_DIGITS: usize = 5;

/// The recognizers of this family.
pub(crate) fn recognizers() -> Vec<Box<dyn Recognizer>> {
    vec![Box::new(NationalIds)]
}

/// Every national identifier format, validated per window.
struct NationalIds;

impl Recognizer for NationalIds {
    fn kinds(&self) -> &'static [&'static str] {
        formats::KINDS
    }

    fn trigger(&self) -> Trigger {
        Trigger::Digits
    }

    fn recognize(&self, input: &Input<'_>, _hits: &[Hit], out: &mut Vec<Candidate>) {
        let mut chain: Vec<Token> = Vec::new();
        let bytes = input.text().as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            let mut digits = 0;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                digits += usize::from(bytes[i].is_ascii_digit());
                i += 1;
            }
            let token = Token {
                start,
                end: i,
                digits,
            };
            let joined = chain.last().is_some_and(|last| {
                last.end + 1 == start && matches!(bytes[last.end], b' ' | b'-' | b'.' | b'/' | b'(')
            });
            if !joined {
                scan_chain(input, &chain, out);
                chain.clear();
            }
            if token.end - token.start > MAX_CODE {
                scan_chain(input, &chain, out);
                chain.clear();
            } else {
                chain.push(token);
            }
        }
        scan_chain(input, &chain, out);
    }
}

/// One maximal run of ASCII letters and digits.
#[derive(Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    digits: usize,
}

impl Token {
    fn len(&self) -> usize {
        self.end - self.start
    }
}

/// A candidate identifier: consecutive tokens of one chain.
pub(super) struct Window<'a> {
    /// Byte span in the normalised text.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The characters without separators, upper-cased.
    pub code: &'a [u8],
    /// How many characters each token has.
    pub groups: &'a [u8],
    /// The separator before each token after the first.
    pub seps: &'a [u8],
    /// Whether any letter of the original was lower case.
    pub lower: bool,
}

impl Window<'_> {
    /// Whether the tokens have exactly these lengths.
    pub fn grouped(&self, pattern: &[u8]) -> bool {
        self.groups == pattern
    }

    /// Whether the window is written as one token.
    pub fn single(&self) -> bool {
        self.groups.len() == 1
    }

    /// Whether every separator is `sep`.
    pub fn seps_all(&self, sep: u8) -> bool {
        self.seps.iter().all(|&s| s == sep)
    }
}

/// A validated identifier.
pub(super) struct Match {
    pub kind: &'static str,
    pub score: f32,
    pub reason: &'static str,
}

fn scan_chain(input: &Input<'_>, chain: &[Token], out: &mut Vec<Candidate>) {
    if chain.iter().map(|t| t.digits).sum::<usize>() < MIN_DIGITS {
        return;
    }
    let text = input.text().as_bytes();
    let mut code = [0u8; MAX_CODE];
    let mut groups = [0u8; MAX_TOKENS];
    let mut seps = [0u8; MAX_TOKENS];
    let mut i = 0;
    'starts: while i < chain.len() {
        let first = chain[i];
        if first.digits == 0 && first.len() > 2 {
            i += 1;
            continue;
        }
        // Longest window first, so that `123-45-6789` is not read as `123-45`.
        let mut last = i;
        let mut len = 0;
        while last < chain.len() && last - i < MAX_TOKENS && len + chain[last].len() <= MAX_CODE {
            len += chain[last].len();
            last += 1;
        }
        for j in (i..last).rev() {
            let tokens = &chain[i..=j];
            if tokens.iter().map(|t| t.digits).sum::<usize>() < MIN_DIGITS {
                continue;
            }
            let mut n = 0;
            let mut lower = false;
            for (k, t) in tokens.iter().enumerate() {
                for &b in &text[t.start..t.end] {
                    lower |= b.is_ascii_lowercase();
                    code[n] = b.to_ascii_uppercase();
                    n += 1;
                }
                groups[k] = t.len() as u8;
                if k > 0 {
                    seps[k - 1] = text[t.start - 1];
                }
            }
            let (start, mut end) = (first.start, tokens[tokens.len() - 1].end);
            let partial = i > 0 || j + 1 < chain.len();
            // A parenthesised check character, as in `A123456(3)`, keeps its `)`.
            if tokens.len() > 1 && seps[tokens.len() - 2] == b'(' && text.get(end) == Some(&b')')
            {
                end += 1;
            }
            if text.get(end) == Some(&b'_') || (start > 0 && text[start - 1] == b'_') {
                continue;
            }
            let window = Window {
                start,
                end,
                code: &code[..n],
                groups: &groups[..tokens.len()],
                seps: &seps[..tokens.len() - 1],
                lower,
            };
            if let Some(m) = formats::classify(input, &window) {
                if partial && m.score < 0.6 {
                    continue;
                }
                out.push(Candidate {
                    start,
                    end,
                    category: Category::NationalId,
                    kind: m.kind,
                    score: m.score,
                    reason: Cow::Borrowed(m.reason),
                });
                i = j + 1;
                continue 'starts;
            }
        }
        i += 1;
    }
}
