//! Confidentiality markers: document classification banners such as `CONFIDENTIAL`,
//! `INTERNAL USE ONLY`, `DO NOT DISTRIBUTE`, `【内部资料】`, `社外秘` or `대외비`.
//!
//! A marker counts when it is written as a marker: in capitals, alone on its line, in
//! brackets, behind a label (`Classification: Internal`) or in a sentence that classifies
//! the document (`This document is confidential`). Prose that merely talks about
//! confidentiality ("how should I handle confidential data?") is not a finding; some
//! unmistakable phrases in running lower-case text are reported at strict only.

use super::person::table::line_around;
use super::{Candidate, Hit, Recognizer, Trigger};
use crate::context::{find_ascii_ci, Input};
use crate::finding::Category;
use std::borrow::Cow;

/// How strong a marker phrase is on its own.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// A phrase that is a marker even in lower case in a sentence (at strict).
    Phrase,
    /// A word that is a marker only in marker form (capitals, banner, label).
    Word,
    /// A word that is a marker only in brackets, alone on a line or behind a label.
    Banner,
}

/// Marker phrases (ASCII ones lower-case) and their strength.
const MARKERS: &[(&str, Strength)] = &[
    ("confidential", Strength::Word),
    ("internal only", Strength::Phrase),
    ("internal use only", Strength::Phrase),
    ("for internal use", Strength::Phrase),
    ("internal use", Strength::Banner),
    ("internal", Strength::Banner),
    ("do not distribute", Strength::Phrase),
    ("do not forward", Strength::Phrase),
    ("do not share", Strength::Banner),
    ("not for distribution", Strength::Phrase),
    ("not for external distribution", Strength::Phrase),
    ("under nda", Strength::Phrase),
    ("[nda]", Strength::Banner),
    ("(nda)", Strength::Banner),
    ("proprietary", Strength::Word),
    ("trade secret", Strength::Word),
    ("restricted", Strength::Banner),
    ("top secret", Strength::Word),
    ("privileged", Strength::Word),
    ("attorney-client", Strength::Word),
    ("need to know", Strength::Banner),
    ("nda", Strength::Banner),
    ("vertraulich", Strength::Word),
    ("nur für den internen gebrauch", Strength::Phrase),
    ("geheim", Strength::Banner),
    ("confidentiel", Strength::Word),
    ("usage interne", Strength::Phrase),
    ("diffusion restreinte", Strength::Phrase),
    ("confidencial", Strength::Word),
    ("uso interno", Strength::Phrase),
    ("riservato", Strength::Word),
    ("riservata", Strength::Word),
    ("vertrouwelijk", Strength::Word),
    ("strikt vertrouwelijk", Strength::Word),
    ("机密", Strength::Banner),
    ("绝密", Strength::Banner),
    ("秘密", Strength::Banner),
    ("内部资料", Strength::Banner),
    ("内部文件", Strength::Banner),
    ("内部使用", Strength::Banner),
    ("仅限内部", Strength::Banner),
    ("仅供内部", Strength::Banner),
    ("请勿外传", Strength::Banner),
    ("社外秘", Strength::Banner),
    ("極秘", Strength::Banner),
    ("部外秘", Strength::Banner),
    ("取扱注意", Strength::Banner),
    ("대외비", Strength::Banner),
    ("기밀", Strength::Banner),
];

/// Words that may precede a marker and belong to it (`STRICTLY CONFIDENTIAL`).
const PREFIXES: &[&str] = &[
    "strictly ",
    "highly ",
    "company ",
    "privileged & ",
    "privileged and ",
    "privileged/",
    "for ",
    "streng ",
    "strictement ",
    "estrictamente ",
    "strettamente ",
    "strikt ",
    "公司",
    "商业",
    "集团",
    "绝对",
];

/// Continuations that belong to a marker (`内部资料，请勿外传`, `CONFIDENTIAL - DO NOT …`).
const SUFFIXES: &[&str] = &[
    ",请勿外传",
    ",严禁外传",
    ",禁止外传",
    ",不得外传",
    " & privileged",
    " and privileged",
    " information",
    " privileged",
    " and proprietary",
    " & proprietary",
    " and confidential",
    " & confidential",
    "文件",
    "资料",
];

/// Sentences that classify the text they sit in.
const CLASSIFYING: &[&str] = &[
    "this document is ",
    "this email is ",
    "this e-mail is ",
    "this message is ",
    "this memo is ",
    "this file is ",
    "this report is ",
    "this information is ",
    "this material is ",
    "covered by the ",
    "covered by an ",
    "covered by our ",
    "subject to the ",
    "subject to an ",
    "classification:",
    "classification: ",
    "sensitivity:",
    "sensitivity: ",
    "label: ",
    "marking: ",
    "dieses dokument ist ",
    "ce document est ",
    "este documento es ",
    "questo documento è ",
    "dit document is ",
];

/// Finds confidentiality markers.
struct Markers;

impl Recognizer for Markers {
    fn kinds(&self) -> &'static [&'static str] {
        &["marker"]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Anchors(MARKERS.iter().map(|(m, _)| *m).collect())
    }

    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>) {
        let text = input.text();
        let mut spans: Vec<(usize, usize, Strength)> = hits
            .iter()
            .filter_map(|hit| {
                let (_, strength) = MARKERS.get(hit.anchor)?;
                let ascii = text.as_bytes().get(hit.start)?.is_ascii();
                if ascii && !input.is_word_boundary(hit.start, hit.end) {
                    return None;
                }
                // `[nda]` is an anchor with its brackets; the marker is the word inside.
                let bracketed = matches!(text.as_bytes()[hit.start], b'[' | b'(');
                let (hit_start, hit_end) = if bracketed {
                    (hit.start + 1, hit.end - 1)
                } else {
                    (hit.start, hit.end)
                };
                let (start, end) = extend(text, hit_start, hit_end);
                Some((start, end, *strength))
            })
            .collect();
        // Longest first at each position, so `internal use only` beats `internal`.
        spans.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
        let mut last_end = 0;
        for (start, end, strength) in spans {
            if start < last_end {
                continue;
            }
            let Some(score) = judge(input, start, end, strength) else {
                continue;
            };
            last_end = end;
            out.push(Candidate {
                start,
                end,
                category: Category::Confidential,
                kind: "marker",
                score,
                reason: Cow::Borrowed(reason(score)),
            });
        }
    }
}

/// The finding's reason for a score.
fn reason(score: f32) -> &'static str {
    if score >= 0.9 {
        "classification marker in banner form"
    } else if score >= 0.6 {
        "classification marker"
    } else {
        "classification phrase in running text"
    }
}

/// Widens a marker over the prefixes and suffixes that belong to it.
fn extend(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    for prefix in PREFIXES {
        if let Some(from) = start.checked_sub(prefix.len()) {
            if text
                .get(from..start)
                .is_some_and(|s| s.eq_ignore_ascii_case(prefix))
                && (from == 0 || !text.as_bytes()[from - 1].is_ascii_alphanumeric())
            {
                start = from;
                break;
            }
        }
    }
    for suffix in SUFFIXES {
        if text
            .get(end..end + suffix.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(suffix))
            && !text
                .as_bytes()
                .get(end + suffix.len())
                .is_some_and(u8::is_ascii_alphanumeric)
        {
            end += suffix.len();
            break;
        }
    }
    (start, end)
}

/// Scores a marker by its form, or `None` when it is only talk about confidentiality.
fn judge(input: &Input<'_>, start: usize, end: usize, strength: Strength) -> Option<f32> {
    let text = input.text();
    let value = text.get(start..end)?;
    let (line_start, line_end) = line_around(text, start, end, 120);
    let before = text.get(line_start..start)?;
    let after = text.get(end..line_end)?;
    let has_letters = value.bytes().any(|b| b.is_ascii_alphabetic());
    let caps = has_letters && !value.bytes().any(|b| b.is_ascii_lowercase());

    let banner_left = before.trim_end().chars().next_back();
    let banner_right = after.trim_start().chars().next();
    let bracketed = matches!(
        banner_left,
        Some('[' | '【' | '(' | '<' | '*' | '#' | '=' | '〔')
    ) && matches!(
        banner_right,
        Some(']' | '】' | ')' | '>' | '*' | '#' | '=' | '〕')
    );
    // `secret:` opens a key in YAML or a label, not a banner.
    let key = has_letters && after.trim_start().starts_with(':');
    let alone =
        is_decoration(before) && !key && (is_decoration(after) || (caps && leads_clause(after)));
    let labelled = CLASSIFYING.iter().any(|c| {
        before.len() >= c.len()
            && before
                .get(before.len() - c.len()..)
                .is_some_and(|s| s.eq_ignore_ascii_case(c))
    });
    if bracketed || alone {
        return Some(0.92);
    }
    // A marker that opens a line and is set off from what follows (`Vertraulich – …`,
    // `대외비 - …`, `绝密文件：…`) or closes a footer (`Page 3 of 7 — Company Confidential`).
    let title = value.starts_with(|c: char| c.is_uppercase()) || !has_letters;
    let set_off = leads_clause(after)
        || (!has_letters && (after.starts_with(' ') || after.starts_with([':', '：', '。', ','])));
    let footer = is_decoration(after)
        && ["- ", "| ", "— ", "– "]
            .iter()
            .any(|d| before.trim_end_matches(' ').ends_with(d.trim_end()));
    if !key && title && ((is_decoration(before) && set_off) || footer) {
        return Some(0.9);
    }
    if labelled {
        return Some(0.9);
    }
    if caps && strength != Strength::Banner && is_caps_context(before, after) {
        return Some(0.9);
    }
    if strength == Strength::Phrase && has_letters {
        return Some(0.4);
    }
    None
}

/// Whether a line piece holds only banner decoration (spaces, stars, dashes, brackets).
fn is_decoration(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace()
            || matches!(c, '*' | '-' | '_' | '=' | '#' | '[' | ']' | '(' | ')')
            || matches!(
                c,
                '【' | '】' | '〔' | '〕' | '|' | '>' | '<' | '!' | '.' | ':' | '~'
            )
    })
}

/// Whether the rest of a line continues a banner: `CONFIDENTIAL - do not share`.
fn leads_clause(after: &str) -> bool {
    let t = after.trim_start();
    t.starts_with("- ") || t.starts_with("| ") || t.starts_with("/ ")
}

/// Whether upper-case text is a marker and not a shouted sentence or a code identifier.
fn is_caps_context(before: &str, after: &str) -> bool {
    let code = |c: Option<char>| c.is_some_and(|c| matches!(c, '.' | '"' | '\'' | '`' | '=' | '_'));
    if code(before.chars().next_back()) || code(after.chars().next()) {
        return false;
    }
    // A shouted sentence has other upper-case words around; a marker stands out.
    let words_before = before.split_whitespace().rev().take(2);
    let shouting = words_before
        .chain(after.split_whitespace().take(2))
        .filter(|w| w.len() > 2 && w.bytes().all(|b| !b.is_ascii_lowercase()))
        .filter(|w| w.bytes().any(|b| b.is_ascii_alphabetic()))
        .count()
        >= 2;
    !shouting || find_ascii_ci(before, "document").is_some()
}

/// The recognizers of this family.
pub(crate) fn recognizers() -> Vec<Box<dyn Recognizer>> {
    vec![Box::new(Markers)]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, f32)> {
        let input = Input::new(text);
        let mut hits = Vec::new();
        for (i, (m, _)) in MARKERS.iter().enumerate() {
            let mut from = 0;
            while let Some(at) = find_ascii_ci(&text[from..], m) {
                let start = from + at;
                hits.push(Hit {
                    anchor: i,
                    start,
                    end: start + m.len(),
                });
                from = start + m.len();
            }
        }
        hits.sort_by_key(|h| (h.start, h.end));
        let mut out = Vec::new();
        Markers.recognize(&input, &hits, &mut out);
        out.iter()
            .map(|c| (text[c.start..c.end].to_string(), c.score))
            .collect()
    }

    #[test]
    fn banners_are_markers() {
        assert_eq!(
            found("STRICTLY CONFIDENTIAL\nMemo")[0].0,
            "STRICTLY CONFIDENTIAL"
        );
        assert_eq!(found("[Confidential]\nhi")[0].0, "Confidential");
        assert_eq!(found("【内部资料,请勿外传】\n")[0].0, "内部资料,请勿外传");
        assert_eq!(
            found("For internal use only\nMEMO")[0].0,
            "For internal use only"
        );
    }

    #[test]
    fn prose_is_not() {
        assert!(found("How should I handle confidential data?").is_empty());
        assert!(found("What does a confidentiality agreement cover?").is_empty());
        assert!(found("the internal API").is_empty());
    }
}
