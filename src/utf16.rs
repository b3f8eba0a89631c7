//! Offsets for JavaScript: JavaScript strings count UTF-16 code units, the core counts
//! UTF-8 bytes. The wasm boundary converts with this map.

/// Byte-offset ↔ UTF-16-offset conversion for one string.
pub(crate) struct Utf16Map {
    /// (byte offset, UTF-16 offset) at every char boundary, in order.
    points: Vec<(usize, usize)>,
}

impl Utf16Map {
    pub(crate) fn new(text: &str) -> Utf16Map {
        let mut points = Vec::with_capacity(text.len() + 1);
        let mut units = 0;
        for (at, c) in text.char_indices() {
            points.push((at, units));
            units += c.len_utf16();
        }
        points.push((text.len(), units));
        Utf16Map { points }
    }

    /// The UTF-16 offset of a byte offset (rounded down to a char boundary).
    pub(crate) fn to_utf16(&self, byte: usize) -> usize {
        match self.points.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.points[i].1,
            Err(i) => self.points[i.saturating_sub(1)].1,
        }
    }

    /// The byte offset of a UTF-16 offset, or `None` when it is not on a char boundary.
    pub(crate) fn to_byte(&self, unit: usize) -> Option<usize> {
        self.points
            .binary_search_by_key(&unit, |&(_, u)| u)
            .ok()
            .map(|i| self.points[i].0)
    }
}

#[cfg(test)]
mod tests {
    use super::Utf16Map;

    #[test]
    fn utf16_offsets_count_surrogate_pairs_and_cjk() {
        let text = "a😀b中e\u{301}";
        let map = Utf16Map::new(text);
        assert_eq!(map.to_utf16(1), 1);
        assert_eq!(map.to_utf16(5), 3);
        assert_eq!(map.to_utf16(6), 4);
        assert_eq!(map.to_utf16(text.len()), 7);
        assert_eq!(map.to_byte(3), Some(5));
        assert_eq!(map.to_byte(2), None);
        assert_eq!(map.to_byte(8), None);
    }
}
