//! Recognizers for the `national_id` family: government, tax and health identifiers of a
//! person (SSN, resident IDs, NINO, Steuer-ID, codice fiscale, passports, …).
//!
//! One pass cuts the text into *chains*: ASCII alphanumeric tokens joined by single
//! separators (space, `-`, `.`, `/`, `(`). Every window of up to eight consecutive tokens
//! of a chain is compacted (separators dropped) and handed to the format validators in
//! [`formats`], which check length, structure, dates, regions and check digits, and weigh
//! context words found near the window ([`keywords`]). Windows are short (≤ 21 characters),
//! so the work is linear in the text. Passports and driver licences, which have no check
//! digit, are found after their labels instead ([`documents`]).

mod documents;
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
/// Fewest digits any format has (IN PAN has four).
const MIN_DIGITS: usize = 4;
/// Fewest characters any format has (AR DNI has seven digits).
const MIN_CODE: usize = 7;

/// Every way an identifier is written in more than one token (token lengths), as the
/// validators in [`formats`] accept them: windows of other shapes are never compacted.
const SHAPES: &[&[u8]] = &[
    &[3, 2, 4],             // US SSN
    &[4, 3, 4],             // US MBI
    &[2, 2, 2, 2, 1],       // UK NINO
    &[2, 6, 1],             // UK NINO
    &[3, 3, 4],             // UK NHS
    &[6, 8, 4],             // CN resident ID
    &[6, 4, 4, 4],          // CN resident ID
    &[3, 3, 4, 4, 4],       // CN resident ID
    &[6, 6, 6],             // CN resident ID
    &[4, 4, 4, 4, 2],       // CN resident ID
    &[7, 1],                // HK ID, CL RUT
    &[8, 1],                // HK ID, ES DNI, CL RUT
    &[1, 7, 1],             // ES NIE
    &[4, 4, 4],             // JP My Number, IN Aadhaar
    &[6, 7],                // KR RRN
    &[6, 2, 4],             // MY MyKad
    &[1, 4, 5, 2, 1],       // TH ID
    &[2, 3, 3, 3],          // DE Steuer-ID
    &[3, 4, 4, 2],          // CH AHV
    &[4, 6],                // AT SV-Nummer
    &[1, 2, 2, 2, 3, 3, 2], // FR NIR
    &[1, 2, 2, 2, 3, 3],    // FR NIR without key
    &[1, 2, 2, 5, 3, 2],    // FR NIR
    &[13, 2],               // FR NIR
    &[3, 3, 3],             // NL BSN, CA SIN, AU TFN, PT NIF
    &[4, 2, 3],             // NL BSN
    &[2, 2, 2, 3, 2],       // BE national number
    &[6, 4],                // SE personnummer, DK CPR, FI HETU
    &[8, 4],                // SE personnummer
    &[6, 5],                // NO fødselsnummer
    &[3, 3, 3, 2],          // BR CPF
    &[2, 3, 3, 4, 2],       // BR CNPJ
    &[2, 3, 3, 1],          // CL RUT
    &[1, 3, 3, 1],          // CL RUT
    &[2, 3, 3],             // AR DNI
    &[1, 3, 3],             // AR DNI
    &[4, 5, 1],             // AU Medicare
    &[4, 5, 1, 1],          // AU Medicare
];

/// [`SHAPES`] as bit masks, so that growing a window costs one `and`.
struct Shapes {
    /// `group[k][n]`: the shapes whose `k`-th token has `n` characters.
    group: [[u64; MAX_CODE + 1]; MAX_TOKENS],
    /// `tokens[k]`: the shapes of exactly `k` tokens.
    tokens: [u64; MAX_TOKENS + 1],
}

impl Shapes {
    fn new() -> Shapes {
        let mut shapes = Shapes {
            group: [[0; MAX_CODE + 1]; MAX_TOKENS],
            tokens: [0; MAX_TOKENS + 1],
        };
        for (i, shape) in SHAPES.iter().enumerate() {
            for (k, &n) in shape.iter().enumerate() {
                shapes.group[k][usize::from(n)] |= 1 << i;
            }
            shapes.tokens[shape.len()] |= 1 << i;
        }
        shapes
    }
}

/// The recognizers of this family.
pub(crate) fn recognizers() -> Vec<Box<dyn Recognizer>> {
    vec![
        Box::new(NationalIds {
            keywords: keywords::Keywords::new(),
            shapes: Shapes::new(),
        }),
        Box::new(documents::Documents),
    ]
}

/// Every national identifier format, validated per window.
struct NationalIds {
    keywords: keywords::Keywords,
    shapes: Shapes,
}

impl Recognizer for NationalIds {
    fn kinds(&self) -> &'static [&'static str] {
        formats::KINDS
    }

    fn trigger(&self) -> Trigger {
        Trigger::Digits
    }

    fn recognize(&self, input: &Input<'_>, _hits: &[Hit], out: &mut Vec<Candidate>) {
        let context = keywords::Context::new(&self.keywords, input.text());
        let mut chain: Vec<Token> = Vec::new();
        let mut chain_digits = 0;
        let mut flush = |chain: &mut Vec<Token>, chain_digits: &mut usize| {
            if *chain_digits >= MIN_DIGITS {
                scan_chain(input, &context, &self.shapes, chain, out);
            }
            chain.clear();
            *chain_digits = 0;
        };
        let bytes = input.text().as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if chain.is_empty() {
                // A chain without a digit is never scanned, so jump to the next digit and
                // back to where its chain would start: prose is not read word by word.
                let Some(digit) = bytes[i..].iter().position(u8::is_ascii_digit) else {
                    break;
                };
                i = chain_start(bytes, i, i + digit);
            }
            if !bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            let mut digits = 0;
            while let Some(b) = bytes.get(i).filter(|b| b.is_ascii_alphanumeric()) {
                digits += usize::from(b.is_ascii_digit());
                i += 1;
            }
            let token = Token {
                start,
                end: i,
                digits,
            };
            // Every token of every format holds a digit or is at most two characters long
            // (`AB 12 34 56 C`, `12345678-Z`), so other words end a chain.
            if token.len() > MAX_CODE || (digits == 0 && token.len() > 2) {
                if !chain.is_empty() {
                    flush(&mut chain, &mut chain_digits);
                }
                continue;
            }
            let joined = chain.last().is_some_and(|last| {
                last.end + 1 == start && matches!(bytes[last.end], b' ' | b'-' | b'.' | b'/' | b'(')
            });
            if !joined && !chain.is_empty() {
                flush(&mut chain, &mut chain_digits);
            }
            chain_digits += digits;
            chain.push(token);
        }
        flush(&mut chain, &mut chain_digits);
    }
}

/// Where the chain holding the digit at `digit` starts, never before `from` (which is 0 or
/// follows a byte that is not a letter or digit): the start of the digit's token, moved
/// back over letter tokens of at most two characters joined by one separator (`AB 12`).
fn chain_start(bytes: &[u8], from: usize, digit: usize) -> usize {
    let mut start = digit;
    while start > from && bytes[start - 1].is_ascii_alphanumeric() {
        start -= 1;
    }
    loop {
        let Some(sep) = start.checked_sub(1).filter(|&p| p > from) else {
            return start;
        };
        if !matches!(bytes[sep], b' ' | b'-' | b'.' | b'/' | b'(') {
            return start;
        }
        let mut prev = sep;
        while prev > from && bytes[prev - 1].is_ascii_alphanumeric() {
            prev -= 1;
        }
        if prev == sep
            || sep - prev > 2
            || (prev == from && from > 0 && bytes[from - 1].is_ascii_alphanumeric())
        {
            return start;
        }
        start = prev;
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
    /// The separator joining the window to a following token, if any.
    pub sep_after: Option<u8>,
    /// Whether a token joined to either end of the window holds digits, so that the
    /// window is only part of a longer number.
    pub partial: bool,
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

fn scan_chain(
    input: &Input<'_>,
    context: &keywords::Context<'_>,
    shapes: &Shapes,
    chain: &[Token],
    out: &mut Vec<Candidate>,
) {
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
        // The windows from `i` whose shape some format accepts.
        let mut ends = [0usize; MAX_TOKENS];
        let mut count = 0;
        let mut alive = u64::MAX;
        let mut len = 0;
        for (k, token) in chain[i..].iter().enumerate().take(MAX_TOKENS) {
            len += token.len();
            if len > MAX_CODE {
                break;
            }
            alive &= shapes.group[k][token.len()];
            if len >= MIN_CODE && (k == 0 || alive & shapes.tokens[k + 1] != 0) {
                ends[count] = i + k;
                count += 1;
            }
            if alive == 0 {
                break;
            }
        }
        // Longest window first, so that `123-45-6789` is not read as `123-45`.
        for &j in ends[..count].iter().rev() {
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
            let partial = (i > 0 && chain[i - 1].digits > 0)
                || chain.get(j + 1).is_some_and(|t| t.digits > 0);
            let sep_after = chain.get(j + 1).map(|t| text[t.start - 1]);
            // A parenthesised check character, as in `A123456(3)`, keeps its `)`.
            if tokens.len() > 1 && seps[tokens.len() - 2] == b'(' && text.get(end) == Some(&b')') {
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
                sep_after,
                partial,
            };
            if let Some(m) = formats::classify(context, &window) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains_start_at_short_letter_tokens_joined_to_the_digits() {
        let starts = |text: &'static str, from: usize| {
            let digit = text.bytes().position(|b| b.is_ascii_digit()).unwrap_or(0);
            &text[chain_start(text.as_bytes(), from, digit)..]
        };
        assert_eq!(starts("NINO: AB 12 34 56 C", 0), "AB 12 34 56 C");
        assert_eq!(starts("see a b 12", 0), "a b 12");
        assert_eq!(starts("ABC 12", 0), "12");
        assert_eq!(starts("x. 12", 0), "12");
        assert_eq!(starts("AB 12", 3), "12");
        assert_eq!(starts("id X12", 0), "id X12");
        assert_eq!(starts("ids X12", 0), "X12");
    }
}
