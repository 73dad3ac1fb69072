//! The CLI's raw HTTP response reader, and `interpret` of whatever it reads.
#![no_main]

use authos_errors::{interpret, parse_raw_response, Request};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(raw) = parse_raw_response(data) {
        assert!(raw.body.len() <= data.len());
        let _ = interpret(&Request::new(raw.status).headers(&raw.headers).body(raw.body).now_ms(0));
    }
});
