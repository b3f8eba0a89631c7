//! Recognizer for the `phone` family: international numbers (`+` or `00` and a country
//! code, checked against per-country national lengths) and national formats of the US/CA,
//! UK, CN, IN, DE, FR, JP, KR, BR, ES, IT, NL and AU, recognised by their leading digits,
//! length and customary grouping.
//!
//! Phone numbers collide with every other number, so the rules lean on shape: a national
//! number is reported without context only when it is written the way that country writes
//! phone numbers (`(212) 555-0147`, `06 12 34 56 78`, `0170 1234567`, `138 0013 8000`); a
//! bare digit run needs a phone word before it (`Tel.`, `电话`, `Telefon`, `전화` …); and a
//! word like `order`, `invoice` or `ID` right before a number vetoes it.
//!
//! Numbers come from the shared number runs. A run may hold several numbers written next
//! to each other, so every sequence of its digit groups is tried, longest first.

use super::{Candidate, Hit, Recognizer, Trigger};
use crate::context::Input;
use crate::finding::Category;
use aho_corasick::AhoCorasick;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Most digit groups a run may have to be looked at (longer runs are tables of numbers).
const MAX_GROUPS: usize = 12;
/// Most groups one phone number spans (`+33 (0)6 12 34 56 78` has seven).
const MAX_SPAN: usize = 7;
/// Bytes before a number searched for a phone word or a vetoing word.
const CONTEXT: usize = 40;

/// Bytes between a vetoing word and the number it vetoes.
const VETO_REACH: usize = 12;

/// Words that announce a phone number; matched at the start of a word (`tel` covers
/// `Tel.`, `telephone`, `Telefon`, `teléfono`, `telefono`, `telefoon`).
const PHONE_WORDS: &[&str] = &[
    "tel",
    "phone",
    "mobile",
    "mobil",
    "cell",
    "call",
    "fax",
    "whatsapp",
    "contact",
    "dial",
    "ring",
    "sms",
    "handy",
    "portable",
    "móvil",
    "movil",
    "celular",
    "cellulare",
    "bellen",
    "fone",
    "fon",
    "llam",
    "llám",
    "appel",
    "joindre",
    "ruf",
    "anruf",
    "erreichbar",
    "chiam",
    "ligue",
    "ligar",
    "contato",
    "contacto",
    "contatto",
    "reach",
    "hotline",
];
/// Abbreviations that announce a phone number only as whole words (`Ph:`, `Mob.`, `Bel`).
const PHONE_ABBREVIATIONS: &[&str] = &["ph", "mob", "tlf", "tfno", "bel", "cel"];
/// Phone words in scripts written without spaces (or with combining marks), matched anywhere.
const PHONE_WORDS_CJK: &[&str] = &[
    "电话",
    "電話",
    "手机",
    "手機",
    "联系",
    "聯繫",
    "致电",
    "座机",
    "携帯",
    "ケータイ",
    "전화",
    "휴대폰",
    "핸드폰",
    "연락처",
    "फ़ोन",
    "फोन",
    "मोबाइल",
];
/// Words after which a number is some other identifier; matched as whole words.
const VETO_WORDS: &[&str] = &[
    "order",
    "invoice",
    "ticket",
    "case",
    "ref",
    "reference",
    "tracking",
    "transaction",
    "txn",
    "id",
    "no",
    "sku",
    "isbn",
    "serial",
    "account",
    "acct",
    "iban",
    "routing",
    "sort",
    "batch",
    "job",
    "build",
    "version",
    "pid",
    "ssn",
    "nhs",
    "passport",
    "amount",
    "total",
    "balance",
    "price",
    "zip",
    "postcode",
    "bestellung",
    "rechnung",
    "commande",
    "facture",
    "pedido",
    "factura",
    "ordine",
    "fattura",
    "bestelling",
    "factuur",
];
/// Vetoing words in scripts written without spaces.
const VETO_WORDS_CJK: &[&str] = &[
    "订单",
    "單號",
    "单号",
    "编号",
    "身份证",
    "护照",
    "卡号",
    "账号",
    "金额",
    "注文",
    "주문",
];

/// Phone numbers.
struct Phones;

/// The recognizers of this family.
pub(crate) fn recognizers() -> Vec<Box<dyn Recognizer>> {
    vec![Box::new(Phones)]
}

impl Recognizer for Phones {
    fn kinds(&self) -> &'static [&'static str] {
        &[
            "phone_us",
            "phone_cn",
            "phone_gb",
            "phone_de",
            "phone_fr",
            "phone_jp",
            "phone_kr",
            "phone_br",
            "phone_es",
            "phone_it",
            "phone_nl",
            "phone_in",
            "phone_au",
            "phone_intl",
        ]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Digits
    }

    fn recognize(&self, input: &Input<'_>, _hits: &[Hit], out: &mut Vec<Candidate>) {
        for &(start, end) in input.number_runs() {
            if end - start >= 7 {
                scan_run(input, start, end, out);
            }
        }
    }
}

/// One digit group of a run.
#[derive(Clone, Copy)]
struct Group {
    start: usize,
    end: usize,
}

/// Tries every sequence of groups of the run `start..end`, longest first from each group.
fn scan_run(input: &Input<'_>, start: usize, end: usize, out: &mut Vec<Candidate>) {
    let bytes = input.text().as_bytes();
    let mut buf = [Group { start: 0, end: 0 }; MAX_GROUPS];
    let mut count = 0;
    let mut i = start;
    while i < end {
        if bytes[i].is_ascii_digit() {
            let s = i;
            while i < end && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if count == MAX_GROUPS || i - s > 15 {
                return;
            }
            buf[count] = Group { start: s, end: i };
            count += 1;
        } else {
            i += 1;
        }
    }
    let groups = &buf[..count];
    let mut first = 0;
    while first < groups.len() {
        let last_max = (first + MAX_SPAN).min(groups.len()) - 1;
        // The words before a number are read once per starting group, and only when needed.
        let mut context = None;
        let found = (first..=last_max).rev().find_map(|last| {
            phone_at(input, &groups[first..=last], &mut context).map(|c| (last, c))
        });
        match found {
            Some((last, candidate)) => {
                out.push(candidate);
                first = last + 1;
            }
            None => first += 1,
        }
    }
}

/// The written shape of a candidate number, held inline (no allocation per candidate).
struct Shape {
    /// Written with a leading `+`.
    plus: bool,
    /// The first group is in parentheses: `(212) 555-0147`.
    paren_first: bool,
    /// The digits, as ASCII (at most 15, checked before a shape is built).
    digit_buf: [u8; 15],
    digit_len: usize,
    /// Digit count of each group.
    len_buf: [usize; MAX_SPAN],
    /// The separator before each group after the first (`b' '`, `b'-'`, `b'.'`, `b')'`,
    /// `b'('`, `b'/'`).
    sep_buf: [u8; MAX_SPAN],
    groups: usize,
}

impl Shape {
    /// The digits, as ASCII.
    fn digits(&self) -> &str {
        std::str::from_utf8(&self.digit_buf[..self.digit_len]).unwrap_or("")
    }

    /// Digit count of each group.
    fn lens(&self) -> &[usize] {
        &self.len_buf[..self.groups]
    }

    /// The separator before each group after the first.
    fn seps(&self) -> &[u8] {
        &self.sep_buf[..self.groups.saturating_sub(1)]
    }

    /// Whether every separator is `sep`.
    fn all_seps(&self, sep: u8) -> bool {
        self.seps().iter().all(|&s| s == sep)
    }

    /// Whether every separator is one of `seps`, and all are the same.
    fn uniform_in(&self, seps: &[u8]) -> bool {
        self.seps()
            .first()
            .map_or(true, |s| seps.contains(s) && self.all_seps(*s))
    }

    fn lens_are(&self, lens: &[usize]) -> bool {
        self.lens() == lens
    }
}

/// The phone number written as `groups`, if it is one.
fn phone_at(
    input: &Input<'_>,
    groups: &[Group],
    context: &mut Option<Context>,
) -> Option<Candidate> {
    let text = input.text();
    let bytes = text.as_bytes();
    let first = groups.first()?;
    let last = groups.last()?;
    let digit_count: usize = groups.iter().map(|g| g.end - g.start).sum();
    if !(7..=15).contains(&digit_count) {
        return None;
    }
    let mut start = first.start;
    let plus = start > 0 && bytes[start - 1] == b'+';
    if plus {
        start -= 1;
    }
    let paren_first = !plus
        && start > 0
        && bytes[start - 1] == b'('
        && bytes.get(first.end) == Some(&b')')
        && groups.len() > 1;
    if paren_first {
        start -= 1;
    }
    let end = last.end;
    if !input.is_word_boundary(start, end) || glued_to_number(bytes, start, end) {
        return None;
    }
    if groups.len() > MAX_SPAN {
        return None;
    }
    let mut shape = Shape {
        plus,
        paren_first,
        digit_buf: [0; 15],
        digit_len: 0,
        len_buf: [0; MAX_SPAN],
        sep_buf: [0; MAX_SPAN],
        groups: groups.len(),
    };
    for (index, group) in groups.iter().enumerate() {
        if index > 0 {
            let gap = &bytes[groups[index - 1].end..group.start];
            shape.sep_buf[index - 1] = match gap {
                [b] => *b,
                [b')', b' '] => b')',
                [b' ', b'('] => b'(',
                _ => return None,
            };
        }
        let len = group.end - group.start;
        shape.len_buf[index] = len;
        shape.digit_buf[shape.digit_len..shape.digit_len + len]
            .copy_from_slice(&bytes[group.start..group.end]);
        shape.digit_len += len;
    }
    let (kind, base) = classify(&shape);
    if base.is_none() && !fallback_ok(&shape) {
        return None;
    }
    let context = *context.get_or_insert_with(|| Context::read(input, start));
    let score = match (base, context) {
        // `Order #13800138000`: only a `+` number survives a vetoing word, and only at strict.
        (Some(s), Context::Veto) if shape.plus => s - 0.3,
        (_, Context::Veto) => return None,
        (Some(s), Context::Phone) => (s + 0.05).max(0.75),
        (Some(s), Context::None) => s,
        (None, Context::Phone) => 0.7,
        (None, _) => return None,
    };
    let kind = if base.is_some() {
        kind
    } else {
        fallback_kind(&shape)
    };
    Some(Candidate {
        start,
        end,
        category: Category::Phone,
        kind,
        score: score.min(0.92),
        reason: Cow::Borrowed(match context {
            Context::Phone => "phone number after a phone word",
            _ if shape.plus => "international phone number",
            _ => "phone number in a national format",
        }),
    })
}

/// Whether the number is glued to more digits by a character the runs do not join
/// (`1.2.3.4`, `12,345,678`, `2024-01-15T10`) or is the head of a token (`123456:AAE…`).
fn glued_to_number(bytes: &[u8], start: usize, end: usize) -> bool {
    let at = |i: usize| bytes.get(i).copied().unwrap_or(b' ');
    let joins = |b: u8| matches!(b, b'.' | b'/' | b':' | b'-' | b'_');
    let before = start >= 2 && at(start - 2).is_ascii_digit() && joins(at(start - 1));
    let after = (joins(at(end)) && at(end + 1).is_ascii_digit())
        || (at(end) == b':' && at(end + 1).is_ascii_alphanumeric());
    // A comma glues only as a thousands separator: `1,234,567`.
    let thousands =
        |i: usize| (i..i + 3).all(|j| at(j).is_ascii_digit()) && !at(i + 3).is_ascii_digit();
    let comma_after = at(end) == b',' && thousands(end + 1);
    let comma_before =
        start >= 2 && at(start - 1) == b',' && at(start - 2).is_ascii_digit() && thousands(start);
    before || after || comma_after || comma_before
}

/// The kind and context-free score of a shape, or `None` when it has no phone format.
fn classify(shape: &Shape) -> (&'static str, Option<f32>) {
    let d = shape.digits().as_bytes();
    // `123-45-6789` is the shape of a US social security number, never of a phone.
    if shape.lens_are(&[3, 2, 4]) {
        return ("phone_intl", None);
    }
    if shape.plus || (d.starts_with(b"00") && !d.starts_with(b"000") && shape.lens()[0] >= 3) {
        return international(shape);
    }
    match national(shape) {
        Some((kind, score)) => (kind, Some(score)),
        None => ("phone_intl", None),
    }
}

/// An international number: a country code from the E.164 plan and a national number of
/// a length that country uses.
fn international(shape: &Shape) -> (&'static str, Option<f32>) {
    let digits = shape
        .digits()
        .strip_prefix(if shape.plus { "" } else { "00" });
    let Some(digits) = digits else {
        return ("phone_intl", None);
    };
    let cc_len = country_code_len(digits);
    // The country code must not end inside a digit group (`+3 531…` is no `+353`).
    let prefix = if shape.plus { 0 } else { 2 };
    let cuts_group = shape.lens().iter().scan(0, |sum, len| {
        *sum += len;
        Some(*sum)
    });
    if cuts_group
        .into_iter()
        .any(|boundary| boundary > prefix && boundary < prefix + cc_len)
    {
        return ("phone_intl", None);
    }
    let Some((cc, national)) = digits.split_at_checked(cc_len) else {
        return ("phone_intl", None);
    };
    // A trunk `0` written after the country code (`+44 (0)20 …`) is dropped, except in
    // Italy where it belongs to the number.
    let national = match national.strip_prefix('0') {
        Some(rest) if cc != "39" => rest,
        _ => national,
    };
    let n = national.len();
    let lead = national.as_bytes().first().copied().unwrap_or(b'0');
    let specific = match cc {
        "1" => Some(("phone_us", n == 10 && nanp(national.as_bytes()))),
        "86" => Some((
            "phone_cn",
            (n == 11
                && national.starts_with('1')
                && (b'3'..=b'9').contains(&national.as_bytes()[1]))
                || ((9..=11).contains(&n) && lead != b'1')
                || (n == 10 && national.starts_with("10")),
        )),
        "44" => Some(("phone_gb", (9..=10).contains(&n) && lead != b'0')),
        "49" => Some(("phone_de", (6..=12).contains(&n))),
        "33" => Some(("phone_fr", n == 9 && lead != b'0')),
        "81" => Some(("phone_jp", (9..=10).contains(&n))),
        "82" => Some(("phone_kr", (8..=10).contains(&n))),
        "55" => Some(("phone_br", (10..=11).contains(&n))),
        "34" => Some(("phone_es", n == 9 && (b'6'..=b'9').contains(&lead))),
        "39" => Some((
            "phone_it",
            (6..=11).contains(&n) && matches!(lead, b'0' | b'3'),
        )),
        "31" => Some(("phone_nl", n == 9)),
        "91" => Some(("phone_in", n == 10)),
        "61" => Some((
            "phone_au",
            n == 9 && matches!(lead, b'2' | b'3' | b'4' | b'7' | b'8'),
        )),
        _ => None,
    };
    let weight = if shape.plus { 0.0 } else { 0.08 };
    match specific {
        Some((kind, true)) => (kind, Some(0.88 - weight)),
        Some((kind, false)) => (kind, None),
        None if (6..=12).contains(&n) && cc.len() + n <= 15 => {
            ("phone_intl", Some(if shape.plus { 0.8 } else { 0.5 }))
        }
        None => ("phone_intl", None),
    }
}

/// Length of the E.164 country code at the start of `digits`.
fn country_code_len(digits: &str) -> usize {
    const TWO_DIGIT: &[&str] = &[
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
        "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
        "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
    ];
    match digits.as_bytes().first() {
        Some(b'1' | b'7') => 1,
        _ if digits.get(..2).is_some_and(|p| TWO_DIGIT.contains(&p)) => 2,
        _ => 3,
    }
}

/// A valid North American number: area and exchange codes start with 2–9, and the area
/// code is not an `N11` service code.
fn nanp(d: &[u8]) -> bool {
    d.len() == 10
        && d[0] >= b'2'
        && d[3] >= b'2'
        && !(d[1] == b'1' && d[2] == b'1')
        && !(d[4] == b'1' && d[5] == b'1')
}

/// A national format written the way its country writes it.
fn national(s: &Shape) -> Option<(&'static str, f32)> {
    let d = s.digits().as_bytes();
    let n = d.len();
    let at = |i: usize| d.get(i).copied().unwrap_or(0);
    let dash = s.uniform_in(b"-");
    let spaced = s.uniform_in(b" ");
    let dotted_or_dash = s.uniform_in(b"-.");
    // Brazil: (DD) NNNNN-NNNN or (DD) NNNN-NNNN.
    if s.paren_first && at(0) != b'0' && (s.lens_are(&[2, 5, 4]) || s.lens_are(&[2, 4, 4])) {
        return Some(("phone_br", 0.85));
    }
    // Australia: (0X) NNNN NNNN.
    if s.paren_first && s.lens_are(&[2, 4, 4]) && at(0) == b'0' {
        return Some(("phone_au", 0.8));
    }
    // North America: (NPA) NXX-XXXX, NPA-NXX-XXXX, NPA.NXX.XXXX, 1-NPA-NXX-XXXX.
    if n == 10 && s.lens_are(&[3, 3, 4]) && nanp(d) {
        if s.paren_first {
            return Some(("phone_us", 0.85));
        }
        if dotted_or_dash {
            return Some(("phone_us", 0.82));
        }
        if spaced {
            let kind = if at(0) == b'3' {
                "phone_it"
            } else {
                "phone_us"
            };
            return Some((kind, 0.7));
        }
    }
    if n == 11
        && at(0) == b'1'
        && s.lens_are(&[1, 3, 3, 4])
        && nanp(&d[1..])
        && !s.seps().contains(&b'/')
    {
        return Some(("phone_us", 0.82));
    }
    // Brazil without parentheses: DD NNNNN-NNNN.
    if s.seps() == [b' ', b'-']
        && at(0) != b'0'
        && (s.lens_are(&[2, 5, 4]) || s.lens_are(&[2, 4, 4]))
    {
        return Some(("phone_br", 0.75));
    }
    // China mobile: 1[3-9]X XXXX XXXX.
    if n == 11 && at(0) == b'1' && (b'3'..=b'9').contains(&at(1)) {
        if s.lens_are(&[11]) {
            return Some(("phone_cn", 0.8));
        }
        if (s.lens_are(&[3, 4, 4]) || s.lens_are(&[3, 8])) && (dash || spaced) {
            return Some(("phone_cn", 0.85));
        }
    }
    if at(0) != b'0' {
        return non_trunk(s);
    }
    // From here on the number starts with a trunk `0`.
    // An area code in parentheses: `(010) 6234 5678`, `(030) 1234567`.
    if s.paren_first && (9..=12).contains(&n) && s.lens()[0] >= 3 {
        let kind = if n >= 11 && s.lens()[0] <= 4 {
            "phone_cn"
        } else {
            "phone_de"
        };
        return Some((kind, 0.75));
    }
    let mobile_de = at(1) == b'1' && (b'5'..=b'7').contains(&at(2));
    if mobile_de && (10..=12).contains(&n) {
        if s.lens().len() == 2 && s.lens()[0] == 4 && (dash || spaced || s.all_seps(b'/')) {
            return Some(("phone_de", 0.8));
        }
        if s.lens_are(&[n]) {
            return Some(("phone_de", 0.6));
        }
    }
    // A UK mobile written without spaces: only likely.
    if n == 11 && at(1) == b'7' && s.lens_are(&[11]) {
        return Some(("phone_gb", 0.55));
    }
    // China landline: 0AA(A)-NNNNNNN(N).
    if s.lens().len() == 2
        && (3..=4).contains(&s.lens()[0])
        && (7..=8).contains(&s.lens()[1])
        && dash
        && n >= 11
    {
        return Some(("phone_cn", 0.8));
    }
    // Netherlands mobile 06-NNNNNNNN, landline 0AA-NNNNNNN.
    if n == 10 && at(1) == b'6' && s.lens_are(&[2, 8]) && (dash || spaced) {
        return Some(("phone_nl", 0.85));
    }
    if n == 10 && s.lens_are(&[3, 7]) && dash {
        return Some(("phone_nl", 0.7));
    }
    // France: 0N NN NN NN NN.
    if n == 10 && at(1) != b'0' && s.lens_are(&[2, 2, 2, 2, 2]) && s.uniform_in(b" .-") {
        return Some(("phone_fr", 0.85));
    }
    // Japan and Korea mobiles: 0X0-NNNN-NNNN.
    if n == 11 && s.lens_are(&[3, 4, 4]) && dash && at(2) == b'0' {
        return match at(1) {
            b'7'..=b'9' => Some(("phone_jp", 0.85)),
            b'1' => Some(("phone_kr", 0.85)),
            _ => None,
        };
    }
    if n == 10 && at(1) == b'1' && s.lens_are(&[3, 3, 4]) && dash {
        return Some(("phone_kr", 0.8));
    }
    // Korea Seoul 02-NNN(N)-NNNN; Japan landlines 0A-NNNN-NNNN and kin.
    if at(1) == b'2' && (s.lens_are(&[2, 3, 4]) || s.lens_are(&[2, 4, 4])) && dash {
        return Some(("phone_kr", 0.75));
    }
    if n == 10 && s.lens().len() == 3 && s.lens()[2] == 4 && dash {
        return Some(("phone_jp", 0.7));
    }
    // United Kingdom: 07NNN NNNNNN, 020 NNNN NNNN, 01NNN NNNNNN, 01NN NNN NNNN.
    if n == 11 && spaced {
        let gb = match at(1) {
            b'7' => s.lens_are(&[5, 6]) || s.lens_are(&[5, 3, 3]),
            b'2' => s.lens_are(&[3, 4, 4]),
            b'1' | b'3' | b'8' => {
                s.lens_are(&[5, 6]) || s.lens_are(&[4, 3, 4]) || s.lens_are(&[3, 3, 4])
            }
            _ => false,
        };
        if gb {
            return Some(("phone_gb", 0.82));
        }
    }
    // Australia: 04NN NNN NNN, 0A NNNN NNNN.
    if n == 10 && spaced && ((at(1) == b'4' && s.lens_are(&[4, 3, 3])) || s.lens_are(&[2, 4, 4])) {
        return Some(("phone_au", 0.8));
    }
    // Germany landline: 0AA(AA) NNNNNN(NN).
    if (9..=12).contains(&n)
        && s.lens().len() == 2
        && (3..=5).contains(&s.lens()[0])
        && (spaced || s.all_seps(b'/'))
    {
        return Some(("phone_de", 0.6));
    }
    None
}

/// National formats without a trunk `0`: Spain, Italy, India.
fn non_trunk(s: &Shape) -> Option<(&'static str, f32)> {
    let d = s.digits().as_bytes();
    let n = d.len();
    let lead = d.first().copied().unwrap_or(0);
    let spaced = s.uniform_in(b" ");
    // Spain: 6NN NN NN NN, 6NN NNN NNN.
    if n == 9
        && (b'6'..=b'9').contains(&lead)
        && (s.lens_are(&[3, 2, 2, 2]) || s.lens_are(&[3, 3, 3]))
        && s.uniform_in(b" .-")
    {
        return Some(("phone_es", 0.8));
    }
    // Italy mobile: 3NN NNNNNNN.
    if n == 10 && lead == b'3' && s.lens_are(&[3, 7]) && (spaced || s.uniform_in(b"-.")) {
        return Some(("phone_it", 0.8));
    }
    if n == 10 && lead == b'3' && s.lens_are(&[3, 3, 4]) && spaced {
        return Some(("phone_it", 0.75));
    }
    // India mobile: NNNNN NNNNN.
    if n == 10 && (b'6'..=b'9').contains(&lead) && s.lens_are(&[5, 5]) && spaced {
        return Some(("phone_in", 0.8));
    }
    None
}

/// Whether a shape is plausible as a phone number once a phone word announces it.
fn fallback_ok(s: &Shape) -> bool {
    let n = s.digits().len();
    (7..=13).contains(&n)
        && s.lens().len() <= 5
        && s.lens().iter().all(|&l| l >= 2)
        && !s.seps().contains(&b'/')
}

/// The most likely country of a number that only context identifies.
fn fallback_kind(s: &Shape) -> &'static str {
    let d = s.digits().as_bytes();
    if d.len() == 11 && d[0] == b'1' {
        "phone_cn"
    } else if d.len() == 10 && nanp(d) {
        "phone_us"
    } else {
        "phone_intl"
    }
}

/// What the words before a number say about it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    /// A phone word, and no vetoing word after it.
    Phone,
    /// A vetoing word after the last phone word.
    Veto,
    /// Neither.
    None,
}

impl Context {
    fn read(input: &Input<'_>, start: usize) -> Context {
        let before = input.before(start, CONTEXT);
        // The words of other scripts are searched for only when there are any.
        let ascii = before.is_ascii();
        let (mut phone, mut veto) = if ascii {
            (None, None)
        } else {
            last_cjk(before)
        };
        let mut offset = 0;
        for word in before.split(|c: char| !c.is_alphabetic()) {
            let end = offset + word.len();
            offset = end + before[end..].chars().next().map_or(0, char::len_utf8);
            let Some(first) = word.bytes().next().map(|b| b.to_ascii_lowercase()) else {
                continue;
            };
            // Only the words listed under the same first letter are compared at all.
            let lists = ByLetter::get().lists(first);
            if lists[0].iter().any(|w| {
                word.get(..w.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(w))
            }) || lists[1].iter().any(|w| word.eq_ignore_ascii_case(w))
            {
                phone = phone.max(Some(end));
            }
            // Vetoing words further back than `VETO_REACH` never count (see below).
            if end + VETO_REACH >= before.len()
                && lists[2].iter().any(|w| word.eq_ignore_ascii_case(w))
            {
                veto = veto.max(Some(end));
            }
        }
        // A vetoing word counts only right before the number (`Order #`, `ID: `).
        let veto = veto.filter(|&v| v + VETO_REACH >= before.len());
        match (phone, veto) {
            (Some(p), Some(v)) if v > p => Context::Veto,
            (None, Some(_)) => Context::Veto,
            (Some(_), _) => Context::Phone,
            (None, None) => Context::None,
        }
    }
}

/// The ASCII-initial word lists split by first letter: phone words (prefixes), phone
/// abbreviations and vetoing words (whole words), built on first use.
struct ByLetter {
    lists: [[Vec<&'static str>; 3]; 26],
}

impl ByLetter {
    fn get() -> &'static ByLetter {
        static TABLE: OnceLock<ByLetter> = OnceLock::new();
        TABLE.get_or_init(|| {
            let mut lists: [[Vec<&'static str>; 3]; 26] = Default::default();
            for (slot, words) in [PHONE_WORDS, PHONE_ABBREVIATIONS, VETO_WORDS]
                .into_iter()
                .enumerate()
            {
                for &word in words {
                    if let Some(i) = word.bytes().next().and_then(letter_index) {
                        lists[i][slot].push(word);
                    }
                }
            }
            ByLetter { lists }
        })
    }

    /// The three lists for words starting with `first` (ASCII lowercase), empty otherwise.
    fn lists(&self, first: u8) -> &[Vec<&'static str>; 3] {
        static EMPTY: [Vec<&str>; 3] = [Vec::new(), Vec::new(), Vec::new()];
        letter_index(first).map_or(&EMPTY, |i| &self.lists[i])
    }
}

fn letter_index(b: u8) -> Option<usize> {
    b.is_ascii_lowercase().then(|| usize::from(b - b'a'))
}

/// End offsets of the last phone word and of the last vetoing word of the scripts written
/// without spaces in `hay`, found in one pass of a small automaton built on first use.
fn last_cjk(hay: &str) -> (Option<usize>, Option<usize>) {
    static WORDS: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    let Some(words) =
        WORDS.get_or_init(|| AhoCorasick::new(PHONE_WORDS_CJK.iter().chain(VETO_WORDS_CJK)).ok())
    else {
        return (None, None);
    };
    let (mut phone, mut veto) = (None, None);
    for m in words.find_overlapping_iter(hay) {
        let slot = if m.pattern().as_usize() < PHONE_WORDS_CJK.len() {
            &mut phone
        } else {
            &mut veto
        };
        *slot = (*slot).max(Some(m.end()));
    }
    (phone, veto)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, &'static str)> {
        let input = Input::new(text);
        let mut out = Vec::new();
        Phones.recognize(&input, &[], &mut out);
        out.iter()
            .filter(|c| c.score >= 0.6)
            .map(|c| (&text[c.start..c.end], c.kind))
            .collect()
    }

    #[test]
    fn international_numbers_by_country() {
        for (number, kind) in [
            ("+1 415-555-0134", "phone_us"),
            ("+86 138 0013 8000", "phone_cn"),
            ("0086 13800138000", "phone_cn"),
            ("+44 (0)20 7946 0958", "phone_gb"),
            ("+49 30 12345678", "phone_de"),
            ("+33 6 12 34 56 78", "phone_fr"),
            ("+81 90-1234-5678", "phone_jp"),
            ("+82 10-1234-5678", "phone_kr"),
            ("+55 11 91234-5678", "phone_br"),
            ("+34 612 345 678", "phone_es"),
            ("+39 312 345 6789", "phone_it"),
            ("+31 6 12345678", "phone_nl"),
            ("+91-9876543210", "phone_in"),
            ("+61 412 345 678", "phone_au"),
            ("+353 85 123 4567", "phone_intl"),
        ] {
            assert_eq!(found(number), [(number, kind)], "{number}");
        }
    }

    #[test]
    fn national_formats_by_country() {
        for (number, kind) in [
            ("(212) 555-0147", "phone_us"),
            ("13800138000", "phone_cn"),
            ("010-62345678", "phone_cn"),
            ("07700 900123", "phone_gb"),
            ("0170 1234567", "phone_de"),
            ("06 12 34 56 78", "phone_fr"),
            ("090-1234-5678", "phone_jp"),
            ("010-1234-5678", "phone_kr"),
            ("(11) 91234-5678", "phone_br"),
            ("612 34 56 78", "phone_es"),
            ("312 3456789", "phone_it"),
            ("06-12345678", "phone_nl"),
            ("98765 43210", "phone_in"),
            ("0412 345 678", "phone_au"),
        ] {
            assert_eq!(found(number), [(number, kind)], "{number}");
        }
    }

    #[test]
    fn other_numbers_are_not_phones() {
        for text in [
            "2024-01-15",
            "order 13800138000",
            "Invoice no. 212-555-0147",
            "10.27.246.146",
            "1625530940939",
            "1,234,567,890",
            "v1.2.3",
            "12/05/2024 14:30",
            "4111 1111 1111 1111",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn phone_words_raise_bare_numbers() {
        assert_eq!(found("Tel: 2125550147"), [("2125550147", "phone_us")]);
        assert!(found("2125550147").is_empty());
        assert_eq!(found("电话：87654321"), [("87654321", "phone_intl")]);
    }
}
