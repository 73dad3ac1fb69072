//! Native benchmarks, each against a baseline doing comparable work in the same run
//! (`cargo xtask bench` turns them into ratios in target/bench/summary.json).
//!
//! - native-interpret: `interpret` of typical AuthOS bodies, against
//!   `serde_json::from_str::<serde_json::Value>` of the same text (goal: ratio ≤ 1).
//! - native-lookup: catalogue lookup by code, against a std `HashMap<&str, _>`.
//! - native-nesting: `interpret` of a deeply nested body against the same size of
//!   flat body, and against itself at four times the depth, to show time stays
//!   linear.
//! - native-escapes: the same for 240 KB of `\u202e` escapes in the
//!   message (unescaped, then all stripped by the sanitizer).

use authos_errors::{entries, interpret, lookup, Request};
use criterion::{criterion_group, criterion_main, Criterion};
use std::collections::HashMap;
use std::hint::black_box;

const BODIES: [(u16, &str); 5] = [
    (401, r#"{"error":"JWT has expired","error_code":"TOKEN_EXPIRED","timestamp":"2025-01-15T10:30:00Z"}"#),
    (429, r#"{"error":"Too many requests","error_code":"RATE_LIMIT_EXCEEDED","timestamp":"2025-01-15T10:30:00Z"}"#),
    (
        400,
        r#"{"error":"Password doesn't meet requirements","error_code":"WEAK_PASSWORD","timestamp":"2025-01-15T10:30:00Z"}"#,
    ),
    (
        403,
        r#"{"error":"Organization suspended/pending","error_code":"ORGANIZATION_NOT_ACTIVE","timestamp":"2025-01-15T10:30:00Z"}"#,
    ),
    (
        400,
        r#"{"error":"User hasn't authorized yet","error_code":"DEVICE_CODE_PENDING","timestamp":"2025-01-15T10:30:00Z"}"#,
    ),
];
const HEADERS: [(&str, &str); 2] = [("content-type", "application/json"), ("retry-after", "30")];
const LOCALES: [&str; 2] = ["en-US", "en"];
const NOW_MS: i64 = 1_736_937_005_000;

fn interpret_typical(c: &mut Criterion) {
    let mut group = c.benchmark_group("native-interpret");
    group.bench_function("ours", |b| {
        b.iter(|| {
            for (status, body) in BODIES {
                let request = Request {
                    status,
                    headers: &HEADERS,
                    body: body.as_bytes(),
                    locales: &LOCALES,
                    now_ms: Some(NOW_MS),
                };
                black_box(interpret(black_box(&request)).ok());
            }
        })
    });
    group.bench_function("baseline", |b| {
        b.iter(|| {
            for (_, body) in BODIES {
                black_box(serde_json::from_str::<serde_json::Value>(black_box(body)).ok());
            }
        })
    });
    group.finish();
}

fn lookup_codes(c: &mut Criterion) {
    let names: Vec<&str> = entries().iter().map(|e| e.code.as_str()).collect();
    let map: HashMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let mut group = c.benchmark_group("native-lookup");
    // Per lookup: each iteration looks up every code once, and the xtask divides.
    group.bench_function("ours", |b| {
        b.iter(|| {
            for name in &names {
                black_box(lookup(black_box(name)));
            }
        })
    });
    group.bench_function("baseline", |b| {
        b.iter(|| {
            for name in &names {
                black_box(map.get(black_box(name)));
            }
        })
    });
    group.finish();
}

fn nesting(c: &mut Criterion) {
    let nested =
        |depth: usize| format!(r#"{{"error_code":"TOKEN_EXPIRED","x":{}{}}}"#, "[".repeat(depth), "]".repeat(depth));
    against_flat_body(c, "native-nesting", nested, 50_000);
}

/// The worst text for the JSON unescaper and the sanitizer together: 40,000
/// `\u202e` escapes (bidi overrides, all stripped) in the message; four times
/// that is still under the 1 MiB body limit.
fn escapes(c: &mut Criterion) {
    let escaped = |n: usize| format!(r#"{{"error_code":"TOKEN_EXPIRED","error":"{}"}}"#, "\\u202e".repeat(n));
    against_flat_body(c, "native-escapes", escaped, 40_000);
}

/// `interpret` of a worst-case body of size `n` (`ours`) against a flat body of
/// the same length (`baseline`): what a byte of the worst case costs against a
/// byte of plain text. `four-times` is the worst case of size `4n`: four-times
/// over ours near 4 shows time grows linearly with the input (quadratic: 16).
fn against_flat_body(c: &mut Criterion, group: &str, worst: impl Fn(usize) -> String, n: usize) {
    let (ours, four_times) = (worst(n), worst(n.saturating_mul(4)));
    let prefix = r#"{"error_code":"TOKEN_EXPIRED","x":""#;
    let flat = format!(r#"{prefix}{}"}}"#, "a".repeat(ours.len().saturating_sub(prefix.len() + 2)));
    for body in [&ours, &flat, &four_times] {
        // Read whole, not refused for its size or depth: the code comes from the body.
        let read = interpret(&Request::new(400).body(body.as_bytes())).map(|i| i.code);
        assert_eq!(read.as_deref().ok(), Some("TOKEN_EXPIRED"), "{group}: a {}-byte body was not read", body.len());
    }
    let mut group = c.benchmark_group(group);
    for (name, body) in [("ours", &ours), ("baseline", &flat), ("four-times", &four_times)] {
        group.bench_function(name, |b| {
            b.iter(|| black_box(interpret(&Request::new(401).body(black_box(body.as_bytes())).now_ms(NOW_MS)).ok()))
        });
    }
    group.finish();
}

criterion_group!(benches, interpret_typical, lookup_codes, nesting, escapes);
criterion_main!(benches);
