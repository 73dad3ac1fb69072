//! Invariants that hold for every input (proptest): interpretation never panics,
//! refuses only statuses that are not errors, keeps every enum in its vocabulary,
//! and never lets the server's text into the user-facing message.

use authos_errors::{interpret, shipped_locales, Action, Audience, Category, Error, Field, Request};
use proptest::prelude::*;

fn any_headers() -> impl Strategy<Value = Vec<(String, String)>> {
    let name = prop_oneof![Just("Retry-After".to_string()), Just("content-type".to_string()), any::<String>()];
    let value = prop_oneof![
        "[0-9]{0,25}",
        Just("application/problem+json".to_string()),
        Just("Wed, 15 Jan 2025 10:30:30 GMT".to_string()),
        any::<String>()
    ];
    proptest::collection::vec((name, value), 0..4)
}

fn any_body() -> impl Strategy<Value = Vec<u8>> {
    let code =
        prop_oneof![Just("TOKEN_EXPIRED".to_string()), Just("slow_down".to_string()), "[A-Z_]{1,20}", any::<String>()];
    let json = (code, any::<String>(), any::<String>()).prop_map(|(c, e, t)| {
        serde_json::json!({"error": e, "error_code": c, "timestamp": t}).to_string().into_bytes()
    });
    prop_oneof![json, proptest::collection::vec(any::<u8>(), 0..512), any::<String>().prop_map(String::into_bytes)]
}

fn any_locales() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(prop_oneof!["[a-zA-Z_-]{0,12}", any::<String>()], 0..4)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn any_input_gets_a_well_formed_answer(
        status in any::<u16>(),
        headers in any_headers(),
        body in any_body(),
        locales in any_locales(),
        now_ms in any::<i64>(),
    ) {
        let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        let locales: Vec<&str> = locales.iter().map(String::as_str).collect();
        let request = Request { status, headers: &headers, body: &body, locales: &locales, now_ms: Some(now_ms) };
        match interpret(&request) {
            Err(Error::NotAnError { status: s }) => {
                prop_assert!((100..400).contains(&status));
                prop_assert_eq!(s, status);
                let said = format!("HTTP status {status} is not an error (1xx, 2xx and 3xx are not interpreted)");
                prop_assert_eq!(Error::NotAnError { status: s }.to_string(), said);
            }
            Ok(i) => {
                prop_assert!(!(100..400).contains(&status));
                prop_assert_eq!(i.status, status);
                prop_assert!(!i.code.is_empty());
                prop_assert_eq!(i.known, i.known_code.is_some());
                prop_assert!(!i.message.trim().is_empty());
                prop_assert!(shipped_locales().any(|l| l == i.locale));
                prop_assert!(i.retry_after_ms.is_none_or(|ms| ms <= (1u64 << 31) * 1000));
                if let Some(text) = &i.server_message {
                    prop_assert!(text.chars().count() <= 512);
                    prop_assert!(!text.chars().any(char::is_control));
                }
                // Every enum serializes to a value of its vocabulary.
                let v = serde_json::to_value(&i).map_err(|e| TestCaseError::fail(e.to_string()))?;
                let text = |k: &str| v[k].as_str().map(str::to_owned).unwrap_or_default();
                prop_assert!(Category::parse(&text("category")).is_some());
                prop_assert!(Audience::parse(&text("audience")).is_some());
                prop_assert!(Action::parse(&text("action")).is_some());
                prop_assert!(v["field"].is_null() || Field::parse(&text("field")).is_some());
            }
            Err(other) => prop_assert!(false, "interpret refused {:?}", other),
        }
    }

    #[test]
    fn the_message_never_depends_on_the_servers_text(
        status in 400u16..600,
        code in prop_oneof![Just("TOKEN_EXPIRED".to_string()), Just("RATE_LIMIT_EXCEEDED".to_string()), "[A-Z_]{1,12}"],
        text in any::<String>(),
        retry_after in "[0-9]{0,6}",
    ) {
        let with = serde_json::json!({"error": text, "error_code": code}).to_string();
        let without = serde_json::json!({"error_code": code}).to_string();
        let headers = [("retry-after", retry_after.as_str())];
        let a = interpret(&Request::new(status).body(with.as_bytes()).headers(&headers).now_ms(0));
        let b = interpret(&Request::new(status).body(without.as_bytes()).headers(&headers).now_ms(0));
        let (a, b) = (a.map_err(|e| TestCaseError::fail(e.to_string()))?, b.map_err(|e| TestCaseError::fail(e.to_string()))?);
        prop_assert_eq!(&a.message, &b.message);
        prop_assert_eq!(&a.code, &b.code);
    }
}
