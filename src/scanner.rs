//! The scanner: a validated policy plus the recognizers, turned into findings.
//!
//! Building is where the work happens once: the built-in recognizers and the automaton over
//! their anchors are process-wide and built on first use, so every later [`Scanner`] (a
//! settings change in the extension) only compiles the user's own terms and patterns.
//!
//! A scan normalises the text, runs one Aho-Corasick pass over all anchors, wakes only the
//! recognizers whose trigger fired, filters candidates by policy, maps spans back to the
//! original text, drops allowlisted values and resolves overlaps (higher score, then longer
//! span, then earlier start wins).

use crate::context::Input;
use crate::error::Error;
use crate::finding::{Category, Finding, Sensitivity};
use crate::normalize::Normalized;
use crate::policy::{CustomPattern, Policy};
use crate::recognizers::{self, custom::Custom, Candidate, Hit, Recognizer, Trigger};
use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

/// The built-in recognizers and the one automaton over all their anchors.
struct Builtin {
    recognizers: Vec<Box<dyn Recognizer>>,
    /// For each recognizer, how it is triggered (anchors are folded into `anchors`).
    triggers: Vec<TriggerKind>,
    anchors: Option<AhoCorasick>,
    /// For each automaton pattern: (recognizer index, anchor index within the recognizer).
    anchor_owner: Vec<(usize, usize)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TriggerKind {
    Anchors,
    Digits,
    Always,
}

fn builtin() -> &'static Builtin {
    static BUILTIN: OnceLock<Builtin> = OnceLock::new();
    BUILTIN.get_or_init(|| {
        let recognizers = recognizers::builtin();
        let mut triggers = Vec::with_capacity(recognizers.len());
        let mut literals: Vec<&'static str> = Vec::new();
        let mut anchor_owner = Vec::new();
        for (index, recognizer) in recognizers.iter().enumerate() {
            triggers.push(match recognizer.trigger() {
                Trigger::Anchors(list) => {
                    for (local, literal) in list.into_iter().enumerate() {
                        literals.push(literal);
                        anchor_owner.push((index, local));
                    }
                    TriggerKind::Anchors
                }
                Trigger::Digits => TriggerKind::Digits,
                Trigger::Always => TriggerKind::Always,
            });
        }
        let anchors = (!literals.is_empty()).then(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&literals)
                .expect("built-in anchors are plain literals")
        });
        Builtin {
            recognizers,
            triggers,
            anchors,
            anchor_owner,
        }
    })
}

/// Every `kind` a scanner can report, built-in and custom, sorted.
pub fn kinds() -> Vec<&'static str> {
    let mut all: Vec<&'static str> = builtin()
        .recognizers
        .iter()
        .flat_map(|r| r.kinds().iter().copied())
        .collect();
    all.extend(["custom_term", "custom_pattern"]);
    all.sort_unstable();
    all.dedup();
    all
}

/// Checks a user regular expression as a custom pattern would be compiled.
///
/// ```
/// assert!(scrim::validate_pattern(r"PRJ-\d{4}").is_ok());
/// let err = scrim::validate_pattern("[a-").unwrap_err();
/// assert!(err.to_string().contains("character 1"), "{err}");
/// ```
pub fn validate_pattern(pattern: &str) -> Result<(), Error> {
    recognizers::custom::compile_pattern("", pattern).map(|_| ())
}

/// Configures and builds a [`Scanner`].
#[derive(Clone, Debug, Default)]
pub struct ScannerBuilder {
    policy: Policy,
}

impl ScannerBuilder {
    /// A builder with the default policy (balanced, every category on).
    pub fn new() -> ScannerBuilder {
        ScannerBuilder::default()
    }

    /// A builder starting from a whole policy.
    pub fn from_policy(policy: Policy) -> ScannerBuilder {
        ScannerBuilder { policy }
    }

    /// Sets the sensitivity level.
    pub fn sensitivity(mut self, sensitivity: Sensitivity) -> ScannerBuilder {
        self.policy.sensitivity = sensitivity;
        self
    }

    /// Switches one category on or off, whatever the level.
    pub fn category(mut self, category: Category, enabled: bool) -> ScannerBuilder {
        self.policy.categories.insert(category, enabled);
        self
    }

    /// Never reports a finding whose whole value is `value`.
    pub fn allow(mut self, value: impl Into<String>) -> ScannerBuilder {
        self.policy.allowlist.push(value.into());
        self
    }

    /// Adds one of the user's own sensitive terms.
    pub fn custom_term(mut self, term: impl Into<String>) -> ScannerBuilder {
        self.policy.custom_terms.push(term.into());
        self
    }

    /// Adds one of the user's own regular expressions under a name.
    pub fn custom_pattern(
        mut self,
        name: impl Into<String>,
        pattern: impl Into<String>,
    ) -> ScannerBuilder {
        self.policy.custom_patterns.push(CustomPattern {
            name: name.into(),
            pattern: pattern.into(),
        });
        self
    }

    /// Validates the policy and builds the scanner.
    ///
    /// Fails when a custom pattern does not compile, is too large or matches empty text.
    pub fn build(&self) -> Result<Scanner, Error> {
        let custom = Custom::new(&self.policy.custom_terms, &self.policy.custom_patterns)?;
        let allowlist = self
            .policy
            .allowlist
            .iter()
            .map(|v| allow_key(v))
            .filter(|v| !v.is_empty())
            .collect();
        let builtin = builtin();
        let enabled = Category::ALL.map(|c| self.policy.is_enabled(c));
        Ok(Scanner {
            builtin,
            custom: (!custom.is_empty()).then_some(custom),
            enabled,
            min_score: self.policy.sensitivity.min_score(),
            allowlist,
        })
    }
}

/// How an allowlist entry and a finding value are compared.
fn allow_key(value: &str) -> String {
    Normalized::new(value.trim()).text().to_ascii_lowercase()
}

/// A ready scanner: immutable, cheap to share between threads.
///
/// ```
/// use scrim::{Category, ScannerBuilder};
///
/// let scanner = ScannerBuilder::new().custom_term("Project Falcon").build().unwrap();
/// let text = "Summarise the project falcon roadmap.";
/// let findings = scanner.scan(text);
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].category, Category::Custom);
/// assert_eq!(findings[0].text(text), "project falcon");
/// ```
pub struct Scanner {
    builtin: &'static Builtin,
    custom: Option<Custom>,
    enabled: [bool; 13],
    min_score: f32,
    allowlist: std::collections::HashSet<String>,
}

impl std::fmt::Debug for Scanner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scanner")
            .field("min_score", &self.min_score)
            .field("enabled", &self.enabled)
            .field("has_custom", &self.custom.is_some())
            .field("allowlist_len", &self.allowlist.len())
            .finish_non_exhaustive()
    }
}

impl Scanner {
    /// Finds sensitive entities in `text`: sorted by position, non-overlapping, with spans
    /// on `char` boundaries of `text`. The same text and policy always give the same result.
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        let normalized = Normalized::new(text);
        let input = Input::new(normalized.text());
        let mut candidates = Vec::new();
        self.run_builtin(&input, &mut candidates);
        if let Some(custom) = &self.custom {
            custom.recognize(&input, &[], &mut candidates);
        }
        let norm_text = normalized.text();
        // Overlaps are resolved on light, allocation-free spans first; only the survivors
        // become findings (dense text yields many candidates that lose to a better one).
        let mut kept: Vec<Kept> = candidates
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.score >= self.min_score
                    && self.is_enabled(c.category)
                    && c.start < c.end
                    && c.end <= norm_text.len()
                    && norm_text.is_char_boundary(c.start)
                    && norm_text.is_char_boundary(c.end)
            })
            .map(|(index, c)| {
                let (start, end) = normalized.original_span(c.start, c.end);
                Kept {
                    start,
                    end,
                    score: c.score.clamp(0.0, 1.0),
                    kind: c.kind,
                    index,
                }
            })
            .filter(|k| {
                self.allowlist.is_empty()
                    || !self
                        .allowlist
                        .contains(&allow_key(text.get(k.start..k.end).unwrap_or("")))
            })
            .collect();
        resolve_overlaps(&mut kept);
        kept.into_iter()
            .map(|k| {
                let candidate = &mut candidates[k.index];
                Finding {
                    category: candidate.category,
                    kind: k.kind.to_string(),
                    start: k.start,
                    end: k.end,
                    score: k.score,
                    reason: std::mem::take(&mut candidate.reason).into_owned(),
                }
            })
            .collect()
    }

    fn is_enabled(&self, category: Category) -> bool {
        self.enabled[category as usize]
    }

    fn run_builtin(&self, input: &Input<'_>, out: &mut Vec<Candidate>) {
        let builtin = self.builtin;
        let text = input.text();
        let mut hits: Vec<Vec<Hit>> = vec![Vec::new(); builtin.recognizers.len()];
        if let Some(anchors) = &builtin.anchors {
            for m in anchors.find_overlapping_iter(text) {
                let (owner, anchor) = builtin.anchor_owner[m.pattern().as_usize()];
                hits[owner].push(Hit {
                    anchor,
                    start: m.start(),
                    end: m.end(),
                });
            }
        }
        let has_digit = text.bytes().any(|b| b.is_ascii_digit());
        for (index, recognizer) in builtin.recognizers.iter().enumerate() {
            let wake = match builtin.triggers[index] {
                TriggerKind::Anchors => !hits[index].is_empty(),
                TriggerKind::Digits => has_digit,
                TriggerKind::Always => true,
            };
            if wake {
                recognizer.recognize(input, &hits[index], out);
            }
        }
    }
}

/// A candidate that passed the policy, with its span in the original text.
struct Kept {
    start: usize,
    end: usize,
    score: f32,
    kind: &'static str,
    /// Index of the candidate it stands for.
    index: usize,
}

/// What overlap resolution needs to know of a finding.
trait Ranked {
    fn span(&self) -> (usize, usize);
    fn score(&self) -> f32;
    fn kind(&self) -> &str;
}

impl Ranked for Kept {
    fn span(&self) -> (usize, usize) {
        (self.start, self.end)
    }
    fn score(&self) -> f32 {
        self.score
    }
    fn kind(&self) -> &str {
        self.kind
    }
}

impl Ranked for Finding {
    fn span(&self) -> (usize, usize) {
        (self.start, self.end)
    }
    fn score(&self) -> f32 {
        self.score
    }
    fn kind(&self) -> &str {
        &self.kind
    }
}

/// Keeps the best of overlapping findings (higher score, then longer, then earlier) and
/// sorts the survivors by position. Kept spans live in a map keyed by start, so each
/// candidate costs two neighbour look-ups: dense text with many findings stays linearithmic.
fn resolve_overlaps<T: Ranked>(findings: &mut Vec<T>) {
    findings.sort_by(|a, b| {
        let ((a_start, a_end), (b_start, b_end)) = (a.span(), b.span());
        b.score()
            .total_cmp(&a.score())
            .then((b_end - b_start).cmp(&(a_end - a_start)))
            .then(a_start.cmp(&b_start))
            .then(a.kind().cmp(b.kind()))
    });
    let mut kept: std::collections::BTreeMap<usize, T> = std::collections::BTreeMap::new();
    for finding in findings.drain(..) {
        let (start, end) = finding.span();
        let clashes_left = kept
            .range(..=start)
            .next_back()
            .is_some_and(|(_, k)| k.span().1 > start);
        let clashes_right = kept.range(start..end).next().is_some();
        if !clashes_left && !clashes_right {
            kept.insert(start, finding);
        }
    }
    findings.extend(kept.into_values());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(start: usize, end: usize, score: f32, kind: &str) -> Finding {
        Finding {
            category: Category::Custom,
            kind: kind.into(),
            start,
            end,
            score,
            reason: String::new(),
        }
    }

    #[test]
    fn overlaps_keep_the_higher_score_then_the_longer_span() {
        let mut findings = vec![
            finding(0, 10, 0.7, "a"),
            finding(5, 12, 0.9, "b"),
            finding(20, 30, 0.8, "c"),
            finding(20, 25, 0.8, "d"),
            finding(12, 14, 0.1, "e"),
        ];
        resolve_overlaps(&mut findings);
        let kinds: Vec<&str> = findings.iter().map(|f| f.kind.as_str()).collect();
        assert_eq!(kinds, ["b", "e", "c"]);
    }

    #[test]
    fn allowlist_needs_the_whole_value() {
        let scanner = ScannerBuilder::new()
            .custom_term("falcon")
            .allow("FALCON")
            .build()
            .unwrap();
        assert!(scanner.scan("falcon").is_empty());
        let scanner = ScannerBuilder::new()
            .custom_pattern("code", r"falcon-\d+")
            .allow("falcon")
            .build()
            .unwrap();
        assert_eq!(scanner.scan("falcon-7").len(), 1);
    }

    #[test]
    fn disabled_category_is_not_reported() {
        let scanner = ScannerBuilder::new()
            .custom_term("falcon")
            .category(Category::Custom, false)
            .build()
            .unwrap();
        assert!(scanner.scan("falcon").is_empty());
    }

    #[test]
    fn custom_terms_respect_word_boundaries_except_for_cjk() {
        let scanner = ScannerBuilder::new()
            .custom_term("Falcon")
            .custom_term("猎鹰计划")
            .build()
            .unwrap();
        let text = "falcons, Falcon, 关于猎鹰计划的";
        let found: Vec<&str> = scanner.scan(text).iter().map(|f| f.text(text)).collect();
        assert_eq!(found, ["Falcon", "猎鹰计划"]);
    }

    #[test]
    fn perl_classes_in_user_patterns_mean_ascii() {
        let scanner = ScannerBuilder::new()
            .custom_pattern("ticket", r"\bTCK-\d{4}\b")
            .custom_pattern("word", r"[\w.]+@inner\s+zone")
            .build()
            .unwrap();
        let text = "see TCK-1234, not XTCK-9999; a.b@inner  zone";
        let found: Vec<&str> = scanner.scan(text).iter().map(|f| f.text(text)).collect();
        assert_eq!(found, ["TCK-1234", "a.b@inner  zone"]);
    }

    #[test]
    fn bad_patterns_are_explained() {
        let cases = [
            ("a(b", "custom pattern 'p': unclosed group at character 2"),
            ("x{2,1}", "custom pattern 'p': invalid repetition count range, the start must be <= the end at character 2"),
            ("a*", "custom pattern 'p': the pattern matches empty text, so it would flag everything"),
            ("", "custom pattern 'p': the pattern is empty"),
        ];
        for (pattern, message) in cases {
            let err = ScannerBuilder::new()
                .custom_pattern("p", pattern)
                .build()
                .err();
            assert_eq!(
                err.map(|e| e.to_string()).as_deref(),
                Some(message),
                "{pattern}"
            );
        }
    }
}
