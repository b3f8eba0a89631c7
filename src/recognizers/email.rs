//! Recognizer for the `email` family: e-mail addresses (plus-addressing and IDN included)
//! and Google Cloud service-account addresses.
//!
//! Every `@` is an anchor. From it the local part is read leftwards and the domain
//! rightwards, each with a length cap, so the work is linear even on a megabyte of `@`.
//! Addresses at reserved documentation domains (RFC 2606/6761: `example.com`, `.test`,
//! `.example`, `.invalid`, `.localhost`) are not findings, nor are URL credentials
//! (`scheme://user:pass@host`), image digests (`nginx@sha256:…`) or file names
//! (`icon@2x.png`).

use super::{Candidate, Hit, Recognizer, Trigger};
use crate::context::Input;
use crate::finding::Category;
use std::borrow::Cow;

/// Longest local part read leftwards from the `@` (RFC 5321 limit).
const MAX_LOCAL: usize = 64;
/// Longest domain read rightwards from the `@` (RFC 1035 limit).
const MAX_DOMAIN: usize = 253;

/// Domains reserved for documentation: an address there is never sensitive.
const RESERVED_DOMAINS: &[&str] = &["example.com", "example.org", "example.net"];
/// Top-level names reserved by RFC 2606 / RFC 6761.
const RESERVED_TLDS: &[&str] = &["test", "example", "invalid", "localhost", "local"];
/// File extensions that look like a top-level domain after `name@2x`.
const FILE_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "txt", "json", "css", "html", "ico",
];

/// The e-mail recognizer.
struct Email;

/// The recognizers of this family.
pub(crate) fn recognizers() -> Vec<Box<dyn Recognizer>> {
    vec![Box::new(Email)]
}

impl Recognizer for Email {
    fn kinds(&self) -> &'static [&'static str] {
        &["email", "service_account"]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Anchors(vec!["@"])
    }

    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>) {
        for hit in hits {
            if let Some(candidate) = address_at(input, hit.start) {
                out.push(candidate);
            }
        }
    }
}

/// Whether `c` may appear in the local part (ASCII atom characters and non-ASCII letters
/// outside the CJK blocks, so that `邮箱abc@…` starts at `abc`).
fn is_local_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '.' | '_' | '%' | '+' | '-' | '\'')
        || (c.is_alphabetic() && !is_cjk(c))
}

/// Whether `c` may appear in a domain label (IDN labels allow any letter).
fn is_label_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || (!c.is_ascii() && c.is_alphanumeric())
}

/// CJK ideographs, kana and hangul: script that runs into an address without a space.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
}

/// The address around the `@` at byte `at`, if it is one worth reporting.
fn address_at(input: &Input<'_>, at: usize) -> Option<Candidate> {
    let text = input.text();
    let start = local_start(text, at)?;
    let end = domain_end(text, at + 1)?;
    let domain = text.get(at + 1..end)?;
    let lower = domain.to_ascii_lowercase();
    if is_reserved(&lower) || is_url_credential(input, start) {
        return None;
    }
    // `git@host:org/repo` and `image@sha256:…` are not addresses.
    if text[end..].starts_with(':') && text[end + 1..].starts_with(|c: char| !c.is_whitespace()) {
        return None;
    }
    let service = lower.ends_with(".gserviceaccount.com");
    Some(Candidate {
        start,
        end,
        category: Category::Email,
        kind: if service { "service_account" } else { "email" },
        score: 0.95,
        reason: Cow::Borrowed(if service {
            "service-account e-mail address"
        } else {
            "e-mail address"
        }),
    })
}

/// Start of the local part ending at `at`, or `None` when there is no usable one.
fn local_start(text: &str, at: usize) -> Option<usize> {
    let mut start = at;
    for (i, c) in text[..at].char_indices().rev() {
        if !is_local_char(c) || at - i > MAX_LOCAL {
            break;
        }
        start = i;
    }
    // A local part neither starts nor ends with a dot, nor holds two in a row.
    while text[start..at].starts_with(['.', '-', '\'', '+']) {
        start += 1;
    }
    let local = &text[start..at];
    if local.is_empty() || local.ends_with('.') || local.contains("..") {
        return None;
    }
    Some(start)
}

/// End of a well-formed domain starting at `from`: at least two labels, no label longer
/// than 63 bytes or starting/ending with `-`, and an alphabetic top-level label.
fn domain_end(text: &str, from: usize) -> Option<usize> {
    let rest = text.get(from..)?;
    let mut end = from;
    for (i, c) in rest.char_indices() {
        if i > MAX_DOMAIN || !(is_label_char(c) || c == '.') {
            break;
        }
        end = from + i + c.len_utf8();
    }
    // A sentence may end right after the address.
    while text[from..end].ends_with(['.', '-']) {
        end -= 1;
    }
    let last_dot = text[from..end].rfind('.')?;
    let tld = &text[from + last_dot + 1..end];
    // An ASCII top-level label glued to CJK text ends where the ASCII ends.
    if let Some(cut) = tld.find(|c: char| !c.is_ascii()) {
        if cut > 0 && tld[..cut].bytes().all(|b| b.is_ascii_alphabetic()) {
            end = from + last_dot + 1 + cut;
        }
    }
    let domain = &text[from..end];
    let tld = &domain[last_dot + 1..];
    let alphabetic_tld = tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic);
    let punycode_tld =
        tld.len() > 4 && tld.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("xn--"));
    let labels_ok = domain.split('.').all(valid_label);
    (labels_ok && (alphabetic_tld || punycode_tld)).then_some(end)
}

/// Whether a domain label has a valid length and no dash at either end.
fn valid_label(label: &str) -> bool {
    !label.is_empty() && label.len() <= 63 && !label.starts_with('-') && !label.ends_with('-')
}

/// Whether a lowercase domain is reserved for documentation or is a file name.
fn is_reserved(domain: &str) -> bool {
    let tld = domain.rsplit('.').next().unwrap_or(domain);
    RESERVED_TLDS.contains(&tld)
        || FILE_EXTENSIONS.contains(&tld)
        || RESERVED_DOMAINS
            .iter()
            .any(|r| domain == *r || domain.strip_suffix(r).is_some_and(|s| s.ends_with('.')))
}

/// Whether the local part starting at `start` is the user-info of a URL
/// (`scheme://user:secret@host`), which the credential recognizers own.
fn is_url_credential(input: &Input<'_>, start: usize) -> bool {
    let before = input.before(start, 96);
    let token = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '(' | '`'))
        .next()
        .unwrap_or(before);
    token.contains("://")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, &'static str)> {
        let input = Input::new(text);
        let hits: Vec<Hit> = text
            .match_indices('@')
            .map(|(i, _)| Hit {
                anchor: 0,
                start: i,
                end: i + 1,
            })
            .collect();
        let mut out = Vec::new();
        Email.recognize(&input, &hits, &mut out);
        out.iter()
            .map(|c| (&text[c.start..c.end], c.kind))
            .collect()
    }

    #[test]
    fn addresses_are_bounded_by_their_syntax() {
        assert_eq!(
            found("mail jane.doe+ai@mail.acme-corp.co.uk."),
            [("jane.doe+ai@mail.acme-corp.co.uk", "email")]
        );
        assert_eq!(found("邮箱abc@qq.com谢谢"), [("abc@qq.com", "email")]);
        assert_eq!(found("<josé@münchen.de>"), [("josé@münchen.de", "email")]);
    }

    #[test]
    fn look_alikes_are_not_addresses() {
        for text in [
            "admin@example.com",
            "a@mail.example.org",
            "x@host.test",
            "icon@2x.png",
            "pkg@1.2.3",
            "@types/node",
            "nginx@sha256:abcdef",
            "postgres://user:pw@db.acme.com/x",
            "a..b@acme.com",
            "user@localhost",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_megabyte_of_at_signs_is_cheap() {
        let text = "@".repeat(1 << 20);
        assert!(found(&text).is_empty());
    }
}
