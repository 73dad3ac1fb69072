//! `cargo xtask test`: every platform the workspace has, against the same vectors.

use crate::run::{cargo, root, status};
use crate::Platform;

/// Each platform, and the part of the workspace it needs.
const PLATFORMS: [(Platform, &str, &str); 6] = [
    (Platform::Rust, "core", "the core crate"),
    (Platform::Node, "wasm", "the wasm crate and npm package"),
    (Platform::Browser, "wasm", "the wasm crate and npm package"),
    (Platform::Kotlin, "ffi", "the uniffi crate"),
    (Platform::Python, "ffi", "the uniffi crate"),
    (Platform::Swift, "ffi", "the uniffi crate"),
];

enum Outcome {
    Passed,
    Failed(String),
}

pub fn run(requested: &[Platform]) -> Result<(), String> {
    let present = |dir: &str| root().join(dir).join("Cargo.toml").is_file();
    let chosen: Vec<Platform> = if requested.is_empty() {
        let all: Vec<Platform> = PLATFORMS.iter().filter(|(_, dir, _)| present(dir)).map(|(p, _, _)| *p).collect();
        let absent: Vec<String> = PLATFORMS
            .iter()
            .filter(|(_, dir, _)| !present(dir))
            .map(|(p, _, what)| format!("{p:?} ({what})"))
            .collect();
        if !absent.is_empty() {
            println!("xtask: not in this workspace yet, so not tested: {}", absent.join(", "));
        }
        all
    } else {
        for platform in requested {
            if let Some((_, dir, what)) = PLATFORMS.iter().find(|(p, dir, _)| p == platform && !present(dir)) {
                return Err(format!(
                    "--platform {platform:?} needs {what} ({dir}/), which this workspace does not have yet"
                ));
            }
        }
        requested.to_vec()
    };

    let mut outcomes = Vec::new();
    for platform in &chosen {
        let outcome = match platform {
            Platform::Rust => rust(),
            other => Outcome::Failed(format!("{other:?} has no test runner in this xtask yet")),
        };
        outcomes.push((*platform, outcome));
    }

    println!();
    let (mut passed, mut failed) = (0, 0);
    for (platform, outcome) in &outcomes {
        let name = format!("{platform:?}").to_lowercase();
        match outcome {
            Outcome::Passed => {
                passed += 1;
                println!("PASSED {name}");
            }
            Outcome::Failed(why) => {
                failed += 1;
                println!("FAILED {name}: {why}");
            }
        }
    }
    println!("platforms: {passed} passed, {failed} failed");
    if failed > 0 {
        return Err(format!("{failed} platform(s) failed"));
    }
    Ok(())
}

/// The core's unit, property, reference and vector tests, the CLI's tests, the
/// doc examples, and this xtask's own tests; then the core as WebAssembly builds
/// it (English only, no Fluent parser), whose tests need no other locale.
fn rust() -> Outcome {
    let all = status(cargo().args(["test", "--workspace", "--locked"]));
    let lean = status(cargo().args(["test", "--locked", "-p", "authos-errors", "--no-default-features"]));
    match all.and(lean) {
        Ok(()) => Outcome::Passed,
        Err(e) => Outcome::Failed(e),
    }
}
