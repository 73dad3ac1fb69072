//! What the uniffi platforms share: the ffi library built, and the bindings
//! generated from it (never committed) for Kotlin (`kotlin.rs`), Python
//! (`python.rs`) and Swift (`swift.rs`), each of which runs its own tests over
//! the shared vectors; and the report their benchmarks print.

use crate::perf::summary::BindingReport;
use crate::support::run::{cargo, status};
use crate::support::workspace::root;
use anyhow::{Context, Result};
use serde_json::Value;
use std::path::PathBuf;

/// How the ffi library is built: for the tests, for release (what is
/// published), or for the benchmarks (release with the `bench` feature's hooks).
#[derive(Clone, Copy)]
pub enum Profile {
    Debug,
    Release,
    Bench,
}

impl Profile {
    pub fn name(self) -> &'static str {
        match self {
            Profile::Debug => "debug",
            Profile::Release => "release",
            Profile::Bench => "bench",
        }
    }

    /// The cargo output folder: the benchmarks' library is a release build too.
    pub fn dir(self) -> PathBuf {
        root().join(match self {
            Profile::Debug => "target/debug",
            Profile::Release | Profile::Bench => "target/release",
        })
    }

    /// cargo's arguments for this build.
    pub fn cargo_args(self) -> &'static [&'static str] {
        match self {
            Profile::Debug => &[],
            Profile::Release => &["--release"],
            Profile::Bench => &["--release", "--features", "bench"],
        }
    }
}

/// Builds the ffi library and generates `language`'s bindings from it.
pub fn generate(language: &str, profile: Profile) -> Result<PathBuf> {
    status(cargo().args(["build", "--locked", "-p", "authos-errors-ffi"]).args(profile.cargo_args()))?;
    let library = profile.dir().join("libauthos_errors_ffi.so");
    let out = root().join("target/bindings").join(language);
    let _ = std::fs::remove_dir_all(&out);
    status(cargo().args(["run", "--locked", "-q", "-p", "authos-errors-ffi", "--bin", "uniffi-bindgen", "--"]).args(
        [
            "generate".as_ref(),
            "--no-format".as_ref(),
            "--library".as_ref(),
            library.as_os_str(),
            "--language".as_ref(),
            language.as_ref(),
            "--out-dir".as_ref(),
            out.as_os_str(),
        ],
    ))?;
    Ok(out)
}

/// A binding benchmark's last line, read as its report.
pub fn report(line: Value) -> Result<BindingReport> {
    serde_json::from_value(line.clone()).with_context(|| format!("a binding benchmark reported {line}"))
}
