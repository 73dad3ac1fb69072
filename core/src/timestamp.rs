//! RFC 3339 `date-time` (§5.6), read exactly as its ABNF says: the `time` crate
//! it replaced accepted other bytes between date and time and refused long
//! fractions. The crate stays in the tests as an oracle (tests/rfc_grammars.rs).

// Plain arithmetic is safe here: every number is a bounded field of the text.
#![allow(clippy::arithmetic_side_effects)]

use crate::civil::{days_from_civil, days_in_month, digits};

/// An RFC 3339 `date-time` as milliseconds since the Unix epoch, floored (so
/// `1969-12-31T23:59:59.9999Z` is -1); `None` if it is not valid RFC 3339.
///
/// `T`, `t` or one space between date and time (§5.6's note); `Z`, `z` or a
/// numeric offset; any number of fraction digits; a leap second (`:60`) only
/// where §5.7 allows one (23:59:60 UTC on a month's last day), read as
/// `:59.999`. The body's `timestamp`, the CLI's `--now` and the vectors' `now`
/// are all read by it.
pub fn parse_ms(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let year = digits(b, 4)?;
    let month = after(b, 4, b'-').and_then(|r| digits(r, 2))?;
    let day = after(b, 7, b'-').and_then(|r| digits(r, 2))?;
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let hour = digits(b.get(11..)?, 2)?;
    let minute = after(b, 13, b':').and_then(|r| digits(r, 2))?;
    let second = after(b, 16, b':').and_then(|r| digits(r, 2))?;
    let mut rest = b.get(19..)?;
    let mut fraction_ms = 0u32;
    if let Some(fraction) = rest.strip_prefix(b".") {
        let count = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if count == 0 {
            return None;
        }
        // Floored: the digits past the millisecond are read (checked) and dropped.
        let ms_digits = fraction.get(..count.min(3))?;
        fraction_ms = ms_digits.iter().fold(0, |n, &c| n * 10 + u32::from(c - b'0'));
        fraction_ms *= [100, 10, 1].get(ms_digits.len().wrapping_sub(1)).copied().unwrap_or(1);
        rest = fraction.get(count..)?;
    }
    let offset_minutes: i64 = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let hours = digits(&[*h1, *h2], 2)?;
            let minutes = digits(&[*m1, *m2], 2)?;
            if hours > 23 || minutes > 59 {
                return None;
            }
            let total = i64::from(hours * 60 + minutes);
            if *sign == b'-' {
                -total
            } else {
                total
            }
        }
        _ => return None,
    };
    let year = i64::from(year);
    if month == 0 || day == 0 || day > days_in_month(year, month) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let days = days_from_civil(year, month, day);
    let local_seconds = days * 86_400 + i64::from(hour * 3600 + minute * 60 + second.min(59));
    let utc_seconds = local_seconds - offset_minutes * 60;
    if second == 60 && !is_leap_second_slot(utc_seconds) {
        return None;
    }
    let fraction_ms = if second == 60 { 999 } else { i64::from(fraction_ms) };
    Some(utc_seconds * 1000 + fraction_ms)
}

/// `rest` of `bytes` after the separator expected at `index`.
fn after(bytes: &[u8], index: usize, separator: u8) -> Option<&[u8]> {
    (bytes.get(index) == Some(&separator)).then(|| bytes.get(index.wrapping_add(1)..)).flatten()
}

/// 23:59:59 UTC on the last day of a month: where §5.7 puts a leap second (read
/// here with its second as 59).
fn is_leap_second_slot(utc_seconds: i64) -> bool {
    let next_day = utc_seconds.div_euclid(86_400) + 1;
    utc_seconds.rem_euclid(86_400) == 86_399 && crate::civil::day_of_month(next_day) == 1
}

#[cfg(test)]
mod tests {
    use super::parse_ms;

    #[test]
    fn reads_rfc3339_only() {
        assert_eq!(parse_ms("2025-01-15T10:30:00Z"), Some(1_736_937_000_000));
        assert_eq!(parse_ms("2025-01-15T11:30:00.5+01:00"), Some(1_736_937_000_500));
        assert_eq!(parse_ms("2025-01-15 10:30:00z"), Some(1_736_937_000_000));
        assert_eq!(parse_ms("1969-12-31T23:59:59.9999Z"), Some(-1));
        assert_eq!(parse_ms(&format!("2025-01-15t10:30:00.{}Z", "9".repeat(200))), Some(1_736_937_000_999));
        assert_eq!(parse_ms("2016-12-31T23:59:60Z"), Some(1_483_228_799_999));
        assert_eq!(parse_ms("2016-12-31T18:59:60-05:00"), Some(1_483_228_799_999));
        for bad in [
            "",
            "2025-01-15",
            "2025-01-15  10:30:00Z",
            "2025-01-15\u{1b}10:30:00Z",
            "2025-01-15_10:30:00Z",
            "2025-13-01T00:00:00Z",
            "2025-02-29T00:00:00Z",
            "1736937000",
            "2025-01-15T10:30:00",
            "2025-01-15T10:30:00.Z",
            "2025-01-15T10:30:00+0100",
            "2025-01-15T10:30:00+24:00",
            "2025-01-15T10:30:60Z",
            "2025-01-15T10:30:00Z ",
            "+2025-01-15T10:30:00Z",
        ] {
            assert_eq!(parse_ms(bad), None, "{bad:?}");
        }
    }
}
