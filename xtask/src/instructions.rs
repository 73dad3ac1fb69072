//! `cargo xtask instructions`: the core's interpretation counted in
//! instructions, which are repeatable where seconds are not on a shared
//! machine. core/benches/instructions.rs interprets the first vector of every
//! file once, then again inside `measured`; `valgrind --tool=callgrind` counts
//! only the second pass. The count is checked against
//! core/benches/instructions.json: more than 2% above it fails, so that a
//! regression no timing could show is caught. `--update` writes the new count,
//! on purpose, with a line in CHANGELOG.md saying why.

use crate::run::{cargo, root, status};
use crate::summary::Count;
use crate::tools::apt_install;
use std::path::PathBuf;
use std::process::Command;

pub const NAME: &str = "native-interpret-instructions";
const BASELINE: &str = "core/benches/instructions.json";
/// How far above the baseline a count may be.
const LIMIT: f64 = 1.02;

pub fn run(update: bool) -> Result<(), String> {
    if update {
        let ours = count()?;
        let text = format!("{{\n  \"{NAME}\": {ours}\n}}\n");
        std::fs::write(root().join(BASELINE), text).map_err(|e| format!("{BASELINE}: {e}"))?;
        println!("xtask: wrote {ours} instructions into {BASELINE}");
        return Ok(());
    }
    let count = measure()?;
    println!(
        "{NAME}: {} instructions, baseline {} ({:+.2}%, limit +{:.0}%)",
        count.ours,
        count.baseline_count,
        (count.ratio - 1.0) * 100.0,
        (LIMIT - 1.0) * 100.0
    );
    if count.ratio > LIMIT {
        return Err(format!(
            "{NAME} grew by more than {:.0}% over {BASELINE}: find what costs more, or update the baseline on \
             purpose (`cargo xtask instructions --update`, and a line in CHANGELOG.md)",
            (LIMIT - 1.0) * 100.0
        ));
    }
    if count.ratio < 1.0 / LIMIT {
        println!("{NAME}: fewer than the baseline by more than 2%: `cargo xtask instructions --update` keeps the gain");
    }
    Ok(())
}

/// The count, beside the baseline's.
pub fn measure() -> Result<Count, String> {
    let ours = count()?;
    let baseline = baseline()?;
    Ok(Count {
        name: NAME.to_owned(),
        ours,
        baseline: format!("{BASELINE}, the count kept on purpose"),
        baseline_count: baseline,
        ratio: crate::summary::round(ours as f64 / baseline as f64),
    })
}

/// The instructions callgrind counts in `measured`.
fn count() -> Result<u64, String> {
    if !crate::run::succeeds(Command::new("valgrind").arg("--version")) {
        apt_install(&["valgrind"])?;
    }
    let program = build()?;
    let out = root().join("target/instructions.callgrind");
    status(
        Command::new("valgrind")
            .args(["--tool=callgrind", "--toggle-collect=*measured*"])
            .arg(format!("--callgrind-out-file={}", out.display()))
            .arg(&program),
    )?;
    let text = std::fs::read_to_string(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    text.lines()
        .find_map(|l| l.strip_prefix("totals: "))
        .and_then(|t| t.trim().split(' ').next()?.parse::<u64>().ok())
        .ok_or(format!("{}: no totals line", out.display()))
}

fn baseline() -> Result<u64, String> {
    let text = std::fs::read_to_string(root().join(BASELINE)).map_err(|e| format!("{BASELINE}: {e}"))?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{BASELINE}: {e}"))?;
    json[NAME].as_u64().ok_or(format!("{BASELINE}: no \"{NAME}\""))
}

/// The benchmark program, built as `cargo bench` builds it; its path.
fn build() -> Result<PathBuf, String> {
    let output = cargo()
        .args(["bench", "--locked", "-p", "authos-errors", "--bench", "instructions", "--no-run"])
        .args(["--message-format", "json-render-diagnostics"])
        .output()
        .map_err(|e| format!("cargo bench --no-run: {e}"))?;
    if !output.status.success() {
        return Err("cargo bench --no-run --bench instructions failed".into());
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["target"]["name"] == "instructions")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .ok_or("cargo bench --no-run named no instructions program".into())
}
