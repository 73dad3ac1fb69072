//! The tools the xtask installs where they are missing, each at one pinned
//! version written here: nightly Rust and what builds with it, npm commands,
//! Debian packages. Installed tools are kept between runs on one machine.

use crate::support::prerequisites::apt_get;
use crate::support::run::{cargo, status, succeeds};
use crate::support::workspace::root;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The nightly that builds the npm package's modules (`-Zbuild-std`,
/// `panic=immediate-abort`), the fuzz targets and the sanitizer runs: unstable
/// flags change between nightlies, so one date is used everywhere.
pub const NIGHTLY: &str = "nightly-2026-05-20";
/// Bundles the CommonJS entry, minifies the published JavaScript, and bundles
/// the test app.
pub const ESBUILD: &str = "esbuild@0.28.2";
/// wasm-opt (Debian's is too old for today's wasm).
const BINARYEN: &str = "binaryen@132.0.0";
/// The npm package's lints: its package.json, and its types under every
/// module resolution.
const PUBLINT: &str = "publint@0.3.25";
const ATTW: &str = "@arethetypeswrong/cli@0.18.5";

/// Where installed tools are kept between runs on one machine.
pub fn dir() -> PathBuf {
    match std::env::var_os("HOME") {
        Some(home) => Path::new(&home).join(".cache/authos-errors-tools"),
        None => root().join("target/tools"),
    }
}

/// Debian packages, as root or through sudo (checked at start: prerequisites.rs).
pub fn apt_install(packages: &[&str]) -> Result<(), String> {
    status(apt_get().arg("update").arg("-qq"))?;
    status(apt_get().env("DEBIAN_FRONTEND", "noninteractive").args(["install", "-y", "-qq"]).args(packages))
}

/// The Debian mirror apt already uses (the only one this machine may reach).
pub fn debian_mirror() -> String {
    let sources = ["/etc/apt/sources.list.d/debian.sources", "/etc/apt/sources.list"];
    sources
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .flat_map(|text| text.lines().map(str::to_owned).collect::<Vec<_>>())
        .flat_map(|line| line.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .find(|word| word.starts_with("http") && word.trim_end_matches('/').ends_with("/debian"))
        .unwrap_or_else(|| "http://deb.debian.org/debian".to_owned())
}

/// A command from an npm package (`package` at its exact version), in the tools
/// folder, installed there if missing; `bin` is its path inside node_modules.
pub fn npm_tool(package: &str, bin: &str) -> Result<PathBuf, String> {
    let npm = dir().join("npm");
    let tool = npm.join("node_modules").join(bin);
    if !tool.is_file() {
        std::fs::create_dir_all(&npm).map_err(|e| format!("{}: {e}", npm.display()))?;
        status(Command::new("npm").current_dir(&npm).args(["install", "--no-audit", "--no-fund", package]))?;
    }
    Ok(tool)
}

pub fn esbuild() -> Result<PathBuf, String> {
    npm_tool(ESBUILD, "esbuild/bin/esbuild")
}

pub fn wasm_opt() -> Result<PathBuf, String> {
    npm_tool(BINARYEN, "binaryen/bin/wasm-opt")
}

pub fn publint() -> Result<PathBuf, String> {
    npm_tool(PUBLINT, "publint/src/cli.js")
}

pub fn attw() -> Result<PathBuf, String> {
    npm_tool(ATTW, "@arethetypeswrong/cli/dist/index.js")
}

/// `rustup run` of the pinned nightly.
pub fn nightly(program: &str) -> Command {
    let mut command = Command::new("rustup");
    command.current_dir(root()).args(["run", NIGHTLY, program]);
    command
}

/// The pinned nightly, installed if missing.
pub fn ensure_nightly() -> Result<(), String> {
    if !succeeds(nightly("rustc").arg("--version")) {
        status(Command::new("rustup").args(["toolchain", "install", NIGHTLY, "--profile", "minimal"]))?;
    }
    Ok(())
}

/// The nightly with the standard library's source, for `-Zbuild-std`.
pub fn ensure_nightly_src() -> Result<(), String> {
    ensure_nightly()?;
    if !nightly_sysroot()?.join("lib/rustlib/src/rust/library/std").exists() {
        status(Command::new("rustup").args(["component", "add", "rust-src", "--toolchain", NIGHTLY]))?;
    }
    Ok(())
}

/// The nightly with the standard library's source and the wasm32 target, for
/// the package's modules.
pub fn ensure_nightly_std() -> Result<(), String> {
    ensure_nightly_src()?;
    if !nightly_sysroot()?.join("lib/rustlib/wasm32-unknown-unknown").exists() {
        status(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown", "--toolchain", NIGHTLY]))?;
    }
    Ok(())
}

fn nightly_sysroot() -> Result<PathBuf, String> {
    let sysroot = nightly("rustc")
        .args(["--print", "sysroot"])
        .output()
        .map_err(|e| format!("rustup run {NIGHTLY} rustc --print sysroot: {e}"))?;
    Ok(PathBuf::from(String::from_utf8_lossy(&sysroot.stdout).trim()))
}

/// The nightly and cargo-fuzz.
pub fn ensure_cargo_fuzz() -> Result<(), String> {
    ensure_nightly()?;
    if !succeeds(nightly("cargo").args(["fuzz", "--version"])) {
        status(Command::new("cargo").args(["install", "cargo-fuzz", "--locked"]))?;
    }
    Ok(())
}

/// wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock (the glue
/// and the crate must match), and the stable wasm32 target.
pub fn wasm_bindgen_cli() -> Result<PathBuf, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let version = lock
        .split("[[package]]")
        .find(|p| p.contains("\nname = \"wasm-bindgen\"\n"))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")?.strip_suffix('"')))
        .ok_or("Cargo.lock has no wasm-bindgen")?
        .to_owned();
    let installed = dir().join("cargo");
    let binary = installed.join("bin/wasm-bindgen");
    let current =
        Command::new(&binary).arg("--version").output().ok().map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
    if current.is_none_or(|v| v.split_whitespace().nth(1) != Some(version.as_str())) {
        if !succeeds(Command::new("rustup").args(["--version"])) {
            return Err("no rustup: it installs the wasm32-unknown-unknown target".into());
        }
        // Not --locked: the registry mirror here lacks one of its locked versions.
        status(
            cargo()
                .args(["install", "wasm-bindgen-cli", "--version", &format!("={version}"), "--root"])
                .arg(&installed),
        )?;
    }
    rustup_target("wasm32-unknown-unknown")?;
    Ok(binary)
}

/// The stable toolchain's standard library for `triple`, added if missing.
pub fn rustup_target(triple: &str) -> Result<(), String> {
    let targets = Command::new("rustup").args(["target", "list", "--installed"]).output().map_err(|e| e.to_string())?;
    if !String::from_utf8_lossy(&targets.stdout).lines().any(|t| t == triple) {
        status(Command::new("rustup").args(["target", "add", triple]))?;
    }
    Ok(())
}
