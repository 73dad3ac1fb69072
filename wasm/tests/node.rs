//! The wasm crate's translation, run as WebAssembly in Node by
//! wasm-bindgen-test (`cargo xtask test --platform node` runs it): records
//! cross as the core's JSON, errors as JSON `{ kind, message, ... }`, an
//! interpretation in the compact form of `wire::LAYOUT`, and one handed back
//! (its fields, as the package reads them) drives the retry policy.
#![cfg(target_arch = "wasm32")]

use authos_errors_wasm::wire::{Kind, LAYOUT};
use authos_errors_wasm::*;
use js_sys::Reflect;
use std::collections::HashMap;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// JSON text from the module (or a thrown JSON string) as an object.
fn parse(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}

fn thrown(error: JsValue) -> JsValue {
    parse(&error.as_string().unwrap_or_default())
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The compact form read by its layout, as the package's generated reader does
/// (ASCII texts here, so UTF-16 lengths are bytes): each field by its JS name,
/// `None` for null, flags as `0`/`1`.
fn unwire(wire: &str) -> HashMap<&'static str, Option<String>> {
    let (head, mut texts) = wire.split_once(';').unwrap_or_default();
    let mut head = head.split(',');
    let flags = head.next().unwrap_or_default().to_owned();
    let numbers: Vec<&str> = head.by_ref().take(LAYOUT.iter().filter(|(_, k)| *k == Kind::Number).count()).collect();
    let lengths: Vec<&str> = head.collect();
    let (mut f, mut n, mut t) = (0, 0, 0);
    let mut out = HashMap::new();
    for (name, kind) in LAYOUT {
        let value = match kind {
            Kind::Flag => {
                f += 1;
                Some(flags[f - 1..f].to_owned())
            }
            Kind::Number => {
                n += 1;
                Some(numbers[n - 1].to_owned()).filter(|d| !d.is_empty())
            }
            Kind::Text => {
                t += 1;
                let length = lengths[t - 1];
                (!length.is_empty()).then(|| {
                    let (text, rest) = texts.split_at(length.parse().unwrap_or(0));
                    texts = rest;
                    text.to_owned()
                })
            }
        };
        out.insert(*name, value);
    }
    out
}

/// `interpret` as the package calls it: headers, tags and a text body joined,
/// with their UTF-16 lengths.
fn call(status: u16, headers: &[&str], locales: &[&str], body: &str, now: Option<f64>) -> Result<String, JsValue> {
    let parts: Vec<&str> = headers.iter().chain(locales).chain([&body]).copied().collect();
    let lengths: Vec<u32> = parts.iter().map(|p| p.encode_utf16().count() as u32).collect();
    interpret(status, &parts.concat(), &lengths, (headers.len() / 2) as u32, true, &[], now)
}

fn rate_limited() -> String {
    let body = r#"{"error":"Too many requests","error_code":"RATE_LIMIT_EXCEEDED"}"#;
    call(429, &["Retry-After", "30"], &["en"], body, Some(0.0)).unwrap_or_default()
}

fn field(wire: &HashMap<&str, Option<String>>, name: &str) -> Option<String> {
    wire.get(name).cloned().unwrap_or_else(|| panic!("{name} is not in the layout"))
}

#[wasm_bindgen_test]
fn an_interpretation_crosses_in_the_compact_form() {
    let wire = rate_limited();
    assert!(wire.starts_with("101,429,30000,,"), "known, not derived, retryable; status; Retry-After; no skew: {wire}");
    let i = unwire(&wire);
    assert_eq!(field(&i, "code").as_deref(), Some("RATE_LIMIT_EXCEEDED"));
    assert_eq!(field(&i, "action").as_deref(), Some("retry"));
    assert_eq!(field(&i, "field"), None, "absent values are null");
    assert_eq!(field(&i, "serverMessage").as_deref(), Some("Too many requests"));
    assert_eq!(field(&i, "locale").as_deref(), Some("en"));
    assert_eq!(field(&i, "retryAfterMs").as_deref(), Some("30000"));
    assert_eq!(field(&i, "clockSkewMs"), None);
    assert_eq!(field(&i, "requestId"), None);
    let with_id = call(500, &["X-Request-ID", "req-7"], &["en"], "", Some(0.0)).unwrap_or_default();
    assert_eq!(field(&unwire(&with_id), "requestId").as_deref(), Some("req-7"));
}

#[wasm_bindgen_test]
fn texts_are_cut_by_utf16_length() {
    let body = r#"{"error":"😀 ; , é","error_code":"BAD_REQUEST"}"#;
    let wire = call(400, &[], &["ü", "en"], body, Some(0.0)).unwrap_or_default();
    assert_eq!(text_length(&wire, "code"), Some("11"), "the code's length");
    assert_eq!(text_length(&wire, "serverMessage"), Some("8"), "the emoji is two UTF-16 units");
}

/// The length the compact form gives the text field `name`, found by its
/// place in `LAYOUT` (after the flags and the numbers).
fn text_length<'w>(wire: &'w str, name: &str) -> Option<&'w str> {
    let numbers = LAYOUT.iter().filter(|(_, k)| *k == Kind::Number).count();
    let nth = LAYOUT.iter().filter(|(_, k)| *k == Kind::Text).position(|(n, _)| *n == name)?;
    wire.split_once(';')?.0.split(',').nth(1 + numbers + nth)
}

#[wasm_bindgen_test]
fn a_success_status_is_a_not_an_error_object() {
    let thrown = thrown(call(204, &[], &[], "", None).err().unwrap_or(JsValue::NULL));
    assert_eq!(get(&thrown, "kind").as_string().as_deref(), Some("NotAnError"));
    assert_eq!(get(&thrown, "status").as_f64(), Some(204.0));
    let message = get(&thrown, "message").as_string().unwrap_or_default();
    assert!(message.starts_with("HTTP status 204 is not an error"), "the core's Display: {message}");
}

#[wasm_bindgen_test]
fn a_body_as_bytes_is_used_as_is_and_lengths_past_the_text_are_harmless() {
    let lengths = [11, 1, 99, 5];
    let wire = interpret(503, "Retry-After5en", &lengths, 1, false, b"\xff\xfe<html>", Some(0.0)).unwrap_or_default();
    let i = unwire(&wire);
    assert_eq!(field(&i, "retryAfterMs").as_deref(), Some("5000"));
    assert_eq!(field(&i, "code").as_deref(), Some("SERVICE_UNAVAILABLE"));
}

#[wasm_bindgen_test]
fn an_interpretation_handed_back_drives_the_retry_policy() {
    let default = parse(&default_retry_policy());
    assert_eq!(get(&default, "base_delay_ms").as_f64(), Some(500.0), "the core's own JSON");
    let policy = [Some(500.0), Some(30_000.0), Some(5.0), Some(120_000.0)];
    let [base, max, attempts, budget] = policy;
    let decision = retry_decision(base, max, attempts, budget, "retry", Some(true), Some(30_000.0), "", 1, 0.0, 0.0);
    let decision = parse(&decision.unwrap_or_default());
    assert_eq!(get(&decision, "kind").as_string().as_deref(), Some("retry_after"));
    assert_eq!(get(&decision, "delay_ms").as_f64(), Some(30_000.0));
    let step = parse(&poll_step(5_000.0, "continue_polling", Some(true), None, "slow_down").unwrap_or_default());
    assert_eq!(get(&step, "kind").as_string().as_deref(), Some("slow_down"));
    assert_eq!(get(&step, "interval_ms").as_f64(), Some(10_000.0));
    let refusals = [
        retry_decision(base, max, attempts, budget, "nope", Some(true), None, "", 1, 0.0, 0.0),
        retry_decision(base, max, attempts, budget, "retry", None, None, "", 1, 0.0, 0.0),
        retry_decision(base, max, attempts, budget, "retry", Some(true), Some(-1.0), "", 1, 0.0, 0.0),
        retry_decision(base, max, Some(1e10), budget, "retry", Some(true), None, "", 1, 0.0, 0.0),
        retry_decision(None, max, attempts, budget, "retry", Some(true), None, "", 1, 0.0, 0.0),
    ];
    for refused in refusals {
        let thrown = thrown(refused.err().unwrap_or(JsValue::NULL));
        assert_eq!(get(&thrown, "kind").as_string().as_deref(), Some("TypeError"));
    }
}

#[wasm_bindgen_test]
fn locale_data_that_is_not_whole_is_refused() {
    let thrown = thrown(load_locale_data(&[1, 2, 3]).err().unwrap_or(JsValue::NULL));
    assert_eq!(get(&thrown, "kind").as_string().as_deref(), Some("InvalidLocaleData"));
    assert_eq!(negotiate_locale("de", &[2]), "en", "nothing was loaded");
    assert_eq!(best_shipped_locale("de-AT", &[5]), "de");
    assert_eq!(best_shipped_locale("xxfr-CA", &[2, 5]), "fr", "tags cut by their lengths, in order");
    assert_eq!(best_shipped_locale("", &[]), "en");
}

#[cfg(feature = "full")]
#[wasm_bindgen_test]
fn a_raw_response_is_split_with_the_body_as_its_start() {
    let raw = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/2 503\r\nRetry-After: 5\r\n\r\n<html>down</html>";
    let parts = parse(&parse_raw_response(raw).unwrap_or_default());
    assert_eq!(get(&parts, "status").as_f64(), Some(503.0));
    assert_eq!(get(&parts, "body_start").as_f64(), Some((raw.len() - b"<html>down</html>".len()) as f64));
    let thrown = thrown(parse_raw_response(b"nope").err().unwrap_or(JsValue::NULL));
    assert_eq!(get(&thrown, "kind").as_string().as_deref(), Some("InvalidRawResponse"));
}

#[cfg(feature = "full")]
#[wasm_bindgen_test]
fn explain_gives_the_reference_row_word_for_word() {
    let entry = parse(&explain("WEAK_PASSWORD", "en", &[2]));
    assert_eq!(get(&entry, "description").as_string().as_deref(), Some("Password doesn’t meet requirements"));
    assert_eq!(get(&entry, "locale").as_string().as_deref(), Some("en"));
    assert!(parse(&explain("NO_SUCH_CODE", "", &[])).is_null());
    assert!(js_sys::Array::is_array(&parse(&catalogue("", &[]))));
}
