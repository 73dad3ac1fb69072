//! `cargo xtask bench`: runs the criterion benchmarks and writes
//! target/bench/summary.json, one row per benchmark against its same-run baseline:
//! `{"name", "ours_ns", "baseline", "baseline_ns", "ratio"}`. The binding rows
//! (`kotlin-interpret`, `python-interpret`) add `leak_check`: resident memory
//! over a million calls after warm-up, which fails the run if it grows. The web
//! rows (`node-interpret`, `node-cold-start`, `browser-interpret`) come from
//! npm/bench against the packed package, with the WebAssembly memory checked the same way.

use crate::bindings;
use crate::run::{cargo, root, status};
use crate::web;
use serde_json::{json, Value};
use std::path::Path;

/// Criterion group, what the baseline is, and how many operations one iteration does.
const NATIVE: [(&str, &str, f64); 4] = [
    ("native-interpret", "serde_json::from_str::<serde_json::Value> of the same body", 5.0),
    ("native-lookup", "std HashMap<&str, usize>::get of the same code", 60.0),
    ("native-nesting", "interpret of a flat body of the same size (50,000-deep nesting vs none)", 1.0),
    ("native-escapes", "interpret of a flat body of the same size (40,000 \\u202e escapes vs plain text)", 1.0),
];

pub fn run(quick: bool) -> Result<(), String> {
    let mut command = cargo();
    command.args(["bench", "--locked", "-p", "authos-errors", "--bench", "interpret", "--"]);
    if quick {
        command.arg("--quick");
    }
    status(&mut command)?;

    let criterion = root().join("target/criterion");
    let mut rows = Vec::new();
    for (group, baseline, per_iteration) in NATIVE {
        let ours = mean_ns(&criterion.join(group).join("ours"))? / per_iteration;
        let base = mean_ns(&criterion.join(group).join("baseline"))? / per_iteration;
        let mut row = json!({"name": group, "ours_ns": round(ours), "baseline": baseline, "baseline_ns": round(base), "ratio": round(ours / base)});
        // The worst-case groups also time four times the input: ~4 is linear, ~16 quadratic.
        let larger = criterion.join(group).join("four-times");
        if larger.is_dir() {
            let larger = mean_ns(&larger)? / per_iteration;
            row["four_times_the_input_ns"] = json!(round(larger));
            row["four_times_the_input_over_ours"] = json!(round(larger / ours));
        }
        rows.push(row);
    }
    let calls = if quick { 100_000 } else { 1_000_000 };
    let mut leaks = Vec::new();
    for measured in [bindings::kotlin_bench(calls)?, bindings::python_bench(calls)?] {
        let (row, leak) = binding_row(&measured)?;
        rows.push(row);
        leaks.extend(leak);
    }

    for mut row in web::bench(calls)? {
        // Cold start is one call in a fresh process: nothing to leak over.
        if row["name"] != "node-cold-start" {
            leaks.extend(wasm_leak(&row)?);
        }
        for key in ["ours_ns", "baseline_ns", "ratio"] {
            row[key] = json!(round(row[key].as_f64().unwrap_or(f64::NAN)));
        }
        rows.push(row);
    }

    let sizes = web::sizes()?;
    rows.extend(sizes.iter().cloned());

    let out = root().join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let path = out.join("summary.json");
    let text = serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?;
    std::fs::write(&path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))?;

    println!("\n{:<20} {:>12} {:>12} {:>8}  baseline", "benchmark", "ours (ns)", "base (ns)", "ratio");
    for r in rows.iter().filter(|r| r.get("ratio").is_some()) {
        let number = |k: &str| r[k].as_f64().unwrap_or(f64::NAN);
        println!(
            "{:<20} {:>12.1} {:>12.1} {:>8.3}  {}",
            r["name"].as_str().unwrap_or_default(),
            number("ours_ns"),
            number("baseline_ns"),
            number("ratio"),
            r["baseline"].as_str().unwrap_or_default()
        );
    }
    for r in rows.iter().filter(|r| r["leak_check"].get("resident_kb_start").is_some()) {
        let leak = &r["leak_check"];
        println!(
            "{}: {} calls, resident {} KiB after warm-up, {} KiB at the end: {} bytes per call (limit {LEAK_LIMIT_BYTES_PER_CALL})",
            r["name"].as_str().unwrap_or_default(),
            leak["calls"],
            leak["resident_kb_start"],
            leak["resident_kb_end"],
            leak["bytes_per_call"]
        );
    }
    for r in rows.iter().filter(|r| r.get("four_times_the_input_over_ours").is_some()) {
        println!(
            "{}: four times the input takes {}× as long (linear: 4, quadratic: 16)",
            r["name"].as_str().unwrap_or_default(),
            r["four_times_the_input_over_ours"]
        );
    }
    for r in &sizes {
        let goal = r["goal_bytes"].as_u64().map_or(String::new(), |g| format!(" (goal ≤ {g})"));
        println!("{}: {} bytes gzip -9{goal}: {}", r["name"].as_str().unwrap_or_default(), r["gzip_bytes"], r["files"]);
    }
    println!("xtask: wrote {}", path.display());
    if leaks.is_empty() {
        Ok(())
    } else {
        Err(format!("resident memory grew: {}", leaks.join("; ")))
    }
}

/// Any allocation leaked per call costs at least 32 bytes in glibc's malloc, so
/// growth below half that per call is noise (JIT code, caches), not a leak.
const LEAK_LIMIT_BYTES_PER_CALL: f64 = 16.0;

/// A summary row from a binding benchmark's report, and a complaint if it leaked.
fn binding_row(measured: &Value) -> Result<(Value, Option<String>), String> {
    let bad = || format!("a binding benchmark reported {measured}");
    let name = measured["name"].as_str().ok_or_else(bad)?;
    let ours = measured["ours_ns"].as_f64().ok_or_else(bad)?;
    let base = measured["baseline_ns"].as_f64().ok_or_else(bad)?;
    let calls = measured["calls"].as_u64().filter(|&c| c > 0).ok_or_else(bad)?;
    let resident: Vec<u64> =
        measured["resident_kb"].as_array().ok_or_else(bad)?.iter().filter_map(Value::as_u64).collect();
    let (Some(&start), Some(&end)) = (resident.first(), resident.last()) else { return Err(bad()) };
    let per_call = (end.saturating_sub(start) * 1024) as f64 / calls as f64;
    let row = json!({
        "name": name,
        "ours_ns": round(ours),
        "baseline": "the same interpret natively, timed inside the library in the same process",
        "baseline_ns": round(base),
        "ratio": round(ours / base),
        "leak_check": {"calls": calls, "resident_kb_start": start, "resident_kb_end": end,
                       "resident_kb_samples": resident, "bytes_per_call": round(per_call)},
    });
    let leak = (per_call > LEAK_LIMIT_BYTES_PER_CALL)
        .then(|| format!("{name}: {per_call:.1} bytes per call over {calls} calls ({start} → {end} KiB)"));
    Ok((row, leak))
}

/// A complaint if the WebAssembly memory grew over a web benchmark's calls.
/// It grows in 64 KiB pages and never shrinks, so any growth after warm-up is
/// something kept between calls.
fn wasm_leak(row: &Value) -> Result<Option<String>, String> {
    let name = row["name"].as_str().unwrap_or_default();
    let leak = &row["leak_check"];
    let (Some(start), Some(end), Some(calls)) =
        (leak["wasm_bytes_start"].as_u64(), leak["wasm_bytes_end"].as_u64(), leak["calls"].as_u64())
    else {
        return Err(format!("{name} reported no memory check: {row}"));
    };
    println!("{name}: {calls} calls, WebAssembly memory {start} bytes after warm-up, {end} at the end");
    Ok((end > start).then(|| format!("{name}: WebAssembly memory grew from {start} to {end} bytes over {calls} calls")))
}

/// Criterion's mean time per iteration, in nanoseconds.
fn mean_ns(dir: &Path) -> Result<f64, String> {
    let path = dir.join("new/estimates.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let estimates: Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    estimates["mean"]["point_estimate"].as_f64().ok_or_else(|| format!("{}: no mean.point_estimate", path.display()))
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
