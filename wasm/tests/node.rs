//! The wasm crate's translation, run as WebAssembly in Node by
//! wasm-bindgen-test (`cargo xtask test --platform node` runs it): records
//! cross as plain camelCase objects, errors as `{ kind, ... }`, and an
//! interpretation handed back is read for the retry policy.
#![cfg(target_arch = "wasm32")]

use authos_errors_wasm::*;
use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn rate_limited() -> JsValue {
    let headers = vec!["Retry-After".to_owned(), "30".to_owned()];
    let body = br#"{"error":"Too many requests","error_code":"RATE_LIMIT_EXCEEDED"}"#;
    interpret(429, headers, body, vec!["en".into()], Some(0.0)).unwrap_or(JsValue::NULL)
}

#[wasm_bindgen_test]
fn an_interpretation_is_a_plain_camel_case_object() {
    let answer = rate_limited();
    assert_eq!(get(&answer, "code").as_string().as_deref(), Some("RATE_LIMIT_EXCEEDED"));
    assert_eq!(get(&answer, "retryAfterMs").as_f64(), Some(30_000.0));
    assert_eq!(get(&answer, "action").as_string().as_deref(), Some("retry"));
    assert!(get(&answer, "field").is_null(), "absent values are null");
    assert!(get(&answer, "retry_after_ms").is_undefined(), "no snake_case fields");
}

#[wasm_bindgen_test]
fn a_success_status_is_a_not_an_error_object() {
    let thrown = interpret(204, vec![], b"", vec![], None).err().unwrap_or(JsValue::NULL);
    assert_eq!(get(&thrown, "kind").as_string().as_deref(), Some("NotAnError"));
    assert_eq!(get(&thrown, "status").as_f64(), Some(204.0));
}

#[wasm_bindgen_test]
fn an_odd_number_of_header_strings_loses_only_the_last() {
    let headers = vec!["Retry-After".to_owned(), "5".to_owned(), "dangling".to_owned()];
    let answer = interpret(503, headers, b"", vec![], Some(0.0)).unwrap_or(JsValue::NULL);
    assert_eq!(get(&answer, "retryAfterMs").as_f64(), Some(5_000.0));
}

#[wasm_bindgen_test]
fn an_interpretation_handed_back_drives_the_retry_policy() {
    let decision = retry_decision(default_retry_policy(), rate_limited(), 1, 0.0, 0.0).unwrap_or(JsValue::NULL);
    assert_eq!(get(&decision, "kind").as_string().as_deref(), Some("retryAfter"));
    assert_eq!(get(&decision, "delayMs").as_f64(), Some(30_000.0));
    let refused = retry_decision(default_retry_policy(), JsValue::from_str("nope"), 1, 0.0, 0.0);
    let thrown = refused.err().unwrap_or(JsValue::NULL);
    assert_eq!(get(&thrown, "kind").as_string().as_deref(), Some("TypeError"));
}

#[wasm_bindgen_test]
fn locale_data_that_is_not_whole_is_refused() {
    let thrown = load_locale_data(&[1, 2, 3]).err().unwrap_or(JsValue::NULL);
    assert_eq!(get(&thrown, "kind").as_string().as_deref(), Some("InvalidLocaleData"));
    assert_eq!(negotiate_locale(vec!["de".into()]), "en", "nothing was loaded");
    assert_eq!(best_shipped_locale(vec!["de-AT".into()]), "de");
}
