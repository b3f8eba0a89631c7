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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::digits_of;

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
