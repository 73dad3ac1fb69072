//! The wasm crate's translation, run as WebAssembly in Node by
//! wasm-bindgen-test (`cargo xtask test --platform node` runs it): records
//! cross as camelCase JSON, errors as JSON `{ kind, ... }`, and an
//! interpretation handed back as a plain object is read for the retry policy.
#![cfg(target_arch = "wasm32")]

use authos_errors_wasm::*;
use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// JSON text from the module (or a thrown JSON string) as the object the package makes of it.
fn parse(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap_or(JsValue::NULL)
}

fn thrown(error: JsValue) -> JsValue {
    parse(&error.as_string().unwrap_or_default())
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The compact form's numbers and its texts (ASCII here, so lengths are bytes).
fn unwire(wire: &str) -> (Vec<String>, Vec<Option<String>>) {
    let (head, mut texts) = wire.split_once(';').unwrap_or_default();
    let head: Vec<String> = head.split(',').map(str::to_owned).collect();
    let mut cut = Vec::new();
    for length in head.iter().skip(4) {
        if length.is_empty() {
            cut.push(None);
        } else {
            let (text, rest) = texts.split_at(length.parse().unwrap_or(0));
            cut.push(Some(text.to_owned()));
            texts = rest;
        }
    }
    (head, cut)
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

#[wasm_bindgen_test]
fn an_interpretation_crosses_in_the_compact_form() {
    let (head, texts) = unwire(&rate_limited());
    assert_eq!(head[..4], ["101", "429", "30000", ""], "known, not derived, retryable; status; Retry-After; no skew");
    assert_eq!(texts.len(), 10);
    assert_eq!(texts[0].as_deref(), Some("RATE_LIMIT_EXCEEDED"));
    assert_eq!(texts[3].as_deref(), Some("retry"));
    assert_eq!(texts[4], None, "absent values are null");
    assert_eq!(texts[5].as_deref(), Some("Too many requests"));
    assert_eq!(texts[7].as_deref(), Some("en"));
}

#[wasm_bindgen_test]
fn texts_are_cut_by_utf16_length() {
    let body = r#"{"error":"😀 ; , é","error_code":"BAD_REQUEST"}"#;
    let wire = call(400, &[], &["ü", "en"], body, Some(0.0)).unwrap_or_default();
    let head: Vec<&str> = wire.split_once(';').unwrap_or_default().0.split(',').collect();
    assert_eq!(head[4], "11", "the code's length");
    assert_eq!(head[9], "8", "the emoji is two UTF-16 units");
}

#[wasm_bindgen_test]
fn a_success_status_is_a_not_an_error_object() {
    let thrown = thrown(call(204, &[], &[], "", None).err().unwrap_or(JsValue::NULL));
    assert_eq!(get(&thrown, "kind").as_string().as_deref(), Some("NotAnError"));
    assert_eq!(get(&thrown, "status").as_f64(), Some(204.0));
}

#[wasm_bindgen_test]
fn a_body_as_bytes_is_used_as_is_and_lengths_past_the_text_are_harmless() {
    let lengths = [11, 1, 99, 5];
    let wire = interpret(503, "Retry-After5en", &lengths, 1, false, b"\xff\xfe<html>", Some(0.0)).unwrap_or_default();
    let (head, texts) = unwire(&wire);
    assert_eq!(head[2], "5000");
    assert_eq!(texts[0].as_deref(), Some("SERVICE_UNAVAILABLE"));
}

#[wasm_bindgen_test]
fn an_interpretation_handed_back_drives_the_retry_policy() {
    let policy = parse(&default_retry_policy());
    let failure = parse(
        r#"{"code":"RATE_LIMIT_EXCEEDED","status":429,"category":"general","audience":"user","action":"retry","retryable":true,"retryAfterMs":30000}"#,
    );
    let decision = parse(&retry_decision(policy.clone(), failure, 1, 0.0, 0.0).unwrap_or_default());
    assert_eq!(get(&decision, "kind").as_string().as_deref(), Some("retryAfter"));
    assert_eq!(get(&decision, "delayMs").as_f64(), Some(30_000.0));
    let refused = retry_decision(policy, JsValue::from_str("nope"), 1, 0.0, 0.0);
    let thrown = thrown(refused.err().unwrap_or(JsValue::NULL));
    assert_eq!(get(&thrown, "kind").as_string().as_deref(), Some("TypeError"));
}

#[wasm_bindgen_test]
fn locale_data_that_is_not_whole_is_refused() {
    let thrown = thrown(load_locale_data(&[1, 2, 3]).err().unwrap_or(JsValue::NULL));
    assert_eq!(get(&thrown, "kind").as_string().as_deref(), Some("InvalidLocaleData"));
    assert_eq!(negotiate_locale(vec!["de".into()]), "en", "nothing was loaded");
    assert_eq!(best_shipped_locale(vec!["de-AT".into()]), "de");
}

#[wasm_bindgen_test]
fn a_raw_response_is_split_with_the_body_as_its_start() {
    let raw = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/2 503\r\nRetry-After: 5\r\n\r\n<html>down</html>";
    let parts = parse(&parse_raw_response(raw).unwrap_or_default());
    assert_eq!(get(&parts, "status").as_f64(), Some(503.0));
    assert_eq!(get(&parts, "bodyStart").as_f64(), Some((raw.len() - b"<html>down</html>".len()) as f64));
    let thrown = thrown(parse_raw_response(b"nope").err().unwrap_or(JsValue::NULL));
    assert_eq!(get(&thrown, "kind").as_string().as_deref(), Some("InvalidRawResponse"));
}
