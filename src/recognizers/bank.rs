//! Recognizers for the `bank_account` family: IBANs (country length table and mod-97, with
//! or without grouping), and, when a label says what they are, SWIFT/BIC codes, US ABA
//! routing numbers (3-7-1 checksum), UK sort codes, account numbers and Chinese bank
//! account numbers.
//!
//! IBANs are found by a linear scan for a country code followed by two check digits; the
//! labelled values are read right after their label (an anchor), so unlabelled numbers
//! never wake these rules.

use super::{Candidate, Hit, Recognizer, Trigger};
use crate::checksum::mod97;
use crate::context::{digits_of, Input};
use crate::finding::Category;
use std::borrow::Cow;

/// IBAN length by country (ISO 13616 registry).
const IBAN_LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AE", 23),
    ("AL", 28),
    ("AT", 20),
    ("AZ", 28),
    ("BA", 20),
    ("BE", 16),
    ("BG", 22),
    ("BH", 22),
    ("BI", 27),
    ("BR", 29),
    ("BY", 28),
    ("CH", 21),
    ("CR", 22),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DJ", 27),
    ("DK", 18),
    ("DO", 28),
    ("EE", 20),
    ("EG", 29),
    ("ES", 24),
    ("FI", 18),
    ("FK", 18),
    ("FO", 18),
    ("FR", 27),
    ("GB", 22),
    ("GE", 22),
    ("GI", 23),
    ("GL", 18),
    ("GR", 27),
    ("GT", 28),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IL", 23),
    ("IQ", 23),
    ("IS", 26),
    ("IT", 27),
    ("JO", 30),
    ("KW", 30),
    ("KZ", 20),
    ("LB", 28),
    ("LC", 32),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("LY", 25),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MK", 19),
    ("MN", 20),
    ("MR", 27),
    ("MT", 31),
    ("MU", 30),
    ("NI", 28),
    ("NL", 18),
    ("NO", 15),
    ("OM", 23),
    ("PK", 24),
    ("PL", 28),
    ("PS", 29),
    ("PT", 25),
    ("QA", 29),
    ("RO", 24),
    ("RS", 22),
    ("RU", 33),
    ("SA", 24),
    ("SC", 31),
    ("SD", 18),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("SO", 23),
    ("ST", 25),
    ("SV", 28),
    ("TL", 23),
    ("TN", 24),
    ("TR", 26),
    ("UA", 29),
    ("VA", 22),
    ("VG", 24),
    ("XK", 20),
    ("YE", 30),
];

/// ISO 3166-1 alpha-2 country codes (plus `XK`), for the country letters of a BIC.
const COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI \
BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ \
DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ \
GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN \
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS \
MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT \
PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF \
TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA \
ZM ZW";

/// What a label announces.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Label {
    Bic,
    Routing,
    SortCode,
    Account,
    CnAccount,
}

/// Labels and what they announce; the anchors of [`Labelled`].
const LABELS: &[(&str, Label)] = &[
    ("bic", Label::Bic),
    ("swift", Label::Bic),
    ("routing", Label::Routing),
    ("aba", Label::Routing),
    ("rtn", Label::Routing),
    ("sort code", Label::SortCode),
    ("sort-code", Label::SortCode),
    ("sortcode", Label::SortCode),
    ("account", Label::Account),
    ("acct", Label::Account),
    ("a/c", Label::Account),
    ("konto", Label::Account),
    ("kontonummer", Label::Account),
    ("compte", Label::Account),
    ("cuenta", Label::Account),
    ("conto", Label::Account),
    ("rekening", Label::Account),
    ("conta", Label::Account),
    ("口座", Label::Account),
    ("계좌", Label::Account),
    ("账号", Label::CnAccount),
    ("账户", Label::CnAccount),
    ("帐号", Label::CnAccount),
    ("银行卡", Label::CnAccount),
    ("卡号", Label::CnAccount),
];

/// Words that may stand between a label and its value, or finish the label's word
/// (`account` + `number`, `Konto` + `nummer`, `sort code` + `is`).
const FILLER: &[&str] = &[
    "s",
    "number",
    "numbers",
    "nummer",
    "num",
    "no",
    "nr",
    "code",
    "codes",
    "swift",
    "bic",
    "aba",
    "routing",
    "transit",
    "rtn",
    "is",
    "ist",
    "est",
    "es",
    "è",
    "é",
    "of",
    "the",
    "our",
    "my",
    "your",
    "bank",
    "banque",
    "banco",
    "banca",
    "de",
    "du",
    "del",
    "der",
    "des",
    "la",
    "le",
    "el",
    "il",
    "id",
    "address",
    "adresse",
    "codigo",
    "código",
    "codice",
    "identifier",
    "kod",
    "holder",
    "iban",
];

/// IBANs anywhere in the text.
struct Ibans;
/// Values announced by a label.
struct Labelled;

/// The recognizers of this family.
pub(crate) fn recognizers() -> Vec<Box<dyn Recognizer>> {
    vec![Box::new(Ibans), Box::new(Labelled)]
}

impl Recognizer for Ibans {
    fn kinds(&self) -> &'static [&'static str] {
        &["iban"]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Digits
    }

    fn recognize(&self, input: &Input<'_>, _hits: &[Hit], out: &mut Vec<Candidate>) {
        let bytes = input.text().as_bytes();
        // The check digits follow two letters, so they always start a shared number run:
        // only run starts are looked at, never every byte of the text.
        let mut done_to = 0;
        for &(run, _) in input.number_runs() {
            let Some(i) = run.checked_sub(2) else {
                continue;
            };
            let starts = i >= done_to
                && bytes[i].is_ascii_alphabetic()
                && bytes[i + 1].is_ascii_alphabetic()
                && bytes[i + 2].is_ascii_digit()
                && bytes.get(i + 3).is_some_and(u8::is_ascii_digit)
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric());
            if starts {
                if let Some(end) = iban_at(input, i) {
                    out.push(Candidate {
                        start: i,
                        end,
                        category: Category::BankAccount,
                        kind: "iban",
                        score: 0.97,
                        reason: Cow::Borrowed("IBAN: country length and mod-97 check"),
                    });
                    done_to = end;
                }
            }
        }
    }
}

/// End of a valid IBAN starting at `start`, grouped by single spaces or dashes or not.
fn iban_at(input: &Input<'_>, start: usize) -> Option<usize> {
    let bytes = input.text().as_bytes();
    let country = input.text().get(start..start + 2)?;
    let length = IBAN_LENGTHS
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(country))?
        .1;
    let mut chars = String::with_capacity(length);
    let mut i = start;
    while chars.len() < length {
        let b = *bytes.get(i)?;
        if b.is_ascii_alphanumeric() {
            chars.push(char::from(b.to_ascii_uppercase()));
            i += 1;
        } else if matches!(b, b' ' | b'-')
            && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
            && chars.len() >= 4
        {
            i += 1;
        } else {
            return None;
        }
    }
    if bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let rearranged = format!("{}{}", &chars[4..], &chars[..4]);
    mod97(&rearranged).then_some(i)
}

impl Recognizer for Labelled {
    fn kinds(&self) -> &'static [&'static str] {
        &[
            "swift_bic",
            "aba_routing",
            "uk_sort_code",
            "account_number",
            "cn_bank_account",
        ]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Anchors(LABELS.iter().map(|(word, _)| *word).collect())
    }

    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>) {
        let bytes = input.text().as_bytes();
        let mut last_end = 0;
        for hit in hits {
            let label = LABELS[hit.anchor].1;
            let ascii = LABELS[hit.anchor].0.is_ascii();
            // ASCII labels start a word (`aba` in `database` is no label).
            if hit.start < last_end
                || (ascii && hit.start > 0 && bytes[hit.start - 1].is_ascii_alphabetic())
            {
                continue;
            }
            if let Some(candidate) = value_after(input, hit.end, label) {
                last_end = candidate.end;
                out.push(candidate);
            }
        }
    }
}

/// The value a label announces, read after the rest of the label's word and a little
/// punctuation or filler (`Routing number: …`, `BIC/SWIFT: …`, `账号：…`).
fn value_after(input: &Input<'_>, label_end: usize, label: Label) -> Option<Candidate> {
    let text = input.text();
    let window = input.after(label_end, 40);
    let mut offset = None;
    // Skip the rest of the label phrase: letters (`number`, `-Code`, `nummer`), `no.`,
    // `#`, `/SWIFT`, and punctuation, but stop at the first digit or upper-case code.
    let mut previous = ' ';
    for (i, c) in window.char_indices() {
        let code_like =
            label == Label::Bic && !previous.is_alphanumeric() && starts_bic(&window[i..]);
        previous = c;
        if c.is_ascii_digit() || code_like {
            offset = Some(i);
            break;
        }
        if !(c.is_alphabetic()
            || matches!(
                c,
                ' ' | ':' | '/' | '#' | '.' | '-' | '(' | ')' | '=' | '"' | '\''
            ))
        {
            return None;
        }
    }
    let offset = offset?;
    // Between label and value only label words may stand (`number`, `code`, `is`, `号`):
    // `account holder John 12345678` and `SWIFT transfer to DEUTSCHLAND` are no labels.
    let label_words_only = window[..offset]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| {
            FILLER.iter().any(|f| w.eq_ignore_ascii_case(f))
                || (!w.is_ascii() && w.chars().count() <= 2)
        });
    if !label_words_only {
        return None;
    }
    let start = label_end + offset;
    let rest = text.get(start..)?;
    let (len, kind, score, reason): (usize, &'static str, f32, &'static str) = match label {
        Label::Bic => {
            let len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
            let code = &rest[..len];
            (matches!(len, 8 | 11) && starts_bic(code)).then_some((
                len,
                "swift_bic",
                0.85,
                "SWIFT/BIC code after its label",
            ))?
        }
        Label::Routing => {
            let len = rest.bytes().take_while(u8::is_ascii_digit).count();
            let digits = digits_of(&rest[..len]);
            (len == 9 && aba_valid(&digits)).then_some((
                len,
                "aba_routing",
                0.85,
                "ABA routing number: checksum valid",
            ))?
        }
        Label::SortCode => {
            let len = digits_with_separators(rest, 8);
            let digits = digits_of(&rest[..len]);
            (digits.len() == 6).then_some((
                len,
                "uk_sort_code",
                0.8,
                "UK sort code after its label",
            ))?
        }
        Label::Account => {
            let len = digits_with_separators(rest, 24);
            let digits = digits_of(&rest[..len]);
            ((6..=17).contains(&digits.len())).then_some((
                len,
                "account_number",
                0.7,
                "account number after its label",
            ))?
        }
        Label::CnAccount => {
            let len = digits_with_separators(rest, 30);
            let digits = digits_of(&rest[..len]);
            ((12..=19).contains(&digits.len())).then_some((
                len,
                "cn_bank_account",
                0.7,
                "bank account number after its label",
            ))?
        }
    };
    let end = start + len;
    input.is_word_boundary(start, end).then_some(Candidate {
        start,
        end,
        category: Category::BankAccount,
        kind,
        score,
        reason: Cow::Borrowed(reason),
    })
}

/// Length of the leading digits of `s` with single spaces or dashes between digit groups.
fn digits_with_separators(s: &str, max: usize) -> usize {
    let bytes = s.as_bytes();
    let mut len = 0;
    let mut i = 0;
    while i < bytes.len() && i < max {
        if bytes[i].is_ascii_digit() {
            i += 1;
            len = i;
        } else if matches!(bytes[i], b' ' | b'-')
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
            && len == i
        {
            i += 1;
        } else {
            break;
        }
    }
    len
}

/// Whether `s` starts with a BIC: four bank letters, a country code, two location characters.
fn starts_bic(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 8
        && b[..6].iter().all(u8::is_ascii_uppercase)
        && b[6..8]
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && s.get(4..6)
            .is_some_and(|cc| COUNTRIES.split(' ').any(|c| c == cc))
}

/// The ABA routing checksum: 3·d1 + 7·d2 + d3 + 3·d4 + … ≡ 0 (mod 10), with a valid
/// Federal Reserve prefix.
fn aba_valid(digits: &[u8]) -> bool {
    if digits.len() != 9 {
        return false;
    }
    let prefix = digits[0] * 10 + digits[1];
    let prefix_ok = matches!(prefix, 0..=12 | 21..=32 | 61..=72 | 80);
    let sum: u32 = digits
        .iter()
        .zip([3, 7, 1].iter().cycle())
        .map(|(&d, &w)| u32::from(d) * w)
        .sum();
    prefix_ok && sum % 10 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aba_published_routing_numbers() {
        // Routing numbers printed on sample cheques of the Federal Reserve and large banks.
        for valid in ["011000015", "021000021", "111000025", "122105155"] {
            assert!(aba_valid(&digits_of(valid)), "{valid}");
        }
        assert!(!aba_valid(&digits_of("021000022")));
        assert!(!aba_valid(&digits_of("991000021")));
    }

    #[test]
    fn ibans_from_the_registry_examples() {
        for (text, expected) in [
            (
                "IBAN DE89 3704 0044 0532 0130 00.",
                "DE89 3704 0044 0532 0130 00",
            ),
            ("GB82WEST12345698765432", "GB82WEST12345698765432"),
            (
                "FR14 2004 1010 0505 0001 3M02 606",
                "FR14 2004 1010 0505 0001 3M02 606",
            ),
        ] {
            let input = Input::new(text);
            let mut out = Vec::new();
            Ibans.recognize(&input, &[], &mut out);
            assert_eq!(out.len(), 1, "{text}");
            assert_eq!(&text[out[0].start..out[0].end], expected);
        }
        let input = Input::new("DE89 3704 0044 0532 0130 01");
        let mut out = Vec::new();
        Ibans.recognize(&input, &[], &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn bic_needs_a_country() {
        assert!(starts_bic("DEUTDEFF"));
        assert!(starts_bic("NEDSZAJJXXX"));
        assert!(!starts_bic("ABCDQQ12"));
        assert!(!starts_bic("deutdeff"));
    }
}
