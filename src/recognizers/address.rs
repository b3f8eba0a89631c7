//! Postal addresses. An address is read behind a cue — a label (`Address:`, `Anschrift`,
//! `Indirizzo`, `地址：`, `住所：`, `주소:`, `पता:`), a phrase that sends something to it
//! (`ship to`, `by post to`) or an address column of a table — and kept when its content
//! looks like an address (house number, street word, postcode, CJK administrative units).
//! Chinese addresses are also found without a cue from their province/city/district and
//! road/number structure. The kind (`address_us`, `address_de`, …) comes from the postcode
//! and street vocabulary.

use super::person::table::Headers;
use super::{Candidate, Hit, Recognizer, Trigger};
use crate::context::Input;
use crate::finding::Category;
use regex::Regex;

/// How an address cue introduces its value.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// A field label, followed by `:` or `=` (or a verb such as `lautet`).
    Label,
    /// A phrase after which an address follows directly (`ship to`).
    Phrase,
}

/// Cue literals (ASCII ones lower-case).
const CUES: &[(&str, Cue)] = &[
    ("address", Cue::Label),
    ("street address", Cue::Label),
    ("home address", Cue::Label),
    ("billing address", Cue::Label),
    ("shipping address", Cue::Label),
    ("delivery address", Cue::Label),
    ("mailing address", Cue::Label),
    ("postal address", Cue::Label),
    ("beneficiary address", Cue::Label),
    ("residence", Cue::Label),
    ("street", Cue::Label),
    ("straße", Cue::Label),
    ("strasse", Cue::Label),
    ("address1", Cue::Label),
    ("address_line1", Cue::Label),
    ("addressline1", Cue::Label),
    ("line1", Cue::Label),
    ("home", Cue::Label),
    ("office", Cue::Label),
    ("livraison", Cue::Label),
    ("facturation", Cue::Label),
    ("sede", Cue::Label),
    ("anschrift", Cue::Label),
    ("adresse", Cue::Label),
    ("wohnadresse", Cue::Label),
    ("lieferadresse", Cue::Label),
    ("rechnungsadresse", Cue::Label),
    ("indirizzo", Cue::Label),
    ("dirección", Cue::Label),
    ("direccion", Cue::Label),
    ("domicilio", Cue::Label),
    ("adres", Cue::Label),
    ("endereço", Cue::Label),
    ("endereco", Cue::Label),
    ("morada", Cue::Label),
    ("地址", Cue::Label),
    ("住址", Cue::Label),
    ("收货地址", Cue::Label),
    ("通讯地址", Cue::Label),
    ("住所", Cue::Label),
    ("所在地", Cue::Label),
    ("주소", Cue::Label),
    ("पता", Cue::Label),
    ("ship to", Cue::Phrase),
    ("send to", Cue::Phrase),
    ("sent to", Cue::Phrase),
    ("deliver to", Cue::Phrase),
    ("mail to", Cue::Phrase),
    ("post to", Cue::Phrase),
    ("address to", Cue::Phrase),
    ("moved to", Cue::Phrase),
    ("ship it to", Cue::Phrase),
    ("send it to", Cue::Phrase),
    ("shipped to", Cue::Phrase),
    ("delivered to", Cue::Phrase),
    ("forward it to", Cue::Phrase),
    ("reside at", Cue::Phrase),
    ("resides at", Cue::Phrase),
    ("residing at", Cue::Phrase),
    ("office is at", Cue::Phrase),
    ("based at", Cue::Phrase),
    ("wohnhaft in", Cue::Phrase),
    ("domicilié au", Cue::Phrase),
    ("domiciliée au", Cue::Phrase),
    ("residente en", Cue::Phrase),
    ("residente in", Cue::Phrase),
    ("woonachtig aan", Cue::Phrase),
    ("寄到", Cue::Phrase),
    ("送到", Cue::Phrase),
    ("住在", Cue::Phrase),
    ("位于", Cue::Phrase),
    ("live at", Cue::Phrase),
    ("lives at", Cue::Phrase),
    ("located at", Cue::Phrase),
    ("wohne in", Cue::Phrase),
    ("j'habite", Cue::Phrase),
    ("vivo en", Cue::Phrase),
    ("abito in", Cue::Phrase),
    ("号", Cue::Phrase),
    ("丁目", Cue::Phrase),
    ("番地", Cue::Phrase),
    ("특별시", Cue::Phrase),
    ("광역시", Cue::Phrase),
    ("특별자치시", Cue::Phrase),
    ("특별자치도", Cue::Phrase),
    ("경기도", Cue::Phrase),
    ("강원도", Cue::Phrase),
    ("충청북도", Cue::Phrase),
    ("충청남도", Cue::Phrase),
    ("전라북도", Cue::Phrase),
    ("전라남도", Cue::Phrase),
    ("경상북도", Cue::Phrase),
    ("경상남도", Cue::Phrase),
    ("제주도", Cue::Phrase),
];

/// Labels that hold an address only sometimes (`Home: 12 items`): their value needs an
/// address form or a street word.
const WEAK_LABELS: &[&str] = &["home", "office", "sede", "livraison", "facturation"];

/// Words that name a street or a part of a building.
const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "drive",
    "dr",
    "way",
    "boulevard",
    "blvd",
    "level",
    "floor",
    "unit",
    "suite",
    "rua",
    "rue",
    "via",
    "calle",
    "avenida",
    "av",
    "straße",
    "strasse",
    "weg",
    "laan",
    "straat",
    "place",
    "square",
    "court",
    "terrace",
];

/// Whether a value holds a street word.
fn has_street_word(value: &str) -> bool {
    value
        .to_lowercase()
        .split([' ', ',', '.', '\n'])
        .any(|w| STREET_WORDS.contains(&w))
}

/// Table column names that hold an address.
const ADDRESS_COLUMNS: &[&str] = &[
    "address",
    "address1",
    "address_line1",
    "addressline1",
    "line1",
    "street1",
    "straße",
    "strasse",
    "addr",
    "street",
    "street_address",
    "home_address",
    "billing_address",
    "shipping_address",
    "adresse",
    "anschrift",
    "indirizzo",
    "dirección",
    "direccion",
    "endereço",
    "adres",
    "地址",
    "住址",
    "住所",
    "주소",
    "पता",
];

/// Words that may sit between a label and its value.
const FILLERS: &[&str] = &[
    "lautet", "ist", "is", "est", "es", "è", "é", "to", "at", "now", "changed", "is now",
];

/// Words after which an address value ends.
const STOPS: &[&str] = &[
    " before ",
    " please",
    " asap",
    " if ",
    " and ",
    " by ",
    " until ",
    " from ",
    " starting ",
    " ab ",
    " à partir",
    " - ",
    " — ",
    " bitte",
    " merci",
    " thanks",
    " thank ",
    " so that",
    " because",
    " with ",
    " for ",
    " on ",
];

/// Finds postal addresses.
struct Addresses;

/// The postcode and tail patterns [`Addresses`] classifies values with. Compiled once per
/// process on first use, so building a scanner stays cheap and both address recognizers
/// share one copy.
struct Postcodes {
    us: Regex,
    gb: Regex,
    nl: Regex,
    br: Regex,
    it: Regex,
    postcode5: Regex,
    es_tail: Regex,
    pin: Regex,
    pt: Regex,
}

impl Postcodes {
    fn get() -> &'static Postcodes {
        static POSTCODES: std::sync::OnceLock<Postcodes> = std::sync::OnceLock::new();
        POSTCODES.get_or_init(Postcodes::new)
    }

    fn new() -> Postcodes {
        let re = |p: &str| Regex::new(p).expect("valid address pattern");
        Postcodes {
            us: re(r",? [A-Z]{2},? [0-9]{5}(?:-[0-9]{4})?$"),
            gb: re(r"(?-u:\b)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$"),
            nl: re(r"(?-u:\b)[1-9][0-9]{3} ?[A-Z]{2}(?-u:\b)"),
            br: re(r"(?-u:\b)[0-9]{5}-?[0-9]{3}(?-u:\b).*/ ?[A-Z]{2}$|(?i)cep"),
            it: re(r"(?-u:\b)[0-9]{5},? [^,]+ \([A-Z]{2}\)$"),
            postcode5: re(r"(?-u:\b)[0-9]{5}(?-u:\b)"),
            es_tail: re(r"[a-z], [0-9]{5}$"),
            pin: re(r"(?-u:\b)[1-9][0-9]{2} ?[0-9]{3}(?-u:\b)"),
            pt: re(r"(?-u:\b)[1-9][0-9]{3}-[0-9]{3}(?-u:\b)"),
        }
    }
}

impl Addresses {
    /// The kind of a Latin-script or CJK address, or `None` when the value does not look
    /// like an address at all.
    fn classify(&self, value: &str) -> Option<(&'static str, bool)> {
        let has = |f: fn(char) -> bool| value.chars().any(f);
        if has(|c| matches!(c, '\u{AC00}'..='\u{D7A3}')) {
            let ok = value.bytes().any(|b| b.is_ascii_digit())
                && ["시", "도", "구", "군", "로", "길", "동"]
                    .iter()
                    .any(|w| value.contains(w));
            return ok.then_some(("address_kr", true));
        }
        if has(|c| matches!(c, '\u{0900}'..='\u{097F}')) {
            return Postcodes::get()
                .pin
                .is_match(value)
                .then_some(("address_in", true));
        }
        let jp = has(|c| matches!(c, '\u{3041}'..='\u{30FA}'))
            || ["丁目", "番地", "県", "都", "府"]
                .iter()
                .any(|w| value.contains(w))
                && (value.contains('番') || value.contains("丁目"));
        if jp {
            return Some(("address_jp", true));
        }
        if has(|c| matches!(c, '\u{4E00}'..='\u{9FFF}')) {
            let units = [
                "省", "市", "区", "县", "路", "街", "道", "号", "镇", "村", "巷",
            ]
            .iter()
            .filter(|w| value.contains(*w))
            .count();
            return (units >= 2).then_some(("address_cn", true));
        }
        if !value.bytes().any(|b| b.is_ascii_digit()) || value.contains('@') {
            return None;
        }
        if !value.bytes().any(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let lower = value.to_lowercase();
        let word = |w: &str| lower.split([' ', ',']).any(|t| t == w);
        if Postcodes::get().us.is_match(value) {
            return Some(("address_us", true));
        }
        if Postcodes::get().gb.is_match(value) {
            return Some(("address_gb", true));
        }
        if Postcodes::get().it.is_match(value) {
            return Some(("address_it", true));
        }
        if Postcodes::get().br.is_match(value) {
            return Some(("address_br", true));
        }
        if Postcodes::get().pt.is_match(value) && !Postcodes::get().br.is_match(value) {
            return Some(("address_pt", true));
        }
        if Postcodes::get().nl.is_match(value) && !Postcodes::get().postcode5.is_match(value) {
            return Some(("address_nl", true));
        }
        let fr = [
            "rue",
            "avenue",
            "boulevard",
            "chemin",
            "allée",
            "impasse",
            "place",
            "quai",
        ]
        .iter()
        .any(|w| word(w));
        if fr && Postcodes::get().postcode5.is_match(value) {
            return Some(("address_fr", true));
        }
        let de = [
            "straße", "strasse", "str.", "weg", "allee", "platz", "ring", "gasse", "damm",
        ]
        .iter()
        .any(|w| lower.split([' ', ',']).any(|t| t.ends_with(w)));
        if de && Postcodes::get().postcode5.is_match(value) {
            return Some(("address_de", true));
        }
        let it = [
            "via", "viale", "piazza", "corso", "strada", "vicolo", "largo", "borgo",
        ]
        .iter()
        .any(|w| word(w));
        if it && Postcodes::get().postcode5.is_match(value) {
            return Some(("address_it", true));
        }
        let es = [
            "calle",
            "c.",
            "avenida",
            "av.",
            "paseo",
            "plaza",
            "pasaje",
            "rambla",
            "ronda",
            "camino",
            "carrer",
            "acceso",
            "pasadizo",
            "glorieta",
            "travesía",
            "cuesta",
            "callejón",
            "piso",
            "puerta",
        ]
        .iter()
        .any(|w| word(w));
        if es && Postcodes::get().postcode5.is_match(value) {
            return Some(("address_es", true));
        }
        if Postcodes::get().es_tail.is_match(value) {
            return Some(("address_es", true));
        }
        if Postcodes::get().postcode5.is_match(value) {
            let starts_number = value.starts_with(|c: char| c.is_ascii_digit());
            return Some((
                if starts_number {
                    "address_us"
                } else {
                    "address_de"
                },
                false,
            ));
        }
        if Postcodes::get().pin.is_match(value) {
            return Some(("address_in", false));
        }
        Some(("address_us", false))
    }

    /// Reads the value of a cue starting at `at` and reports it when it is an address.
    fn value(&self, text: &str, at: usize, cue: Cue, weak: bool, out: &mut Vec<Candidate>) {
        let Some((start, end)) = extent_lines(text, at) else {
            return;
        };
        let value = &text[start..end];
        let Some((kind, strong)) = self.classify(value) else {
            return;
        };
        if weak && !strong && !has_street_word(value) {
            return;
        }
        let score = match (cue, strong) {
            (_, true) => 0.8,
            (Cue::Label, false) => 0.65,
            (Cue::Phrase, false) => return,
        };
        out.push(candidate(start, end, kind, score, "address after a cue"));
    }

    /// Finds a Chinese address that ends at the `号` at `hit` (`…路12号`), with the building
    /// and room that follow.
    fn cn_number(&self, text: &str, hit: &Hit, out: &mut Vec<Candidate>) {
        let before = &text[..hit.start];
        if !before.ends_with(|c: char| c.is_ascii_digit()) {
            return;
        }
        // Walk back over digits and Han characters, at most 30 characters.
        let mut start = hit.start;
        for (i, c) in before.char_indices().rev().take(30) {
            if is_han(c) || c.is_ascii_alphanumeric() {
                start = i;
            } else {
                break;
            }
        }
        let mut end = hit.end;
        for (i, c) in text[hit.end..].char_indices().take(20) {
            if is_han(c) || c.is_ascii_alphanumeric() {
                end = hit.end + i + c.len_utf8();
            } else {
                break;
            }
        }
        // The walk may have eaten the words that lead to the address (`寄到`, `位于`).
        let walked = &text[start..hit.start];
        let first_unit = ["省", "市", "区", "县"]
            .iter()
            .filter_map(|u| walked.find(u))
            .min()
            .unwrap_or(0);
        if let Some(cut) = LEAD_INS
            .iter()
            .filter_map(|l| walked[..first_unit].rfind(l).map(|i| i + l.len()))
            .filter(|&i| first_unit - i >= 6)
            .max()
        {
            start += cut;
        }
        let value = &text[start..end];
        let head = &text[start..hit.start];
        let road = ["路", "街", "道", "巷", "弄", "里"]
            .iter()
            .any(|w| head.contains(w));
        let area = ["省", "市", "区", "县"].iter().any(|w| head.contains(w));
        if !(road && area) {
            return;
        }
        if let Some((kind, true)) = self.classify(value) {
            out.push(candidate(
                start,
                end,
                kind,
                0.75,
                "Chinese address structure",
            ));
        }
    }
}

/// Whether a character is a Hangul syllable.
fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

/// Whether a character is Japanese kana.
fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{30FA}' | 'ー')
}

/// Finds a Korean address that starts at the province or metropolitan city at `hit`:
/// district words, a road (`…로`, `…길`, `…거리`, `…가`) and a building number, with an
/// optional bracketed note (`(혜진마을)`).
fn kr_road(text: &str, hit: &Hit, out: &mut Vec<Candidate>) {
    let mut start = hit.start;
    for (i, c) in text[..hit.start].char_indices().rev().take(6) {
        if is_hangul(c) {
            start = i;
        } else {
            break;
        }
    }
    let mut at = start;
    let mut road = false;
    let mut end = None;
    for _ in 0..8 {
        let token_len = text[at..]
            .char_indices()
            .find(|&(_, c)| !(is_hangul(c) || c.is_ascii_digit() || c == '-'))
            .map_or(text.len() - at, |(i, _)| i);
        if token_len == 0 {
            break;
        }
        let token = &text[at..at + token_len];
        let number = token.trim_start_matches("지하");
        if road
            && number.starts_with(|c: char| c.is_ascii_digit())
            && number.chars().all(|c| c.is_ascii_digit() || c == '-')
        {
            end = Some(at + token_len);
            break;
        }
        road |= ["로", "길", "거리", "가"]
            .iter()
            .any(|s| token.ends_with(s));
        at += token_len;
        if text.as_bytes().get(at) != Some(&b' ') {
            break;
        }
        at += 1;
    }
    let Some(mut end) = end else {
        return;
    };
    // A bracketed note that belongs to the address: ` (혜진마을)`.
    if let Some(rest) = text[end..].strip_prefix(" (") {
        if let Some(close) = rest.find(')') {
            if close <= 45
                && rest[..close]
                    .chars()
                    .all(|c| is_hangul(c) || c.is_ascii_alphanumeric() || c == ' ')
            {
                end += 2 + close + 1;
            }
        }
    }
    out.push(candidate(
        start,
        end,
        "address_kr",
        0.75,
        "Korean road address structure",
    ));
}

/// Prefectures whose names have three characters.
const LONG_PREFECTURES: &[&str] = &["鹿児島", "神奈川", "和歌山"];

/// Finds a Japanese address around the block marker at `hit` (`…35丁目2番1号`), from the
/// prefecture (when written) to the building number and an optional building name.
fn jp_block(text: &str, hit: &Hit, out: &mut Vec<Candidate>) {
    let before = &text[..hit.start];
    if !before.ends_with(|c: char| c.is_ascii_digit()) {
        return;
    }
    let mut start = hit.start;
    for (i, c) in before.char_indices().rev().take(30) {
        if is_han(c) || is_kana(c) || c.is_ascii_digit() || c == '々' || c == 'ケ' {
            start = i;
        } else {
            break;
        }
    }
    // Start at the prefecture when the walk went further back.
    let walked = &text[start..hit.start];
    if let Some(pos) = ["県", "都", "府", "道"]
        .iter()
        .filter_map(|p| walked.find(p))
        .min()
    {
        let head = &walked[..pos];
        let long = LONG_PREFECTURES.iter().any(|p| head.ends_with(p));
        let chars = if long { 3 } else { 2 };
        if let Some((i, _)) = head.char_indices().rev().nth(chars - 1) {
            start += i;
        }
    }
    let mut end = hit.end;
    for (i, c) in text[hit.end..].char_indices().take(14) {
        if c.is_ascii_digit() || matches!(c, '番' | '号' | '-' | '地' | 'の') {
            end = hit.end + i + c.len_utf8();
        } else {
            break;
        }
    }
    // A building name after one space: `独鈷沢シティ827`.
    if let Some(rest) = text[end..].strip_prefix(' ') {
        let katakana = |c: char| matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー');
        let mut len: usize = rest
            .chars()
            .take(20)
            .take_while(|&c| is_han(c) || katakana(c) || c.is_ascii_alphanumeric())
            .map(char::len_utf8)
            .sum();
        // Han characters glued to the hiragana that follows start the sentence (`宛てです`).
        if rest[len..].starts_with(|c: char| is_kana(c) && !katakana(c)) {
            len = rest[..len].trim_end_matches(is_han).len();
        }
        if len > 0 && rest.starts_with(|c: char| is_han(c) || katakana(c)) {
            end += 1 + len;
        }
    }
    if text[start..hit.start].chars().count() < 3 {
        return;
    }
    out.push(candidate(
        start,
        end,
        "address_jp",
        0.75,
        "Japanese block address structure",
    ));
}

/// Words that lead to a Chinese address in a sentence.
const LEAD_INS: &[&str] = &[
    "到", "在", "于", "往", "至", "是", "为", "寄", "送", "搬", "址", "住",
];

/// Whether a character is a Han ideograph.
fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// The extent of an address value starting at `at`: up to the end of the line, a sentence
/// end or a stop word, at most 160 bytes; trimmed of punctuation.
fn extent(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = text.get(at..)?;
    let limit = rest
        .char_indices()
        .take_while(|&(i, _)| i < 160)
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let window = &rest[..limit];
    let cjk = window.chars().next().is_some_and(|c| !c.is_ascii());
    let mut end = window.len();
    for (i, c) in window.char_indices() {
        let stop = match c {
            '\n' | '\r' | '\t' | '"' | '|' | '。' | ';' => true,
            ',' => cjk && window[..i].chars().any(is_han),
            '.' => {
                let after = &window[i + 1..];
                let word: &str = window[..i].rsplit([' ', ',']).next().unwrap_or("");
                // `Apt.`, `C.`, `Av.` continue the value; `GO.` (a state) ends it.
                let abbreviation = word.len() <= 4
                    && word.chars().all(|c| c.is_alphabetic())
                    && (word.chars().count() == 1 || word.chars().any(|c| c.is_lowercase()));
                let number_follows = after
                    .trim_start_matches(' ')
                    .starts_with(|c: char| c.is_ascii_digit());
                (after.is_empty() || after.starts_with(' ') || after.starts_with('\n'))
                    && !abbreviation
                    && !number_follows
            }
            _ => false,
        };
        if stop {
            end = i;
            break;
        }
    }
    let mut value = &window[..end];
    for stop in STOPS {
        if let Some(i) = crate::context::find_ascii_ci(value, stop) {
            let whole_word = stop.ends_with(' ')
                || !value[i + stop.len()..].starts_with(|c: char| c.is_alphabetic());
            if whole_word {
                value = &value[..i];
            }
        }
    }
    let trimmed = value.trim_end_matches([' ', ',', '.', ':', ')', '(']);
    // Keep a closing bracket that closes one inside the value: `Caravate (VA)`.
    let trimmed = if value[trimmed.len()..].starts_with(')') && trimmed.contains('(') {
        &value[..trimmed.len() + 1]
    } else {
        trimmed
    };
    let lead = trimmed.len() - trimmed.trim_start().len();
    let start = at + lead;
    let end = at + trimmed.len();
    (end > start + 6).then_some((start, end))
}

/// Skips a label's separator and filler words; `None` when no separator or verb follows.
/// Like [`extent`], but an address written over several lines (`Königsallee 92\n40212
/// Düsseldorf`) continues on the next lines while they are short and lead to a number.
fn extent_lines(text: &str, at: usize) -> Option<(usize, usize)> {
    let (mut start, mut end) = extent(text, at)?;
    let short_line = |from: usize| {
        let rest = text.get(from..).unwrap_or("");
        let line = rest.split('\n').next().unwrap_or("").trim_end_matches('\r');
        let ok = !line.trim().is_empty()
            && line.len() <= 48
            && !line.contains([':', '@', '|', '\t'])
            && line.starts_with(|c: char| c.is_alphanumeric());
        ok.then_some((line.len(), line.bytes().any(|b| b.is_ascii_digit())))
    };
    // A first line without a number is the addressee (`Julien Moreau`, a company name)
    // when numbered lines follow; the address starts below it.
    let first_has_digit = text[start..end].bytes().any(|b| b.is_ascii_digit());
    if !first_has_digit
        && text[end..].starts_with('\n')
        && short_line(end + 1).is_some_and(|(_, digits)| digits)
    {
        if let Some((s2, e2)) = extent(text, end + 1) {
            start = s2;
            end = e2;
        }
    }
    let is_cjk = text[start..end].chars().any(is_han);
    for _ in 0..3 {
        let current = text[start..end].rsplit('\n').next().unwrap_or("");
        let postcode_done = current
            .split([' ', ','])
            .next_back()
            .is_some_and(|w| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_digit() || b == b'-'));
        if is_cjk || postcode_done || !text[end..].starts_with('\n') {
            break;
        }
        let next = end + 1;
        let Some((len, digits)) = short_line(next) else {
            break;
        };
        let leads_to_number = digits || short_line(next + len + 1).is_some_and(|(_, d)| d);
        if !leads_to_number {
            break;
        }
        match extent(text, next) {
            Some((s2, e2)) if s2 == next => end = e2,
            _ => break,
        }
    }
    Some((start, end))
}

fn after_label(text: &str, at: usize) -> Option<usize> {
    let mut at = at;
    let mut separated = false;
    // `Dirección de envío:`, `Adres klant:`: a few words may qualify the label.
    let rest = text.get(at..)?;
    if rest.starts_with(' ') {
        if let Some(colon) = rest.find(':').filter(|&i| i <= 28) {
            let words = &rest[..colon];
            if words
                .trim()
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '(' | ')'))
                && words.trim().split(' ').count() <= 3
            {
                at += colon;
            }
        }
    }
    for _ in 0..4 {
        let rest = text.get(at..)?;
        let trimmed = rest.trim_start_matches([' ', ':', '=', '"', '\'', '\t']);
        let sep = &rest[..rest.len() - trimmed.len()];
        separated |= sep.contains(':') || sep.contains('=');
        at += sep.len();
        let filler = FILLERS.iter().find(|f| {
            trimmed.len() > f.len()
                && trimmed.as_bytes()[..f.len()].eq_ignore_ascii_case(f.as_bytes())
                && trimmed.as_bytes()[f.len()] == b' '
        });
        match filler {
            Some(f) => {
                at += f.len();
                separated = true;
            }
            None => break,
        }
    }
    // `Anschrift:` alone on its line: the value starts on the next line.
    if separated && text.get(at..).is_some_and(|r| r.starts_with('\n')) {
        at += 1;
    }
    separated.then_some(at)
}

/// An address candidate.
fn candidate(
    start: usize,
    end: usize,
    kind: &'static str,
    score: f32,
    reason: &'static str,
) -> Candidate {
    Candidate::new(Category::PostalAddress, start, end, kind, score, reason)
}

impl Recognizer for Addresses {
    fn kinds(&self) -> &'static [&'static str] {
        &[
            "address_us",
            "address_gb",
            "address_de",
            "address_fr",
            "address_es",
            "address_it",
            "address_nl",
            "address_br",
            "address_pt",
            "address_in",
            "address_jp",
            "address_kr",
            "address_cn",
        ]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Anchors(CUES.iter().map(|(c, _)| *c).collect())
    }

    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>) {
        let text = input.text();
        let mut table_end = 0;
        let mut headers = Headers::new(text);
        let mut last_end = 0;
        for hit in hits {
            let Some(&(literal, cue)) = CUES.get(hit.anchor) else {
                continue;
            };
            if hit.start < last_end {
                continue;
            }
            let ascii = text.as_bytes()[hit.start].is_ascii();
            if ascii {
                let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                if glued(text[..hit.start].chars().next_back())
                    || glued(text[hit.end..].chars().next())
                {
                    continue;
                }
            }
            let before = out.len();
            if literal == "号" {
                self.cn_number(text, hit, out);
            } else if literal == "丁目" || literal == "番地" {
                jp_block(text, hit, out);
            } else if !ascii && text[hit.start..].starts_with(is_hangul) {
                kr_road(text, hit, out);
            } else if let Some(header) = headers.at(hit.start) {
                let Some(column) = header.column_at(hit.start) else {
                    continue;
                };
                let name = header.name(column);
                if !ADDRESS_COLUMNS.iter().any(|c| c.eq_ignore_ascii_case(name))
                    || header.start() < table_end
                {
                    continue;
                }
                let (cells, end) = header.cells(column);
                table_end = end;
                for (s, e) in cells {
                    if let Some((kind, _)) = self.classify(&text[s..e]) {
                        out.push(candidate(s, e, kind, 0.8, "value of an address column"));
                    }
                }
            } else if cue == Cue::Label {
                if let Some(at) = after_label(text, hit.end) {
                    let weak = WEAK_LABELS.contains(&literal);
                    self.value(text, at, cue, weak, out);
                }
            } else if text.as_bytes().get(hit.end) == Some(&b' ') {
                self.value(text, hit.end + 1, cue, false, out);
            }
            if let Some(last) = out.get(before..).and_then(|c| c.last()) {
                last_end = last.end;
            }
        }
    }
}

/// US state and territory codes.
const US_STATES: &str =
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS \
    MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP FM \
    MH PW AA AE AP";

/// Finds street addresses written out in full without a cue: a house number, street
/// words and a city with a postcode in the US, UK, German, French, Dutch, Spanish or
/// Italian form.
struct StreetAddresses {
    /// The street forms, compiled on first use (see [`StreetAddresses::forms`]).
    forms: std::sync::OnceLock<Vec<(&'static str, Regex)>>,
    classifier: Addresses,
}

impl StreetAddresses {
    fn new() -> StreetAddresses {
        StreetAddresses {
            forms: std::sync::OnceLock::new(),
            classifier: Addresses,
        }
    }

    /// The street forms, compiled once on the first text that wakes this recognizer.
    fn forms(&self) -> &[(&'static str, Regex)] {
        self.forms.get_or_init(Self::compile_forms)
    }

    fn compile_forms() -> Vec<(&'static str, Regex)> {
        let street = r"(?:[A-Za-zÀ-ÿ'.-]+ ){0,5}";
        let city = r"[A-Z][A-Za-zÀ-ÿ'-]*(?: (?:[a-z]{1,3} ){0,2}[A-Z][A-Za-zÀ-ÿ'-]*){0,2}";
        // Parts of an address are separated by a comma or a line break.
        let sep = r"(?:, |,? ?\r?\n)";
        let unit = r"(?:Apt\.?|Apartment|Suite|Unit|Ste\.?|#|Floor|Fl\.?|Room|Rm\.?)";
        let forms = [
            (
                "address_us",
                format!(
                    r"(?-u:\b)[0-9]{{1,6}} {street}[A-Za-z.]+(?:,? {unit} ?[0-9A-Za-z-]+)?(?:,? |{sep}){city}, [A-Z]{{2}} [0-9]{{5}}(?:-[0-9]{{4}})?(?-u:\b)"
                ),
            ),
            (
                "address_gb",
                format!(
                    r"(?-u:\b)(?:(?:Flat|Apartment|Unit|Studio) [0-9A-Za-z]+, |[0-9]{{1,4}}[A-Z]? ){street}[A-Za-z]+(?:{sep}{city}){{1,2}},?(?: |{sep})[A-Z]{{1,2}}[0-9][A-Z0-9]? [0-9][A-Z]{{2}}(?-u:\b)"
                ),
            ),
            (
                "address_de",
                format!(
                    r"[A-ZÄÖÜ][A-Za-zäöüß-]*(?:[Ss]tra(?:ß|ss)e|[Ss]tr\.|[Ww]eg|[Aa]llee|[Pp]latz|[Gg]asse|[Rr]ing|[Dd]amm|[Uu]fer|[Cc]haussee|[Ss]teig|[Pp]fad|[Mm]arkt)(?: [0-9]{{1,4}}[a-z]?(?:[-/][0-9]{{1,4}})?)(?:, [0-9]{{1,2}}\. ?(?:OG|Stock|Etage))?{sep}[0-9]{{5}} {city}"
                ),
            ),
            (
                "address_fr",
                format!(
                    r"(?:(?-u:\b)[0-9]{{1,4}}(?: ?bis| ?ter)?,? )?(?:[Rr]ue|[Aa]venue|[Bb]oulevard|bd|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Pp]lace|[Qq]uai|[Rr]oute) [^,\n]{{2,40}}(?:{sep}(?:[Bb]âtiment|[Bb]at\.|[Ee]scalier|[0-9]{{1,2}}(?:e|er|ème)) [^,\n]{{1,24}}){{0,2}}{sep}[0-9]{{5}} {city}"
                ),
            ),
            (
                "address_be",
                format!(
                    r"(?:Rue|Avenue|Boulevard|Chaussée|Place|Quai|Straat|Laan) [^,\n0-9]{{2,40}} [0-9]{{1,4}}[a-z]?{sep}[1-9][0-9]{{3}} {city}"
                ),
            ),
            (
                "address_nl",
                format!(
                    r"[A-Z][a-z]+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|dreef|steeg|ring|pad|park|erf|markt) [0-9]{{1,4}}[a-z]?(?:-[0-9A-Za-z]{{1,4}})?{sep}[1-9][0-9]{{3}} ?[A-Z]{{2}},? {city}"
                ),
            ),
            (
                "address_es",
                format!(
                    r"(?:Calle|C/|Avenida|Avda\.|Avinguda|Paseo|Passeig|Plaza|Plaça|Camino|Carrer|Ronda|Rambla|Travessera) {street}[0-9]{{1,4}}[^,\n]{{0,20}}(?:, [0-9]{{1,2}}[ºª°]?[^,\n]{{0,14}})?, (?:[0-9]{{5}} {city}|{city}, [0-9]{{5}})"
                ),
            ),
            (
                "address_it",
                format!(
                    r"(?:Via|Viale|Piazza|Corso|Largo|Vicolo|Strada) {street}[A-Za-zÀ-ÿ'.]+,? [0-9]{{1,4}}[A-Za-z]?,? [0-9]{{5}},? {city}"
                ),
            ),
            (
                "address_it",
                format!(
                    r"[A-Z][A-Za-zÀ-ÿ' .]{{2,40}}, [0-9]{{1,4}}[A-Za-z0-9 ]{{0,20}}, [0-9]{{5}},? {city} \([A-Z]{{2}}\)"
                ),
            ),
            (
                "address_es",
                format!(
                    r"[A-Z][A-Za-zÀ-ÿ' .]{{2,50}} [0-9]{{1,4}}(?: (?:Piso|Puerta|Apt\.|Bajo|Esc\.) ?[0-9A-Za-z]+)?, {city}, [0-9]{{5}}(?-u:\b)"
                ),
            ),
            (
                "address_br",
                r"[A-ZÀ-Ú][A-Za-zÀ-ÿ' .]{2,40}, [0-9]{1,5}, (?:[A-Za-zÀ-ÿ0-9ª' .]{2,40}, )?[0-9]{5}-?[0-9]{3} [A-Za-zÀ-ÿ' ]{2,40} / [A-Z]{2}(?-u:\b)".to_string(),
            ),
            (
                "address_br",
                format!(
                    r"(?:Rua|R\.|Av\.|Avenida|Alameda|Travessa|Praça|Estrada|Rodovia) [^,\n]{{2,40}},? [0-9]{{1,5}}(?:(?:, | - |{sep})[^,\n]{{1,40}}){{0,4}}(?:, | - |{sep})[0-9]{{5}}-[0-9]{{3}}"
                ),
            ),
            (
                "address_au",
                format!(
                    r"(?:(?:Unit|Level|Suite|Shop|Flat) [0-9A-Za-z]+,? )?[0-9]{{1,5}}[A-Za-z]?(?:/[0-9]{{1,5}})? {street}[A-Za-z]+,? {city},? (?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT) [0-9]{{4}}"
                ),
            ),
            (
                "address_in",
                format!(
                    r"(?:(?:Flat|House|H\.|Plot|Door|Room|Unit|Suite|Floor|Level)[^,\n]{{0,16}}[0-9][0-9A-Za-z/-]*{sep}|[0-9]{{1,5}}[A-Za-z]?,? ){street}[A-Za-z0-9]+(?:{sep}[^,\n]{{2,40}}){{1,4}},? [A-Z][A-Za-z]+ [1-9][0-9]{{2}} ?[0-9]{{3}}"
                ),
            ),
            (
                "address_jp",
                r"[0-9]{1,4}(?:-[0-9]{1,4}){1,2} [A-Z][a-z]+(?:, [A-Z][A-Za-z-]+){1,3},? [0-9]{3}-[0-9]{4}".to_string(),
            ),
            (
                "address_kr",
                r"[0-9]{1,4} [A-Z][a-z]+-(?:ro|daero|gil)(?: [0-9]{1,3}(?:-gil)?)?(?:, [A-Z][A-Za-z-]+){1,3},? [0-9]{5}".to_string(),
            ),
        ];
        forms
            .into_iter()
            .map(|(kind, p)| (kind, Regex::new(&p).expect("valid street pattern")))
            .collect()
    }
}

impl Recognizer for StreetAddresses {
    fn kinds(&self) -> &'static [&'static str] {
        &[
            "address_us",
            "address_gb",
            "address_de",
            "address_fr",
            "address_es",
            "address_it",
            "address_nl",
            "address_br",
            "address_be",
            "address_pt",
            "address_au",
            "address_in",
            "address_jp",
            "address_kr",
            "address_cn",
        ]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Digits
    }

    fn recognize(&self, input: &Input<'_>, _hits: &[Hit], out: &mut Vec<Candidate>) {
        let text = input.text();
        let bytes = text.as_bytes();
        let mut covered = 0;
        for &(start, end) in input.number_runs() {
            if start < covered {
                continue;
            }
            let digits = bytes[start..end]
                .iter()
                .filter(|b| b.is_ascii_digit())
                .count();
            let before = bytes.get(start.saturating_sub(4)..start).unwrap_or(&[]);
            let after = bytes.get(end..).unwrap_or(&[]);
            // Which forms may end at this number: US ZIP after a state code, UK inward
            // code, or a European postcode after a comma.
            let us = matches!(digits, 5 | 9)
                && before.len() == 4
                && before[1].is_ascii_uppercase()
                && before[2].is_ascii_uppercase()
                && before[3] == b' ';
            // `NW1 6XE`: the inward code's digit may end a run that began in the outward code.
            let inward = (digits == 1 && before.last() == Some(&b' '))
                || (end >= 2 && bytes[end - 2] == b' ');
            let gb = inward
                && after.len() >= 2
                && after[0].is_ascii_uppercase()
                && after[1].is_ascii_uppercase()
                && !after.get(2).is_some_and(u8::is_ascii_alphanumeric);
            let eu = matches!(digits, 4 | 5 | 7 | 8)
                && (before.ends_with(b", ") || before.ends_with(b"\n") || before.ends_with(b" - "));
            // `Bondi Junction NSW 2022`: a state's code before an Australian postcode.
            let au = digits == 4
                && before.len() == 4
                && before[3] == b' '
                && before[1].is_ascii_uppercase()
                && before[2].is_ascii_uppercase()
                && (before[0] == b' ' || before[0].is_ascii_uppercase());
            let after_word =
                before.len() == 4 && before[3] == b' ' && before[2].is_ascii_alphabetic();
            // `Karnataka 560048`, `Shanghai 200120`: a six-digit postcode after a place.
            let six = digits == 6 && (after_word || before.ends_with(b", "));
            // `Tokyo 100-0005`.
            let jp = digits == 7 && after_word && bytes.get(start + 3) == Some(&b'-');
            // `Seoul 04513`.
            let kr = digits == 5 && after_word && before[2].is_ascii_lowercase();
            if !(us || gb || eu || au || six || jp || kr) {
                continue;
            }
            let mut from = start.saturating_sub(160);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let mut to = (end + 60).min(text.len());
            while !text.is_char_boundary(to) {
                to -= 1;
            }
            let window = &text[from..to];
            for (kind, form) in self.forms() {
                let wanted = match *kind {
                    "address_us" => us,
                    "address_gb" => gb,
                    "address_au" => au,
                    "address_in" => six,
                    "address_jp" => jp,
                    "address_kr" => kr,
                    _ => eu,
                };
                if !wanted {
                    continue;
                }
                let Some(m) = form
                    .find_iter(window)
                    .find(|m| from + m.start() < start && from + m.end() >= end)
                else {
                    continue;
                };
                let value = m.as_str();
                if *kind == "address_us" {
                    let state = value
                        .rsplit(", ")
                        .next()
                        .and_then(|t| t.split(' ').next())
                        .unwrap_or("");
                    if !US_STATES.split_whitespace().any(|s| s == state) {
                        continue;
                    }
                }
                let kind = match self.classifier.classify(value) {
                    Some((found, true)) => found,
                    _ => kind,
                };
                covered = from + m.end();
                out.push(candidate(
                    from + m.start(),
                    from + m.end(),
                    kind,
                    0.7,
                    "street, house number and postcode",
                ));
                break;
            }
        }
    }
}

/// The recognizers of this family.
pub(crate) fn recognizers() -> Vec<Box<dyn Recognizer>> {
    vec![Box::new(Addresses), Box::new(StreetAddresses::new())]
}
