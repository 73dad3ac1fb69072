//! `request_id` (docs/reading.md, "Request ids"): the id a support person asks
//! for. The first present of `x-request-id`, `request-id` and `x-correlation-id`
//! decides (an empty or overlong one is null, not a reason to look further);
//! with none of them, the trace-id of a valid W3C `traceparent`.

use crate::sanitize;

/// Longer ids are not ids: null.
pub const MAX_REQUEST_ID_CHARS: usize = 128;

/// The request id from the id headers, in the contract's order of preference,
/// and the `traceparent` value.
pub(crate) fn read(ids: [Option<&str>; 3], traceparent: Option<&str>) -> Option<String> {
    match ids.into_iter().flatten().next() {
        Some(id) => sanitize::server_text(id).filter(|id| id.chars().count() <= MAX_REQUEST_ID_CHARS),
        None => traceparent.and_then(trace_id).map(str::to_owned),
    }
}

/// The trace-id of a `traceparent` (W3C Trace Context §3.2): `version "-"
/// trace-id "-" parent-id "-" trace-flags`, lowercase hex; version `ff` is
/// invalid; version `00` is exactly 55 characters, a later version may go on
/// after a `-`; ids of all zeros are invalid.
fn trace_id(value: &str) -> Option<&str> {
    let value = value.trim_matches([' ', '\t']);
    let b = value.as_bytes();
    let hex = |range: std::ops::Range<usize>| {
        b.get(range).is_some_and(|f| f.iter().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f')))
    };
    let dash = |i: usize| b.get(i) == Some(&b'-');
    let well_formed = hex(0..2) && dash(2) && hex(3..35) && dash(35) && hex(36..52) && dash(52) && hex(53..55);
    let version = b.get(0..2)?;
    let length_fits = match version {
        b"00" => b.len() == 55,
        b"ff" => false,
        _ => b.len() == 55 || dash(55),
    };
    let trace = value.get(3..35)?;
    let parent = value.get(36..52)?;
    let nonzero = |id: &str| id.bytes().any(|c| c != b'0');
    (well_formed && length_fits && nonzero(trace) && nonzero(parent)).then_some(trace)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRACE: &str = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    #[test]
    fn ids_in_order_then_the_trace() {
        assert_eq!(read([Some("a"), Some("b"), Some("c")], Some(TRACE)).as_deref(), Some("a"));
        assert_eq!(read([None, Some("b"), Some("c")], None).as_deref(), Some("b"));
        assert_eq!(read([None, None, None], Some(TRACE)).as_deref(), Some("4bf92f3577b34da6a3ce929d0e0e4736"));
        assert_eq!(read([Some(""), Some("b"), None], Some(TRACE)), None, "empty: null");
        assert_eq!(read([Some(&"x".repeat(129)), None, None], None), None);
        assert_eq!(read([Some(&"x".repeat(128)), None, None], None).map(|s| s.len()), Some(128));
        assert_eq!(read([Some("req\u{1b}[31m-1\u{202e}"), None, None], None).as_deref(), Some("req-1"));
    }

    #[test]
    fn only_valid_traceparents() {
        assert_eq!(trace_id(TRACE), Some("4bf92f3577b34da6a3ce929d0e0e4736"));
        assert_eq!(
            trace_id("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future"),
            Some("4bf92f3577b34da6a3ce929d0e0e4736")
        );
        for bad in [
            "",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-",
            "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x",
            "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
        ] {
            assert_eq!(trace_id(bad), None, "{bad:?}");
        }
    }
}
