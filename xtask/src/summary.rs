//! The rows of target/bench/summary.json, typed: each benchmark against its
//! same-run baseline, and each download size against its goal.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One benchmark against a baseline run in the same process.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Timing {
    pub name: String,
    pub ours_ns: f64,
    /// What the baseline is.
    pub baseline: String,
    pub baseline_ns: f64,
    pub ratio: f64,
    /// The worst-case groups also time four times the input: ~4 is linear, ~16 quadratic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub four_times_the_input_ns: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub four_times_the_input_over_ours: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leak_check: Option<LeakCheck>,
    /// Cold start: each fresh process's time, in ms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub samples_ms: Option<serde_json::Value>,
}

/// Memory over many calls after a warm-up: it must not grow.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(untagged)]
pub enum LeakCheck {
    /// A native binding: resident memory, which glibc's malloc grows by at least
    /// 32 bytes for any allocation leaked.
    Resident {
        calls: u64,
        resident_kb_start: u64,
        resident_kb_end: u64,
        resident_kb_samples: Vec<u64>,
        bytes_per_call: f64,
    },
    /// WebAssembly memory, which grows in 64 KiB pages and never shrinks.
    Wasm { calls: u64, wasm_bytes_start: u64, wasm_bytes_end: u64, wasm_bytes_samples: Vec<u64> },
}

/// Files of the npm package, gzip -9.
#[derive(Clone, Debug, Serialize)]
pub struct Size {
    pub name: String,
    pub gzip_bytes: u64,
    pub goal_bytes: Option<u64>,
    pub files: BTreeMap<String, u64>,
}

/// What a binding benchmark prints last: its timing, and resident memory
/// sampled over `calls` calls.
#[derive(Debug, Deserialize)]
pub struct BindingReport {
    pub name: String,
    pub ours_ns: f64,
    pub baseline_ns: f64,
    pub calls: u64,
    pub resident_kb: Vec<u64>,
}

/// A row of the summary.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Row {
    Timing(Timing),
    Size(Size),
}

/// Three decimals are plenty for nanoseconds and ratios.
pub fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
