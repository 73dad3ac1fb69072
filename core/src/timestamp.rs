//! The body's `timestamp`: RFC 3339, read by the `time` crate.

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// An RFC 3339 `date-time` as milliseconds since the Unix epoch, floored (so
/// `1969-12-31T23:59:59.9999Z` is -1); `None` if it is not valid RFC 3339. The
/// body's `timestamp`, the CLI's `--now` and the vectors' `now` are all read by it.
pub fn parse_ms(text: &str) -> Option<i64> {
    // The longest sensible RFC 3339 text, with nanoseconds and an offset, is 35 bytes.
    if text.len() > 64 {
        return None;
    }
    let at = OffsetDateTime::parse(text, &Rfc3339).ok()?;
    i64::try_from(at.unix_timestamp_nanos().div_euclid(1_000_000)).ok()
}

#[cfg(test)]
mod tests {
    use super::parse_ms;

    #[test]
    fn reads_rfc3339_only() {
        assert_eq!(parse_ms("2025-01-15T10:30:00Z"), Some(1_736_937_000_000));
        assert_eq!(parse_ms("2025-01-15T11:30:00.5+01:00"), Some(1_736_937_000_500));
        assert_eq!(parse_ms("1969-12-31T23:59:59.9999Z"), Some(-1));
        for bad in
            ["", "2025-01-15", "2025-01-15 10:30:00", "2025-13-01T00:00:00Z", "1736937000", "2025-01-15T10:30:00"]
        {
            assert_eq!(parse_ms(bad), None, "{bad:?}");
        }
    }
}
