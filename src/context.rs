//! What a recognizer sees of the text: the normalised string plus shared, lazily computed
//! views (number runs) and helpers to look for context words around a span.
//!
//! Context windows are measured in bytes and snapped to `char` boundaries, so helpers never
//! split a multi-byte character.

use std::sync::OnceLock;

/// The normalised text handed to every recognizer.
pub(crate) struct Input<'t> {
    text: &'t str,
    number_runs: OnceLock<Vec<(usize, usize)>>,
}

impl<'t> Input<'t> {
    /// Wraps a normalised text.
    pub(crate) fn new(text: &'t str) -> Input<'t> {
        Input {
            text,
            number_runs: OnceLock::new(),
        }
    }

    /// The normalised text.
    pub(crate) fn text(&self) -> &'t str {
        self.text
    }

    /// Spans of number-like runs, computed once per scan and shared by the number
    /// recognizers: a run starts at an ASCII digit (or a `+` or `(` right before one) and
    /// continues through digits and single separators (space, `-`, `.`, `/`, `(`, `)`)
    /// that sit between digits. Letters glued to either end do not stop the run; callers
    /// check boundaries themselves with [`Input::is_word_boundary`].
    pub(crate) fn number_runs(&self) -> &[(usize, usize)] {
        self.number_runs.get_or_init(|| number_runs(self.text))
    }

    /// Up to `bytes` bytes of text ending at `at`, snapped to a char boundary.
    pub(crate) fn before(&self, at: usize, bytes: usize) -> &'t str {
        let mut from = at.saturating_sub(bytes);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        &self.text[from..at]
    }

    /// Up to `bytes` bytes of text starting at `at`, snapped to a char boundary.
    pub(crate) fn after(&self, at: usize, bytes: usize) -> &'t str {
        let mut to = (at + bytes).min(self.text.len());
        while !self.text.is_char_boundary(to) {
            to -= 1;
        }
        &self.text[at..to]
    }

    /// Whether any of `keywords` occurs within `window` bytes before `start` or after `end`.
    /// ASCII letters compare case-insensitively; keywords are expected in lowercase.
    pub(crate) fn has_keyword_near(
        &self,
        start: usize,
        end: usize,
        window: usize,
        keywords: &[&str],
    ) -> bool {
        contains_any(self.before(start, window), keywords)
            || contains_any(self.after(end, window), keywords)
    }

    /// Whether any of `keywords` occurs within `window` bytes before `start`.
    pub(crate) fn has_keyword_before(
        &self,
        start: usize,
        window: usize,
        keywords: &[&str],
    ) -> bool {
        contains_any(self.before(start, window), keywords)
    }

    /// Whether the characters just outside `start..end` are not ASCII letters or digits
    /// (nor `_`), so that the span is not a piece of a longer token.
    pub(crate) fn is_word_boundary(&self, start: usize, end: usize) -> bool {
        let left = self.text[..start].chars().next_back();
        let right = self.text[end..].chars().next();
        let glued = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
        !glued(left) && !glued(right)
    }
}

/// Whether `haystack` contains any keyword, ASCII case-insensitively.
pub(crate) fn contains_any(haystack: &str, keywords: &[&str]) -> bool {
    keywords
        .iter()
        .any(|k| find_ascii_ci(haystack, k).is_some())
}

/// Byte offset of the first ASCII case-insensitive occurrence of `needle` in `haystack`.
///
/// Jumps between occurrences of the needle's first byte (in either case) with `memchr`, so
/// the common miss costs a vectorised scan rather than a comparison at every position.
pub(crate) fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return Some(0);
    };
    if n.len() > h.len() {
        return None;
    }
    let last_start = h.len() - n.len();
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let mut from = 0;
    while from <= last_start {
        let at = from + memchr::memchr2(lower, upper, &h[from..=last_start])?;
        if h[at..at + n.len()].eq_ignore_ascii_case(n) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Calls `found(start, end)` for every maximal run of bytes satisfying `member` that is at
/// least `min` bytes long, in text order.
///
/// Probes the byte `min - 1` ahead first: when it is not a member, no long run can start
/// before it, so the scan jumps past it. Prose, whose words are short, is read a fraction
/// of a byte at a time; every byte is still looked at most twice.
pub(crate) fn long_runs(
    bytes: &[u8],
    min: usize,
    member: impl Fn(u8) -> bool,
    mut found: impl FnMut(usize, usize),
) {
    let min = min.max(1);
    // Invariant: `i == 0` or the byte before `i` is not a member.
    let mut i = 0;
    while i + min <= bytes.len() {
        let probe = i + min - 1;
        if !member(bytes[probe]) {
            i = probe + 1;
            continue;
        }
        let mut start = probe;
        while start > i && member(bytes[start - 1]) {
            start -= 1;
        }
        let mut end = probe + 1;
        while end < bytes.len() && member(bytes[end]) {
            end += 1;
        }
        if end - start >= min {
            found(start, end);
        }
        i = end + 1;
    }
}

/// Digits of `s`, in order, with every other character dropped.
pub(crate) fn digits_of(s: &str) -> Vec<u8> {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect()
}

fn number_runs(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut start = i;
        while start > 0 && matches!(bytes[start - 1], b'+' | b'(') {
            start -= 1;
        }
        let mut end = i;
        let mut j = i;
        while j < bytes.len() {
            if bytes[j].is_ascii_digit() {
                j += 1;
                end = j;
            } else if matches!(bytes[j], b' ' | b'-' | b'.' | b'/' | b'(' | b')')
                && bytes.get(j + 1).is_some_and(|b| {
                    b.is_ascii_digit() || (matches!(b, b'(' | b' ') && bytes[j] != *b)
                })
            {
                j += 1;
            } else {
                break;
            }
        }
        runs.push((start, end));
        i = end.max(i + 1);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<&str> {
        Input::new(text)
            .number_runs()
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn number_runs_keep_separators_between_digits() {
        assert_eq!(
            runs("call +86 138-0013-8000 or 4111 1111 1111 1111."),
            ["+86 138-0013-8000", "4111 1111 1111 1111"]
        );
        assert_eq!(runs("(555) 123-4567"), ["(555) 123-4567"]);
        assert_eq!(runs("v1.2.3, 10/12/2024"), ["1.2.3", "10/12/2024"]);
        assert_eq!(runs("no digits"), Vec::<&str>::new());
    }

    #[test]
    fn context_windows_snap_to_char_boundaries() {
        let input = Input::new("身份证号码 110101");
        let at = input.text().find('1').unwrap();
        assert!(input.has_keyword_before(at, 7, &["号码"]));
        assert_eq!(input.before(at, 4), "码 ");
        assert_eq!(input.before(at, 1), " ");
        assert!(input.has_keyword_near(0, 3, 40, &["110101"]));
    }

    #[test]
    fn ascii_case_insensitive_search() {
        assert_eq!(find_ascii_ci("Tel: 123", "tel"), Some(0));
        assert_eq!(find_ascii_ci("call TEL.", "tel."), Some(5));
        assert_eq!(find_ascii_ci("电话 Tel", "tel"), Some(7));
        assert_eq!(find_ascii_ci("te", "tel"), None);
        assert_eq!(find_ascii_ci("tetetel", "tel"), Some(4));
        assert_eq!(find_ascii_ci("手机号", "机号"), Some(3));
        assert_eq!(find_ascii_ci("abc", ""), Some(0));
    }

    #[test]
    fn long_runs_match_a_plain_scan() {
        let naive = |text: &str, min: usize| {
            let mut all = Vec::new();
            let bytes = text.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                if !bytes[i].is_ascii_alphanumeric() {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                if i - start >= min {
                    all.push((start, i));
                }
            }
            all
        };
        let texts = [
            "",
            "a",
            "abcd",
            "ab cd efgh ijklmnop q rstuvw",
            "  xyz12345  1 22 333 4444 55555 ",
            "混合 text1234 文字abcdefg",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.b.cc.ddd",
        ];
        for text in texts {
            for min in 0..9 {
                let mut got = Vec::new();
                long_runs(
                    text.as_bytes(),
                    min,
                    |b| b.is_ascii_alphanumeric(),
                    |s, e| got.push((s, e)),
                );
                assert_eq!(got, naive(text, min.max(1)), "{text:?} {min}");
            }
        }
    }

    #[test]
    fn word_boundaries_ignore_punctuation() {
        let input = Input::new("x=4111,abc4111");
        assert!(input.is_word_boundary(2, 6));
        assert!(!input.is_word_boundary(10, 14));
    }
}
