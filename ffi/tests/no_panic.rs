//! Every function the library exports, as its uniffi metadata lists them (what
//! the bindings generator reads), is called with arbitrary arguments (records
//! included, as a foreign caller could build them) and returns without
//! panicking: no panic can reach the boundary, so none can cross it. A function
//! the metadata lists that this test does not call fails it, so a new export
//! cannot go untested. (tests/scaffolding.rs sends a panic through the
//! scaffolding itself.)

use authos_errors::RetryPolicy;
use authos_errors_ffi::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Mutex;

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

/// The functions, constructors and methods the library's uniffi metadata
/// exports, by name (a method as `Type.name`).
fn exported() -> BTreeSet<String> {
    // This test's executable sits in target/<profile>/deps, beside the library.
    let exe = std::env::current_exe().unwrap();
    let library = exe.parent().unwrap().join(format!(
        "{}authos_errors_ffi{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    ));
    let bytes = std::fs::read(&library).unwrap_or_else(|e| panic!("{}: {e}", library.display()));
    let metadata = uniffi_bindgen::macro_metadata::extract_from_bytes(&bytes).unwrap();
    metadata
        .into_iter()
        .filter_map(|item| match item {
            uniffi_meta::Metadata::Func(f) => Some(f.name),
            uniffi_meta::Metadata::Constructor(c) => Some(format!("{}.{}", c.self_name, c.name)),
            uniffi_meta::Metadata::Method(m) => Some(format!("{}.{}", m.self_name, m.name)),
            uniffi_meta::Metadata::TraitMethod(m) => Some(format!("{}.{}", m.trait_name, m.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn every_exported_function_takes_arbitrary_arguments_without_panicking() {
    let called = Mutex::new(BTreeSet::new());
    // Calls `$function`, noting its name: the names are compared with the metadata's.
    macro_rules! call {
        ($function:ident($($arg:expr),* $(,)?)) => {{
            called.lock().unwrap().insert(stringify!($function).to_owned());
            $function($($arg),*)
        }};
    }
    let inputs = (
        any::<u16>(),
        proptest::collection::vec((any::<String>(), any::<String>()), 0..4),
        proptest::collection::vec(any::<u8>(), 0..256),
        proptest::collection::vec(any::<String>(), 0..4),
        any::<Option<i64>>(),
        any_interpretation(),
        (any::<u64>(), any::<u64>(), any::<u32>(), any::<u64>()),
        (any::<u32>(), any::<u64>(), any::<f64>(), any::<u64>()),
        any::<String>(),
    );
    let mut runner = TestRunner::new(Config { cases: 1_000, ..Config::default() });
    runner
        .run(&inputs, |(status, headers, body, locales, now_ms, failure, policy, numbers, text)| {
            let headers: Vec<Header> = headers.into_iter().map(|(name, value)| Header { name, value }).collect();
            let policy = RetryPolicy {
                base_delay_ms: policy.0,
                max_delay_ms: policy.1,
                max_attempts: policy.2,
                budget_ms: policy.3,
            };
            let (attempt, elapsed, random, interval) = numbers;
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                let one = call!(interpret(status, headers.clone(), body.clone(), locales.clone(), now_ms));
                let record = ErrorResponse {
                    status,
                    headers: headers.clone(),
                    body: body.clone(),
                    locales: locales.clone(),
                    now_ms,
                };
                let other = call!(interpret_error_response(record));
                // With the system clock the two calls may read different instants.
                if now_ms.is_some() {
                    assert_eq!(other.ok(), one.ok(), "the record form answers the same");
                }
                let _ = call!(interpret_network_error(locales.clone()));
                let _ = call!(retry_policy_default());
                let _ = call!(retry_decision(policy, &failure, attempt, elapsed, random));
                let _ = call!(poll_step(interval, &failure));
                let _ = call!(explain(text.clone(), text.clone()));
                let _ = call!(catalogue(text.clone()));
                let _ = call!(negotiate_locale(locales.clone()));
                let _ = call!(shipped_locales());
                let _ = call!(load_locale_data(body.clone()));
                // A locale of its own, so that no shipped messages change; then gone again.
                let _ = call!(add_messages("x-fuzz".into(), text.clone()));
                call!(clear_added_messages());
                #[cfg(feature = "bench")]
                {
                    call!(bench_floor());
                    let _ = call!(measure_native_interpret_ns(
                        status,
                        headers.clone(),
                        body.clone(),
                        locales.clone(),
                        now_ms,
                        2
                    ));
                }
            }));
            prop_assert!(outcome.is_ok());
            Ok(())
        })
        .unwrap();
    let called = called.into_inner().unwrap();
    let mut exported = exported();
    // Built for tests/scaffolding.rs, whose one function panics on purpose.
    if cfg!(feature = "panic-probe") {
        exported.remove("panic_probe");
    }
    assert!(exported.len() >= 13, "the metadata lists {exported:?}");
    assert_eq!(called, exported, "the functions called here, and those the library exports");
}
