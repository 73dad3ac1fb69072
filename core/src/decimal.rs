//! The one writer of whole numbers as ASCII decimal digits, for the messages'
//! waits and the npm module's compact form: without the formatting machinery,
//! which cost a third of a message's time and of the compact form's.

/// Appends `n` in decimal digits.
pub fn push(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    for slot in digits.iter_mut().rev() {
        // A digit: n % 10 < 10, so the sum stays within b'0'..=b'9'.
        *slot = b'0'.wrapping_add((n % 10) as u8);
        start = start.saturating_sub(1);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits.get(start..).unwrap_or_default().iter().map(|&d| char::from(d)));
}

/// `n` in decimal digits, for messages built without `format!` (see `Error::message`).
pub fn string(n: u64) -> String {
    let mut out = String::new();
    push(&mut out, n);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_are_plain_decimal() {
        for n in [0, 1, 7, 9, 10, 101, 429, 30_000, 596_524, 10u64.pow(19), u64::MAX] {
            let mut out = String::new();
            super::push(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }
}
