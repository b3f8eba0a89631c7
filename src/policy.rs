//! What the user asked for: a sensitivity level, category switches, an allowlist and their
//! own terms and patterns. Deserialised from the extension's settings or a CLI flag.

use crate::finding::{Category, Sensitivity};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A user's scanning policy. Every field has a default, so `{}` is a valid policy.
///
/// ```
/// let policy: scrim::Policy = serde_json::from_str(
///     r#"{"sensitivity": "strict", "categories": {"person_name": false},
///         "custom_terms": ["Project Falcon"]}"#,
/// ).unwrap();
/// assert_eq!(policy.sensitivity, scrim::Sensitivity::Strict);
/// assert!(!policy.is_enabled(scrim::Category::PersonName));
/// assert!(policy.is_enabled(scrim::Category::Email));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Policy {
    /// How eager the scanner is.
    pub sensitivity: Sensitivity,
    /// Categories switched on or off; a category not listed is on.
    pub categories: BTreeMap<Category, bool>,
    /// Values never reported: an entry suppresses a finding only when it equals the whole
    /// finding (ignoring ASCII case and surrounding white space).
    pub allowlist: Vec<String>,
    /// The user's own sensitive terms, matched case-insensitively as whole words
    /// (CJK terms match anywhere, since CJK text has no spaces between words).
    pub custom_terms: Vec<String>,
    /// The user's own regular expressions.
    pub custom_patterns: Vec<CustomPattern>,
}

/// A named user regular expression (the syntax of the `regex` crate).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CustomPattern {
    /// A name shown in findings, e.g. "ticket id".
    pub name: String,
    /// The expression.
    pub pattern: String,
}

impl Policy {
    /// Whether findings of `category` are reported.
    pub fn is_enabled(&self, category: Category) -> bool {
        self.categories.get(&category).copied().unwrap_or(true)
    }
}
