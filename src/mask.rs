//! Masking with typed placeholders and restoring the originals locally.
//!
//! [`mask`] replaces findings with placeholders such as `[EMAIL_1]` or `[CN_ID_2]`. A
//! [`Vault`] remembers which placeholder stands for which value, so the same value gets the
//! same placeholder across a conversation, and [`restore`] puts the originals back into an
//! answer that quotes the placeholders. The vault is plain data (serde) so the extension
//! can keep it in session storage; it never leaves the browser.

use crate::finding::{Category, Finding};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Placeholders issued so far and the values they stand for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Vault {
    /// Placeholder (e.g. `[EMAIL_1]`) → original value.
    entries: BTreeMap<String, String>,
    /// Label (e.g. `EMAIL`) → the highest number issued for it.
    counters: BTreeMap<String, u32>,
}

/// One placeholder in a masked or restored text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Replacement {
    /// The placeholder, e.g. `[EMAIL_1]`.
    pub placeholder: String,
    /// The value it stands for.
    pub original: String,
    /// Byte offset of what now stands in the output text (the placeholder after masking,
    /// the original after restoring).
    pub start: usize,
    /// Byte offset one past it.
    pub end: usize,
}

/// A text with findings replaced by placeholders.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Masked {
    /// The masked text.
    pub text: String,
    /// Every placeholder inserted, in text order.
    pub replacements: Vec<Replacement>,
}

/// A text with known placeholders replaced by their originals.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Restored {
    /// The restored text.
    pub text: String,
    /// Every original put back, in text order.
    pub restored: Vec<Replacement>,
}

impl Vault {
    /// An empty vault.
    pub fn new() -> Vault {
        Vault::default()
    }

    /// The value a placeholder stands for, if this vault issued it.
    pub fn original(&self, placeholder: &str) -> Option<&str> {
        self.entries.get(placeholder).map(String::as_str)
    }

    /// How many placeholders the vault holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the vault holds no placeholder.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The placeholder for `original` under `label`: the one issued before for the same
    /// value, or a new one whose text does not already occur in `context`.
    fn placeholder(&mut self, label: &str, original: &str, context: &str) -> String {
        let prefix = format!("[{label}_");
        if let Some((placeholder, _)) = self
            .entries
            .iter()
            .find(|(p, v)| p.starts_with(&prefix) && v.as_str() == original)
        {
            return placeholder.clone();
        }
        let counter = self.counters.entry(label.to_string()).or_insert(0);
        loop {
            *counter += 1;
            let placeholder = format!("{prefix}{counter}]");
            if !context.contains(&placeholder) && !self.entries.contains_key(&placeholder) {
                self.entries
                    .insert(placeholder.clone(), original.to_string());
                return placeholder;
            }
        }
    }
}

/// The placeholder label for a finding's category and kind.
pub fn label(category: Category, kind: &str) -> &'static str {
    match (category, kind) {
        (Category::NationalId, "cn_resident_id") => "CN_ID",
        (Category::NationalId, "us_ssn") => "SSN",
        (Category::NationalId, _) => "ID",
        (Category::BankAccount, "iban") => "IBAN",
        (Category::BankAccount, _) => "BANK",
        (Category::Credential, "password") => "PASSWORD",
        (Category::Credential, k) if k.starts_with("private_key") => "PRIVATE_KEY",
        (Category::Credential, _) => "SECRET",
        (Category::Network, "mac") => "MAC",
        (Category::Network, "ipv4" | "ipv6") => "IP",
        (Category::Network, _) => "HOST",
        (Category::Email, _) => "EMAIL",
        (Category::Phone, _) => "PHONE",
        (Category::PaymentCard, _) => "CARD",
        (Category::CryptoWallet, _) => "WALLET",
        (Category::PersonName, _) => "NAME",
        (Category::PostalAddress, _) => "ADDRESS",
        (Category::DateOfBirth, _) => "DOB",
        (Category::Confidential, _) => "MARKER",
        (Category::Custom, _) => "TERM",
    }
}

/// Replaces `findings` (spans of `text`, as returned by a scan) with placeholders from
/// `vault`. Findings that overlap an earlier one or fall outside `text` are skipped.
///
/// ```
/// use scrim::{mask, restore, ScannerBuilder, Vault};
///
/// let scanner = ScannerBuilder::new().custom_term("Falcon").build().unwrap();
/// let text = "Falcon ships in May; tell nobody about Falcon.";
/// let mut vault = Vault::new();
/// let masked = mask(text, &scanner.scan(text), &mut vault);
/// assert_eq!(masked.text, "[TERM_1] ships in May; tell nobody about [TERM_1].");
/// assert_eq!(restore(&masked.text, &vault).text, text);
/// ```
pub fn mask(text: &str, findings: &[Finding], vault: &mut Vault) -> Masked {
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| (f.start, f.end));
    let mut out = String::with_capacity(text.len());
    let mut replacements = Vec::new();
    let mut copied = 0;
    for finding in sorted {
        let valid = finding.start >= copied
            && finding.start < finding.end
            && finding.end <= text.len()
            && text.is_char_boundary(finding.start)
            && text.is_char_boundary(finding.end);
        if !valid {
            continue;
        }
        let original = &text[finding.start..finding.end];
        let placeholder = vault.placeholder(label(finding.category, &finding.kind), original, text);
        out.push_str(&text[copied..finding.start]);
        let start = out.len();
        out.push_str(&placeholder);
        replacements.push(Replacement {
            placeholder,
            original: original.to_string(),
            start,
            end: out.len(),
        });
        copied = finding.end;
    }
    out.push_str(&text[copied..]);
    Masked {
        text: out,
        replacements,
    }
}

/// Puts back every placeholder of `vault` that occurs in `text`; other bracketed text is
/// left alone.
pub fn restore(text: &str, vault: &Vault) -> Restored {
    let mut out = String::with_capacity(text.len());
    let mut restored = Vec::new();
    let mut copied = 0;
    let mut search_from = 0;
    while let Some(open) = text[search_from..].find('[').map(|i| i + search_from) {
        let Some(close) = text[open..].find(']').map(|i| i + open) else {
            break;
        };
        let candidate = &text[open..=close];
        match vault.original(candidate) {
            Some(original) => {
                out.push_str(&text[copied..open]);
                let start = out.len();
                out.push_str(original);
                restored.push(Replacement {
                    placeholder: candidate.to_string(),
                    original: original.to_string(),
                    start,
                    end: out.len(),
                });
                copied = close + 1;
                search_from = close + 1;
            }
            None => search_from = open + 1,
        }
    }
    out.push_str(&text[copied..]);
    Restored {
        text: out,
        restored,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(text: &str, value: &str, category: Category, kind: &str) -> Finding {
        let start = text.find(value).unwrap();
        Finding {
            category,
            kind: kind.into(),
            start,
            end: start + value.len(),
            score: 1.0,
            reason: String::new(),
        }
    }

    #[test]
    fn same_value_same_placeholder_across_texts() {
        let mut vault = Vault::new();
        let first = "mail ann@corp.cn";
        let a = mask(
            first,
            &[finding(first, "ann@corp.cn", Category::Email, "email")],
            &mut vault,
        );
        let second = "again ann@corp.cn and bob@corp.cn";
        let b = mask(
            second,
            &[
                finding(second, "ann@corp.cn", Category::Email, "email"),
                finding(second, "bob@corp.cn", Category::Email, "email"),
            ],
            &mut vault,
        );
        assert_eq!(a.text, "mail [EMAIL_1]");
        assert_eq!(b.text, "again [EMAIL_1] and [EMAIL_2]");
        assert_eq!(b.replacements[1].start, "again [EMAIL_1] and ".len());
    }

    #[test]
    fn placeholders_already_in_the_text_are_not_reused() {
        let mut vault = Vault::new();
        let text = "literal [EMAIL_1] then ann@corp.cn";
        let masked = mask(
            text,
            &[finding(text, "ann@corp.cn", Category::Email, "email")],
            &mut vault,
        );
        assert_eq!(masked.text, "literal [EMAIL_1] then [EMAIL_2]");
        assert_eq!(restore(&masked.text, &vault).text, text);
    }

    #[test]
    fn restore_reports_spans_in_the_output() {
        let mut vault = Vault::new();
        let text = "身份证 110101199003077675";
        let masked = mask(
            text,
            &[finding(
                text,
                "110101199003077675",
                Category::NationalId,
                "cn_resident_id",
            )],
            &mut vault,
        );
        assert_eq!(masked.text, "身份证 [CN_ID_1]");
        let answer = "已记录 [CN_ID_1]，[unknown] 不变";
        let restored = restore(answer, &vault);
        assert_eq!(restored.text, "已记录 110101199003077675，[unknown] 不变");
        let r = &restored.restored[0];
        assert_eq!(&restored.text[r.start..r.end], "110101199003077675");
    }
}
