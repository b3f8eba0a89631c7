//! Context words for national identifiers, in the languages of the formats they back
//! (en, zh, de, fr, es, it, nl, pt, ja, ko and local ones), and the helpers that look for
//! them around a window. ASCII keywords match whole words only, so `sin` does not fire on
//! `since` nor `pan` on `company`.

use super::Window;
use crate::context::Input;

/// Bytes of text before a window searched for a context word.
const BEFORE: usize = 64;
/// Bytes of text after a window searched for a context word.
const AFTER: usize = 24;

/// Whether one of `keywords` (lower case) occurs near the window.
pub(super) fn near(input: &Input<'_>, w: &Window<'_>, keywords: &[&str]) -> bool {
    let before = input.before(w.start, BEFORE);
    let after = input.after(w.end, AFTER);
    keywords
        .iter()
        .any(|k| find_word(before, k).is_some() || find_word(after, k).is_some())
}

/// Whether the window directly follows a label made of one of `keywords`: only label
/// filler (`:`, `#`, `No.`, `number`, `号`, …), no digits, between the word and the value.
pub(super) fn labelled(input: &Input<'_>, w: &Window<'_>, keywords: &[&str]) -> bool {
    let before = input.before(w.start, BEFORE);
    keywords.iter().any(|k| {
        let mut found = None;
        let mut from = 0;
        while let Some(at) = before.get(from..).and_then(|rest| find_word(rest, k)) {
            found = Some(from + at + k.len());
            from += at + 1;
        }
        found.is_some_and(|end| {
            let gap = before.get(end..).unwrap_or("");
            gap.len() <= 24
                && !gap.bytes().any(|b| b.is_ascii_digit() || b == b'\n')
                && gap.chars().filter(char::is_ascii_alphabetic).count() <= 10
        })
    })
}

/// Byte offset of the first whole-word, ASCII case-insensitive occurrence of `needle`.
fn find_word(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    if n.is_empty() || n.len() > h.len() {
        return None;
    }
    let is_word = |b: u8| b.is_ascii_alphanumeric();
    (0..=h.len() - n.len()).find(|&i| {
        h[i..i + n.len()].eq_ignore_ascii_case(n)
            && (i == 0 || !is_word(n[0]) || !is_word(h[i - 1]))
            && (i + n.len() == h.len() || !is_word(n[n.len() - 1]) || !is_word(h[i + n.len()]))
    })
}

pub(super) const SSN: &[&str] = &[
    "ssn",
    "ss#",
    "ss #",
    "social security",
    "soc sec",
    "soc. sec",
    "itin",
    "taxpayer identification",
    "tax id",
];
pub(super) const MBI: &[&str] = &["medicare", "mbi", "beneficiary identifier", "beneficiary id"];
pub(super) const NINO: &[&str] = &["national insurance", "nino", "ni number", "ni no", "nin"];
pub(super) const NHS: &[&str] = &["nhs", "national health", "chi number"];
pub(super) const CN: &[&str] = &[
    "身份证",
    "身份證",
    "证件",
    "公民身份",
    "居民身份",
    "resident id",
    "chinese id",
    "id card",
    "sfz",
];
pub(super) const HK: &[&str] = &["hkid", "身份證", "身份证", "hong kong id", "identity card"];
pub(super) const TW: &[&str] = &["身分證", "身份證", "身份证", "taiwan id", "national id", "統一證號"];
pub(super) const SG: &[&str] = &["nric", "fin", "singapore id", "identity card"];
pub(super) const JP: &[&str] = &[
    "マイナンバー",
    "個人番号",
    "個人番號",
    "my number",
    "mynumber",
    "マイナ",
];
pub(super) const KR: &[&str] = &[
    "주민등록",
    "주민번호",
    "외국인등록",
    "rrn",
    "resident registration",
    "registration number",
];
pub(super) const AADHAAR: &[&str] = &["aadhaar", "aadhar", "आधार", "uidai", "uid", "adhaar"];
pub(super) const PAN: &[&str] = &["pan", "permanent account", "पैन", "pan card"];
pub(super) const DE_TAX: &[&str] = &[
    "steuer-id",
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
];
pub(super) const DE_HEALTH: &[&str] = &[
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
];
pub(super) const DE_ID: &[&str] = &[
    "personalausweis",
    "ausweisnummer",
    "ausweis-nr",
    "ausweis nr",
    "id card",
    "identity card",
    "carte d'identité",
    "dokumentennummer",
];
pub(super) const FR_NIR: &[&str] = &[
    "sécu",
    "secu",
    "sécurité sociale",
    "securite sociale",
    "nir",
    "insee",
    "social security",
    "carte vitale",
    "numéro de sécurité",
];
pub(super) const ES: &[&str] = &[
    "dni",
    "nie",
    "nif",
    "documento nacional",
    "identidad",
    "extranjero",
    "tax id",
];
pub(super) const NL: &[&str] = &[
    "bsn",
    "burgerservicenummer",
    "burgerservice",
    "sofinummer",
    "sofi-nummer",
    "citizen service",
];
pub(super) const BE: &[&str] = &[
    "rijksregister",
    "registre national",
    "national number",
    "numéro national",
    "insz",
    "niss",
    "nn",
];
pub(super) const BR: &[&str] = &["cpf", "cnpj", "cadastro", "contribuinte"];
pub(super) const CA: &[&str] = &["sin", "social insurance", "nas", "assurance sociale"];
pub(super) const AU_TFN: &[&str] = &["tfn", "tax file"];
pub(super) const AU_MEDICARE: &[&str] = &["medicare"];
pub(super) const PL: &[&str] = &["pesel"];
pub(super) const SE: &[&str] = &["personnummer", "personnr", "samordningsnummer", "person number"];
pub(super) const DK: &[&str] = &["cpr", "personnummer", "cpr-nr"];
pub(super) const FI: &[&str] = &["henkilötunnus", "hetu", "personbeteckning", "personal identity code"];
pub(super) const NO: &[&str] = &["fødselsnummer", "fodselsnummer", "personnummer", "d-nummer"];
pub(super) const CH: &[&str] = &["ahv", "avs", "sozialversicherungsnummer", "numéro avs", "ahvn13"];
pub(super) const AT: &[&str] = &[
    "sozialversicherungsnummer",
    "svnr",
    "sv-nummer",
    "sv-nr",
    "versicherungsnummer",
];
pub(super) const PT: &[&str] = &["nif", "contribuinte", "número fiscal", "numero fiscal"];
pub(super) const MX: &[&str] = &["curp"];
pub(super) const CL: &[&str] = &["rut", "run", "rol único", "rol unico"];
pub(super) const AR: &[&str] = &["dni", "documento", "d.n.i"];
pub(super) const ZA: &[&str] = &["identity number", "id number", "sa id", "rsa id", "south african id"];
pub(super) const IL: &[&str] = &["teudat", "zehut", "תעודת זהות", "israeli id"];
pub(super) const TR: &[&str] = &["tc kimlik", "kimlik", "tckn", "t.c. no", "tc no"];
pub(super) const MY: &[&str] = &["mykad", "ic no", "nric", "kad pengenalan", "ic number"];
pub(super) const TH: &[&str] = &["บัตรประชาชน", "เลขประจำตัว", "thai id", "national id"];
pub(super) const PASSPORT: &[&str] = &[
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
];
pub(super) const LICENCE: &[&str] = &[
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
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_keywords_match_whole_words() {
        assert!(find_word("my SIN: ", "sin").is_some());
        assert!(find_word("since then", "sin").is_none());
        assert!(find_word("N° sécu: ", "sécu").is_some());
        assert!(find_word("身份证号：", "身份证").is_some());
    }
}
