//! Text normalisation before matching, with a map back to the original offsets.
//!
//! People type IDs with Chinese input methods (full-width digits), paste text carrying
//! zero-width characters and non-breaking spaces, and use typographic dashes. Recognizers
//! see a normalised copy in which:
//!
//! - full-width ASCII (`U+FF01..=U+FF5E`) becomes ASCII, and the ideographic space a space;
//! - zero-width characters (`U+200B..=U+200D`, `U+2060`, `U+FEFF`, soft hyphen) disappear;
//! - no-break and other fixed-width spaces become a plain space;
//! - hyphen-like dashes and the minus sign become `-`.
//!
//! Every recognizer span is then mapped back to the original text with [`Normalized::original_span`].

/// A normalised copy of a text and the way back to the original.
pub(crate) struct Normalized<'a> {
    original: &'a str,
    /// The normalised text; borrowed from `original` when nothing needed changing.
    text: std::borrow::Cow<'a, str>,
    /// For every byte of `text` (and one past the end), the original byte offset of the
    /// character that produced it. Empty when `text` is borrowed (the identity map).
    origin: Vec<u32>,
}

/// What a character becomes in the normalised text.
enum Replacement {
    Keep,
    Drop,
    With(char),
}

fn replacement(c: char) -> Replacement {
    match c {
        '\u{FF01}'..='\u{FF5E}' => {
            Replacement::With(char::from_u32(c as u32 - 0xFEE0).unwrap_or(c))
        }
        '\u{3000}' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => {
            Replacement::With(' ')
        }
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => Replacement::Drop,
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' => Replacement::With('-'),
        _ => Replacement::Keep,
    }
}

impl<'a> Normalized<'a> {
    /// Normalises `original`; borrows it when no character needs changing (the common case).
    pub(crate) fn new(original: &'a str) -> Normalized<'a> {
        let needs_work = original
            .char_indices()
            .any(|(_, c)| !c.is_ascii() && !matches!(replacement(c), Replacement::Keep));
        if !needs_work {
            return Normalized {
                original,
                text: std::borrow::Cow::Borrowed(original),
                origin: Vec::new(),
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        for (at, c) in original.char_indices() {
            let out = match replacement(c) {
                Replacement::Keep => c,
                Replacement::Drop => continue,
                Replacement::With(r) => r,
            };
            let before = text.len();
            text.push(out);
            origin.extend(std::iter::repeat(at as u32).take(text.len() - before));
        }
        origin.push(original.len() as u32);
        Normalized {
            original,
            text: std::borrow::Cow::Owned(text),
            origin,
        }
    }

    /// The normalised text recognizers match against.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// Maps a span of the normalised text back to the original text.
    ///
    /// The original span starts at the character that produced `start` and ends after the
    /// character that produced `end - 1`, so characters dropped at the edges stay outside.
    pub(crate) fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        if self.origin.is_empty() {
            return (start, end);
        }
        let orig_start = self.origin[start] as usize;
        if end <= start {
            return (orig_start, orig_start);
        }
        let last = self.origin[end - 1] as usize;
        let last_len = self.original[last..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        (orig_start, last + last_len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(original: &str, needle: &str) -> String {
        let n = Normalized::new(original);
        let start = n.text().find(needle).expect("needle in normalised text");
        let (s, e) = n.original_span(start, start + needle.len());
        original[s..e].to_string()
    }

    #[test]
    fn ascii_text_is_borrowed() {
        let n = Normalized::new("plain text 123");
        assert!(matches!(n.text, std::borrow::Cow::Borrowed(_)));
        assert_eq!(n.original_span(2, 5), (2, 5));
    }

    #[test]
    fn full_width_digits_map_back() {
        let original = "身份证：１１０１０１１９９００３０７７６７５";
        let n = Normalized::new(original);
        assert_eq!(n.text(), "身份证:110101199003077675");
        assert_eq!(
            round(original, "110101199003077675"),
            "１１０１０１１９９００３０７７６７５"
        );
    }

    #[test]
    fn zero_width_characters_disappear_inside_but_not_at_the_edges() {
        let original = "key \u{200B}41\u{200B}11 1111\u{200D} end";
        assert_eq!(round(original, "4111 1111"), "41\u{200B}11 1111");
    }

    #[test]
    fn no_break_spaces_and_dashes_become_ascii() {
        let n = Normalized::new("4111\u{00A0}1111\u{2013}1111");
        assert_eq!(n.text(), "4111 1111-1111");
    }
}
