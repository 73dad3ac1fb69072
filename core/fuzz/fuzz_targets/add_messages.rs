//! The run-time message loaders: `add_messages` (Fluent text from an app) and
//! `load_locale_data` (a locale file from the network), then an interpretation
//! in whatever was added, so a broken table that was accepted would show.
//!
//! Input layout: one byte picks the loader (even: Fluent, odd: locale data); for
//! Fluent, the locale tag up to 0xFF and the text after it (0xFF never occurs in
//! UTF-8); for locale data, the rest as bytes.
#![no_main]

use authos_errors::{add_messages, clear_added_messages, interpret, load_locale_data, Request};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let added = if mode % 2 == 0 {
        let mut parts = rest.splitn(2, |&b| b == 0xFF);
        let tag = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
        let ftl = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
        add_messages(&tag, &ftl)
    } else {
        load_locale_data(rest)
    };
    if let Ok(added) = added {
        let locales = [added.locale.as_str()];
        for (status, body) in [(401, &br#"{"error_code":"TOKEN_EXPIRED"}"#[..]), (429, b""), (503, b"<html>")] {
            let request = Request::new(status).body(body).headers(&[("Retry-After", "90")]).locales(&locales).now_ms(0);
            if let Ok(i) = interpret(&request) {
                assert!(!i.message.is_empty(), "an empty message after adding {}", added.locale);
            }
        }
    }
    // Each input starts from the compiled-in messages, and memory stays bounded.
    clear_added_messages();
});
