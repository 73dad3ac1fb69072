//! `cargo xtask bench`: runs the criterion benchmarks and writes
//! target/bench/summary.json, one row per benchmark against its same-run baseline:
//! `{"name", "ours_ns", "baseline", "baseline_ns", "ratio"}`.

use crate::run::{cargo, root, status};
use serde_json::{json, Value};
use std::path::Path;

/// Criterion group, what the baseline is, and how many operations one iteration does.
const NATIVE: [(&str, &str, f64); 3] = [
    ("native-interpret", "serde_json::from_str::<serde_json::Value> of the same body", 5.0),
    ("native-lookup", "std HashMap<&str, usize>::get of the same code", 60.0),
    ("native-nesting", "interpret of a flat body of the same size (50,000-deep nesting vs none)", 1.0),
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
        rows.push(json!({"name": group, "ours_ns": round(ours), "baseline": baseline, "baseline_ns": round(base), "ratio": round(ours / base)}));
    }
    let out = root().join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let path = out.join("summary.json");
    let text = serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?;
    std::fs::write(&path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))?;

    println!("\n{:<20} {:>12} {:>12} {:>8}  baseline", "benchmark", "ours (ns)", "base (ns)", "ratio");
    for r in &rows {
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
    println!("xtask: wrote {}", path.display());
    Ok(())
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
