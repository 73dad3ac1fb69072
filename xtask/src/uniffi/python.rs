//! Python: a maturin wheel, as `pip install` users get it, in a fresh virtual
//! environment, under pytest (every vector, the idioms against the loopback
//! test server) and `mypy --strict`. pytest, maturin and the test clients are
//! installed from PyPI.

use crate::conformance::examples;
use crate::conformance::parity::Corpus;
use crate::conformance::testserver::TestServer;
use crate::perf::summary::BindingReport;
use crate::support::run::{last_json_line, status};
use crate::support::workspace::root;
use crate::uniffi::bindings::report;
use anyhow::{anyhow, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn test(corpus: &Corpus) -> Result<()> {
    let python = installed_wheel()?;
    let env = root().join("target/python-test-env");
    // The package's types, as a user's `mypy --strict` sees them, over a
    // sample that calls everything and over the examples of the pages.
    status(
        Command::new(&python)
            .current_dir(&env)
            .args(["-m", "mypy", "--strict", "--no-incremental"])
            .arg(root().join("bindings/python/typing_sample.py"))
            .args(page_examples(&env)?),
    )?;
    // From outside the repository, so that `import authos_errors` is the installed one.
    let server = TestServer::start()?;
    status(
        corpus
            .apply(&mut Command::new(&python))
            .current_dir(&env)
            .env("AUTHOS_TEST_SERVER", &server.url)
            .env("AUTHOS_LOCALE_DATA", crate::conformance::locales::data_dir()?)
            .args(["-m", "pytest", "-q", "-p", "no:cacheprovider"])
            .arg(root().join("bindings/python/tests")),
    )
}

/// What the examples leave to the reader, declared so that they type-check.
const EXAMPLE_PRELUDE: &str = "import logging\nimport httpx\n\n\
log = logging.getLogger(\"example\")\n\
url = \"http://127.0.0.1/\"\n\
client = httpx.AsyncClient()\n\n\n\
def refresh_and_repeat() -> None: ...\n\n\n";

/// Each ```python block of the README, the PyPI page and the bindings' guide
/// as a module under `env`: its code in an `async def` (an example may
/// `await`), after the prelude. Their paths.
fn page_examples(env: &Path) -> Result<Vec<PathBuf>> {
    let dir = env.join("examples");
    std::fs::create_dir_all(&dir).with_context(|| format!("{}", dir.display()))?;
    let mut paths = Vec::new();
    for example in examples::from_pages(&["README.md", "bindings/python/README.md", "docs/bindings.md"], "python")? {
        let body: String = example.code.lines().map(|l| format!("    {l}\n")).collect();
        let path = dir.join(format!("{}.py", example.name));
        let module = format!("{EXAMPLE_PRELUDE}async def example() -> None:\n{body}");
        std::fs::write(&path, module).with_context(|| format!("{}", path.display()))?;
        paths.push(path);
    }
    Ok(paths)
}

/// The Python benchmark and leak check (bindings/python/bench), on a wheel
/// built with the `bench` feature's hooks, installed as a user's would be.
pub fn bench(calls: u64) -> Result<BindingReport> {
    let wheels = root().join("target/wheels/bench");
    let wheel = build_wheel(None, &["--features", "bench"], &wheels)?;
    let env = root().join("target/python-bench-env");
    let python = installed_into(&env, &wheel, None)?;
    let mut command = Command::new(&python);
    command.current_dir(&env).arg(root().join("bindings/python/bench/bench.py")).arg(calls.to_string());
    report(last_json_line(&mut command)?)
}

/// Builds the release wheel, as `pip install` users get it, installs it with
/// the pinned test tools (pytest, the HTTP clients the package adapts, mypy)
/// into a fresh virtual environment, and returns that environment's python.
fn installed_wheel() -> Result<PathBuf> {
    installed_into(&root().join("target/python-test-env"), &wheel(Machine::Host)?, Some("test"))
}

/// A fresh virtual environment at `env` with `wheel` (and the pinned tools of
/// `tools`, see `tools::pip_install`) installed: its python.
fn installed_into(env: &Path, wheel: &Path, tools: Option<&str>) -> Result<PathBuf> {
    status(Command::new("python3").args(["-m", "venv", "--clear"]).arg(env))?;
    let python = env.join("bin/python");
    if let Some(set) = tools {
        crate::support::tools::pip_install(&python, set)?;
    }
    // The wheel's own dependencies are none: it is installed alone, without a hash.
    status(Command::new(&python).args(["-m", "pip", "install", "-q", "--no-deps"]).arg(wheel))?;
    Ok(python)
}

/// What a wheel runs on: this machine (x86_64), or aarch64 Linux (ARM
/// servers), cross-compiled.
#[derive(Clone, Copy)]
pub enum Machine {
    Host,
    Aarch64,
}

/// The release wheel for `machine`, in target/wheels/<machine>: manylinux2014,
/// so that it installs where glibc is 2.17 or later (Debian 11, Ubuntu 20.04,
/// RHEL 8, Amazon Linux 2), because zig links it against glibc 2.17's symbols.
/// The library is built without the bindings generator's command line; the
/// generator itself (maturin runs it on this machine) reads the library's
/// UniFFI metadata from its symbol table, which zig drops with the debug
/// information when asked for the release profile's strip: so nothing is
/// stripped (the library is 2.7 MB, not 0.8 MB).
pub fn wheel(machine: Machine) -> Result<PathBuf> {
    let (name, target) = match machine {
        Machine::Host => ("host", None),
        Machine::Aarch64 => ("aarch64", Some("aarch64-unknown-linux-gnu")),
    };
    build_wheel(target, &[], &root().join("target/wheels").join(name))
}

/// A release wheel for `target` (this machine where `None`), with maturin's
/// `extra` arguments, alone in `wheels`.
fn build_wheel(target: Option<&str>, extra: &[&str], wheels: &Path) -> Result<PathBuf> {
    let _ = std::fs::remove_dir_all(wheels);
    let mut build = maturin()?;
    build.env("CARGO_PROFILE_RELEASE_STRIP", "none").args([
        "build",
        "--release",
        "--locked",
        "--no-default-features",
        "--zig",
        "--compatibility",
        "manylinux2014",
    ]);
    if let Some(target) = target {
        crate::support::tools::rustup_target(target)?;
        build.args(["--target", target]);
    }
    status(build.args(extra).arg("-o").arg(wheels))?;
    only_file(wheels, ".whl")
}

/// The aarch64 wheel, tested for real: the arm64 root's own Python (emulated
/// by qemu-user) installs it with pip, which checks its platform tag, into a
/// fresh folder under `scratch`, then runs every vector and the API tests
/// from outside the repository.
pub fn test_aarch64(wheel: &Path, scratch: &Path) -> Result<()> {
    let arm64 = crate::uniffi::arm64::Root::get()?;
    let machine = arm64.machine()?;
    if machine != "aarch64" {
        return Err(anyhow!("the arm64 root's Python reports the machine {machine:?}, not aarch64"));
    }
    let site = scratch.join("python-aarch64");
    let python = "usr/bin/python3";
    status(
        arm64
            .command(scratch, python)
            .args(["-m", "pip", "install", "-q", "--no-deps", "--root-user-action=ignore", "--target"])
            .arg(&site)
            .arg(wheel),
    )?;
    let tests = root().join("bindings/python/tests");
    status(
        arm64
            .command(scratch, python)
            .env("PYTHONPATH", &site)
            .args(["-m", "pytest", "-q", "-p", "no:cacheprovider"])
            .arg(tests.join("test_vectors.py"))
            .arg(tests.join("test_api.py")),
    )
}

/// The source distribution (it builds the Rust library on install), in `out`.
pub fn sdist(out: &Path) -> Result<PathBuf> {
    let dir = root().join("target/sdist");
    let _ = std::fs::remove_dir_all(&dir);
    status(maturin()?.args(["sdist", "-o"]).arg(&dir))?;
    let built = only_file(&dir, ".tar.gz")?;
    let copy = out.join(built.file_name().unwrap_or_default());
    std::fs::copy(&built, &copy).with_context(|| format!("{}", copy.display()))?;
    Ok(copy)
}

/// `twine check`: the files PyPI would take, their metadata and README.
pub fn twine_check(files: &[&Path]) -> Result<()> {
    status(Command::new(crate::support::tools::python_bin()?.join("twine")).args(["check", "--strict"]).args(files))
}

fn maturin() -> Result<Command> {
    let bin = crate::support::tools::python_bin()?;
    let mut command = Command::new(bin.join("maturin"));
    // `--zig` runs the `python3` on PATH with `-m ziglang`: the tools' one has it.
    let path = std::env::var_os("PATH").unwrap_or_default();
    let path = std::env::join_paths(std::iter::once(bin.clone()).chain(std::env::split_paths(&path)))?;
    command.current_dir(root().join("bindings/python")).env("PATH", path);
    Ok(command)
}

/// The one file in `dir` whose name ends with `suffix`.
fn only_file(dir: &Path, suffix: &str) -> Result<PathBuf> {
    let found: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("{}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(anyhow!("{}: expected one *{suffix}, found {found:?}", dir.display())),
    }
}
