//! `cargo xtask instructions`: the interpretation counted in instructions,
//! which are repeatable where seconds are not on a shared machine. Two counts
//! of the same inputs (core/benches/inputs: the first vector of every file),
//! each interpreted once, then again while counted:
//! - natively: core/benches/instructions.rs under `valgrind --tool=callgrind`,
//!   counting only inside its `measured`;
//! - as WebAssembly: the English module, built as the package builds it, in
//!   wasmi with fuel metering (`fuel.rs`).
//!
//! Each is checked against core/benches/instructions.json: more than 2% above
//! it fails, so that a regression no timing could show is caught. `--update`
//! writes the new counts, on purpose, with a line in CHANGELOG.md saying why.

use crate::perf::summary::Count;
use crate::support::run::{cargo, status};
use crate::support::tools::apt_install;
use crate::support::workspace::root;
use anyhow::{anyhow, bail, Context, Result};
use std::path::PathBuf;
use std::process::Command;

const NATIVE: &str = "native-interpret-instructions";
const WASM: &str = "wasm-interpret-instructions";
const BASELINE: &str = "core/benches/instructions.json";
/// How far above the baseline a count may be.
const LIMIT: f64 = 1.02;

pub fn run(update: bool) -> Result<()> {
    if update {
        let (native, wasm) = (native()?, wasm()?);
        let text = format!("{{\n  \"{NATIVE}\": {native},\n  \"{WASM}\": {wasm}\n}}\n");
        std::fs::write(root().join(BASELINE), text).with_context(|| BASELINE.to_string())?;
        println!("xtask: wrote {native} and {wasm} instructions into {BASELINE}");
        return Ok(());
    }
    let mut grown = Vec::new();
    for count in measure()? {
        println!(
            "{}: {} instructions, baseline {} ({:+.2}%, limit +{:.0}%)",
            count.name,
            count.ours,
            count.baseline_count,
            (count.ratio - 1.0) * 100.0,
            (LIMIT - 1.0) * 100.0
        );
        if count.ratio > LIMIT {
            grown.push(count.name);
        } else if count.ratio < 1.0 / LIMIT {
            println!(
                "{}: fewer than the baseline by more than 2%: `cargo xtask instructions --update` keeps the gain",
                count.name
            );
        }
    }
    match grown.is_empty() {
        true => Ok(()),
        false => Err(anyhow!(
            "{} grew by more than {:.0}% over {BASELINE}: find what costs more, or update the baseline on \
             purpose (`cargo xtask instructions --update`, and a line in CHANGELOG.md)",
            grown.join(" and "),
            (LIMIT - 1.0) * 100.0
        )),
    }
}

/// Both counts, each beside the baseline's.
pub fn measure() -> Result<Vec<Count>> {
    let baseline: serde_json::Value = {
        let text = std::fs::read_to_string(root().join(BASELINE)).with_context(|| BASELINE.to_string())?;
        serde_json::from_str(&text).with_context(|| BASELINE.to_string())?
    };
    [(NATIVE, native()?), (WASM, wasm()?)]
        .into_iter()
        .map(|(name, ours)| {
            let kept = baseline[name].as_u64().with_context(|| format!("{BASELINE}: no \"{name}\""))?;
            Ok(Count {
                name: name.to_owned(),
                ours,
                baseline: format!("{BASELINE}, the count kept on purpose"),
                baseline_count: kept,
                ratio: crate::perf::summary::round(ours as f64 / kept as f64),
            })
        })
        .collect()
}

/// wasmi's fuel for the English module, built as the package builds it.
fn wasm() -> Result<u64> {
    crate::perf::fuel::count(&crate::web::npm::english_module()?)
}

/// The instructions callgrind counts in `measured`.
fn native() -> Result<u64> {
    if !crate::support::run::succeeds(Command::new("valgrind").arg("--version")) {
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
    let text = std::fs::read_to_string(&out).with_context(|| format!("{}", out.display()))?;
    text.lines()
        .find_map(|l| l.strip_prefix("totals: "))
        .and_then(|t| t.trim().split(' ').next()?.parse::<u64>().ok())
        .with_context(|| format!("{}: no totals line", out.display()))
}

/// The benchmark program, built as `cargo bench` builds it; its path.
fn build() -> Result<PathBuf> {
    let output = cargo()
        .args(["bench", "--locked", "-p", "authos-errors", "--bench", "instructions", "--no-run"])
        .args(["--message-format", "json-render-diagnostics"])
        .output()
        .context("cargo bench --no-run")?;
    if !output.status.success() {
        bail!("cargo bench --no-run --bench instructions failed");
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|m| m["target"]["name"] == "instructions")
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .context("cargo bench --no-run named no instructions program")
}
