//! The vocabulary every layer shares: categories, sensitivity levels and findings.
//!
//! The category names are part of Scrim's contract: the CLI, the wasm API, the extension UI
//! and the corpus scorer all spell them the same way (`snake_case`).

use serde::{Deserialize, Serialize};
use std::fmt;

/// The broad class of a sensitive entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// E-mail addresses.
    Email,
    /// Telephone numbers.
    Phone,
    /// Payment card numbers, and CVV/expiry when labelled.
    PaymentCard,
    /// IBANs, SWIFT/BIC, routing and account numbers.
    BankAccount,
    /// Government identifiers: SSN, resident IDs, passports, tax IDs.
    NationalId,
    /// API keys, tokens, private keys, passwords.
    Credential,
    /// IP and MAC addresses, internal host names.
    Network,
    /// Cryptocurrency wallet addresses.
    CryptoWallet,
    /// Names of people.
    PersonName,
    /// Street addresses and postcodes.
    PostalAddress,
    /// Dates stated to be a birth date.
    DateOfBirth,
    /// Document markers such as CONFIDENTIAL or 机密.
    Confidential,
    /// The user's own terms and patterns.
    Custom,
}

impl Category {
    /// Every category, in a fixed order.
    pub const ALL: [Category; 13] = [
        Category::Email,
        Category::Phone,
        Category::PaymentCard,
        Category::BankAccount,
        Category::NationalId,
        Category::Credential,
        Category::Network,
        Category::CryptoWallet,
        Category::PersonName,
        Category::PostalAddress,
        Category::DateOfBirth,
        Category::Confidential,
        Category::Custom,
    ];

    /// The category's `snake_case` name, as used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Email => "email",
            Category::Phone => "phone",
            Category::PaymentCard => "payment_card",
            Category::BankAccount => "bank_account",
            Category::NationalId => "national_id",
            Category::Credential => "credential",
            Category::Network => "network",
            Category::CryptoWallet => "crypto_wallet",
            Category::PersonName => "person_name",
            Category::PostalAddress => "postal_address",
            Category::DateOfBirth => "date_of_birth",
            Category::Confidential => "confidential",
            Category::Custom => "custom",
        }
    }

    /// Parses a `snake_case` category name.
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// How much harm a leak of this category does; the extension colours underlines by it.
    pub fn severity(self) -> Severity {
        match self {
            Category::Credential
            | Category::PaymentCard
            | Category::NationalId
            | Category::BankAccount => Severity::High,
            Category::Email
            | Category::Phone
            | Category::CryptoWallet
            | Category::PostalAddress
            | Category::DateOfBirth
            | Category::Custom => Severity::Medium,
            Category::PersonName | Category::Network | Category::Confidential => Severity::Low,
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How harmful a leak of a finding would be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Names, network details, document markers.
    Low,
    /// Contact details, addresses, birth dates, the user's own terms.
    Medium,
    /// Credentials, payment data, government IDs, bank accounts.
    High,
}

impl Severity {
    /// The severity's lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

/// How eager the scanner is: the trade between missed data and false alarms.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Sensitivity {
    /// Only near-certain findings: validated checksums, prefixed credentials, private keys.
    Relaxed,
    /// The default: formats backed by a checksum or by context.
    #[default]
    Balanced,
    /// Adds names without cues, generic high-entropy strings, internal hosts, weaker context.
    Strict,
}

impl Sensitivity {
    /// The lowest score a finding needs to be reported at this level.
    pub fn min_score(self) -> f32 {
        match self {
            Sensitivity::Relaxed => 0.9,
            Sensitivity::Balanced => 0.6,
            Sensitivity::Strict => 0.35,
        }
    }

    /// Parses `relaxed`, `balanced` or `strict`.
    pub fn from_name(name: &str) -> Option<Sensitivity> {
        match name {
            "relaxed" => Some(Sensitivity::Relaxed),
            "balanced" => Some(Sensitivity::Balanced),
            "strict" => Some(Sensitivity::Strict),
            _ => None,
        }
    }

    /// The level's lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Sensitivity::Relaxed => "relaxed",
            Sensitivity::Balanced => "balanced",
            Sensitivity::Strict => "strict",
        }
    }
}

/// One sensitive entity found in a text.
///
/// `start..end` is a byte range of the scanned text, always on `char` boundaries.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// The broad class, e.g. [`Category::PaymentCard`].
    pub category: Category,
    /// The specific format, e.g. `visa`, `cn_resident_id`, `github_pat`.
    pub kind: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Confidence in `0.0..=1.0`.
    pub score: f32,
    /// A short explanation for a person, e.g. "passes Luhn check".
    pub reason: String,
}

impl Finding {
    /// The finding's text within the haystack it was found in.
    ///
    /// # Panics
    /// Panics when `haystack` is not the text that was scanned and the span is out of range.
    pub fn text<'h>(&self, haystack: &'h str) -> &'h str {
        &haystack[self.start..self.end]
    }
}
