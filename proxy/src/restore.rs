//! Putting originals back into an answer: whole texts, texts that are JSON inside a JSON
//! string (tool-call arguments), and the prefix test the streaming restore holds text back
//! with.

use scrim::Vault;
use serde_json::Value;
use std::collections::BTreeSet;

/// The vault of one request and the placeholders it issued.
#[derive(Clone, Debug, Default)]
pub struct Restorer {
    vault: Vault,
    placeholders: BTreeSet<String>,
}

impl Restorer {
    /// A restorer for the placeholders `vault` issued, listed in `placeholders`.
    pub fn new(vault: Vault, placeholders: BTreeSet<String>) -> Restorer {
        Restorer {
            vault,
            placeholders,
        }
    }

    /// Whether the request was masked at all; an empty restorer leaves every answer as is.
    pub fn is_empty(&self) -> bool {
        self.placeholders.is_empty()
    }

    /// `text` with every placeholder of this request replaced by its original.
    pub fn text(&self, text: &str) -> String {
        scrim::restore(text, &self.vault).text
    }

    /// Like [`Restorer::text`] for a text that is itself JSON (tool-call arguments): the
    /// originals are inserted JSON-escaped, so that a quote or backslash in one cannot end
    /// the string literal the model put the placeholder in.
    pub fn json_text(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        let mut from = 0;
        while let Some(open) = text[from..].find('[').map(|i| i + from) {
            let Some(close) = text[open..].find(']').map(|i| i + open) else {
                break;
            };
            match self.vault.original(&text[open..=close]) {
                Some(original) => {
                    let quoted = Value::String(original.to_string()).to_string();
                    out.push_str(&text[copied..open]);
                    out.push_str(&quoted[1..quoted.len() - 1]);
                    copied = close + 1;
                    from = close + 1;
                }
                None => from = open + 1,
            }
        }
        out.push_str(&text[copied..]);
        out
    }

    /// Where the part of `text` begins that could still grow into one of this request's
    /// placeholders in the next chunk (`text.len()` when no such part ends it).
    ///
    /// Placeholders hold one `[`, at their start, so only the tail from the last `[` can be
    /// such a part, and only when it is a proper prefix of a placeholder issued.
    pub fn pending_start(&self, text: &str) -> usize {
        let Some(open) = text.rfind('[') else {
            return text.len();
        };
        let tail = &text[open..];
        let could_grow = self
            .placeholders
            .iter()
            .any(|p| p.len() > tail.len() && p.starts_with(tail));
        if could_grow {
            open
        } else {
            text.len()
        }
    }

    /// Restores every string inside `value` (a tool call's parsed input).
    pub fn value(&self, value: &mut Value) {
        match value {
            Value::String(s) if s.contains('[') => *s = self.text(s),
            Value::Array(items) => items.iter_mut().for_each(|v| self.value(v)),
            Value::Object(map) => map.values_mut().for_each(|v| self.value(v)),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scrim::{mask, ScannerBuilder};

    fn restorer(text: &str, terms: &[&str]) -> (String, Restorer) {
        let mut builder = ScannerBuilder::new();
        for term in terms {
            builder = builder.custom_term(*term);
        }
        let scanner = builder.build().unwrap();
        let mut vault = Vault::new();
        let masked = mask(text, &scanner.scan(text), &mut vault);
        let placeholders = masked
            .replacements
            .iter()
            .map(|r| r.placeholder.clone())
            .collect();
        (masked.text, Restorer::new(vault, placeholders))
    }

    #[test]
    fn only_a_growing_placeholder_prefix_is_pending() {
        let (masked, r) = restorer("ask Falcon", &["Falcon"]);
        assert_eq!(masked, "ask [TERM_1]");
        assert_eq!(r.pending_start("see [TE"), 4);
        assert_eq!(r.pending_start("see ["), 4);
        assert_eq!(r.pending_start("see [TERM_1"), 4);
        assert_eq!(r.pending_start("see [TERM_1]"), 12);
        assert_eq!(r.pending_start("see [x"), 6);
        assert_eq!(r.pending_start("see [TERM_2"), 11);
        assert_eq!(r.pending_start("no bracket"), 10);
    }

    #[test]
    fn json_text_escapes_the_original() {
        let (_, r) = restorer(r#"code "Q\7" here"#, &[r#""Q\7""#]);
        let args = r#"{"name":"[TERM_1]"}"#;
        let restored = r.json_text(args);
        let parsed: Value = serde_json::from_str(&restored).unwrap();
        assert_eq!(parsed["name"], r#""Q\7""#);
        assert_eq!(r.text("[TERM_1] [TERM_9]"), r#""Q\7" [TERM_9]"#);
    }
}
