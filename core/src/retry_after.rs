//! `Retry-After` (RFC 9110 §10.2.3): delta-seconds or an HTTP-date against `now`.

/// Waits past what can be represented are read as 2^31 seconds (68 years), as RFC
/// 9111 §1.2.2 prescribes for delta-seconds; HTTP-dates are held to the same bound.
/// The result stays exact in every language (JavaScript numbers included).
const MAX_WAIT_MS: u64 = (1 << 31) * 1000;

/// The wait in milliseconds, never negative; `None` where the value cannot be read
/// (or is an HTTP-date and there is no clock).
pub(crate) fn parse(value: &str, now_ms: Option<i64>) -> Option<u64> {
    let value = value.trim_matches([' ', '\t']);
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        let seconds =
            value.bytes().try_fold(0u64, |n, b| n.checked_mul(10)?.checked_add(u64::from(b.wrapping_sub(b'0'))));
        return Some(seconds.and_then(|s| s.checked_mul(1000)).unwrap_or(MAX_WAIT_MS).min(MAX_WAIT_MS));
    }
    let now_ms = now_ms?;
    let date_ms = crate::http_date::parse_ms(value, now_ms)?;
    // A date at or before now, whatever its year (1969 included), is no wait.
    let wait = date_ms.saturating_sub(now_ms);
    Some(u64::try_from(wait).unwrap_or(0).min(MAX_WAIT_MS))
}

#[cfg(test)]
mod tests {
    use super::parse;

    const NOW: i64 = 1_736_937_000_000; // 2025-01-15T10:30:00Z

    #[test]
    fn delta_seconds() {
        assert_eq!(parse("30", None), Some(30_000));
        assert_eq!(parse(" 0 ", None), Some(0));
        assert_eq!(parse("99999999999999999999999", None), Some((1 << 31) * 1000));
        for bad in ["", "-5", "1.5", "3 0", "+30", "30s", "٣٠"] {
            assert_eq!(parse(bad, Some(NOW)), None, "{bad:?}");
        }
    }

    #[test]
    fn http_dates() {
        assert_eq!(parse("Wed, 15 Jan 2025 10:30:30 GMT", Some(NOW)), Some(30_000));
        assert_eq!(parse("Wednesday, 15-Jan-25 10:31:00 GMT", Some(NOW)), Some(60_000));
        assert_eq!(parse("Wed Jan 15 10:30:10 2025", Some(NOW)), Some(10_000));
        assert_eq!(parse("Wed, 15 Jan 2025 10:00:00 GMT", Some(NOW)), Some(0), "past: no wait");
        assert_eq!(parse("Wed, 15 Jan 2025 10:30:30 GMT", None), None, "no clock");
        assert_eq!(parse("Wed, 32 Jan 2025 10:30:30 GMT", Some(NOW)), None);
        assert_eq!(parse("Wed, 31 Dec 1969 23:59:59 GMT", Some(NOW)), Some(0), "before 1970: past");
        assert_eq!(parse("Thursday, 15-Jan-76 10:30:00 GMT", Some(NOW)), Some(0), "1976, not 2076");
    }
}
