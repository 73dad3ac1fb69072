//! Benchmark support, behind the `bench` feature that only `cargo xtask bench`
//! turns on: the same interpretation, timed natively inside the library, so a
//! binding can state its own per-call cost against it in one process.

use authos_errors::Request;
use std::hint::black_box;
use std::time::Instant;

/// Nanoseconds per native `interpret` of this response, over `iterations` calls.
#[uniffi::export]
pub fn measure_native_interpret_ns(
    status: u16,
    headers: Vec<crate::Header>,
    body: Vec<u8>,
    locales: Vec<String>,
    now_ms: Option<i64>,
    iterations: u32,
) -> f64 {
    let headers: Vec<(&str, &str)> = headers.iter().map(|h| (h.name.as_str(), h.value.as_str())).collect();
    let locales: Vec<&str> = locales.iter().map(String::as_str).collect();
    let request = Request { status, headers: &headers, body: &body, locales: &locales, now_ms };
    let start = Instant::now();
    for _ in 0..iterations {
        black_box(authos_errors::interpret(black_box(&request)).ok());
    }
    start.elapsed().as_nanos() as f64 / f64::from(iterations.max(1))
}

/// Does nothing: one call across the boundary with no argument and no result,
/// the floor each binding's benchmark sets its interpretation beside.
#[uniffi::export]
pub fn bench_floor() {}
