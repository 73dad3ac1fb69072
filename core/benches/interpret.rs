//! Native benchmarks, each against a baseline doing comparable work in the same run
//! (`cargo xtask bench` turns them into ratios in target/bench/summary.json).
//!
//! - native-interpret: `interpret` of typical AuthOS bodies, against
//!   `serde_json::from_str::<serde_json::Value>` of the same text (goal: ratio ≤ 1).
//! - native-lookup: catalogue lookup by code, against a std `HashMap<&str, _>`.
//! - native-nesting: `interpret` of a deeply nested body against the same size of
//!   flat body, to show time stays linear in the input.
//! - native-escapes: the same for half a megabyte of `\u202e` escapes in the
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
    let depth = 50_000;
    let nested = format!(r#"{{"error_code":"TOKEN_EXPIRED","x":{}{}}}"#, "[".repeat(depth), "]".repeat(depth));
    against_flat_body(c, "native-nesting", &nested);
}

/// The worst text for the JSON unescaper and the sanitizer together: half a
/// megabyte of `\u202e` escapes (bidi overrides, all stripped) in the message.
fn escapes(c: &mut Criterion) {
    let runs = "\\u202e".repeat(80_000);
    against_flat_body(c, "native-escapes", &format!(r#"{{"error_code":"TOKEN_EXPIRED","error":"{runs}"}}"#));
}

/// `interpret` of a worst-case body against a flat body of the same length with
/// the same code: equal times mean time is linear in the input.
fn against_flat_body(c: &mut Criterion, group: &str, worst: &str) {
    let prefix = r#"{"error_code":"TOKEN_EXPIRED","x":""#;
    let flat = format!(r#"{prefix}{}"}}"#, "a".repeat(worst.len().saturating_sub(prefix.len() + 2)));
    let mut group = c.benchmark_group(group);
    for (name, body) in [("ours", worst), ("baseline", &flat)] {
        group.bench_function(name, |b| {
            b.iter(|| black_box(interpret(&Request::new(401).body(black_box(body.as_bytes())).now_ms(NOW_MS)).ok()))
        });
    }
    group.finish();
}

criterion_group!(benches, interpret_typical, lookup_codes, nesting, escapes);
criterion_main!(benches);
