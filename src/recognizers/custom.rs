//! The user's own terms and regular expressions (`custom` category).
//!
//! Terms match ASCII case-insensitively as whole words; a term whose edge is a CJK
//! character needs no word boundary on that side, because CJK text has no spaces. Patterns
//! are compiled with size limits; the `regex` crate's linear-time matching keeps typing safe
//! from catastrophic backtracking whatever the user writes.

use super::{Candidate, Hit, Recognizer, Trigger};
use crate::context::Input;
use crate::error::Error;
use crate::finding::Category;
use crate::normalize::Normalized;
use crate::policy::CustomPattern;
use aho_corasick::{AhoCorasick, MatchKind};
use regex::{Regex, RegexBuilder};
use std::borrow::Cow;

/// Compiled size limit for one user pattern.
const PATTERN_SIZE_LIMIT: usize = 1 << 20;
/// Longest user pattern accepted, in bytes.
const PATTERN_MAX_LEN: usize = 2_000;

/// Finds the user's terms and patterns.
pub(crate) struct Custom {
    terms: Option<(AhoCorasick, Vec<String>)>,
    patterns: Vec<(String, Regex)>,
}

impl Custom {
    /// Validates and compiles the user's terms and patterns.
    pub(crate) fn new(terms: &[String], patterns: &[CustomPattern]) -> Result<Custom, Error> {
        let terms: Vec<String> = terms
            .iter()
            .map(|t| Normalized::new(t.trim()).text().to_string())
            .filter(|t| !t.is_empty())
            .collect();
        let automaton = if terms.is_empty() {
            None
        } else {
            let ac = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&terms)
                .map_err(|e| Error::new(format!("custom terms: {e}")))?;
            Some((ac, terms))
        };
        let patterns = patterns
            .iter()
            .map(|p| Ok((p.name.clone(), compile_pattern(&p.name, &p.pattern)?)))
            .collect::<Result<_, Error>>()?;
        Ok(Custom {
            terms: automaton,
            patterns,
        })
    }

    /// Whether there is anything to look for.
    pub(crate) fn is_empty(&self) -> bool {
        self.terms.is_none() && self.patterns.is_empty()
    }
}

/// Checks a user pattern the way the scanner will compile it; `Err` carries a message
/// naming the problem and its position.
pub(crate) fn compile_pattern(name: &str, pattern: &str) -> Result<Regex, Error> {
    let label = if name.is_empty() {
        "custom pattern".to_string()
    } else {
        format!("custom pattern '{name}'")
    };
    if pattern.is_empty() {
        return Err(Error::new(format!("{label}: the pattern is empty")));
    }
    if pattern.len() > PATTERN_MAX_LEN {
        return Err(Error::new(format!(
            "{label}: the pattern is longer than {PATTERN_MAX_LEN} bytes"
        )));
    }
    if let Err(err) = regex_syntax::ast::parse::Parser::new().parse(pattern) {
        let at = pattern[..err.span().start.offset].chars().count() + 1;
        return Err(Error::new(format!(
            "{label}: {} at character {at}",
            err.kind()
        )));
    }
    let regex = RegexBuilder::new(&ascii_perl_classes(pattern))
        .size_limit(PATTERN_SIZE_LIMIT)
        .dfa_size_limit(PATTERN_SIZE_LIMIT)
        .build()
        .map_err(|err| match err {
            regex::Error::CompiledTooBig(_) => Error::new(format!(
                "{label}: the pattern is too large to run while typing"
            )),
            other => Error::new(format!("{label}: {}", last_line(&other.to_string()))),
        })?;
    if regex.is_match("") {
        return Err(Error::new(format!(
            "{label}: the pattern matches empty text, so it would flag everything"
        )));
    }
    Ok(regex)
}

/// Rewrites `\d`, `\w`, `\s`, `\b` and their negations to ASCII classes: the core is built
/// without Unicode class tables (they would double the wasm size), and people who type a
/// pattern for an ID or a ticket number mean ASCII anyway.
fn ascii_perl_classes(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('d') => out.push_str("[0-9]"),
            Some('D') => out.push_str("[^0-9]"),
            Some('w') => out.push_str("[0-9A-Za-z_]"),
            Some('W') => out.push_str("[^0-9A-Za-z_]"),
            Some('s') => out.push_str("[\\t\\n\\x0B\\x0C\\r ]"),
            Some('S') => out.push_str("[^\\t\\n\\x0B\\x0C\\r ]"),
            Some('b') => out.push_str("(?-u:\\b)"),
            Some('B') => out.push_str("(?-u:\\B)"),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

fn last_line(message: &str) -> &str {
    message
        .lines()
        .last()
        .unwrap_or(message)
        .trim_start_matches("error: ")
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// Whether `c`, next to a match edge `edge`, glues the match into a longer word.
fn glues(c: Option<char>, edge: Option<char>) -> bool {
    match (c, edge) {
        (Some(c), Some(edge)) => c.is_alphanumeric() && !is_cjk(c) && !is_cjk(edge) || c == '_',
        _ => false,
    }
}

impl Recognizer for Custom {
    fn kinds(&self) -> &'static [&'static str] {
        &["custom_term", "custom_pattern"]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Always
    }

    fn recognize(&self, input: &Input<'_>, _hits: &[Hit], out: &mut Vec<Candidate>) {
        let text = input.text();
        if let Some((ac, terms)) = &self.terms {
            for m in ac.find_iter(text) {
                let (start, end) = (m.start(), m.end());
                let matched = &text[start..end];
                let left_ok = !glues(text[..start].chars().next_back(), matched.chars().next());
                let right_ok = !glues(text[end..].chars().next(), matched.chars().next_back());
                if left_ok && right_ok {
                    out.push(Candidate {
                        start,
                        end,
                        category: Category::Custom,
                        kind: "custom_term",
                        score: 1.0,
                        reason: Cow::Owned(format!(
                            "your custom term '{}'",
                            terms[m.pattern().as_usize()]
                        )),
                    });
                }
            }
        }
        for (name, regex) in &self.patterns {
            for m in regex.find_iter(text).filter(|m| !m.is_empty()) {
                out.push(Candidate {
                    start: m.start(),
                    end: m.end(),
                    category: Category::Custom,
                    kind: "custom_pattern",
                    score: 1.0,
                    reason: Cow::Owned(format!("matches your pattern '{name}'")),
                });
            }
        }
    }
}
