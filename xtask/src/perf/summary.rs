//! The rows of target/bench/summary.json, typed: each benchmark against its
//! same-run baseline, and each download size against its goal.

use anyhow::{anyhow, Context, Result};
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
    /// Where a call's time goes: each group's share of a profiler's samples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<serde_json::Value>,
}

impl Timing {
    /// A row of `ours_ns` beside `baseline_ns`, and nothing more.
    pub fn beside(name: &str, ours_ns: f64, baseline: &str, baseline_ns: f64) -> Timing {
        Timing {
            name: name.to_owned(),
            ours_ns: round(ours_ns),
            baseline: baseline.to_owned(),
            baseline_ns: round(baseline_ns),
            ratio: round(ours_ns / baseline_ns),
            four_times_the_input_ns: None,
            four_times_the_input_over_ours: None,
            leak_check: None,
            samples_ms: None,
            profile: None,
        }
    }
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
    /// A call across the boundary with no argument and no result, in the same process.
    pub floor_ns: f64,
    pub calls: u64,
    pub resident_kb: Vec<u64>,
}

/// A count of instructions (valgrind's callgrind), against the count kept in
/// the repository: repeatable where a time is not.
#[derive(Clone, Debug, Serialize)]
pub struct Count {
    pub name: String,
    pub ours: u64,
    /// What the baseline is.
    pub baseline: String,
    pub baseline_count: u64,
    pub ratio: f64,
}

/// A row of the summary. A few dozen rows, written once: their sizes do not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Row {
    Timing(Timing),
    Size(Size),
    Count(Count),
}

/// Three decimals are plenty for nanoseconds and ratios.
pub fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Where docs/performance.md's generated table starts and ends.
pub const DOCS_BEGIN: &str = "<!-- cargo xtask bench --docs: begin -->";
pub const DOCS_END: &str = "<!-- cargo xtask bench --docs: end -->";

/// The rows as one Markdown table, after a line saying when and where they
/// were measured: the one generation of numbers the docs show.
pub fn markdown(rows: &[Row], measured: &str) -> String {
    let mut out = format!("{measured}\n\n| row | ours | baseline | ratio or goal |\n|---|---|---|---|\n");
    for row in rows {
        match row {
            Row::Timing(t) => out.push_str(&format!(
                "| `{}` | {} | {} ({}) | {:.2} |\n",
                t.name,
                duration(t.ours_ns),
                duration(t.baseline_ns),
                t.baseline,
                t.ratio
            )),
            Row::Count(c) => out.push_str(&format!(
                "| `{}` | {} instructions | {} ({}) | {:.3} |\n",
                c.name, c.ours, c.baseline_count, c.baseline, c.ratio
            )),
            Row::Size(s) => {
                let goal = s.goal_bytes.map_or("—".to_owned(), |g| format!("≤ {g} B"));
                out.push_str(&format!("| `{}` | {} B gzip -9 | | {goal} |\n", s.name, s.gzip_bytes));
            }
        }
    }
    out
}

/// Nanoseconds as people read them.
fn duration(ns: f64) -> String {
    match ns {
        n if n >= 1e6 => format!("{:.1} ms", n / 1e6),
        n if n >= 1e3 => format!("{:.2} µs", n / 1e3),
        n => format!("{n:.0} ns"),
    }
}

/// "authos-errors <version>, measured by `cargo xtask bench` on <date> (UTC),
/// on <cores> cores of <cpu>."
pub fn measured_on(quick: bool) -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs() / 86_400).unwrap_or(0));
    let (year, month, day) = authos_errors::readers::civil_from_days(days);
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find_map(|l| l.strip_prefix("model name").map(|m| m.trim_start_matches([' ', '\t', ':']).to_owned()))
        })
        .unwrap_or_else(|| "an unknown CPU".to_owned());
    let how = if quick { "cargo xtask bench --quick" } else { "cargo xtask bench" };
    let version = crate::support::version::workspace().unwrap_or_else(|e| e.to_string());
    format!("authos-errors {version}, measured by `{how}` on {year:04}-{month:02}-{day:02} (UTC), on {cores} cores of {cpu}.")
}

/// Replaces what stands between a page's bench markers with `table`.
pub fn into_page(readme: &std::path::Path, table: &str) -> Result<()> {
    let text = std::fs::read_to_string(readme).with_context(|| format!("{}", readme.display()))?;
    let (Some(begin), Some(end)) = (text.find(DOCS_BEGIN), text.find(DOCS_END)) else {
        return Err(anyhow!("{}: no `{DOCS_BEGIN}` … `{DOCS_END}` to write the table between", readme.display()));
    };
    if end < begin {
        return Err(anyhow!("{}: the bench markers are in the wrong order", readme.display()));
    }
    let written = format!("{}{DOCS_BEGIN}\n{table}{}", &text[..begin], &text[end..]);
    std::fs::write(readme, written).with_context(|| format!("{}", readme.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_every_row_and_replaces_only_the_marked_block() {
        let rows = vec![
            Row::Timing(Timing {
                name: "node-interpret".into(),
                ours_ns: 5_500.0,
                baseline: "pure JS".into(),
                baseline_ns: 650.0,
                ratio: 8.46,
                four_times_the_input_ns: None,
                four_times_the_input_over_ours: None,
                leak_check: None,
                samples_ms: None,
                profile: None,
            }),
            Row::Size(Size {
                name: "npm-size-english-path".into(),
                gzip_bytes: 44_216,
                goal_bytes: Some(45_000),
                files: BTreeMap::new(),
            }),
        ];
        let table = markdown(&rows, "Measured here.");
        assert!(table.starts_with("Measured here.\n"), "{table}");
        assert!(table.contains("| `node-interpret` | 5.50 µs | 650 ns (pure JS) | 8.46 |"), "{table}");
        assert!(table.contains("| `npm-size-english-path` | 44216 B gzip -9 | | ≤ 45000 B |"), "{table}");

        let readme = std::env::temp_dir().join(format!("authos-page-{}.md", std::process::id()));
        std::fs::write(&readme, format!("before\n{DOCS_BEGIN}\nold\n{DOCS_END}\nafter\n")).unwrap();
        into_page(&readme, &table).unwrap();
        let text = std::fs::read_to_string(&readme).unwrap();
        std::fs::write(&readme, "no markers\n").unwrap();
        let refused = into_page(&readme, &table);
        std::fs::remove_file(&readme).unwrap();
        assert_eq!(text, format!("before\n{DOCS_BEGIN}\n{table}{DOCS_END}\nafter\n"));
        assert!(refused.is_err());
    }
}
