//! Columns of small tables pasted into a prompt: CSV (comma, semicolon or tab separated,
//! with quoted cells) and Markdown pipe tables. The person, address and birth-date
//! recognizers use it to read a value by its column header (`full_name`, `address`, `dob`).
//!
//! Everything is bounded: a header line is at most [`MAX_LINE`] bytes, and a table ends at
//! the first line that does not have the header's shape.

/// Longest header or row line considered, in bytes.
const MAX_LINE: usize = 600;

/// A table header line with its cells.
pub(crate) struct Header<'t> {
    text: &'t str,
    /// Byte offset of the header line.
    start: usize,
    /// Byte offset one past the header line (at its newline or the end of the text).
    end: usize,
    delimiter: u8,
    markdown: bool,
    cells: Vec<(usize, usize)>,
}

impl<'t> Header<'t> {
    /// The header line around byte offset `at`, when that line looks like a table header:
    /// at least two short cells (up to three words) made of letters, digits, `_`, `-`, `.`, `/` and spaces.
    pub(crate) fn around(text: &'t str, at: usize) -> Option<Header<'t>> {
        let bytes = text.as_bytes();
        let floor = at.saturating_sub(MAX_LINE);
        let mut start = at;
        while start > floor && bytes[start - 1] != b'\n' {
            start -= 1;
        }
        if start > 0 && bytes[start - 1] != b'\n' {
            return None;
        }
        let (_, end) = line_around(text, at, at, MAX_LINE);
        if end - start > MAX_LINE || text.as_bytes().get(end).is_some_and(|&b| b != b'\n') {
            return None;
        }
        let line = text.get(start..end)?.trim_end_matches('\r');
        let trimmed = line.trim();
        let markdown = trimmed.starts_with('|');
        let delimiter = if markdown {
            b'|'
        } else {
            *[b',', b'\t', b';']
                .iter()
                .max_by_key(|d| line.bytes().filter(|b| b == *d).count())?
        };
        let cells = split(text, start, start + line.len(), delimiter, markdown);
        let plausible = |&(s, e): &(usize, usize)| {
            let cell = &text[s..e];
            cell.len() <= 40
                && !cell.is_empty()
                && cell.bytes().filter(|&b| b == b' ').count() <= 2
                && cell.chars().all(|c| {
                    c.is_alphanumeric() || matches!(c, '_' | '-' | ' ' | '.' | '/' | '"' | '#')
                })
        };
        (cells.len() >= 2 && cells.iter().all(plausible)).then_some(Header {
            text,
            start,
            end,
            delimiter,
            markdown,
            cells,
        })
    }

    /// Byte offset where the header line starts (identifies the table).
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    /// Index of the header cell that contains byte offset `at`.
    pub(crate) fn column_at(&self, at: usize) -> Option<usize> {
        self.cells.iter().position(|&(s, e)| s <= at && at < e)
    }

    /// The text of header cell `column`, without quotes.
    pub(crate) fn name(&self, column: usize) -> &'t str {
        self.cells
            .get(column)
            .map_or("", |&(s, e)| self.text[s..e].trim_matches('"'))
    }

    /// Byte spans of the cells of `column` in the rows under the header, in text order,
    /// and the byte offset where the table ends. Rows with a different number of cells
    /// than the header are skipped; the table ends at a blank line or a line without the
    /// delimiter.
    pub(crate) fn cells(&self, column: usize) -> (Vec<(usize, usize)>, usize) {
        let mut found = Vec::new();
        let mut at = self.end + 1;
        while at < self.text.len() {
            let end = self.text[at..]
                .find('\n')
                .map_or(self.text.len(), |i| at + i);
            let line = &self.text[at..end];
            let line_trimmed = line.trim();
            if line_trimmed.is_empty() || !line.as_bytes().contains(&self.delimiter) {
                return (found, at);
            }
            let separator = self.markdown
                && line_trimmed
                    .bytes()
                    .all(|b| matches!(b, b'|' | b'-' | b':' | b' '));
            if !separator && line.len() <= MAX_LINE * 2 {
                let row = split(self.text, at, end, self.delimiter, self.markdown);
                if row.len() == self.cells.len() {
                    if let Some(&(s, e)) = row.get(column) {
                        if s < e {
                            found.push((s, e));
                        }
                    }
                }
            }
            at = end + 1;
        }
        (found, self.text.len())
    }
}

/// Finds table headers for a series of offsets in text order, examining each line once
/// (a text made of one long line would otherwise be re-read for every offset).
pub(crate) struct Headers<'t> {
    text: &'t str,
    /// Offsets before this one lie on the line examined last.
    line_end: usize,
    current: Option<Header<'t>>,
}

impl<'t> Headers<'t> {
    /// A finder over `text`.
    pub(crate) fn new(text: &'t str) -> Headers<'t> {
        Headers {
            text,
            line_end: 0,
            current: None,
        }
    }

    /// The header line around `at` (see [`Header::around`]); `at` must not decrease
    /// between calls.
    pub(crate) fn at(&mut self, at: usize) -> Option<&Header<'t>> {
        if at >= self.line_end {
            let (_, end) = line_around(self.text, at, at, MAX_LINE);
            self.line_end = end.max(at + 1);
            self.current = Header::around(self.text, at);
        }
        self.current.as_ref()
    }
}

/// The line around `start..end`, looking at most `max` bytes each way: the bounds of the
/// line, or the window's edge (on a char boundary) when the line is longer.
pub(crate) fn line_around(text: &str, start: usize, end: usize, max: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let floor = start.saturating_sub(max);
    let mut from = start;
    while from > floor && bytes[from - 1] != b'\n' {
        from -= 1;
    }
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let ceiling = end.saturating_add(max).min(bytes.len());
    let mut to = end;
    while to < ceiling && bytes[to] != b'\n' {
        to += 1;
    }
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    (from, to)
}

/// Splits the line `start..end` into trimmed cells, honouring CSV double quotes (the
/// quotes are left out of the cell) and Markdown's outer pipes.
fn split(
    text: &str,
    start: usize,
    end: usize,
    delimiter: u8,
    markdown: bool,
) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut cells = Vec::new();
    let mut i = start;
    let mut end = end;
    while end > i && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    if markdown {
        while i < end && bytes[i] == b' ' {
            i += 1;
        }
        if bytes.get(i) == Some(&b'|') {
            i += 1;
        }
        if end > i && bytes[end - 1] == b'|' {
            end -= 1;
        }
    }
    let mut cell_start = i;
    let mut quoted = false;
    while i <= end {
        let b = if i < end { bytes[i] } else { delimiter };
        if b == b'"' && !markdown {
            quoted = !quoted;
        } else if b == delimiter && (!quoted || i == end) {
            cells.push(trim_cell(text, cell_start, i));
            cell_start = i + 1;
        }
        i += 1;
    }
    cells
}

/// Trims spaces and one pair of surrounding double quotes off a cell.
fn trim_cell(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    while s < e && bytes[s] == b' ' {
        s += 1;
    }
    while e > s && bytes[e - 1] == b' ' {
        e -= 1;
    }
    if e >= s + 2 && bytes[s] == b'"' && bytes[e - 1] == b'"' {
        s += 1;
        e -= 1;
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(text: &str, word: &str) -> Vec<String> {
        let at = text.find(word).unwrap();
        let header = Header::around(text, at).unwrap();
        let col = header.column_at(at).unwrap();
        header
            .cells(col)
            .0
            .iter()
            .map(|&(s, e)| text[s..e].to_string())
            .collect()
    }

    #[test]
    fn csv_columns_honour_quotes() {
        let text = "Sample:\n\nname,address,dob\nAna Lima,\"1 Main St, Springfield\",1990-01-02\nBo Li,\"x\",2000-01-01\n\nbye";
        assert_eq!(column(text, "address"), ["1 Main St, Springfield", "x"]);
        assert_eq!(column(text, "dob"), ["1990-01-02", "2000-01-01"]);
    }

    #[test]
    fn markdown_columns_skip_the_separator() {
        let text = "| Name | Email |\n|---|---|\n| Ann Lee | a@b.c |\n";
        assert_eq!(column(text, "Name"), ["Ann Lee"]);
    }

    #[test]
    fn prose_is_not_a_header() {
        let text = "My name is Ann, and I live here.";
        assert!(Header::around(text, 3).is_none());
    }
}
