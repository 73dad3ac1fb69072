//! `cargo xtask bench`: runs the criterion benchmarks and writes
//! target/bench/summary.json, one row per benchmark against its same-run baseline
//! (`summary::Timing`). The binding rows (`kotlin-interpret`, `python-interpret`,
//! `swift-interpret` where Swift can run)
//! add a leak check: resident memory over a million calls after warm-up, which
//! fails the run if it grows. The web rows (`node-interpret`, `node-cold-start`,
//! `browser-interpret`) come from npm/bench against the packed package, with the
//! WebAssembly memory checked the same way; the size rows (`summary::Size`) from
//! the built package.

use crate::apple::swift;
use crate::perf::summary::{self, round, BindingReport, LeakCheck, Row, Size, Timing};
use crate::support::run::{cargo, status};
use crate::support::workspace::root;
use crate::uniffi::{kotlin, python};
use crate::web::package;
use anyhow::{anyhow, Context, Result};
use std::path::Path;

/// Criterion group, what the baseline is, and how many operations one iteration does.
const NATIVE: [(&str, &str, f64); 4] = [
    ("native-interpret", "serde_json::from_str::<serde_json::Value> of the same body", 5.0),
    ("native-lookup", "std HashMap<&str, usize>::get of the same code", 60.0),
    ("native-nesting", "interpret of a flat body of the same size (50,000-deep nesting vs none)", 1.0),
    ("native-escapes", "interpret of a flat body of the same size (40,000 \\u202e escapes vs plain text)", 1.0),
];

/// Any allocation leaked per call costs at least 32 bytes in glibc's malloc, so
/// growth below half that per call is noise (JIT code, caches), not a leak.
const LEAK_LIMIT_BYTES_PER_CALL: f64 = 16.0;

pub fn run(quick: bool, docs: bool) -> Result<()> {
    let calls = if quick { 100_000 } else { 1_000_000 };
    let mut timings = native(quick)?;
    let swift = swift::bench(calls)?;
    let (kotlin, kotlin_rows) = kotlin::bench(calls, quick)?;
    for report in [Some(kotlin), Some(python::bench(calls)?), swift].into_iter().flatten() {
        timings.push(floor(&report));
        timings.push(binding(report)?);
    }
    timings.extend(kotlin_rows);
    timings.extend(package::bench(calls)?.into_iter().map(rounded));
    let sizes = package::sizes()?;
    let instructions = crate::perf::instructions::measure()?;

    print_table(&timings, &sizes);
    let leaks: Vec<String> = timings.iter().filter_map(leak).collect();
    let rows: Vec<Row> = timings
        .into_iter()
        .map(Row::Timing)
        .chain(instructions.into_iter().map(Row::Count))
        .chain(sizes.into_iter().map(Row::Size))
        .collect();
    let out = root().join("target/bench");
    std::fs::create_dir_all(&out).with_context(|| format!("{}", out.display()))?;
    let path = out.join("summary.json");
    let text = serde_json::to_string_pretty(&rows)?;
    std::fs::write(&path, text + "\n").with_context(|| format!("{}", path.display()))?;
    println!("xtask: wrote {}", path.display());
    let table = summary::markdown(&rows, &summary::measured_on(quick));
    let markdown = out.join("summary.md");
    std::fs::write(&markdown, &table).with_context(|| format!("{}", markdown.display()))?;
    println!("xtask: wrote {}", markdown.display());
    if docs {
        summary::into_page(&root().join("docs/performance.md"), &table)?;
        println!("xtask: wrote the table into docs/performance.md");
    }
    if leaks.is_empty() {
        Ok(())
    } else {
        Err(anyhow!("memory grew: {}", leaks.join("; ")))
    }
}

/// The criterion groups, each against its baseline.
fn native(quick: bool) -> Result<Vec<Timing>> {
    let mut command = cargo();
    command.args(["bench", "--locked", "-p", "authos-errors", "--bench", "interpret", "--"]);
    if quick {
        command.arg("--quick");
    }
    status(&mut command)?;
    let criterion = root().join("target/criterion");
    NATIVE
        .iter()
        .map(|(group, baseline, per_iteration)| {
            let ours = mean_ns(&criterion.join(group).join("ours"))? / per_iteration;
            let base = mean_ns(&criterion.join(group).join("baseline"))? / per_iteration;
            let larger = criterion.join(group).join("four-times");
            let larger = if larger.is_dir() { Some(mean_ns(&larger)? / per_iteration) } else { None };
            Ok(Timing {
                four_times_the_input_ns: larger.map(round),
                four_times_the_input_over_ours: larger.map(|l| round(l / ours)),
                ..Timing::beside(group, ours, baseline, base)
            })
        })
        .collect()
}

/// A binding benchmark's report as a row, against the same call natively.
fn binding(r: BindingReport) -> Result<Timing> {
    let (Some(&start), Some(&end)) = (r.resident_kb.first(), r.resident_kb.last()) else {
        return Err(anyhow!("{} reported no resident memory", r.name));
    };
    if r.calls == 0 {
        return Err(anyhow!("{} reported no calls", r.name));
    }
    let baseline = "the same interpret natively, timed inside the library in the same process";
    Ok(Timing {
        leak_check: Some(LeakCheck::Resident {
            calls: r.calls,
            resident_kb_start: start,
            resident_kb_end: end,
            bytes_per_call: round((end.saturating_sub(start) * 1024) as f64 / r.calls as f64),
            resident_kb_samples: r.resident_kb,
        }),
        ..Timing::beside(&r.name, r.ours_ns, baseline, r.baseline_ns)
    })
}

/// `<platform>-floor`: the binding's interpretation beside its own call that
/// does nothing (`bench_floor`), in the same process.
fn floor(r: &BindingReport) -> Timing {
    Timing::beside(
        &r.name.replace("-interpret", "-floor"),
        r.ours_ns,
        "bench_floor(): a uniffi call with no argument and no result, in the same process",
        r.floor_ns,
    )
}

fn rounded(t: Timing) -> Timing {
    Timing { ours_ns: round(t.ours_ns), baseline_ns: round(t.baseline_ns), ratio: round(t.ratio), ..t }
}

/// A complaint if memory grew over a benchmark's calls.
fn leak(t: &Timing) -> Option<String> {
    match &t.leak_check {
        Some(LeakCheck::Resident { calls, resident_kb_start, resident_kb_end, bytes_per_call, .. })
            if *bytes_per_call > LEAK_LIMIT_BYTES_PER_CALL =>
        {
            Some(format!(
                "{}: {bytes_per_call} bytes per call over {calls} calls ({resident_kb_start} → {resident_kb_end} KiB)",
                t.name
            ))
        }
        Some(LeakCheck::Wasm { calls, wasm_bytes_start, wasm_bytes_end, .. }) if wasm_bytes_end > wasm_bytes_start => {
            Some(format!(
                "{}: WebAssembly memory grew from {wasm_bytes_start} to {wasm_bytes_end} bytes over {calls} calls",
                t.name
            ))
        }
        _ => None,
    }
}

fn print_table(timings: &[Timing], sizes: &[Size]) {
    println!("\n{:<20} {:>12} {:>12} {:>8}  baseline", "benchmark", "ours (ns)", "base (ns)", "ratio");
    for t in timings {
        println!("{:<20} {:>12.1} {:>12.1} {:>8.3}  {}", t.name, t.ours_ns, t.baseline_ns, t.ratio, t.baseline);
    }
    for t in timings {
        match &t.leak_check {
            Some(LeakCheck::Resident { calls, resident_kb_start, resident_kb_end, bytes_per_call, .. }) => println!(
                "{}: {calls} calls, resident {resident_kb_start} KiB after warm-up, {resident_kb_end} KiB at the end: \
                 {bytes_per_call} bytes per call (limit {LEAK_LIMIT_BYTES_PER_CALL})",
                t.name
            ),
            Some(LeakCheck::Wasm { calls, wasm_bytes_start, wasm_bytes_end, .. }) => println!(
                "{}: {calls} calls, WebAssembly memory {wasm_bytes_start} bytes after warm-up, {wasm_bytes_end} at the end",
                t.name
            ),
            None => {}
        }
        if let Some(times) = t.four_times_the_input_over_ours {
            println!("{}: four times the input takes {times}× as long (linear: 4, quadratic: 16)", t.name);
        }
    }
    for s in sizes {
        let goal = s.goal_bytes.map_or(String::new(), |g| format!(" (goal ≤ {g})"));
        println!("{}: {} bytes gzip -9{goal}: {:?}", s.name, s.gzip_bytes, s.files);
    }
}

/// Criterion's mean time per iteration, in nanoseconds.
fn mean_ns(dir: &Path) -> Result<f64> {
    #[derive(serde::Deserialize)]
    struct Estimates {
        mean: Estimate,
    }
    #[derive(serde::Deserialize)]
    struct Estimate {
        point_estimate: f64,
    }
    let path = dir.join("new/estimates.json");
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}", path.display()))?;
    let estimates: Estimates = serde_json::from_str(&text).with_context(|| format!("{}", path.display()))?;
    Ok(estimates.mean.point_estimate)
}
