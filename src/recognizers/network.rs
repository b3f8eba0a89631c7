//! Recognizers for the `network` family: IPv4 and IPv6 addresses, MAC addresses and
//! internal host names.
//!
//! Addresses are found in one linear pass over maximal runs of address characters
//! (hex digits, `:`, `.`, `-`); each run is classified as a MAC, an IPv6 or one or more
//! IPv4 addresses. Loopback, unspecified, broadcast, multicast and documentation ranges
//! (RFC 5737, RFC 3849) are not findings; private ranges are. Dotted numbers that are
//! versions (`v1.2.3.4`, `version 4.2.1.0`, `10.0.19045.3803`) are not addresses.
//! Internal host names (`*.internal`, `*.corp`, `*.lan`, `*.intranet`) are reported at
//! strict only.

use super::{Candidate, Hit, Recognizer, Trigger};
use crate::context::Input;
use crate::finding::Category;
use std::borrow::Cow;

/// Longest run of address characters worth classifying (an IPv6 with a zone is shorter).
const MAX_RUN: usize = 64;

/// Words that make a dotted quad a version or build number.
const VERSION_WORDS: &[&str] = &[
    "v", "version", "ver", "build", "release", "firmware", "kernel", "windows", "os",
];
/// Version words in scripts without spaces.
const VERSION_SUFFIXES: &[&str] = &["版本", "バージョン", "버전"];

/// IPv4, IPv6 and MAC addresses.
struct Addresses;

/// Internal host names.
struct InternalHosts;

/// Suffixes of internal host names; the anchors of [`InternalHosts`].
const INTERNAL_SUFFIXES: &[&str] = &[".internal", ".corp", ".lan", ".intranet"];

/// The recognizers of this family.
pub(crate) fn recognizers() -> Vec<Box<dyn Recognizer>> {
    vec![Box::new(Addresses), Box::new(InternalHosts)]
}

impl Recognizer for Addresses {
    fn kinds(&self) -> &'static [&'static str] {
        &["ipv4", "ipv6", "mac"]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Digits
    }

    fn recognize(&self, input: &Input<'_>, _hits: &[Hit], out: &mut Vec<Candidate>) {
        // The shortest address (`1.1.1.1`, `fe80::1`) has seven bytes.
        crate::context::long_runs(input.text().as_bytes(), 7, is_run_byte, |start, end| {
            if end - start <= MAX_RUN {
                classify_run(input, start, end, out);
            }
        });
    }
}

/// Bytes that can make up an address.
fn is_run_byte(b: u8) -> bool {
    b.is_ascii_hexdigit() || matches!(b, b':' | b'.' | b'-')
}

/// Whether the byte glues a run to a longer word.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Classifies the maximal run `start..end` and pushes what it holds.
fn classify_run(input: &Input<'_>, start: usize, end: usize, out: &mut Vec<Candidate>) {
    let bytes = input.text().as_bytes();
    if start > 0 && is_word_byte(bytes[start - 1]) {
        return;
    }
    if bytes.get(end).is_some_and(|&b| is_word_byte(b)) {
        return;
    }
    let (mut s, mut e) = (start, end);
    while s < e && matches!(bytes[s], b'.' | b'-') {
        s += 1;
    }
    while e > s && matches!(bytes[e - 1], b'.' | b'-' | b':') {
        e -= 1;
    }
    let Some(run) = input.text().get(s..e) else {
        return;
    };
    if !run.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    if let Some(score) = mac_score(run) {
        out.push(candidate(s, e, "mac", score, "MAC address"));
    } else if run.contains(':') && !run.contains('.') {
        if let Some((score, reason)) = ipv6_score(run) {
            out.push(candidate(s, e, "ipv6", score, reason));
        }
    } else {
        // Dotted quads, possibly joined by a port colon or a range dash.
        let mut offset = s;
        for part in run.split([':', '-']) {
            let part_start = offset;
            offset += part.len() + 1;
            if let Some((score, reason)) = ipv4_score(part) {
                if !is_version(input, part_start, s, part_start + part.len()) {
                    out.push(candidate(
                        part_start,
                        part_start + part.len(),
                        "ipv4",
                        score,
                        reason,
                    ));
                }
            }
        }
    }
}

/// Whether the dotted quad at `at` (inside a run starting at `run_start`) is a version.
fn is_version(input: &Input<'_>, at: usize, run_start: usize, end: usize) -> bool {
    // `1.2.3.4-beta`, `1.2.3.4+build7`: a pre-release or build tag.
    let bytes = input.text().as_bytes();
    let tagged = matches!(bytes.get(end), Some(b'-' | b'+'))
        && bytes.get(end + 1).is_some_and(u8::is_ascii_alphabetic);
    if tagged {
        return true;
    }
    if at != run_start {
        return false;
    }
    let before = input.before(at, 24).to_ascii_lowercase();
    let before = before.trim_end_matches([' ', ':', '=', '"', '\'', '.']);
    let word = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    VERSION_WORDS.contains(&word) || VERSION_SUFFIXES.iter().any(|w| before.ends_with(w))
}

fn candidate(
    start: usize,
    end: usize,
    kind: &'static str,
    score: f32,
    reason: &'static str,
) -> Candidate {
    Candidate::new(Category::Network, start, end, kind, score, reason)
}

/// Score of a dotted quad, or `None` when it is not a reportable IPv4 address.
fn ipv4_score(part: &str) -> Option<(f32, &'static str)> {
    let mut octets = [0u8; 4];
    let mut count = 0;
    for piece in part.split('.') {
        let slot = octets.get_mut(count)?;
        if piece.is_empty()
            || piece.len() > 3
            || !piece.bytes().all(|b| b.is_ascii_digit())
            || (piece.len() > 1 && piece.starts_with('0'))
        {
            return None;
        }
        *slot = piece.parse().ok()?;
        count += 1;
    }
    if count != 4 {
        return None;
    }
    let [a, b, c, _] = octets;
    let reserved = a == 0
        || a == 127
        || a >= 224
        || (a, b, c) == (192, 0, 2)
        || (a, b, c) == (198, 51, 100)
        || (a, b, c) == (203, 0, 113);
    if reserved {
        return None;
    }
    let private = a == 10 || (a == 172 && (16..32).contains(&b)) || (a == 192 && b == 168);
    Some(if private {
        (0.8, "private IPv4 address")
    } else {
        (0.8, "IPv4 address")
    })
}

/// Score of a colon-separated hex run as an IPv6 address.
fn ipv6_score(run: &str) -> Option<(f32, &'static str)> {
    let compressed = run.matches("::").count();
    if compressed > 1 || run.contains(":::") {
        return None;
    }
    let groups: Vec<&str> = run.split(':').filter(|g| !g.is_empty()).collect();
    if groups
        .iter()
        .any(|g| g.len() > 4 || !g.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        return None;
    }
    let values: Vec<u16> = groups
        .iter()
        .filter_map(|g| u16::from_str_radix(g, 16).ok())
        .collect();
    let first = *values.first()?;
    // Loopback, unspecified and the 2001:db8::/32 documentation prefix.
    if values.iter().all(|&v| v == 0)
        || (compressed == 1 && values == [1] && run.starts_with("::"))
        || (first == 0x2001 && values.get(1) == Some(&0x0db8))
    {
        return None;
    }
    let long_group = groups.iter().any(|g| g.len() >= 3);
    if compressed == 1 {
        // `fe80::1`, `2a02:8108::83a1`: a compressed address needs a real first group.
        let plausible = !run.starts_with("::") && groups.len() >= 2 && groups[0].len() >= 3;
        let mapped = run.starts_with("::") && groups.len() >= 2 && long_group;
        (plausible || mapped).then_some((0.8, "IPv6 address"))
    } else if groups.len() == 8 {
        Some((0.85, "IPv6 address"))
    } else if (5..8).contains(&groups.len())
        && groups[0].len() == 4
        && (0x2000..0x4000).contains(&first)
    {
        // A global-unicast prefix cut short (as written in logs).
        Some((0.7, "truncated IPv6 address"))
    } else {
        None
    }
}

/// Score of a run as a MAC address in colon, dash or Cisco dot form.
fn mac_score(run: &str) -> Option<f32> {
    if !matches!(run.len(), 14 | 17) {
        return None;
    }
    let hex: String = run.chars().filter(|c| c.is_ascii_hexdigit()).collect();
    let shape_ok = match run.len() {
        17 => {
            let sep = run.as_bytes()[2];
            matches!(sep, b':' | b'-')
                && run.bytes().enumerate().all(|(i, b)| {
                    if i % 3 == 2 {
                        b == sep
                    } else {
                        b.is_ascii_hexdigit()
                    }
                })
        }
        14 => run.bytes().enumerate().all(|(i, b)| {
            if i % 5 == 4 {
                b == b'.'
            } else {
                b.is_ascii_hexdigit()
            }
        }),
        _ => false,
    };
    if !shape_ok || hex.len() != 12 {
        return None;
    }
    let all_same = hex
        .bytes()
        .all(|b| b.eq_ignore_ascii_case(&hex.as_bytes()[0]));
    // All-zero and broadcast addresses identify nobody.
    (!(all_same && (hex.starts_with('0') || hex.eq_ignore_ascii_case("ffffffffffff"))))
        .then_some(0.85)
}

impl Recognizer for InternalHosts {
    fn kinds(&self) -> &'static [&'static str] {
        &["internal_host"]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Anchors(INTERNAL_SUFFIXES.to_vec())
    }

    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>) {
        let bytes = input.text().as_bytes();
        let mut last_end = 0;
        for hit in hits {
            // The suffix must end the name: `api.internal.acme.io` is a public name.
            let glued = |b: Option<&u8>| {
                b.is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            };
            let continues = bytes.get(hit.end) == Some(&b'.') && glued(bytes.get(hit.end + 1));
            if hit.start < last_end || glued(bytes.get(hit.end)) || continues {
                continue;
            }
            let mut start = hit.start;
            while start > 0
                && hit.start - start < 200
                && (bytes[start - 1].is_ascii_alphanumeric()
                    || matches!(bytes[start - 1], b'-' | b'.'))
            {
                start -= 1;
            }
            while start < hit.start && matches!(bytes[start], b'.' | b'-') {
                start += 1;
            }
            if start == hit.start || (start > 0 && matches!(bytes[start - 1], b'_' | b'@')) {
                continue;
            }
            last_end = hit.end;
            out.push(Candidate {
                start,
                end: hit.end,
                category: Category::Network,
                kind: "internal_host",
                score: 0.45,
                reason: Cow::Borrowed("internal host name"),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, &'static str)> {
        let input = Input::new(text);
        let mut out = Vec::new();
        Addresses.recognize(&input, &[], &mut out);
        out.iter()
            .map(|c| (&text[c.start..c.end], c.kind))
            .collect()
    }

    #[test]
    fn addresses_of_each_kind() {
        assert_eq!(
            found("from 10.0.0.12:8080 via fe80::bd80:6d81:930c:8b3f and aa:bb:cc:0d:ee:1f."),
            [
                ("10.0.0.12", "ipv4"),
                ("fe80::bd80:6d81:930c:8b3f", "ipv6"),
                ("aa:bb:cc:0d:ee:1f", "mac")
            ]
        );
        assert_eq!(found("c423.1ff8.9308"), [("c423.1ff8.9308", "mac")]);
        assert_eq!(
            found("range 10.1.1.1-10.1.1.9"),
            [("10.1.1.1", "ipv4"), ("10.1.1.9", "ipv4")]
        );
    }

    #[test]
    fn reserved_and_look_alikes_are_not_addresses() {
        for text in [
            "127.0.0.1",
            "0.0.0.0",
            "192.0.2.14",
            "198.51.100.7",
            "203.0.113.9",
            "255.255.255.0",
            "10.0.19045.3803",
            "v1.2.3.4",
            "version 4.2.1.0",
            "::1",
            "::",
            "2001:db8::42",
            "12:30:45",
            "std::vector",
            "00:00:00:00:00:00",
            "ff:ff:ff:ff:ff:ff",
            "1.2.3.4.5",
            "01.02.03.04",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn pathological_runs_are_cheap() {
        assert!(found(&"1:".repeat(1 << 19)).is_empty());
        assert!(found(&"9".repeat(1 << 20)).is_empty());
    }
}
