//! Recognizers: one module per family of formats, all behind the [`Recognizer`] trait.
//!
//! A recognizer declares a [`Trigger`] so the scanner can skip it cheaply: most text holds
//! none of a credential recognizer's prefixes, and prose without digits wakes no number
//! recognizer. The scanner runs one Aho-Corasick pass for every anchor of every recognizer,
//! then calls only the recognizers whose trigger fired, each with its own anchor hits.
//!
//! Recognizers see the normalised text (see `normalize.rs`: full-width forms are ASCII,
//! zero-width characters are gone, odd spaces and dashes are plain) and report
//! [`Candidate`]s in its byte offsets. Scores follow one scale, which the sensitivity levels
//! cut (`Sensitivity::min_score`):
//!
//! - `0.90..=1.0`: near-certain — a checksum passed on an unambiguous format, a provider
//!   prefix, a private-key block (reported at every level);
//! - `0.60..0.90`: likely — a format backed by context or a weaker check (balanced and up);
//! - `0.35..0.60`: possible — only at strict (names without cues, bare entropy, hosts).

use crate::context::Input;
use crate::finding::Category;
use std::borrow::Cow;

pub(crate) mod address;
pub(crate) mod bank;
pub(crate) mod confidential;
pub(crate) mod credential;
pub(crate) mod crypto;
pub(crate) mod custom;
pub(crate) mod dob;
pub(crate) mod email;
pub(crate) mod national_id;
pub(crate) mod network;
pub(crate) mod payment;
pub(crate) mod person;
pub(crate) mod phone;

/// When a recognizer is worth running on a text.
pub(crate) enum Trigger {
    /// Only when one of these literals occurs (ASCII case-insensitive; non-ASCII literals
    /// match exactly). The recognizer receives every occurrence as a [`Hit`].
    Anchors(Vec<&'static str>),
    /// Only when the text holds an ASCII digit.
    Digits,
    /// On every text.
    Always,
}

/// One occurrence of one of a recognizer's anchors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Index into the recognizer's own anchor list.
    pub anchor: usize,
    /// Byte offset of the occurrence in the normalised text.
    pub start: usize,
    /// Byte offset one past the occurrence.
    pub end: usize,
}

/// A possible finding, before policy, allowlist and overlap resolution.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Candidate {
    /// Byte offset in the normalised text.
    pub start: usize,
    /// Byte offset one past the end in the normalised text.
    pub end: usize,
    /// The broad class.
    pub category: Category,
    /// The specific format; must be listed in the recognizer's [`Recognizer::kinds`].
    pub kind: &'static str,
    /// Confidence on the scale described in the module docs.
    pub score: f32,
    /// A short explanation for a person.
    pub reason: Cow<'static, str>,
}

impl Candidate {
    /// A candidate of `category`; recognizer modules wrap this with their category fixed.
    pub(crate) fn new(
        category: Category,
        start: usize,
        end: usize,
        kind: &'static str,
        score: f32,
        reason: impl Into<Cow<'static, str>>,
    ) -> Candidate {
        Candidate {
            start,
            end,
            category,
            kind,
            score,
            reason: reason.into(),
        }
    }
}

/// A family of formats the scanner can find.
pub(crate) trait Recognizer: Send + Sync {
    /// Every `kind` this recognizer can report.
    fn kinds(&self) -> &'static [&'static str];
    /// When the recognizer is worth running.
    fn trigger(&self) -> Trigger;
    /// Appends candidates found in `input`; `hits` holds this recognizer's anchor
    /// occurrences in text order (empty unless the trigger is [`Trigger::Anchors`]).
    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>);
}

/// The built-in recognizers, in no particular order (overlaps are resolved by score).
pub(crate) fn builtin() -> Vec<Box<dyn Recognizer>> {
    let mut all: Vec<Box<dyn Recognizer>> = Vec::new();
    all.extend(email::recognizers());
    all.extend(phone::recognizers());
    all.extend(payment::recognizers());
    all.extend(bank::recognizers());
    all.extend(national_id::recognizers());
    all.extend(credential::recognizers());
    all.extend(network::recognizers());
    all.extend(crypto::recognizers());
    all.extend(person::recognizers());
    all.extend(address::recognizers());
    all.extend(dob::recognizers());
    all.extend(confidential::recognizers());
    all
}
