//! Context words for national identifiers, in the languages of the formats they back
//! (en, zh, de, fr, es, it, nl, pt, ja, ko and local ones), and where they occur in a text.
//!
//! All words of all lists go into one Aho-Corasick automaton (leftmost-longest), built
//! once. A scan searches only the text around values that need context ([`Context`]). ASCII keywords match whole words only, so `sin` does not
//! fire on `since` nor `pan` on `company`.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::cell::RefCell;

/// Bytes of text before a value searched for a context word.
const BEFORE: usize = 64;
/// Bytes of text after a value searched for a context word.
const AFTER: usize = 24;
/// Most bytes of label filler between a label word and its value.
const LABEL_GAP: usize = 24;

/// One list of context words (an index into [`WORDS`]).
#[derive(Clone, Copy)]
pub(super) struct List(u8);

impl List {
    fn bit(self) -> u64 {
        1 << self.0
    }
}

/// Labels of numbers that are not identifiers (phones, accounts, orders).
pub(super) const NOT_ID: List = List(0);
pub(super) const SSN: List = List(1);
pub(super) const MBI: List = List(2);
pub(super) const NINO: List = List(3);
pub(super) const NHS: List = List(4);
pub(super) const CN: List = List(5);
pub(super) const HK: List = List(6);
pub(super) const TW: List = List(7);
pub(super) const SG: List = List(8);
pub(super) const JP: List = List(9);
pub(super) const KR: List = List(10);
pub(super) const AADHAAR: List = List(11);
pub(super) const PAN: List = List(12);
pub(super) const DE_TAX: List = List(13);
pub(super) const DE_HEALTH: List = List(14);
pub(super) const DE_ID: List = List(15);
pub(super) const FR_NIR: List = List(16);
pub(super) const ES: List = List(17);
pub(super) const NL: List = List(18);
pub(super) const BE: List = List(19);
pub(super) const BR: List = List(20);
pub(super) const CA: List = List(21);
pub(super) const AU_TFN: List = List(22);
pub(super) const AU_MEDICARE: List = List(23);
pub(super) const PL: List = List(24);
pub(super) const SE: List = List(25);
pub(super) const DK: List = List(26);
pub(super) const FI: List = List(27);
pub(super) const NO: List = List(28);
pub(super) const CH: List = List(29);
pub(super) const AT: List = List(30);
pub(super) const PT: List = List(31);
pub(super) const CL: List = List(32);
pub(super) const AR: List = List(33);
pub(super) const ZA: List = List(34);
pub(super) const IL: List = List(35);
pub(super) const TR: List = List(36);
pub(super) const MY: List = List(37);
pub(super) const TH: List = List(38);
pub(super) const PASSPORT: List = List(39);
pub(super) const LICENCE: List = List(40);

/// The words of every list, indexed by [`List`].
const WORDS: [&[&str]; 41] = [
    // NOT_ID
    &[
        "phone",
        "mobile",
        "tel",
        "cell",
        "fax",
        "whatsapp",
        "routing",
        "account",
        "order",
        "invoice",
        "ean",
        "gtin",
        "upc",
        "isbn",
        "sku",
        "barcode",
        "build",
        "batch",
        "job id",
        "ticket",
        "tracking",
        "konto",
        "telefon",
        "téléphone",
        "teléfono",
        "telefono",
        "手机",
        "电话",
        "電話",
        "携帯",
        "전화",
        "휴대폰",
    ],
    // SSN
    &[
        "ssn",
        "ss#",
        "ss #",
        "social security",
        "soc sec",
        "soc. sec",
        "itin",
        "taxpayer identification",
        "tax id",
    ],
    // MBI
    &[
        "medicare",
        "mbi",
        "beneficiary identifier",
        "beneficiary id",
    ],
    // NINO
    &["national insurance", "nino", "ni number", "ni no", "nin"],
    // NHS
    &["nhs", "national health", "chi number"],
    // CN
    &[
        "身份证",
        "身份證",
        "证件",
        "公民身份",
        "居民身份",
        "resident id",
        "chinese id",
        "id card",
        "sfz",
    ],
    // HK
    &["hkid", "身份證", "身份证", "hong kong id", "identity card"],
    // TW
    &[
        "身分證",
        "身份證",
        "身份证",
        "taiwan id",
        "national id",
        "統一證號",
    ],
    // SG
    &["nric", "fin", "singapore id", "identity card"],
    // JP
    &[
        "マイナンバー",
        "個人番号",
        "個人番號",
        "my number",
        "mynumber",
        "マイナ",
    ],
    // KR
    &[
        "주민등록",
        "주민번호",
        "외국인등록",
        "rrn",
        "resident registration",
        "registration number",
    ],
    // AADHAAR
    &["aadhaar", "aadhar", "आधार", "uidai", "uid", "adhaar"],
    // PAN
    &["pan", "permanent account", "पैन", "pan card"],
    // DE_TAX
    &[
        "steuer-id",
        "steuer-idnr",
        "steuer-ident-nr",
        "steuerid",
        "steuer id",
        "steuer-identifikationsnummer",
        "steueridentifikationsnummer",
        "identifikationsnummer",
        "idnr",
        "steuernummer",
        "tax id",
        "tin",
        "tax identification",
        "tax number",
    ],
    // DE_HEALTH
    &[
        "versichertennummer",
        "krankenversichertennummer",
        "versicherten-nr",
        "versichertennr",
        "versicherungsnummer",
        "krankenversicherung",
        "krankenkasse",
        "kvnr",
        "kv-nr",
        "health insurance",
        "insurance number",
        "insurance no",
        "egk",
        "gesundheitskarte",
        "member id",
    ],
    // DE_ID
    &[
        "personalausweis",
        "ausweisnummer",
        "ausweis-nr",
        "ausweis nr",
        "id card",
        "identity card",
        "carte d'identité",
        "dokumentennummer",
    ],
    // FR_NIR
    &[
        "sécu",
        "secu",
        "sécurité sociale",
        "securite sociale",
        "nir",
        "insee",
        "social security",
        "carte vitale",
        "numéro de sécurité",
    ],
    // ES
    &[
        "dni",
        "nie",
        "nif",
        "documento nacional",
        "identidad",
        "extranjero",
        "tax id",
    ],
    // NL
    &[
        "bsn",
        "burgerservicenummer",
        "burgerservice",
        "sofinummer",
        "sofi-nummer",
        "citizen service",
    ],
    // BE
    &[
        "rijksregister",
        "registre national",
        "national number",
        "numéro national",
        "insz",
        "niss",
        "nn",
    ],
    // BR
    &["cpf", "cnpj", "cadastro", "contribuinte"],
    // CA
    &["sin", "social insurance", "nas", "assurance sociale"],
    // AU_TFN
    &["tfn", "tax file"],
    // AU_MEDICARE
    &["medicare"],
    // PL
    &["pesel"],
    // SE
    &[
        "personnummer",
        "personnr",
        "samordningsnummer",
        "person number",
    ],
    // DK
    &["cpr", "personnummer", "cpr-nr"],
    // FI
    &[
        "henkilötunnus",
        "hetu",
        "personbeteckning",
        "personal identity code",
    ],
    // NO
    &["fødselsnummer", "fodselsnummer", "personnummer", "d-nummer"],
    // CH
    &[
        "ahv",
        "avs",
        "sozialversicherungsnummer",
        "numéro avs",
        "ahvn13",
    ],
    // AT
    &[
        "sozialversicherungsnummer",
        "svnr",
        "sv-nummer",
        "sv-nr",
        "versicherungsnummer",
    ],
    // PT
    &["nif", "contribuinte", "número fiscal", "numero fiscal"],
    // CL
    &["rut", "run", "rol único", "rol unico"],
    // AR
    &["dni", "documento", "d.n.i"],
    // ZA
    &[
        "identity number",
        "id number",
        "sa id",
        "rsa id",
        "south african id",
    ],
    // IL
    &["teudat", "zehut", "תעודת זהות", "israeli id"],
    // TR
    &["tc kimlik", "kimlik", "tckn", "t.c. no", "tc no"],
    // MY
    &["mykad", "ic no", "nric", "kad pengenalan", "ic number"],
    // TH
    &["บัตรประชาชน", "เลขประจำตัว", "thai id", "national id"],
    // PASSPORT
    &[
        "passport",
        "护照",
        "護照",
        "reisepass",
        "passnummer",
        "pass-nr",
        "passeport",
        "pasaporte",
        "passaporto",
        "paspoort",
        "passaporte",
        "旅券",
        "パスポート",
        "여권",
    ],
    // LICENCE
    &[
        "driver's license",
        "driver license",
        "drivers license",
        "driver's licence",
        "driver licence",
        "drivers licence",
        "driving licence",
        "driving license",
        "dl",
        "dl#",
        "license no",
        "licence no",
        "license number",
        "licence number",
        "驾驶证",
        "驾照",
        "駕照",
        "führerschein",
        "permis de conduire",
        "licencia de conducir",
        "carnet de conducir",
        "permiso de conducir",
        "patente di guida",
        "rijbewijs",
        "carteira de motorista",
        "cnh",
        "運転免許",
        "운전면허",
    ],
];

/// The compiled context words.
pub(super) struct Keywords {
    automaton: AhoCorasick,
    /// For each pattern: the lists it belongs to.
    masks: Vec<u64>,
}

impl Keywords {
    /// Compiles every list into one automaton.
    pub(super) fn new() -> Keywords {
        let mut patterns: Vec<&str> = Vec::new();
        let mut masks: Vec<u64> = Vec::new();
        for (i, words) in WORDS.iter().enumerate() {
            for &word in *words {
                match patterns.iter().position(|&p| p == word) {
                    Some(at) => masks[at] |= 1 << i,
                    None => {
                        patterns.push(word);
                        masks.push(1 << i);
                    }
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("context words compile");
        Keywords { automaton, masks }
    }
}

/// One context word found in the text.
struct KeywordHit {
    start: usize,
    end: usize,
    lists: u64,
}

/// Longest context word, in bytes: searches resume this far back so that a word across
/// the end of the previous search is not lost.
const LONGEST: usize = 48;

/// The context words of one text, searched lazily and only where values need them.
///
/// Values are validated in text order, so the part of the text already searched is a
/// prefix: a query searches from where the last one stopped (or from its own window, if
/// that starts later) to the end of its window. The whole scan thus reads each byte of
/// the text at most about once, and a text with few candidate values hardly at all.
pub(super) struct Context<'a> {
    keywords: &'a Keywords,
    text: &'a str,
    found: RefCell<Found>,
    table: RefCell<Option<Table>>,
}

/// The last table (Markdown, CSV, TSV) whose header was looked up.
#[derive(Clone, Copy)]
struct Table {
    delimiter: u8,
    /// Byte span of the header line.
    header: (usize, usize),
    /// Every line from the header up to here belongs to the table.
    rows_to: usize,
}

/// Most bytes walked back from a row to find its table header.
const TABLE_WALK: usize = 16 * 1024;
/// Longest table line considered.
const TABLE_LINE: usize = 4096;

/// The hits found so far, sorted, and where the search stopped.
#[derive(Default)]
struct Found {
    hits: Vec<KeywordHit>,
    searched_to: usize,
}

impl<'a> Context<'a> {
    /// Prepares a lazy keyword search over `text`.
    pub(super) fn new(keywords: &'a Keywords, text: &'a str) -> Context<'a> {
        Context {
            keywords,
            text,
            found: RefCell::new(Found::default()),
            table: RefCell::new(None),
        }
    }

    /// Appends the whole-word hits in `text[from..to]` that end after `after`.
    fn search(&self, from: usize, to: usize, after: usize, hits: &mut Vec<KeywordHit>) {
        let text = self.text;
        let mut from = from.min(text.len());
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = to.min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        let bytes = text.as_bytes();
        let word = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_alphanumeric);
        for m in self.keywords.automaton.find_iter(&text[from..to]) {
            let (start, end) = (from + m.start(), from + m.end());
            let glued_left = word(start) && start > 0 && word(start - 1);
            let glued_right = end > 0 && word(end - 1) && word(end);
            if end > after && !glued_left && !glued_right {
                let hit = KeywordHit {
                    start,
                    end,
                    lists: self.keywords.masks[m.pattern().as_usize()],
                };
                let at = hits.partition_point(|h| h.start <= start);
                hits.insert(at, hit);
            }
        }
    }

    /// Whether `f` holds for a hit that starts in `from..to`.
    fn each(&self, from: usize, to: usize, f: impl FnMut(&KeywordHit) -> bool) -> bool {
        let mut found = self.found.borrow_mut();
        let to = to.min(self.text.len());
        if to > found.searched_to {
            let resume = found.searched_to.max(from);
            let after = found.searched_to;
            let mut hits = std::mem::take(&mut found.hits);
            self.search(resume.saturating_sub(LONGEST), to, after, &mut hits);
            found.hits = hits;
            found.searched_to = to;
        }
        let first = found.hits.partition_point(|h| h.start < from);
        let last = found.hits.partition_point(|h| h.start < to).max(first);
        found.hits[first..last].iter().any(f)
    }

    /// Whether a word of `list` occurs shortly before `start` or after `end`, on the same
    /// line (or on the line above, for a value that opens its line): in a table, the word
    /// must head the value's column instead ([`Context::column`]).
    pub(super) fn near(&self, start: usize, end: usize, list: List) -> bool {
        let bytes = self.text.as_bytes();
        let mut from = start.saturating_sub(BEFORE);
        if let Some(newline) = bytes[from..start].iter().rposition(|&b| b == b'\n') {
            let opens_line = bytes[from + newline + 1..start]
                .iter()
                .all(|b| b.is_ascii_whitespace());
            if !opens_line {
                from += newline + 1;
            }
        }
        let to = bytes[end..]
            .iter()
            .take(AFTER)
            .position(|&b| b == b'\n')
            .map_or(end + AFTER, |p| end + p);
        self.each(from, to, |h| {
            h.lists & list.bit() != 0 && (h.end <= start || h.start >= end)
        })
    }

    /// Whether the value at `start` directly follows a word of `list` used as its label.
    pub(super) fn labelled(&self, start: usize, list: List) -> bool {
        self.each(start.saturating_sub(BEFORE), start, |h| {
            h.lists & list.bit() != 0
                && h.end <= start
                && label_gap(self.text.get(h.end..start).unwrap_or("\n"))
        })
    }
}

impl Context<'_> {
    /// Whether the value at `start` sits in a table column (Markdown `|`, CSV `,` or `;`,
    /// TSV) whose header cell holds a word of `list`, as in `| Name | SSN |`.
    pub(super) fn column(&self, start: usize, list: List) -> bool {
        let bytes = self.text.as_bytes();
        let Some(line_start) = line_start(bytes, start) else {
            return false;
        };
        let line_end = bytes[start..]
            .iter()
            .take(TABLE_LINE)
            .position(|&b| b == b'\n')
            .map_or(bytes.len().min(start + TABLE_LINE), |p| start + p);
        let line = &bytes[line_start..line_end];
        let Some(delimiter) = [b'|', b'\t', b';', b',']
            .into_iter()
            .find(|d| line.contains(d))
        else {
            return false;
        };
        let Some(header) = self.header(line_start, delimiter) else {
            return false;
        };
        let index = bytes[line_start..start]
            .iter()
            .filter(|&&b| b == delimiter)
            .count();
        let Some(cell) = self.text[header.0..header.1]
            .split(delimiter as char)
            .nth(index)
        else {
            return false;
        };
        let offset = cell.as_ptr() as usize - self.text.as_ptr() as usize;
        let mut hits = Vec::new();
        self.search(offset, offset + cell.len(), 0, &mut hits);
        hits.iter().any(|h| h.lists & list.bit() != 0)
    }

    /// The header line of the table whose row starts at `row`: the first of the lines
    /// above that all hold `delimiter`.
    fn header(&self, row: usize, delimiter: u8) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        let cached = *self.table.borrow();
        let mut header = None;
        let mut cursor = row;
        while cursor > 0 && row - cursor <= TABLE_WALK {
            if let Some(t) = cached.filter(|t| t.delimiter == delimiter && cursor <= t.rows_to) {
                if cursor >= t.header.0 {
                    header = Some(t.header);
                    break;
                }
            }
            let end = cursor - 1; // the '\n' ending the previous line
            let start = line_start(bytes, end)?;
            let above = &bytes[start..end];
            if above.is_empty() || !above.contains(&delimiter) {
                break;
            }
            header = Some((start, end));
            cursor = start;
        }
        let header = header?;
        *self.table.borrow_mut() = Some(Table {
            delimiter,
            header,
            rows_to: row,
        });
        Some(header)
    }
}

/// Start of the line holding `at`, if within [`TABLE_LINE`] bytes.
fn line_start(bytes: &[u8], at: usize) -> Option<usize> {
    let from = at.saturating_sub(TABLE_LINE);
    match bytes.get(from..at)?.iter().rposition(|&b| b == b'\n') {
        Some(p) => Some(from + p + 1),
        None if from == 0 => Some(0),
        None => None,
    }
}

/// Whether `gap` is only label filler between a label word and its value (`: `, `#`,
/// `No.`, `number`, `号码：`, …): short, no digits, no line break, few letters.
pub(super) fn label_gap(gap: &str) -> bool {
    gap.len() <= LABEL_GAP
        && !gap.bytes().any(|b| b.is_ascii_digit() || b == b'\n')
        && gap.bytes().filter(u8::is_ascii_alphabetic).count() <= 10
}

/// The words of `list`, as anchors for a recognizer.
pub(super) fn words(list: List) -> &'static [&'static str] {
    WORDS[usize::from(list.0)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_keywords_match_whole_words() {
        let keywords = Keywords::new();
        let text = "my SIN: 1, since 2, N° sécu: 3, 身份证号：4";
        let at = |s: &str| text.find(s).unwrap();
        let ctx = Context::new(&keywords, text);
        assert!(ctx.labelled(at("1"), CA));
        assert!(!ctx.labelled(at("2"), CA));
        assert!(ctx.near(at("3"), at("3") + 1, FR_NIR));
        assert!(ctx.near(at("4"), at("4") + 1, CN));
        assert!(!ctx.near(at("4"), at("4") + 1, PASSPORT));
        // Queries out of order still see what earlier searches found.
        assert!(ctx.labelled(at("1"), CA));
    }

    #[test]
    fn table_headers_give_context_to_their_column() {
        let keywords = Keywords::new();
        let text = "| Name | SSN | Team |\n|---|---|---|\n| Ann | 1 | 2 |\n| Bob | 3 | 4 |";
        let ctx = Context::new(&keywords, text);
        let at = |s: &str| text.find(s).unwrap();
        assert!(ctx.column(at("1"), SSN));
        assert!(!ctx.column(at("2"), SSN));
        assert!(ctx.column(at("3"), SSN));
        assert!(!ctx.column(at("Ann"), SSN));
        let csv = "name,bsn\nAnn,1\n\nnote, 2";
        let ctx = Context::new(&keywords, csv);
        assert!(ctx.column(csv.find('1').unwrap(), NL));
        assert!(!ctx.column(csv.find('2').unwrap(), NL));
    }

    #[test]
    fn a_word_across_two_searches_is_found() {
        let keywords = Keywords::new();
        let text = format!("{}Steuer-ID: 1", "x ".repeat(40));
        let ctx = Context::new(&keywords, &text);
        let label = text.find("Steuer").unwrap();
        assert!(!ctx.near(0, 1, DE_TAX) || label < 25);
        let value = text.find('1').unwrap();
        assert!(ctx.labelled(value, DE_TAX));
    }
}
