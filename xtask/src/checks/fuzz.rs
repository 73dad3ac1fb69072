//! `cargo xtask fuzz --seconds N`: seeds every cargo-fuzz target's corpus from the
//! shared vectors, then runs each target for N seconds with nightly Rust. Fails on
//! the first crash; libFuzzer prints the input and keeps it under
//! core/fuzz/artifacts/.

use crate::conformance::locales;
use crate::support::run::status;
use crate::support::tools;
use crate::support::workspace::root;
use anyhow::{bail, Context, Result};
use serde_json::Value;
use std::path::Path;

const TARGETS: [&str; 4] = ["interpret", "raw_response", "add_messages", "readers"];

pub fn run(seconds: u64) -> Result<()> {
    if seconds == 0 {
        bail!("--seconds must be at least 1");
    }
    tools::ensure_cargo_fuzz()?;
    let fuzz = root().join("core/fuzz");
    seed(&fuzz)?;
    for target in TARGETS {
        let mut command = tools::nightly("cargo");
        command.current_dir(&fuzz).args(["fuzz", "run", target, "--"]);
        command.arg(format!("-max_total_time={seconds}")).arg("-print_final_stats=1");
        status(&mut command).with_context(|| format!("fuzz target {target}"))?;
    }
    println!("xtask: fuzzing: {} targets passed, 0 failed ({seconds} s each)", TARGETS.len());
    Ok(())
}

/// One seed per vector that has a text body, in each target's input layout.
fn seed(fuzz: &Path) -> Result<()> {
    let vectors_dir = root().join("tests/vectors");
    let mut files: Vec<_> = std::fs::read_dir(&vectors_dir)
        .with_context(|| format!("{}", vectors_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut count = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).with_context(|| format!("{}", file.display()))?;
        let vectors: Value = serde_json::from_str(&text).with_context(|| format!("{}", file.display()))?;
        for vector in vectors.as_array().into_iter().flatten() {
            let input = &vector["input"];
            let Some(body) = input["body"].as_str() else {
                continue;
            };
            // Seeds are examples, not stress: the megabyte vectors would only slow libFuzzer down.
            if body.len() > 64 * 1024 {
                continue;
            }
            let status = u16::try_from(input["status"].as_u64().unwrap_or(0)).unwrap_or(0);
            let headers: Vec<String> = input["headers"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(k, v)| format!("{k}: {}", v.as_str().unwrap_or_default()))
                .collect();
            let locales: Vec<&str> =
                input["locales"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();

            let mut structured = status.to_le_bytes().to_vec();
            structured.extend(1_736_937_000_000i64.to_le_bytes());
            structured.extend(headers.join("\n").as_bytes());
            structured.push(0xFF);
            structured.extend(locales.join(",").as_bytes());
            structured.push(0xFF);
            structured.extend(body.as_bytes());
            write_seed(fuzz, "interpret", count, &structured)?;

            let raw = format!("HTTP/1.1 {status} Reason\r\n{}\r\n\r\n{body}", headers.join("\r\n"));
            write_seed(fuzz, "raw_response", count, raw.as_bytes())?;

            // The readers' grammars: the body (JSON), every header value (HTTP-dates,
            // ids) and every locale tag, one seed each.
            let values = input["headers"].as_object().into_iter().flatten().filter_map(|(_, v)| v.as_str());
            let texts = std::iter::once(body).chain(values).chain(locales.iter().copied());
            for (n, text) in texts.take(64).enumerate() {
                write_seed(fuzz, "readers", count * 64 + n, text.as_bytes())?;
            }
            count += 1;
        }
    }
    println!("xtask: seeded {count} inputs per target from tests/vectors");
    seed_messages(fuzz)
}

/// The message loaders' seeds: every shipped locale's Fluent text under its tag,
/// and its locale data (`authos-errors locale-data`).
fn seed_messages(fuzz: &Path) -> Result<()> {
    let tags = locales::shipped()?;
    for (n, tag) in tags.iter().enumerate() {
        let dir = root().join("core/messages").join(tag);
        for entry in std::fs::read_dir(&dir).with_context(|| format!("{}", dir.display()))? {
            let path = entry?.path();
            let ftl = std::fs::read(&path).with_context(|| format!("{}", path.display()))?;
            let mut seed = vec![0u8];
            seed.extend(tag.as_bytes());
            seed.push(0xFF);
            seed.extend(ftl);
            write_seed(fuzz, "add_messages", n, &seed)?;
        }
        let mut seed = vec![1u8];
        seed.extend(locales::data(tag)?);
        write_seed(fuzz, "add_messages", n + tags.len(), &seed)?;
    }
    println!("xtask: seeded {} inputs for add_messages from core/messages", 2 * tags.len());
    Ok(())
}

fn write_seed(fuzz: &Path, target: &str, n: usize, bytes: &[u8]) -> Result<()> {
    let dir = fuzz.join("corpus").join(target);
    std::fs::create_dir_all(&dir).with_context(|| format!("{}", dir.display()))?;
    let path = dir.join(format!("vector-{n:04}"));
    std::fs::write(&path, bytes).with_context(|| format!("{}", path.display()))
}
