//! `interpret` with any status, headers, locales, clock and body.
//!
//! Input layout (so that seeds can be written from the vectors):
//! status (2 bytes, LE) · now in ms (8 bytes, LE) · headers as `Name: value` lines ·
//! 0xFF · locales separated by `,` · 0xFF · body (the rest, any bytes).
//! 0xFF never occurs in UTF-8, so it cannot collide with text.
#![no_main]

use authos_errors::{interpret, Request};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (status, rest) = data.split_at_checked(2).unwrap_or((&[0, 0], data));
    let (now, rest) = rest.split_at_checked(8).unwrap_or((&[0; 8], rest));
    let status = u16::from_le_bytes([status[0], status[1]]);
    let now_ms = i64::from_le_bytes(now.try_into().unwrap_or([0; 8]));
    let mut parts = rest.splitn(3, |&b| b == 0xFF);
    let headers_text = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
    let locales_text = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
    let body = parts.next().unwrap_or_default();
    let headers: Vec<(&str, &str)> =
        headers_text.lines().map(|l| l.split_once(':').unwrap_or((l, ""))).collect();
    let locales: Vec<&str> = locales_text.split(',').collect();
    let request = Request { status, headers: &headers, body, locales: &locales, now_ms: Some(now_ms) };
    if let Ok(i) = interpret(&request) {
        assert!(!i.message.is_empty());
        assert!(i.retry_after_ms.is_none_or(|ms| ms <= (1u64 << 31) * 1000));
    }
});
