//! Dates of birth: a date is reported only when the text says it is a birth date — a
//! label (`DOB:`, `Date of birth`, `出生日期`, `Geburtsdatum`, `생년월일`, …), a verb
//! (`born on`, `né le`, `nacido el`) or a birth-date column of a CSV or Markdown table.
//! Plain dates (deadlines, releases, founding dates) are never findings.

use super::person::table::Headers;
use super::{Candidate, Hit, Recognizer, Trigger};
use crate::context::Input;
use crate::finding::Category;
use regex::Regex;

/// Birth cues (ASCII ones lower-case). Cues that are a column name too are checked as
/// table headers.
const CUES: &[&str] = &[
    "dob",
    "d.o.b",
    "date of birth",
    "birth date",
    "birthdate",
    "birth_date",
    "birthday",
    "date_of_birth",
    "dateofbirth",
    "born",
    "出生日期",
    "出生年月",
    "出生于",
    "出生於",
    "生日",
    "生年月日",
    "誕生日",
    "생년월일",
    "생일",
    "geburtsdatum",
    "geburtstag",
    "geboren",
    "geb.",
    "né le",
    "née le",
    "né(e) le",
    "né(e)",
    "date de naissance",
    "naissance",
    "fecha de nacimiento",
    "nacimiento",
    "nacido",
    "nacida",
    "data di nascita",
    "nascita",
    "nato il",
    "nata il",
    "nato a",
    "nata a",
    "geboortedatum",
    "geboren op",
    "data de nascimento",
    "nascimento",
    "nascido",
    "nascida",
    "जन्म तिथि",
    "जन्मतिथि",
    "जन्म",
    "出生",
    "生まれ",
    "일생",
];

/// Cues written after the date they qualify.
const AFTER_DATE: &[&str] = &["出生", "生まれ", "일생"];

/// Cues that usually precede their date but may follow it (`am 4. März 1951 geboren`).
const EITHER_SIDE: &[&str] = &["geboren"];

/// Words and punctuation that may sit between a cue and its date.
const FILLERS: &[&str] = &[
    "on",
    "in",
    "is",
    "was",
    "am",
    "le",
    "el",
    "il",
    "op",
    "em",
    "the",
    "de",
    "del",
    "a",
    "at",
    "date",
    "datum",
    "data",
    "fecha",
    "(dd/mm/yyyy)",
    "(mm/dd/yyyy)",
    "(yyyy-mm-dd)",
];

/// Finds dates of birth.
struct BirthDates {
    /// The date patterns, compiled on the first text with a birth cue.
    patterns: std::sync::OnceLock<DatePatterns>,
}

/// The date forms a birth date may be written in.
struct DatePatterns {
    /// A date at the start of a string.
    date: Regex,
    /// A date at the end of a string (`1990年3月5日出生`).
    date_before: Regex,
}

impl DatePatterns {
    fn new() -> DatePatterns {
        const MONTHS: &str = "jan(?:uary|uar|vier|eiro|uari)?|feb(?:ruary|ruar|braio|ruari)?|\
            f[eé]vrier|fevereiro|mar(?:ch|s|zo|ço|co)?|m[aä]rz|maart|apr(?:il|ile|il)?|avril|abril|\
            may|mai|maio|mayo|maggio|mei|june?|juni|juin|junio|junho|giugno|july?|juli|juillet|\
            julio|julho|luglio|aug(?:ust|ustus)?|ao[uû]t|agosto|sept?(?:ember|embre|iembre)?|\
            setiembre|settembre|setembro|oct(?:ober|obre|ubre)?|okt(?:ober)?|ottobre|outubro|\
            nov(?:ember|embre|iembro)?|dec(?:ember)?|dez(?:ember|embro)?|d[ée]cembre|diciembre|\
            dicembre|enero|gennaio|febrero";
        let alternatives = format!(
            r"(?:[0-9]{{4}}[-/.][0-9]{{1,2}}[-/.][0-9]{{1,2}}|[0-9]{{1,2}}[-/.][0-9]{{1,2}}[-/.](?:[0-9]{{4}}|[0-9]{{2}})|[0-9]{{4}} ?年 ?[0-9]{{1,2}} ?月 ?[0-9]{{1,2}} ?日|[0-9]{{4}} ?년 ?[0-9]{{1,2}} ?월 ?[0-9]{{1,2}} ?일|(?:{MONTHS})\.? [0-9]{{1,2}}(?:st|nd|rd|th)?,? [0-9]{{4}}|[0-9]{{1,2}}(?:st|nd|rd|th|er|º|\.)? (?:de |of )?(?:{MONTHS})\.?,? (?:de )?[0-9]{{4}})"
        );
        DatePatterns {
            date: Regex::new(&format!("(?i)^{alternatives}")).expect("valid date pattern"),
            date_before: Regex::new(&format!("(?i){alternatives}$")).expect("valid date pattern"),
        }
    }
}

impl BirthDates {
    fn new() -> BirthDates {
        BirthDates {
            patterns: std::sync::OnceLock::new(),
        }
    }

    fn patterns(&self) -> &DatePatterns {
        self.patterns.get_or_init(DatePatterns::new)
    }

    /// Length of a plausible date at the start of `s`.
    fn date_at(&self, s: &str) -> Option<usize> {
        let m = self.patterns().date.find(s)?;
        let end = m.end();
        // Not part of a longer number or word.
        if s[end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        {
            return None;
        }
        plausible(&s[..end]).then_some(end)
    }
}

/// Whether the numbers of a date could be a birth date (a month 1–12, a day 1–31, a year
/// from 1900 to 2030 when it has four digits).
fn plausible(date: &str) -> bool {
    let numbers: Vec<u32> = date
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    let year_ok = |y: u32| (1900..=2030).contains(&y) || y < 100;
    match numbers.as_slice() {
        [a, b, c] => {
            let (year, x, y) = if *a >= 1000 {
                (*a, *b, *c)
            } else {
                (*c, *a, *b)
            };
            year_ok(year) && x >= 1 && y >= 1 && x <= 31 && y <= 31 && (x <= 12 || y <= 12)
        }
        [day, year] => year_ok(*year) && (1..=31).contains(day),
        _ => false,
    }
}

impl Recognizer for BirthDates {
    fn kinds(&self) -> &'static [&'static str] {
        &["dob"]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Anchors(CUES.to_vec())
    }

    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>) {
        let text = input.text();
        let mut table_end = 0;
        let mut headers = Headers::new(text);
        let mut last_end = 0;
        for hit in hits {
            let ascii = text.as_bytes().get(hit.start).is_some_and(u8::is_ascii);
            let glued_right = text[hit.end..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic());
            let glued_left = text[..hit.start]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphabetic());
            if ascii && (glued_left || glued_right) {
                continue;
            }
            if let Some(header) = headers.at(hit.start) {
                if header.start() < table_end {
                    continue;
                }
                if let Some(column) = header.column_at(hit.start) {
                    let (cells, end) = header.cells(column);
                    table_end = end;
                    for (s, e) in cells {
                        if self.date_at(&text[s..e]) == Some(e - s) {
                            out.push(candidate(s, e, 0.85, "date in a birth-date column"));
                        }
                    }
                    continue;
                }
            }
            if hit.end < last_end {
                continue;
            }
            let either = EITHER_SIDE.contains(&CUES[hit.anchor])
                && !skip_fillers(text, hit.end)
                    .is_some_and(|at| self.date_at(input.after(at, 48)).is_some());
            if either || AFTER_DATE.contains(&CUES[hit.anchor]) {
                // `일생` keeps its `일`: the date ends one character into the cue.
                let date_end = if CUES[hit.anchor] == "일생" {
                    hit.start + '일'.len_utf8()
                } else {
                    hit.start
                };
                let window = input.before(date_end, 40).trim_end_matches(' ');
                let date_end = date_end - (input.before(date_end, 40).len() - window.len());
                if let Some(m) = self.patterns().date_before.find(window) {
                    let start = date_end - (window.len() - m.start());
                    let glued = text[..start]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_ascii_alphanumeric());
                    if !glued && plausible(m.as_str()) && start >= last_end {
                        last_end = date_end;
                        out.push(candidate(
                            start,
                            date_end,
                            0.9,
                            "date followed by a birth word",
                        ));
                    }
                }
                continue;
            }
            let Some(start) = skip_fillers(text, hit.end) else {
                continue;
            };
            let window = input.after(start, 48);
            if let Some(len) = self.date_at(window) {
                last_end = start + len;
                let verb = CUES[hit.anchor].starts_with("born")
                    || CUES[hit.anchor].starts_with("nat")
                    || CUES[hit.anchor].starts_with("nac");
                let score = if verb { 0.85 } else { 0.9 };
                out.push(candidate(
                    start,
                    start + len,
                    score,
                    "date with a birth-date label",
                ));
            }
        }
    }
}

/// Byte offset of the first character after a cue's separators and filler words, if it
/// is near enough.
fn skip_fillers(text: &str, mut at: usize) -> Option<usize> {
    let limit = at + 32;
    loop {
        let rest = text.get(at..)?;
        let skipped = rest.len()
            - rest
                .trim_start_matches(|c: char| {
                    matches!(
                        c,
                        ' ' | ':'
                            | '='
                            | '"'
                            | '\''
                            | '\t'
                            | '|'
                            | ','
                            | '-'
                            | '('
                            | ')'
                            | '*'
                            | '.'
                    )
                })
                .len();
        at += skipped;
        let rest = &text[at..];
        let filler = FILLERS.iter().find(|f| {
            rest.len() > f.len()
                && rest.as_bytes()[..f.len()].eq_ignore_ascii_case(f.as_bytes())
                && !rest.as_bytes()[f.len()].is_ascii_alphanumeric()
        });
        match filler {
            Some(f) if at + f.len() <= limit => at += f.len(),
            _ => break,
        }
    }
    (at <= limit).then_some(at)
}

/// A birth-date candidate.
fn candidate(start: usize, end: usize, score: f32, reason: &'static str) -> Candidate {
    Candidate::new(Category::DateOfBirth, start, end, "dob", score, reason)
}

/// The recognizers of this family.
pub(crate) fn recognizers() -> Vec<Box<dyn Recognizer>> {
    vec![Box::new(BirthDates::new())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_forms() {
        let r = BirthDates::new();
        for date in [
            "1985-03-12",
            "03/12/1985",
            "12.03.1985",
            "March 12, 1985",
            "12 mars 1985",
            "5 de marzo de 1990",
            "1985年3月12日",
            "1985년 3월 12일",
        ] {
            assert_eq!(r.date_at(date), Some(date.len()), "{date}");
        }
        assert_eq!(r.date_at("13/13/1985"), None);
        assert_eq!(r.date_at("1985-03-12345"), None);
    }
}
