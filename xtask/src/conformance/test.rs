//! `cargo xtask test`: every platform the workspace has, against the same
//! vectors, then the parity corpus compared across the platforms that answered.

use crate::apple::swift;
use crate::conformance::parity::Corpus;
use crate::conformance::schema;
use crate::support::prerequisites::{self, Needs};
use crate::support::run::{cargo, status};
use crate::support::tools;
use crate::support::workspace::root;
use crate::uniffi::{kotlin, python};
use crate::web::package;
use anyhow::{anyhow, Context, Result};
use clap::ValueEnum;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Platform {
    Rust,
    /// The core's tests under LeakSanitizer.
    Leaks,
    /// The core's tests, the concurrency scenario among them, under ThreadSanitizer.
    Threads,
    Node,
    Browser,
    Kotlin,
    Python,
    Swift,
}

/// Each platform, and the part of the workspace it needs.
const PLATFORMS: [(Platform, &str, &str); 8] = [
    (Platform::Rust, "core", "the core crate"),
    (Platform::Leaks, "core", "the core crate"),
    (Platform::Threads, "core", "the core crate"),
    (Platform::Node, "wasm", "the wasm crate and npm package"),
    (Platform::Browser, "wasm", "the wasm crate and npm package"),
    (Platform::Kotlin, "ffi", "the uniffi crate"),
    (Platform::Python, "ffi", "the uniffi crate"),
    (Platform::Swift, "ffi", "the uniffi crate"),
];

enum Outcome {
    Passed,
    Failed(String),
    /// The platform's toolchain cannot exist on this machine.
    Skipped(String),
}

impl From<Result<()>> for Outcome {
    fn from(result: Result<()>) -> Self {
        match result {
            Ok(()) => Outcome::Passed,
            Err(e) => Outcome::Failed(format!("{e:#}")),
        }
    }
}

pub fn run(requested: &[Platform], corpus: &Corpus) -> Result<()> {
    let chosen = choose(requested)?;
    prerequisites::check(&chosen.iter().map(|p| (platform_name(*p), needs(*p))).collect::<Vec<_>>())?;
    schema::check_all()?;
    let outcomes: Vec<(Platform, Outcome)> = chosen.iter().map(|p| (*p, test(*p, corpus))).collect();
    summarise(&outcomes)
}

/// What a platform needs of the machine: the Rust core's tests run anywhere
/// Rust does; the sanitizers' runs need x86_64 Linux; every other platform
/// installs Debian packages.
pub fn needs(platform: Platform) -> Needs {
    match platform {
        Platform::Rust => Needs::Cargo,
        Platform::Leaks | Platform::Threads => Needs::Linux,
        Platform::Node | Platform::Browser | Platform::Kotlin | Platform::Python | Platform::Swift => Needs::Debian,
    }
}

/// The platforms asked for, or every one whose crate the workspace has.
fn choose(requested: &[Platform]) -> Result<Vec<Platform>> {
    let present = |dir: &str| root().join(dir).join("Cargo.toml").is_file();
    if requested.is_empty() {
        let absent: Vec<String> = PLATFORMS
            .iter()
            .filter(|(_, dir, _)| !present(dir))
            .map(|(p, _, what)| format!("{p:?} ({what})"))
            .collect();
        if !absent.is_empty() {
            println!("xtask: not in this workspace yet, so not tested: {}", absent.join(", "));
        }
        return Ok(PLATFORMS.iter().filter(|(_, dir, _)| present(dir)).map(|(p, _, _)| *p).collect());
    }
    for platform in requested {
        if let Some((_, dir, what)) = PLATFORMS.iter().find(|(p, dir, _)| p == platform && !present(dir)) {
            return Err(anyhow!(
                "--platform {platform:?} needs {what} ({dir}/), which this workspace does not have yet"
            ));
        }
    }
    Ok(requested.to_vec())
}

fn test(platform: Platform, corpus: &Corpus) -> Outcome {
    match platform {
        Platform::Rust => rust(corpus),
        Platform::Leaks => sanitized(Sanitizer::Leak).into(),
        Platform::Threads => sanitized(Sanitizer::Thread).into(),
        Platform::Node => package::node(corpus).into(),
        Platform::Browser => package::browser(corpus).into(),
        Platform::Kotlin => kotlin::test(corpus).into(),
        Platform::Python => python::test(corpus).into(),
        Platform::Swift => match swift::test(corpus) {
            Ok(None) => Outcome::Passed,
            Ok(Some(why)) => Outcome::Skipped(why),
            Err(e) => Outcome::Failed(format!("{e:#}")),
        },
    }
}

/// One line per platform, the count, and the parity comparison of every
/// platform that ran (each answered the corpus during its tests).
fn summarise(outcomes: &[(Platform, Outcome)]) -> Result<()> {
    println!();
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    for (platform, outcome) in outcomes {
        let name = platform_name(*platform);
        match outcome {
            Outcome::Passed => {
                passed += 1;
                println!("PASSED {name}");
            }
            Outcome::Failed(why) => {
                failed += 1;
                println!("FAILED {name}: {why}");
            }
            Outcome::Skipped(why) => {
                skipped += 1;
                println!("SKIPPED {name}: {why}");
            }
        }
    }
    println!("platforms: {passed} passed, {failed} failed, {skipped} skipped");
    let writers: Vec<String> = outcomes
        .iter()
        .filter(|(_, outcome)| !matches!(outcome, Outcome::Skipped(_)))
        .map(|(platform, _)| platform_name(*platform))
        .filter(|name| crate::conformance::parity::WRITERS.contains(&name.as_str()))
        .collect();
    let parity = if writers.len() > 1 {
        crate::conformance::parity::compare(&writers.iter().map(String::as_str).collect::<Vec<_>>())
    } else {
        println!("parity: {} platform(s) answered; nothing to compare", writers.len());
        Ok(())
    };
    if skipped > 0 {
        println!("xtask: {skipped} platform(s) SKIPPED, not passed: see the SKIPPED lines above");
    }
    if failed > 0 {
        return Err(anyhow!("{failed} platform(s) failed"));
    }
    parity
}

/// The platform's name as `--platform` spells it.
pub fn platform_name(platform: Platform) -> String {
    platform.to_possible_value().map(|v| v.get_name().to_owned()).unwrap_or_default()
}

/// The core's unit, property, reference and vector tests, the CLI's tests, the
/// doc examples, and this xtask's own tests; then the core as WebAssembly builds
/// it (English only, no Fluent parser), whose tests need no other locale.
fn rust(corpus: &Corpus) -> Outcome {
    let all = status(corpus.apply(&mut cargo()).args(["test", "--workspace", "--locked"]));
    let lean = status(cargo().args(["test", "--locked", "-p", "authos-errors", "--no-default-features"]));
    // The scaffolding's panic path, through a function that panics on purpose (ffi/tests/scaffolding.rs).
    let probe = ["test", "--locked", "-p", "authos-errors-ffi", "--features", "panic-probe", "--test", "scaffolding"];
    let scaffolding = status(cargo().args(probe));
    all.and(lean).and(scaffolding).into()
}

enum Sanitizer {
    /// Any allocation still unreachable when a test process exits fails it,
    /// so a leak anywhere in interpretation, messages or the loaders shows.
    Leak,
    /// Any data race fails the test process: the registry, the negotiation
    /// cache and the concurrency scenario (tests/concurrency.rs) under it.
    Thread,
}

/// The core's tests again, built with a sanitizer (the pinned nightly), in a
/// target folder of its own, as the sanitizer needs every crate rebuilt. (They
/// do not answer the parity corpus: that would only repeat the Rust platform.)
fn sanitized(sanitizer: Sanitizer) -> Result<()> {
    let (flag, folder, options) = match sanitizer {
        Sanitizer::Leak => ("leak", "target/lsan", ("LSAN_OPTIONS", "exitcode=23")),
        // The standard library is rebuilt with the sanitizer too, or its own
        // synchronisation would be invisible to it and reported as races.
        Sanitizer::Thread => ("thread", "target/tsan", ("TSAN_OPTIONS", "halt_on_error=1 exitcode=66")),
    };
    match sanitizer {
        Sanitizer::Leak => tools::ensure_nightly()?,
        Sanitizer::Thread => tools::ensure_nightly_src()?,
    }
    let mut command = tools::nightly("cargo");
    command.args(["test", "--locked", "-p", "authos-errors"]);
    if let Sanitizer::Thread = sanitizer {
        command.arg("-Zbuild-std");
    }
    // The host's triple, given explicitly so the sanitizer skips build scripts and proc-macros.
    let host = std::process::Command::new("rustc").arg("-vV").output().context("rustc -vV")?;
    let host = String::from_utf8_lossy(&host.stdout);
    let host = host.lines().find_map(|l| l.strip_prefix("host: ")).context("rustc -vV names no host")?;
    command.args(["--lib", "--tests", "--target", host]);
    command.env("RUSTFLAGS", format!("-Zsanitizer={flag}")).env("CARGO_TARGET_DIR", root().join(folder));
    // A report fails the test binary. The tests that measure resident memory
    // learn that a sanitizer's own memory is in it.
    command.env(options.0, options.1).env("AUTHOS_SANITIZER", format!("{flag} sanitizer"));
    status(&mut command)
}
