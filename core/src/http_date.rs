//! HTTP-date (RFC 9110 §5.6.7), its three forms read exactly as the ABNF says:
//! IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, RFC 850
//! `Sunday, 06-Nov-94 08:49:37 GMT` and asctime `Sun Nov  6 08:49:37 1994`.
//! The `httpdate` crate it replaced read every two-digit year as 19xx and could
//! not read a date before 1970; it stays in the tests as an oracle.

// Plain arithmetic is safe here: every number is a bounded field of the text.
#![allow(clippy::arithmetic_side_effects)]

use crate::civil::{days_from_civil, days_in_month, digits, year_of_ms};

const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAY_NAMES: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&[u8; 3]; 12] =
    [b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec"];

/// The instant an HTTP-date names, in milliseconds since the epoch; `None` if
/// the text is not an HTTP-date. `now_ms` resolves RFC 850's two-digit years: a
/// year more than 50 years after `now`'s is the most recent past year with
/// those digits (§5.6.7). Names are case-sensitive, as the ABNF's `%s` says; the
/// day name is not checked against the date (the RFC asks no recipient to).
pub(crate) fn parse_ms(text: &str, now_ms: i64) -> Option<i64> {
    let b = text.as_bytes();
    fixdate_or_asctime(b).or_else(|| rfc850(b, now_ms))
}

fn fixdate_or_asctime(b: &[u8]) -> Option<i64> {
    let rest = DAY_NAMES.iter().find_map(|d| b.strip_prefix(d.as_bytes()))?;
    match rest {
        // IMF-fixdate: ", 06 Nov 1994 08:49:37 GMT"
        [b',', b' ', day @ ..] if day.len() == 24 => {
            let (day, rest) = (digits(day, 2)?, day.get(2..)?);
            let (month, rest) = (month(rest.get(1..4)?, rest.first() == Some(&b' '))?, rest.get(4..)?);
            let year = (rest.first() == Some(&b' ')).then(|| digits(rest.get(1..)?, 4)).flatten()?;
            at(i64::from(year), month, day, rest.get(5..)?, b" GMT")
        }
        // asctime: " Nov  6 08:49:37 1994"
        [b' ', rest @ ..] if rest.len() == 20 => {
            let month = month(rest.get(..3)?, true)?;
            let day = match rest.get(3..6)? {
                [b' ', b' ', d] => digits(&[*d], 1)?,
                [b' ', d1, d2] => digits(&[*d1, *d2], 2)?,
                _ => return None,
            };
            let (time, year) = (rest.get(6..15)?, rest.get(15..)?);
            let year = (year.first() == Some(&b' ')).then(|| digits(year.get(1..)?, 4)).flatten()?;
            at(i64::from(year), month, day, time, b"")
        }
        _ => None,
    }
}

/// RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"
fn rfc850(b: &[u8], now_ms: i64) -> Option<i64> {
    let rest = LONG_DAY_NAMES.iter().find_map(|d| b.strip_prefix(d.as_bytes()))?;
    let rest = rest.strip_prefix(b", ").filter(|r| r.len() == 22)?;
    let day = digits(rest, 2)?;
    let month = month(rest.get(3..6)?, rest.get(2) == Some(&b'-'))?;
    let two_digits = (rest.get(6) == Some(&b'-')).then(|| digits(rest.get(7..)?, 2)).flatten()?;
    at(two_digit_year(two_digits, now_ms), month, day, rest.get(9..)?, b" GMT")
}

/// The month named by three bytes, where `separated` says the byte before them
/// was the grammar's separator.
fn month(name: &[u8], separated: bool) -> Option<u32> {
    let index = MONTHS.iter().position(|m| m.as_slice() == name).filter(|_| separated)?;
    u32::try_from(index).ok().map(|i| i + 1)
}

/// The instant of a date and ` hh:mm:ss` followed by exactly `tail`.
fn at(year: i64, month: u32, day: u32, time: &[u8], tail: &[u8]) -> Option<i64> {
    let [b' ', h1, h2, b':', m1, m2, b':', s1, s2, rest @ ..] = time else {
        return None;
    };
    if rest != tail {
        return None;
    }
    let (hour, minute, second) = (digits(&[*h1, *h2], 2)?, digits(&[*m1, *m2], 2)?, digits(&[*s1, *s2], 2)?);
    // time-of-day allows a leap second (60); it is one second later here.
    if day == 0 || day > days_in_month(year, month) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let seconds = days_from_civil(year, month, day) * 86_400 + i64::from(hour * 3600 + minute * 60 + second);
    Some(seconds * 1000)
}

/// The full year of RFC 850's two digits: the latest year with those last two
/// digits that is at most 50 years after `now`'s year.
fn two_digit_year(two_digits: u32, now_ms: i64) -> i64 {
    let limit = year_of_ms(now_ms) + 50;
    let candidate = limit - limit.rem_euclid(100) + i64::from(two_digits);
    if candidate > limit {
        candidate - 100
    } else {
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::parse_ms;

    const NOW: i64 = 1_736_937_000_000; // 2025-01-15T10:30:00Z

    #[test]
    fn reads_the_three_forms() {
        let t = 784_111_777_000; // 1994-11-06T08:49:37Z, RFC 9110's example
        assert_eq!(parse_ms("Sun, 06 Nov 1994 08:49:37 GMT", NOW), Some(t));
        assert_eq!(parse_ms("Sunday, 06-Nov-94 08:49:37 GMT", NOW), Some(t));
        assert_eq!(parse_ms("Sun Nov  6 08:49:37 1994", NOW), Some(t));
        assert_eq!(parse_ms("Thu, 01 Jan 1970 00:00:00 GMT", NOW), Some(0));
        assert_eq!(parse_ms("Wed, 31 Dec 1969 23:59:59 GMT", NOW), Some(-1000));
        assert_eq!(parse_ms("Mon, 01 Jan 0001 00:00:00 GMT", NOW), Some(-62_135_596_800_000));
    }

    #[test]
    fn two_digit_years_look_at_most_50_years_ahead() {
        // 2025 + 50 = 2075: "75" is 2075, "76" is 1976, "25" is 2025.
        let short = |yy: &str| parse_ms(&format!("Monday, 01-Jan-{yy} 00:00:00 GMT"), NOW);
        let long = |yyyy: &str| parse_ms(&format!("Mon, 01 Jan {yyyy} 00:00:00 GMT"), NOW);
        assert_eq!(short("75"), long("2075"));
        assert_eq!(short("76"), long("1976"));
        assert_eq!(short("25"), long("2025"));
        assert_eq!(short("00"), long("2000"));
    }

    #[test]
    fn refuses_what_the_grammar_does_not_allow() {
        for bad in [
            "",
            "Sun, 06 Nov 1994 08:49:37 gmt",
            "sun, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 nov 1994 08:49:37 GMT",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun,  06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 94 08:49:37 GMT",
            "Sun, 31 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Nov 1994 08:49:61 GMT",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Nov 1994 08:49:37 GMT ",
            "Sun, 06-Nov-94 08:49:37 GMT",
            "Sunday, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-1994 08:49:37 GMT",
            "Sun Nov 6 08:49:37 1994",
            "Sun Nov  6 08:49:37 1994 GMT",
            "Sun Nov 06 08:49:37 94",
        ] {
            assert_eq!(parse_ms(bad, NOW), None, "{bad:?}");
        }
        assert_eq!(parse_ms("Sun Nov 06 08:49:37 1994", NOW), Some(784_111_777_000), "2DIGIT day");
    }
}
