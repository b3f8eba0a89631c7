//! Format validators for national identifiers: each takes a compacted window and returns a
//! scored [`Match`] when the structure, embedded dates or regions and check digits hold.
//!
//! Scores follow the crate scale: a check digit on an unambiguous structure is reported at
//! every level (≥ 0.9); a check digit on a common digit length (9-digit BSN, 11-digit
//! Steuer-ID, 12-digit Aadhaar) needs a context word for balanced (bare: strict only);
//! formats without a check (bare SSNs, DK CPR, AR DNI) need a context word.

use super::keywords::{self as kw, Context, List};
use super::{Match, Window};
use crate::checksum;

/// Every kind this family reports.
pub(super) const KINDS: &[&str] = &[
    "us_ssn",
    "us_itin",
    "us_mbi",
    "uk_nino",
    "uk_nhs",
    "cn_resident_id",
    "hk_id",
    "tw_id",
    "jp_my_number",
    "kr_rrn",
    "in_aadhaar",
    "in_pan",
    "sg_nric",
    "de_tax_id",
    "de_health_insurance",
    "de_id_card",
    "fr_nir",
    "es_dni",
    "es_nie",
    "it_codice_fiscale",
    "nl_bsn",
    "be_national_number",
    "br_cpf",
    "br_cnpj",
    "ca_sin",
    "au_tfn",
    "au_medicare",
    "pl_pesel",
    "se_personnummer",
    "dk_cpr",
    "fi_hetu",
    "no_fnr",
    "ch_ahv",
    "at_svnr",
    "pt_nif",
    "mx_curp",
    "cl_rut",
    "ar_dni",
    "za_id",
    "il_id",
    "tr_tckn",
    "my_mykad",
    "th_id",
];

/// What a validator sees: the window, its digits (when all digits) and lazy context.
struct Ctx<'a, 'w> {
    context: &'a Context<'a>,
    w: &'a Window<'w>,
    /// Digit values when the code is all digits.
    d: Option<&'a [u8]>,
}

impl Ctx<'_, '_> {
    fn near(&self, list: List) -> bool {
        self.context.near(self.w.start, self.w.end, list)
    }

    fn labelled(&self, list: List) -> bool {
        self.context.labelled(self.w.start, list)
    }

    /// `bare` without context, `with` when a context word is near or heads the value's
    /// table column (`None` = not reported).
    fn score(&self, keywords: List, bare: Option<f32>, with: f32) -> Option<f32> {
        if self.near(keywords) || self.context.column(self.w.start, keywords) {
            Some(with)
        } else {
            bare
        }
    }
}

fn m(kind: &'static str, score: f32, reason: &'static str) -> Option<Match> {
    Some(Match {
        kind,
        score,
        reason,
    })
}

/// The best-scoring format the window satisfies.
pub(super) fn classify(context: &Context<'_>, w: &Window<'_>) -> Option<Match> {
    let mut buf = [0u8; 18];
    let all_digits = w.code.iter().all(u8::is_ascii_digit);
    let n = w.code.len().min(buf.len());
    for (slot, &c) in buf.iter_mut().zip(w.code) {
        *slot = c.wrapping_sub(b'0');
    }
    let ctx = Ctx {
        context,
        w,
        d: all_digits.then_some(&buf[..n]),
    };
    let validators: &[fn(&Ctx<'_, '_>) -> Option<Match>] = match (all_digits, n) {
        (true, 7 | 8) => &[ar_dni, cl_rut],
        (true, 9) => &[us_ssn, nl_bsn, ca_sin, au_tfn, pt_nif, il_id, cl_rut],
        (true, 10) => &[uk_nhs, nordic_10, at_svnr, au_medicare],
        (true, 11) => &[
            de_tax_id,
            br_cpf,
            pl_pesel,
            no_fnr,
            tr_tckn,
            be_national_number,
            au_medicare,
        ],
        (true, 12) => &[in_aadhaar, jp_my_number, my_mykad, se_long],
        (true, 13) => &[kr_rrn, za_id, th_id, ch_ahv, fr_nir],
        (true, 14) => &[br_cnpj],
        (true, 15) => &[fr_nir, cn_resident_id],
        (true, 18) => &[cn_resident_id],
        (true, _) => &[],
        (false, 8..=9) => &[es_dni, uk_nino, hk_id, sg_nric, cl_rut],
        (false, 10) => &[tw_id, in_pan, de_health_insurance, de_id_card, fi_hetu],
        (false, 11) => &[us_mbi, fi_hetu],
        (false, 15) => &[fr_nir],
        (false, 16) => &[it_codice_fiscale],
        (false, 18) => &[cn_resident_id, mx_curp],
        (false, _) => &[],
    };
    let best = validators
        .iter()
        .filter_map(|v| v(&ctx))
        .max_by(|a, b| a.score.total_cmp(&b.score))?;
    // A bare match that reads as a phone or account number is one.
    let weak = best.score < 0.6;
    let barcode = w.code.len() == 13 && ctx.d.is_some_and(checksum::ean13);
    if weak && (cn_mobile(w) || barcode || ctx.labelled(kw::NOT_ID)) {
        return None;
    }
    Some(best)
}

/// Whether the window is written like a CN mobile number (`1[3-9]` and nine digits).
fn cn_mobile(w: &Window<'_>) -> bool {
    w.single() && w.code.len() == 11 && w.code[0] == b'1' && matches!(w.code[1], b'3'..=b'9')
}

fn num(d: &[u8]) -> u32 {
    d.iter()
        .fold(0u32, |n, &x| n.wrapping_mul(10).wrapping_add(u32::from(x)))
}

fn is_leap(y: u32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Whether `y-m-d` is a real calendar date.
fn valid_date(y: u32, m: u32, d: u32) -> bool {
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// Whether two-digit `yy mm dd` is a date in some century.
fn valid_yymmdd(d: &[u8]) -> bool {
    d.len() >= 6 && valid_date(2000 + num(&d[..2]), num(&d[2..4]), num(&d[4..6]))
}

/// Whether `dd mm yy` is a date in some century.
fn valid_ddmmyy(d: &[u8]) -> bool {
    d.len() >= 6 && valid_date(2000 + num(&d[4..6]), num(&d[2..4]), num(&d[..2]))
}

// ---------------------------------------------------------------- United States

/// US SSN (area 001–899 except 666, group ≠ 00, serial ≠ 0000) and ITIN (9xx, groups
/// 50–65, 70–88, 90–92, 94–99).
fn us_ssn(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let (area, group, serial) = (num(&d[..3]), num(&d[3..5]), num(&d[5..]));
    let dashed = w.grouped(&[3, 2, 4]) && w.seps_all(b'-');
    let spaced = w.grouped(&[3, 2, 4]) && w.seps_all(b' ');
    if !(dashed || spaced || w.single()) || group == 0 || serial == 0 {
        return None;
    }
    if area >= 900 {
        let itin_group = matches!(group, 50..=65 | 70..=88 | 90..=92 | 94..=99);
        if !itin_group {
            return None;
        }
        let bare = if dashed { Some(0.7) } else { None };
        let score = c.score(kw::SSN, bare, 0.9)?;
        return m("us_itin", score, "ITIN format (9xx, valid group)");
    }
    if area == 0 || area == 666 || d.iter().all(|&x| x == d[0]) || num(d) == 123_456_789 {
        return None;
    }
    let bare = match (dashed, spaced) {
        (true, _) => Some(0.75),
        (_, true) => Some(0.5),
        _ => None,
    };
    let score = c.score(kw::SSN, bare, if w.single() { 0.8 } else { 0.92 })?;
    m("us_ssn", score, "SSN format (valid area, group and serial)")
}

/// US Medicare Beneficiary Identifier: 11 characters in fixed letter/digit positions.
fn us_mbi(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let s = w.code;
    if !(w.single() || w.grouped(&[4, 3, 4])) {
        return None;
    }
    let letter = |b: u8| b.is_ascii_uppercase() && !b"SLOIBZ".contains(&b);
    let digit = |b: u8| b.is_ascii_digit();
    let either = |b: u8| letter(b) || digit(b);
    let ok = matches!(s[0], b'1'..=b'9')
        && letter(s[1])
        && either(s[2])
        && digit(s[3])
        && letter(s[4])
        && either(s[5])
        && digit(s[6])
        && letter(s[7])
        && letter(s[8])
        && digit(s[9])
        && digit(s[10]);
    if !ok {
        return None;
    }
    let bare = (!w.lower).then_some(0.85);
    let score = c.score(kw::MBI, bare, 0.95)?;
    m("us_mbi", score, "Medicare beneficiary identifier format")
}

// ---------------------------------------------------------------- United Kingdom

/// UK National Insurance number: two prefix letters (with the published exclusions), six
/// digits and a suffix A–D.
fn uk_nino(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let s = w.code;
    if s.len() != 9 {
        return None;
    }
    let shape = w.single() || w.grouped(&[2, 2, 2, 2, 1]) || w.grouped(&[2, 6, 1]);
    let first_ok = |b: u8| b.is_ascii_uppercase() && !b"DFIQUV".contains(&b);
    let second_ok = |b: u8| b.is_ascii_uppercase() && !b"DFIQUVO".contains(&b);
    let banned = [b"BG", b"GB", b"NK", b"KN", b"TN", b"NT", b"ZZ"];
    if !shape
        || !first_ok(s[0])
        || !second_ok(s[1])
        || banned.iter().any(|p| s[..2] == p[..])
        || !s[2..8].iter().all(u8::is_ascii_digit)
        || !matches!(s[8], b'A'..=b'D')
    {
        return None;
    }
    let bare = (!w.lower).then_some(0.85);
    let score = c.score(kw::NINO, bare, 0.95)?;
    m("uk_nino", score, "National Insurance number format")
}

/// UK NHS number: ten digits, mod-11 check.
fn uk_nhs(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let grouped = w.grouped(&[3, 3, 4]);
    if !(w.single() || grouped) || !checksum::nhs(d) || d.iter().all(|&x| x == d[0]) {
        return None;
    }
    // Dotted or dashed 3-3-4 groups are how phone numbers are written: context only.
    let bare = (w.single() || w.seps_all(b' ')).then_some(0.4);
    let score = c.score(kw::NHS, bare, 0.93)?;
    m("uk_nhs", score, "NHS number mod-11 check")
}

// ---------------------------------------------------------------- East Asia

/// Whether the two leading digits are a CN province-level region code.
fn cn_region(d: &[u8]) -> bool {
    matches!(num(&d[..2]), 11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81..=83)
}

/// CN resident ID: 18 characters (region, birth date, sequence, ISO 7064 MOD 11-2 check),
/// or the 15-digit legacy form with context.
fn cn_resident_id(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let s = w.code;
    let shape = w.single()
        || w.grouped(&[6, 8, 4])
        || w.grouped(&[6, 4, 4, 4])
        || w.grouped(&[3, 3, 4, 4, 4])
        || w.grouped(&[6, 6, 6])
        || w.grouped(&[4, 4, 4, 4, 2]);
    if !shape || !s.iter().all(u8::is_ascii_alphanumeric) {
        return None;
    }
    let digits: Vec<u8> = s.iter().map(|&b| b.wrapping_sub(b'0')).collect();
    if s.len() == 15 {
        let d = c.d?;
        let ok = cn_region(d) && valid_date(1900 + num(&d[6..8]), num(&d[8..10]), num(&d[10..12]));
        let score = c.score(kw::CN, None, 0.75).filter(|_| ok)?;
        return m("cn_resident_id", score, "15-digit resident ID; context");
    }
    if !s[..17].iter().all(u8::is_ascii_digit) || !cn_region(&digits) {
        return None;
    }
    let year = num(&digits[6..10]);
    if !(1900..=2030).contains(&year)
        || !valid_date(year, num(&digits[10..12]), num(&digits[12..14]))
    {
        return None;
    }
    let check = checksum::iso7064_mod11_2_check(&digits[..17])?;
    if u32::from(s[17]) != check as u32 {
        return None;
    }
    m(
        "cn_resident_id",
        0.97,
        "resident ID: valid region, birth date and MOD 11-2 check",
    )
}

/// HK identity card: one or two letters, six digits, check digit or `A` (often in
/// parentheses).
fn hk_id(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let s = w.code;
    let paren = w.seps.last() == Some(&b'(');
    let shape = w.single() || (w.groups.len() == 2 && paren && w.groups[1] == 1);
    if !shape || w.lower || !checksum::hkid(s) {
        return None;
    }
    let score = c.score(kw::HK, Some(if paren { 0.9 } else { 0.55 }), 0.95)?;
    m("hk_id", score, "HKID check digit")
}

/// TW national ID or resident certificate: a letter, a gender/type digit, eight digits.
fn tw_id(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let s = w.code;
    if !w.single() || w.lower || !matches!(s[1], b'1' | b'2' | b'8' | b'9') || !checksum::tw_id(s) {
        return None;
    }
    let score = c.score(kw::TW, Some(0.8), 0.95)?;
    m("tw_id", score, "TW ID check digit")
}

/// JP My Number: twelve digits with a mod-11 check.
fn jp_my_number(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    if !(w.single() || w.grouped(&[4, 4, 4])) || !checksum::my_number(d) {
        return None;
    }
    let bare = if w.single() { 0.4 } else { 0.5 };
    let score = c.score(kw::JP, Some(bare), 0.93)?;
    m("jp_my_number", score, "My Number check digit")
}

/// KR resident registration number: birth date, gender/century digit, check digit (numbers
/// issued since October 2020 carry no check, so those need context).
fn kr_rrn(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let dashed = w.grouped(&[6, 7]);
    if !(w.single() || dashed) || !valid_yymmdd(d) || !matches!(d[6], 1..=8) {
        return None;
    }
    let score = if checksum::kr_rrn(d) {
        c.score(kw::KR, Some(if dashed { 0.93 } else { 0.5 }), 0.95)?
    } else {
        c.score(kw::KR, None, if dashed { 0.85 } else { 0.7 })?
    };
    m(
        "kr_rrn",
        score,
        "resident registration number (date, check digit)",
    )
}

// ---------------------------------------------------------------- South and South-East Asia

/// IN Aadhaar: twelve digits, not starting with 0 or 1, Verhoeff check.
fn in_aadhaar(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    if !(w.single() || w.grouped(&[4, 4, 4])) || d[0] < 2 || !checksum::verhoeff(d) {
        return None;
    }
    let bare = if w.single() { 0.45 } else { 0.55 };
    let score = c.score(kw::AADHAAR, Some(bare), 0.93)?;
    m("in_aadhaar", score, "Aadhaar Verhoeff check")
}

/// IN PAN: five letters (the fourth the holder type), four digits, a letter.
fn in_pan(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let s = w.code;
    let ok = w.single()
        && s[..5].iter().all(u8::is_ascii_uppercase)
        && b"PCHFATBLJG".contains(&s[3])
        && s[5..9].iter().all(u8::is_ascii_digit)
        && s[9].is_ascii_uppercase();
    if !ok {
        return None;
    }
    let bare = (!w.lower).then_some(0.62);
    let score = c.score(kw::PAN, bare, 0.92)?;
    m("in_pan", score, "PAN format (holder type letter)")
}

/// SG NRIC/FIN: S/T/F/G, seven digits, check letter.
fn sg_nric(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    if !w.single() || w.lower || w.code.len() != 9 || !checksum::sg_nric(w.code) {
        return None;
    }
    let score = c.score(kw::SG, Some(0.88), 0.95)?;
    m("sg_nric", score, "NRIC/FIN check letter")
}

/// MY MyKad: birth date, place-of-birth code, four digits.
fn my_mykad(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let grouped = w.grouped(&[6, 2, 4]);
    let place = num(&d[6..8]);
    let place_ok =
        matches!(place, 1..=16 | 21..=59 | 60..=68 | 71 | 72 | 74..=79 | 82..=93 | 98 | 99);
    if !(w.single() || grouped) || !valid_yymmdd(d) || !place_ok {
        return None;
    }
    let bare = grouped.then_some(0.7);
    let score = c.score(kw::MY, bare, 0.88)?;
    m("my_mykad", score, "MyKad format (birth date, place code)")
}

/// TH national ID: thirteen digits, mod-11 check.
fn th_id(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let grouped = w.grouped(&[1, 4, 5, 2, 1]);
    if !(w.single() || grouped) || !matches!(d[0], 1..=8) || !checksum::th_id(d) {
        return None;
    }
    let score = c.score(kw::TH, grouped.then_some(0.85), 0.93)?;
    m("th_id", score, "Thai ID check digit")
}

// ---------------------------------------------------------------- Germany, Austria, Switzerland

/// DE Steuer-ID: eleven digits, no leading zero, one digit repeated, ISO 7064 MOD 11,10.
fn de_tax_id(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let grouped = w.grouped(&[2, 3, 3, 3]);
    if !(w.single() || grouped) || d[0] == 0 || !checksum::iso7064_mod11_10(d) {
        return None;
    }
    let mut counts = [0u8; 10];
    for &x in &d[..10] {
        counts[usize::from(x)] += 1;
    }
    let repeated = counts.iter().filter(|&&k| k > 1).count();
    if repeated != 1 || counts.iter().any(|&k| k > 3) {
        return None;
    }
    let score = c.score(kw::DE_TAX, Some(if grouped { 0.55 } else { 0.45 }), 0.92)?;
    m("de_tax_id", score, "Steuer-ID MOD 11,10 check")
}

/// DE Krankenversichertennummer: a letter and nine digits, the last a check digit.
fn de_health_insurance(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let s = w.code;
    let digits: Vec<u8> = s[1..].iter().map(|&b| b.wrapping_sub(b'0')).collect();
    if !w.single() || !checksum::de_kvnr(s[0], &digits) {
        return None;
    }
    let bare = (!w.lower).then_some(0.5);
    let score = c.score(kw::DE_HEALTH, bare, 0.92)?;
    m(
        "de_health_insurance",
        score,
        "health insurance number check digit",
    )
}

/// DE identity card number: nine characters of the ID-card alphabet, optionally followed
/// by the ICAO check digit; reported with context only.
fn de_id_card(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let s = w.code;
    let alphabet = |b: &u8| b.is_ascii_digit() || b"CFGHJKLMNPRTVWXYZ".contains(b);
    if !w.single() || !s.iter().all(alphabet) || !b"CFGHJKLMNPRTVWXYZ".contains(&s[0]) {
        return None;
    }
    if checksum::icao_check(&s[..9]) != Some(s[9]) {
        return None;
    }
    let score = c.score(kw::DE_ID, None, 0.85)?;
    m("de_id_card", score, "ID card number check digit; context")
}

/// CH AHV/AVS number: 756 and ten digits, EAN-13 check.
fn ch_ahv(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let dotted = w.grouped(&[3, 4, 4, 2]);
    if !(w.single() || dotted) || d[..3] != [7, 5, 6] || !checksum::ean13(d) {
        return None;
    }
    let score = c.score(kw::CH, Some(if dotted { 0.93 } else { 0.6 }), 0.95)?;
    m("ch_ahv", score, "AHV number (756, EAN-13 check)")
}

/// AT social insurance number: serial, check digit, birth date `DDMMYY`.
fn at_svnr(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let grouped = w.grouped(&[4, 6]);
    if !(w.single() || grouped) || d[0] == 0 || !valid_ddmmyy(&d[4..]) || !checksum::at_svnr(d) {
        return None;
    }
    let score = c.score(kw::AT, Some(if grouped { 0.5 } else { 0.4 }), 0.9)?;
    m("at_svnr", score, "SV-Nummer check digit and birth date")
}

// ---------------------------------------------------------------- Western Europe

/// FR NIR (numéro de sécurité sociale): sex, year, month, department (2A/2B for Corsica),
/// commune, order and the key `97 - n mod 97`; 13 digits without key need context.
fn fr_nir(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let s = w.code;
    let body = &s[..13];
    let digit = |i: usize| body[i].wrapping_sub(b'0');
    if !matches!(s[0], b'1' | b'2' | b'3' | b'4' | b'7' | b'8') {
        return None;
    }
    let month = u32::from(digit(3)) * 10 + u32::from(digit(4));
    let month_ok = matches!(month, 1..=12 | 20..=42 | 50..=99);
    let shape = w.single()
        || w.grouped(&[1, 2, 2, 2, 3, 3, 2])
        || w.grouped(&[1, 2, 2, 2, 3, 3])
        || w.grouped(&[13, 2])
        || w.grouped(&[1, 2, 2, 5, 3, 2]);
    if !(month_ok && shape && digit(1) <= 9 && digit(2) <= 9) {
        return None;
    }
    let key = checksum::nir_key(body)?;
    if s.len() == 13 {
        if w.partial {
            return None;
        }
        let score = c.score(kw::FR_NIR, None, 0.7)?;
        return m("fr_nir", score, "NIR structure; context");
    }
    let given = u32::from(s[13].wrapping_sub(b'0')) * 10 + u32::from(s[14].wrapping_sub(b'0'));
    if !s[13..].iter().all(u8::is_ascii_digit) || key != given {
        return None;
    }
    let score = c.score(kw::FR_NIR, Some(0.92), 0.96)?;
    m("fr_nir", score, "NIR with valid key")
}

/// ES DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter), mod-23 letter.
fn es_dni(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let s = w.code;
    let shape = w.single()
        || w.grouped(&[8, 1])
        || w.grouped(&[1, 7, 1])
        || (w.grouped(&[2, 3, 3, 1]) && w.seps[..2] == *b"..");
    if s.len() != 9 || !shape {
        return None;
    }
    let (kind, lead) = match s[0] {
        b'X' => ("es_nie", 0),
        b'Y' => ("es_nie", 1),
        b'Z' => ("es_nie", 2),
        b'0'..=b'9' => ("es_dni", s[0] - b'0'),
        _ => return None,
    };
    if !s[1..8].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = num(&std::iter::once(lead)
        .chain(s[1..8].iter().map(|b| b - b'0'))
        .collect::<Vec<_>>());
    if u32::from(s[8]) != checksum::dni_letter(n) as u32 {
        return None;
    }
    let bare = (!w.lower).then_some(0.88);
    let score = c.score(kw::ES, bare, 0.95)?;
    m(kind, score, "DNI/NIE control letter")
}

/// IT codice fiscale: surname/name letters, birth year, month letter, day, place, check.
fn it_codice_fiscale(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let s = w.code;
    // Digits may be replaced by the letters LMNPQRSTUV ("omocodia").
    let num_like = |b: u8| b.is_ascii_digit() || b"LMNPQRSTUV".contains(&b);
    let ok = w.single()
        && s[..6].iter().all(u8::is_ascii_uppercase)
        && num_like(s[6])
        && num_like(s[7])
        && b"ABCDEHLMPRST".contains(&s[8])
        && num_like(s[9])
        && num_like(s[10])
        && s[11].is_ascii_uppercase()
        && s[12..15].iter().all(|&b| num_like(b))
        && s[15].is_ascii_uppercase()
        && checksum::codice_fiscale(s);
    if !ok {
        return None;
    }
    m("it_codice_fiscale", 0.96, "codice fiscale check character")
}

/// NL BSN: nine digits, 11-proef.
fn nl_bsn(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let shape = w.single() || w.grouped(&[3, 3, 3]) || w.grouped(&[4, 2, 3]);
    if !shape || !checksum::bsn(d) || d.iter().all(|&x| x == d[0]) {
        return None;
    }
    let score = c.score(kw::NL, Some(0.4), 0.92)?;
    m("nl_bsn", score, "BSN 11-proef")
}

/// BE national register number: birth date, serial and mod-97 check.
fn be_national_number(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let formatted = w.grouped(&[2, 2, 2, 3, 2]);
    let month = num(&d[2..4]);
    let date_ok = valid_yymmdd(d) || (month == 0 && num(&d[4..6]) <= 31);
    if !(w.single() || formatted) || !date_ok || !checksum::be_national_number(d) {
        return None;
    }
    let score = c.score(kw::BE, Some(if formatted { 0.9 } else { 0.45 }), 0.93)?;
    m("be_national_number", score, "national number mod-97 check")
}

/// PT NIF: nine digits, mod-11 check, first digit a personal or company prefix.
fn pt_nif(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    if !c.w.single() && !c.w.grouped(&[3, 3, 3]) || !matches!(d[0], 1..=3 | 5 | 6 | 8 | 9) {
        return None;
    }
    if !checksum::pt_nif(d) {
        return None;
    }
    let score = c.score(kw::PT, None, 0.88)?;
    m("pt_nif", score, "NIF check digit; context")
}

// ---------------------------------------------------------------- Nordics and Poland

/// PL PESEL: birth date (century in the month), serial, check digit.
fn pl_pesel(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    if !c.w.single() || !checksum::pesel(d) {
        return None;
    }
    let (yy, mm, dd) = (num(&d[..2]), num(&d[2..4]), num(&d[4..6]));
    let (century, month) = match mm {
        1..=12 => (1900, mm),
        21..=32 => (2000, mm - 20),
        41..=52 => (2100, mm - 40),
        81..=92 => (1800, mm - 80),
        _ => return None,
    };
    if !valid_date(century + yy, month, dd) {
        return None;
    }
    let score = c.score(kw::PL, Some(0.5), 0.93)?;
    m("pl_pesel", score, "PESEL date and check digit")
}

/// SE personnummer (`YYMMDD-NNNN`, Luhn) and DK CPR (`DDMMYY-NNNN`, context only).
fn nordic_10(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let dashed = w.grouped(&[6, 4]);
    if !(w.single() || dashed) {
        return None;
    }
    // Coordination numbers add 60 to the day.
    let se_date = valid_date(2000 + num(&d[..2]), num(&d[2..4]), num(&d[4..6]) % 60);
    if se_date && checksum::luhn(d) {
        if let Some(score) = c.score(kw::SE, dashed.then_some(0.55), 0.93) {
            return m("se_personnummer", score, "personnummer date and Luhn check");
        }
    }
    if valid_ddmmyy(d) {
        let score = c.score(kw::DK, None, 0.85)?;
        return m("dk_cpr", score, "CPR number date; context");
    }
    None
}

/// SE personnummer written with a four-digit year (`YYYYMMDD-NNNN`).
fn se_long(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    if !(w.single() || w.grouped(&[8, 4])) || !matches!(num(&d[..2]), 18..=20) {
        return None;
    }
    if !valid_date(num(&d[..4]), num(&d[4..6]), num(&d[6..8]) % 60) || !checksum::luhn(&d[2..]) {
        return None;
    }
    let score = c.score(kw::SE, None, 0.93)?;
    m("se_personnummer", score, "personnummer date and Luhn check")
}

/// FI HETU: `DDMMYY`, century sign, individual number, mod-31 check character.
fn fi_hetu(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let s = w.code;
    let (digits, check) = match (s.len(), w.groups) {
        // `131052-308T`: the dash is the century sign for the 1900s.
        (10, [6, 4]) if w.seps == b"-" => (
            s[..6].iter().chain(&s[6..9]).copied().collect::<Vec<u8>>(),
            s[9],
        ),
        (11, [11]) if b"ABCDEFUVWXY".contains(&s[6]) => {
            (s[..6].iter().chain(&s[7..10]).copied().collect(), s[10])
        }
        _ => return None,
    };
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let d: Vec<u8> = digits.iter().map(|b| b - b'0').collect();
    if !valid_ddmmyy(&d) || checksum::hetu_check(&d) != Some(check) {
        return None;
    }
    let score = c.score(kw::FI, Some(0.9), 0.95)?;
    m("fi_hetu", score, "HETU date and check character")
}

/// NO fødselsnummer: birth date (D- and H-numbers add 40), two mod-11 check digits.
fn no_fnr(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    if !(c.w.single() || c.w.grouped(&[6, 5])) || !checksum::no_fnr(d) {
        return None;
    }
    let day = num(&d[..2]) % 40;
    let month = num(&d[2..4]) % 40;
    if !valid_date(2000 + num(&d[4..6]), month, day) {
        return None;
    }
    let score = c.score(kw::NO, Some(0.5), 0.93)?;
    m("no_fnr", score, "fødselsnummer date and check digits")
}

// ---------------------------------------------------------------- Americas

/// BR CPF: eleven digits with two mod-11 check digits.
fn br_cpf(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let formatted = w.grouped(&[3, 3, 3, 2]);
    if !(w.single() || formatted) || !checksum::cpf(d) {
        return None;
    }
    let score = c.score(kw::BR, Some(if formatted { 0.92 } else { 0.45 }), 0.95)?;
    m("br_cpf", score, "CPF check digits")
}

/// BR CNPJ: fourteen digits with two mod-11 check digits.
fn br_cnpj(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let formatted = w.grouped(&[2, 3, 3, 4, 2]);
    if !(w.single() || formatted) || !checksum::cnpj(d) {
        return None;
    }
    let score = c.score(kw::BR, Some(if formatted { 0.92 } else { 0.4 }), 0.95)?;
    m("br_cnpj", score, "CNPJ check digits")
}

/// CA SIN: nine digits, Luhn, not starting with 8 (temporary numbers); context needed.
fn ca_sin(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let grouped = w.grouped(&[3, 3, 3]);
    if !(w.single() || grouped) || d[0] == 8 || !checksum::luhn(d) {
        return None;
    }
    let score = c.score(kw::CA, grouped.then_some(0.4), 0.9)?;
    m("ca_sin", score, "SIN Luhn check; context")
}

/// MX CURP: name letters, birth date, sex, state, consonants, homonym and check digit.
fn mx_curp(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let s = w.code;
    let d: Vec<u8> = s[4..10].iter().map(|b| b.wrapping_sub(b'0')).collect();
    let ok = w.single()
        && !w.lower
        && s[..4].iter().all(u8::is_ascii_uppercase)
        && s[4..10].iter().all(u8::is_ascii_digit)
        && valid_yymmdd(&d)
        && matches!(s[10], b'H' | b'M' | b'X')
        && s[11..16].iter().all(u8::is_ascii_uppercase)
        && s[16].is_ascii_alphanumeric()
        && checksum::curp(s);
    if !ok {
        return None;
    }
    m("mx_curp", 0.95, "CURP check digit")
}

/// CL RUT/RUN: seven or eight digits and a mod-11 check character (`K` for 10).
fn cl_rut(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let s = w.code;
    let dotted = w.grouped(&[2, 3, 3, 1]) || w.grouped(&[1, 3, 3, 1]);
    let dashed = w.groups.len() == 2 && w.groups[1] == 1 && w.seps == b"-";
    if !(dotted || dashed) || w.seps.last() != Some(&b'-') {
        return None;
    }
    let body: Vec<u8> = s[..s.len() - 1]
        .iter()
        .map(|b| b.wrapping_sub(b'0'))
        .collect();
    if body.len() < 7 || checksum::rut_check(&body) != Some(s[s.len() - 1]) {
        return None;
    }
    let score = c.score(kw::CL, Some(if dotted { 0.85 } else { 0.5 }), 0.93)?;
    m("cl_rut", score, "RUT check character")
}

/// AR DNI: seven or eight digits (often dotted), context only.
fn ar_dni(c: &Ctx<'_, '_>) -> Option<Match> {
    let w = c.w;
    let shape = w.single() || w.grouped(&[2, 3, 3]) || w.grouped(&[1, 3, 3]);
    if !shape || !w.seps_all(b'.') || w.partial || w.sep_after == Some(b'-') {
        return None;
    }
    let score = c.score(kw::AR, None, 0.7)?;
    m("ar_dni", score, "DNI number; context")
}

// ---------------------------------------------------------------- Oceania

/// AU tax file number: nine digits, weighted mod-11; context needed.
fn au_tfn(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    if !(c.w.single() || c.w.grouped(&[3, 3, 3])) || !checksum::au_tfn(d) {
        return None;
    }
    let score = c.score(kw::AU_TFN, None, 0.9)?;
    m("au_tfn", score, "TFN check digit; context")
}

/// AU Medicare card number: ten digits (plus optional IRN), check digit; context needed.
fn au_medicare(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    let w = c.w;
    let shape = w.single() || w.grouped(&[4, 5, 1]) || w.grouped(&[4, 5, 1, 1]);
    if !shape || !checksum::au_medicare(d) {
        return None;
    }
    let score = c.score(kw::AU_MEDICARE, None, 0.88)?;
    m("au_medicare", score, "Medicare card check digit; context")
}

// ---------------------------------------------------------------- Africa and Middle East

/// ZA ID number: birth date, gender serial, citizenship digit, Luhn.
fn za_id(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    if !c.w.single() || !valid_yymmdd(d) || d[10] > 1 || !checksum::luhn(d) {
        return None;
    }
    let score = c.score(kw::ZA, Some(0.5), 0.92)?;
    m("za_id", score, "ID number date and Luhn check")
}

/// IL Teudat Zehut: nine digits, Luhn-style check; context needed.
fn il_id(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    if !c.w.single() || !checksum::luhn(d) {
        return None;
    }
    let score = c.score(kw::IL, None, 0.88)?;
    m("il_id", score, "Teudat Zehut check digit; context")
}

/// TR TC Kimlik No: eleven digits, two check digits.
fn tr_tckn(c: &Ctx<'_, '_>) -> Option<Match> {
    let d = c.d?;
    if !c.w.single() || !checksum::tr_tckn(d) {
        return None;
    }
    let score = c.score(kw::TR, Some(0.45), 0.93)?;
    m("tr_tckn", score, "TC Kimlik check digits")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(valid_date(2000, 2, 29));
        assert!(!valid_date(1900, 2, 29));
        assert!(!valid_date(2001, 13, 1));
        assert!(valid_yymmdd(&[9, 4, 1, 0, 2, 9]));
        assert!(valid_ddmmyy(&[3, 1, 1, 2, 9, 9]));
    }
}
