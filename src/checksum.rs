//! Check-digit algorithms shared by the recognizers, each tested against published vectors.
//!
//! Every function takes the digits (or characters) already stripped of separators and
//! returns whether the check holds; none of them panics on odd input.

/// The Luhn (mod 10) check used by payment cards, IMEIs and several national IDs.
pub(crate) fn luhn(digits: &[u8]) -> bool {
    if digits.len() < 2 || digits.iter().any(|&d| d > 9) {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 {
                    doubled - 9
                } else {
                    doubled
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

/// ISO 7064 MOD 97-10 as used by IBAN: `chars` is the account with the country code and
/// check digits already moved to the end; letters count as 10..=35.
pub(crate) fn mod97(chars: &str) -> bool {
    let mut remainder: u32 = 0;
    let mut seen = 0;
    for c in chars.chars() {
        let value = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'A'..='Z' => c as u32 - 'A' as u32 + 10,
            'a'..='z' => c as u32 - 'a' as u32 + 10,
            ' ' | '-' => continue,
            _ => return false,
        };
        remainder = if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        };
        seen += 1;
    }
    seen > 4 && remainder == 1
}

/// Weighted sum of `digits` with `weights` (extra digits or weights are ignored).
fn weighted(digits: &[u8], weights: &[u32]) -> u32 {
    digits
        .iter()
        .zip(weights)
        .map(|(&d, &w)| u32::from(d) * w)
        .sum()
}

/// Whether every value is a decimal digit and there are exactly `n` of them.
fn all_digits(digits: &[u8], n: usize) -> bool {
    digits.len() == n && digits.iter().all(|&d| d <= 9)
}

/// ISO 7064 MOD 11-2 over the 17 digits of a CN resident ID: the expected check
/// character (`'0'..='9'` or `'X'`).
pub(crate) fn iso7064_mod11_2_check(digits: &[u8]) -> Option<char> {
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    if !all_digits(digits, 17) {
        return None;
    }
    let r = (weighted(digits, &WEIGHTS) % 11) as usize;
    "10X98765432".chars().nth(r)
}

/// Verhoeff check (Aadhaar): whether the last digit is the Verhoeff check of the others.
pub(crate) fn verhoeff(digits: &[u8]) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    if digits.len() < 2 || digits.iter().any(|&d| d > 9) {
        return false;
    }
    let mut c = 0usize;
    for (i, &d) in digits.iter().rev().enumerate() {
        c = usize::from(D[c][usize::from(P[i % 8][usize::from(d)])]);
    }
    c == 0
}

/// ISO 7064 MOD 11,10 (DE Steuer-ID): whether the 11th digit checks the first ten.
pub(crate) fn iso7064_mod11_10(digits: &[u8]) -> bool {
    if !all_digits(digits, 11) {
        return false;
    }
    let mut product = 10u32;
    for &d in &digits[..10] {
        let mut sum = (u32::from(d) + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = (11 - product) % 10;
    check == u32::from(digits[10])
}

/// UK NHS number: weights 10..2 over nine digits, check `11 - sum mod 11` (10 is invalid).
pub(crate) fn nhs(digits: &[u8]) -> bool {
    if !all_digits(digits, 10) {
        return false;
    }
    let r = 11 - weighted(digits, &[10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    let check = if r == 11 { 0 } else { r };
    check != 10 && check == u32::from(digits[9])
}

/// NL BSN "11-proef": weights 9..2 and -1 over nine digits, sum divisible by 11.
pub(crate) fn bsn(digits: &[u8]) -> bool {
    if !all_digits(digits, 9) {
        return false;
    }
    let sum = weighted(digits, &[9, 8, 7, 6, 5, 4, 3, 2]);
    let last = u32::from(digits[8]);
    sum >= last && (sum - last) % 11 == 0 && sum > 0
}

/// The two mod-11 check digits of a BR CPF (11 digits).
pub(crate) fn cpf(digits: &[u8]) -> bool {
    if !all_digits(digits, 11) || digits.iter().all(|&d| d == digits[0]) {
        return false;
    }
    let check = |n: usize| {
        let weights: Vec<u32> = (2..=(n as u32 + 1)).rev().collect();
        let r = weighted(&digits[..n], &weights) * 10 % 11;
        if r == 10 {
            0
        } else {
            r
        }
    };
    check(9) == u32::from(digits[9]) && check(10) == u32::from(digits[10])
}

/// The two mod-11 check digits of a BR CNPJ (14 digits).
pub(crate) fn cnpj(digits: &[u8]) -> bool {
    const W: [u32; 13] = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    if !all_digits(digits, 14) || digits.iter().all(|&d| d == digits[0]) {
        return false;
    }
    let check = |n: usize| {
        let r = weighted(&digits[..n], &W[13 - n..]) % 11;
        if r < 2 {
            0
        } else {
            11 - r
        }
    };
    check(12) == u32::from(digits[12]) && check(13) == u32::from(digits[13])
}

/// DE Krankenversichertennummer: `letter` (A–Z) and nine digits; the last digit checks the
/// letter's two-digit number and the first eight digits (weights 1,2 with digit sums).
pub(crate) fn de_kvnr(letter: u8, digits: &[u8]) -> bool {
    if !letter.is_ascii_uppercase() || !all_digits(digits, 9) {
        return false;
    }
    let n = letter - b'A' + 1;
    let mut all = vec![n / 10, n % 10];
    all.extend_from_slice(&digits[..8]);
    let sum: u32 = all
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let p = u32::from(d) * if i % 2 == 0 { 1 } else { 2 };
            p / 10 + p % 10
        })
        .sum();
    sum % 10 == u32::from(digits[8])
}

/// IT codice fiscale: whether the 16th character checks the first fifteen.
pub(crate) fn codice_fiscale(code: &[u8]) -> bool {
    const ODD: [u32; 26] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
        23,
    ];
    if code.len() != 16 || !code.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let value = |c: u8| -> usize {
        if c.is_ascii_digit() {
            usize::from(c - b'0')
        } else {
            usize::from(c.to_ascii_uppercase() - b'A')
        }
    };
    let sum: u32 = code[..15]
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let v = value(c);
            if i % 2 == 0 {
                ODD[v]
            } else {
                v as u32
            }
        })
        .sum();
    u32::from(code[15].to_ascii_uppercase()) == u32::from(b'A') + sum % 26
}

/// ES DNI/NIE control letter for the number `n` (NIE: X/Y/Z replaced by 0/1/2 first).
pub(crate) fn dni_letter(n: u32) -> char {
    let letters = b"TRWAGMYFPDXBNJZSQVHLCKE";
    char::from(letters[(n % 23) as usize])
}

/// FR NIR key: `97 - (n mod 97)` over the 13-character number (Corsica `2A`/`2B` handled).
pub(crate) fn nir_key(number: &[u8]) -> Option<u32> {
    if number.len() != 13 {
        return None;
    }
    let mut n: u64 = 0;
    let mut corsica = 0u64;
    for (i, &c) in number.iter().enumerate() {
        let d = match c {
            b'0'..=b'9' => u64::from(c - b'0'),
            b'A' | b'a' if i == 6 => {
                corsica = 1_000_000;
                0
            }
            b'B' | b'b' if i == 6 => {
                corsica = 2_000_000;
                0
            }
            _ => return None,
        };
        n = n * 10 + d;
    }
    let n = n.checked_sub(corsica)?;
    Some(97 - (n % 97) as u32)
}

/// JP My Number (12 digits): whether the last digit checks the first eleven.
pub(crate) fn my_number(digits: &[u8]) -> bool {
    if !all_digits(digits, 12) {
        return false;
    }
    let sum: u32 = (1..=11)
        .map(|n| {
            let p = u32::from(digits[11 - n]);
            let q = if n <= 6 { n as u32 + 1 } else { n as u32 - 5 };
            p * q
        })
        .sum();
    let r = sum % 11;
    let check = if r <= 1 { 0 } else { 11 - r };
    check == u32::from(digits[11])
}

/// KR resident registration number (13 digits): weights 2..9,2..5, check `(11 - s mod 11) mod 10`.
pub(crate) fn kr_rrn(digits: &[u8]) -> bool {
    if !all_digits(digits, 13) {
        return false;
    }
    let sum = weighted(digits, &[2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
    (11 - sum % 11) % 10 == u32::from(digits[12])
}

/// HK identity card: one or two letters, six digits and a check character (`0-9` or `A`).
pub(crate) fn hkid(code: &[u8]) -> bool {
    let (letters, rest) = match code.len() {
        8 => (&code[..1], &code[1..]),
        9 => (&code[..2], &code[2..]),
        _ => return false,
    };
    if !letters.iter().all(u8::is_ascii_uppercase) || !rest[..6].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut values: Vec<u32> = Vec::with_capacity(8);
    if letters.len() == 1 {
        values.push(36);
    }
    values.extend(letters.iter().map(|&c| u32::from(c - b'A') + 10));
    values.extend(rest[..6].iter().map(|&c| u32::from(c - b'0')));
    let sum = weighted_u32(&values, &[9, 8, 7, 6, 5, 4, 3, 2]);
    let check = match rest[6] {
        b'A' => 10,
        c @ b'0'..=b'9' => u32::from(c - b'0'),
        _ => return false,
    };
    (sum + check) % 11 == 0
}

fn weighted_u32(values: &[u32], weights: &[u32]) -> u32 {
    values.iter().zip(weights).map(|(v, w)| v * w).sum()
}

/// TW national ID: a letter and nine digits; the letter's two-digit code is weighted in.
pub(crate) fn tw_id(code: &[u8]) -> bool {
    const CODES: [u32; 26] = [
        10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32,
        30, 31, 33,
    ];
    if code.len() != 10
        || !code[0].is_ascii_uppercase()
        || !code[1..].iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    let n = CODES[usize::from(code[0] - b'A')];
    let digits: Vec<u8> = code[1..].iter().map(|c| c - b'0').collect();
    let sum = n / 10 + (n % 10) * 9 + weighted(&digits, &[8, 7, 6, 5, 4, 3, 2, 1, 1]);
    sum % 10 == 0
}

/// SG NRIC/FIN (S, T, F, G prefixes): whether the final letter checks the seven digits.
pub(crate) fn sg_nric(code: &[u8]) -> bool {
    if code.len() != 9 || !code[1..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let digits: Vec<u8> = code[1..8].iter().map(|c| c - b'0').collect();
    let mut sum = weighted(&digits, &[2, 7, 6, 5, 4, 3, 2]);
    let table: &[u8; 11] = match code[0] {
        b'S' => b"JZIHGFEDCBA",
        b'T' => {
            sum += 4;
            b"JZIHGFEDCBA"
        }
        b'F' => b"XWUTRQPNMLK",
        b'G' => {
            sum += 4;
            b"XWUTRQPNMLK"
        }
        _ => return false,
    };
    table[(sum % 11) as usize] == code[8]
}

/// FI HETU check character for the nine digits `DDMMYYNNN`.
pub(crate) fn hetu_check(digits: &[u8]) -> Option<u8> {
    if !all_digits(digits, 9) {
        return None;
    }
    let n = digits.iter().fold(0u32, |n, &d| n * 10 + u32::from(d));
    b"0123456789ABCDEFHJKLMNPRSTUVWXY"
        .get((n % 31) as usize)
        .copied()
}

/// NO fødselsnummer: both mod-11 check digits of the 11 digits.
pub(crate) fn no_fnr(digits: &[u8]) -> bool {
    if !all_digits(digits, 11) {
        return false;
    }
    let check = |weights: &[u32], n: usize| {
        let r = 11 - weighted(&digits[..n], weights) % 11;
        match r {
            11 => Some(0),
            10 => None,
            r => Some(r),
        }
    };
    check(&[3, 7, 6, 1, 8, 9, 4, 5, 2], 9) == Some(u32::from(digits[9]))
        && check(&[5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10) == Some(u32::from(digits[10]))
}

/// PL PESEL: weights 1,3,7,9 repeated, check `(10 - s mod 10) mod 10`.
pub(crate) fn pesel(digits: &[u8]) -> bool {
    if !all_digits(digits, 11) {
        return false;
    }
    let sum = weighted(digits, &[1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
    (10 - sum % 10) % 10 == u32::from(digits[10])
}

/// EAN-13 check digit (CH AHV number): weights 1,3 from the left.
pub(crate) fn ean13(digits: &[u8]) -> bool {
    if !all_digits(digits, 13) {
        return false;
    }
    let sum = weighted(digits, &[1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
    (10 - sum % 10) % 10 == u32::from(digits[12])
}

/// AT social insurance number (10 digits, check in 4th place): weighted sum mod 11.
pub(crate) fn at_svnr(digits: &[u8]) -> bool {
    if !all_digits(digits, 10) {
        return false;
    }
    let sum = weighted(digits, &[3, 7, 9, 0, 5, 8, 4, 2, 1, 6]);
    sum % 11 == u32::from(digits[3])
}

/// PT NIF (9 digits): weights 9..2, check `11 - s mod 11`, 10 and 11 giving 0.
pub(crate) fn pt_nif(digits: &[u8]) -> bool {
    if !all_digits(digits, 9) {
        return false;
    }
    let r = 11 - weighted(digits, &[9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    (if r >= 10 { 0 } else { r }) == u32::from(digits[8])
}

/// CL RUT check character (`'0'..='9'` or `'K'`) for the body digits.
pub(crate) fn rut_check(digits: &[u8]) -> Option<u8> {
    if digits.is_empty() || digits.iter().any(|&d| d > 9) {
        return None;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .zip([2u32, 3, 4, 5, 6, 7].iter().cycle())
        .map(|(&d, &w)| u32::from(d) * w)
        .sum();
    match 11 - sum % 11 {
        11 => Some(b'0'),
        10 => Some(b'K'),
        r => Some(b'0' + r as u8),
    }
}

/// TR TC Kimlik No (11 digits): both check digits and a non-zero first digit.
pub(crate) fn tr_tckn(digits: &[u8]) -> bool {
    if !all_digits(digits, 11) || digits[0] == 0 {
        return false;
    }
    let d: Vec<i32> = digits.iter().map(|&x| i32::from(x)).collect();
    let odd = d[0] + d[2] + d[4] + d[6] + d[8];
    let even = d[1] + d[3] + d[5] + d[7];
    let c10 = (odd * 7 - even).rem_euclid(10);
    let c11 = d[..10].iter().sum::<i32>() % 10;
    c10 == d[9] && c11 == d[10]
}

/// TH national ID (13 digits): weights 13..2, check `(11 - s mod 11) mod 10`.
pub(crate) fn th_id(digits: &[u8]) -> bool {
    if !all_digits(digits, 13) {
        return false;
    }
    let sum = weighted(digits, &[13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    (11 - sum % 11) % 10 == u32::from(digits[12])
}

/// MX CURP (18 characters): whether the last digit checks the first seventeen.
pub(crate) fn curp(code: &[u8]) -> bool {
    if code.len() != 18 || !code[17].is_ascii_digit() {
        return false;
    }
    let mut sum = 0u32;
    for (i, &c) in code[..17].iter().enumerate() {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'N' => u32::from(c - b'A') + 10,
            b'O'..=b'Z' => u32::from(c - b'O') + 25,
            _ => return false,
        };
        sum += v * (18 - i as u32);
    }
    (10 - sum % 10) % 10 == u32::from(code[17] - b'0')
}

/// AU tax file number (9 digits): weights 1,4,3,7,5,8,6,9,10, sum divisible by 11.
pub(crate) fn au_tfn(digits: &[u8]) -> bool {
    all_digits(digits, 9) && weighted(digits, &[1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0
}

/// AU Medicare card number: first digit 2–6, the 9th digit checks the first eight.
pub(crate) fn au_medicare(digits: &[u8]) -> bool {
    if digits.len() < 10 || digits.len() > 11 || digits.iter().any(|&d| d > 9) {
        return false;
    }
    (2..=6).contains(&digits[0])
        && weighted(digits, &[1, 3, 7, 9, 1, 3, 7, 9]) % 10 == u32::from(digits[8])
}

/// BE national register number (11 digits): `97 - (n mod 97)`, with `2` prefixed for
/// people born from 2000.
pub(crate) fn be_national_number(digits: &[u8]) -> bool {
    if !all_digits(digits, 11) {
        return false;
    }
    let n = digits[..9].iter().fold(0u64, |n, &d| n * 10 + u64::from(d));
    let check = u64::from(digits[9]) * 10 + u64::from(digits[10]);
    97 - n % 97 == check || 97 - (2_000_000_000 + n) % 97 == check
}

/// ICAO 9303 check digit (weights 7,3,1; letters A=10…Z=35), as on DE ID cards.
pub(crate) fn icao_check(chars: &[u8]) -> Option<u8> {
    let mut sum = 0u32;
    for (i, &c) in chars.iter().enumerate() {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            b'<' => 0,
            _ => return None,
        };
        sum += v * [7, 3, 1][i % 3];
    }
    Some(b'0' + (sum % 10) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::digits_of;

    fn d(s: &str) -> Vec<u8> {
        digits_of(s)
    }

    #[test]
    fn cn_resident_id_vector() {
        // GB 11643-1999 sample: 11010519491231002X.
        assert_eq!(iso7064_mod11_2_check(&d("11010519491231002")), Some('X'));
        assert_eq!(iso7064_mod11_2_check(&d("1101051949123100")), None);
    }

    #[test]
    fn verhoeff_vectors() {
        // Published examples: 236 -> 3, 12345 -> 1.
        assert!(verhoeff(&d("2363")));
        assert!(verhoeff(&d("123451")));
        assert!(!verhoeff(&d("123452")));
    }

    #[test]
    fn steuer_id_vector() {
        // BZSt sample identification number.
        assert!(iso7064_mod11_10(&d("86095742719")));
        assert!(!iso7064_mod11_10(&d("86095742718")));
    }

    #[test]
    fn nhs_bsn_vectors() {
        // NHS Digital test number; BSN examples from the Dutch 11-proef documentation.
        assert!(nhs(&d("9434765919")));
        assert!(!nhs(&d("9434765918")));
        assert!(bsn(&d("111222333")));
        assert!(bsn(&d("123456782")));
        assert!(!bsn(&d("123456789")));
        assert!(!bsn(&d("000000000")));
    }

    #[test]
    fn brazil_vectors() {
        assert!(cpf(&d("111.444.777-35")));
        assert!(cpf(&d("529.982.247-25")));
        assert!(!cpf(&d("111.444.777-36")));
        assert!(!cpf(&d("111.111.111-11")));
        assert!(cnpj(&d("11.222.333/0001-81")));
        assert!(!cnpj(&d("11.222.333/0001-82")));
    }

    #[test]
    fn germany_health_insurance_vector() {
        // The check of the published example A123456780.
        assert!(de_kvnr(b'A', &d("123456780")));
        assert!(!de_kvnr(b'A', &d("123456781")));
    }

    #[test]
    fn codice_fiscale_vector() {
        assert!(codice_fiscale(b"RSSMRA85T10A562S"));
        assert!(!codice_fiscale(b"RSSMRA85T10A562T"));
    }

    #[test]
    fn spain_vectors() {
        assert_eq!(dni_letter(12_345_678), 'Z');
        // NIE X1234567L: X counts as 0.
        assert_eq!(dni_letter(1_234_567), 'L');
    }

    #[test]
    fn nir_vectors() {
        // INSEE example 2 55 08 14 168 025 38 and a Corsican number.
        assert_eq!(nir_key(b"2550814168025"), Some(38));
        assert_eq!(nir_key(b"1850"), None);
        assert!(nir_key(b"185122A123456").is_some());
    }

    #[test]
    fn asia_vectors() {
        assert!(my_number(&d("123456789018")));
        assert!(!my_number(&d("123456789019")));
        assert!(hkid(b"A1234563"));
        assert!(!hkid(b"A1234564"));
        assert!(tw_id(b"A123456789"));
        assert!(!tw_id(b"A123456788"));
        assert!(sg_nric(b"S1234567D"));
        assert!(!sg_nric(b"S1234567E"));
        // Synthetic RRNs built by the published weights 2..9,2..5.
        assert!(kr_rrn(&d("941029-2263231")));
        assert!(!kr_rrn(&d("941029-2263232")));
        assert!(th_id(&d("1101700230708")));
        assert!(!th_id(&d("1101700230709")));
    }

    #[test]
    fn nordic_vectors() {
        // Finnish DVV example 131052-308T; Norwegian and Polish examples.
        assert_eq!(hetu_check(&d("131052308")), Some(b'T'));
        assert!(pesel(&d("44051401359")));
        assert!(!pesel(&d("44051401358")));
        assert!(no_fnr(&d("15076500565")));
        assert!(!no_fnr(&d("15076500566")));
        // Swedish Skatteverket example 811228-9874 is Luhn-valid.
        assert!(luhn(&d("8112289874")));
    }

    #[test]
    fn europe_vectors() {
        // Swiss AHV example 756.9217.0769.85, Austrian 1237 010180, PT NIF 123456789,
        // BE 93.05.18-223.61.
        assert!(ean13(&d("7569217076985")));
        assert!(!ean13(&d("7569217076986")));
        assert!(at_svnr(&d("1237010180")));
        assert!(!at_svnr(&d("1238010180")));
        assert!(pt_nif(&d("123456789")));
        assert!(!pt_nif(&d("123456788")));
        assert!(be_national_number(&d("93051822361")));
        assert!(!be_national_number(&d("93051822362")));
        assert!(tr_tckn(&d("10000000146")));
        assert!(!tr_tckn(&d("10000000147")));
    }

    #[test]
    fn americas_and_oceania_vectors() {
        assert_eq!(rut_check(&d("12345678")), Some(b'5'));
        // RENAPO's sample CURP.
        assert!(curp(b"HEGG560427MVZRRL04"));
        assert!(!curp(b"HEGG560427MVZRRL05"));
        assert!(au_tfn(&d("123456782")));
        assert!(!au_tfn(&d("123456781")));
        assert!(au_medicare(&d("2123456701")));
        assert!(!au_medicare(&d("2123456711")));
        // ICAO 9303 specimen document number L898902C3 has check digit 6.
        assert_eq!(icao_check(b"L898902C3"), Some(b'6'));
    }

    #[test]
    fn luhn_vectors() {
        for valid in [
            "4111111111111111",
            "79927398713",
            "378282246310005",
            "6011111111111117",
        ] {
            assert!(luhn(&digits_of(valid)), "{valid}");
        }
        for invalid in ["4111111111111112", "79927398710", "1", ""] {
            assert!(!luhn(&digits_of(invalid)), "{invalid}");
        }
    }

    #[test]
    fn mod97_vectors() {
        // GB82 WEST 1234 5698 7654 32, rearranged.
        assert!(mod97("WEST12345698765432GB82"));
        assert!(!mod97("WEST12345698765433GB82"));
        assert!(!mod97("GB!"));
    }
}
