//! Every exported function, with arbitrary arguments (records included, as a
//! foreign caller could build them), returns without panicking: no panic can
//! reach the boundary, so none can cross it.

use authos_errors::RetryPolicy;
use authos_errors_ffi::*;
use proptest::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};

fn any_interpretation() -> impl Strategy<Value = Interpretation> {
    (
        any::<u16>(),
        any::<String>(),
        prop_oneof![Just(Some("slow_down".to_string())), any::<Option<String>>()],
        any::<Option<u64>>(),
        any::<bool>(),
    )
        .prop_map(|(status, code, mapped_from, retry_after_ms, retryable)| {
            let mut i = interpret_network_error(vec![]);
            i.status = status;
            i.code = code;
            i.mapped_from = mapped_from;
            i.retry_after_ms = retry_after_ms;
            i.retryable = retryable;
            i
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..ProptestConfig::default() })]

    #[test]
    fn nothing_panics(
        status in any::<u16>(),
        headers in proptest::collection::vec((any::<String>(), any::<String>()), 0..4),
        body in proptest::collection::vec(any::<u8>(), 0..256),
        locales in proptest::collection::vec(any::<String>(), 0..4),
        now_ms in any::<Option<i64>>(),
        failure in any_interpretation(),
        policy in (any::<u64>(), any::<u64>(), any::<u32>(), any::<u64>()),
        (attempt, elapsed, random, interval) in (any::<u32>(), any::<u64>(), any::<f64>(), any::<u64>()),
        text in any::<String>(),
    ) {
        let headers: Vec<Header> = headers.into_iter().map(|(name, value)| Header { name, value }).collect();
        let policy = RetryPolicy { base_delay_ms: policy.0, max_delay_ms: policy.1, max_attempts: policy.2, budget_ms: policy.3 };
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let one = interpret(status, headers.clone(), body.clone(), locales.clone(), now_ms);
            let record = ErrorResponse { status, headers: headers.clone(), body: body.clone(), locales: locales.clone(), now_ms };
            let other = interpret_error_response(record);
            // With the system clock the two calls may read different instants.
            if now_ms.is_some() {
                assert_eq!(other.ok(), one.ok(), "the record form answers the same");
            }
            let _ = interpret_network_error(locales.clone());
            let _ = retry_decision(policy, &failure, attempt, elapsed, random);
            let _ = poll_step(interval, &failure);
            let _ = explain(text.clone(), text.clone());
            let _ = negotiate_locale(locales.clone());
            let _ = load_locale_data(body.clone());
            // A locale of its own, so that no other test's messages change.
            let _ = add_messages("x-fuzz".into(), text.clone());
        }));
        prop_assert!(outcome.is_ok());
    }
}
