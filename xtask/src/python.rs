//! Python: a maturin wheel, as `pip install` users get it, in a fresh virtual
//! environment, under pytest (every vector, the idioms against the loopback
//! test server) and `mypy --strict`. pytest, maturin and the test clients are
//! installed from PyPI.

use crate::bindings::report;
use crate::parity::Corpus;
use crate::run::{last_json_line, root, status, succeeds};
use crate::summary::BindingReport;
use crate::testserver::TestServer;
use std::path::{Path, PathBuf};
use std::process::Command;

const TOOLS: [&str; 3] = ["pytest==9.2.0", "maturin==1.16.0", "twine==7.0.0"];
/// What the Python tests use beside pytest: the HTTP clients the package
/// adapts, and mypy for the package's types (`mypy --strict` over a sample).
const TEST_TOOLS: [&str; 4] = ["requests==2.34.2", "httpx==0.28.1", "mypy==2.4.1", "types-requests==2.33.0.20261030"];

pub fn test(corpus: &Corpus) -> Result<(), String> {
    let python = installed_wheel()?;
    let env = root().join("target/python-test-env");
    status(Command::new(&python).args(["-m", "pip", "install", "-q"]).args(TEST_TOOLS))?;
    // The package's types, as a user's `mypy --strict` sees them.
    status(
        Command::new(&python)
            .current_dir(&env)
            .args(["-m", "mypy", "--strict", "--no-incremental"])
            .arg(root().join("bindings/python/typing_sample.py")),
    )?;
    // From outside the repository, so that `import authos_errors` is the installed one.
    let server = TestServer::start()?;
    status(
        corpus
            .apply(&mut Command::new(&python))
            .current_dir(&env)
            .env("AUTHOS_TEST_SERVER", &server.url)
            .env("AUTHOS_LOCALE_DATA", crate::locales::data_dir()?)
            .args(["-m", "pytest", "-q", "-p", "no:cacheprovider"])
            .arg(root().join("bindings/python/tests")),
    )
}

/// The Python benchmark and leak check (bindings/python/bench), on the installed wheel.
pub fn bench(calls: u64) -> Result<BindingReport, String> {
    let python = installed_wheel()?;
    let mut command = Command::new(&python);
    command
        .current_dir(root().join("target/python-test-env"))
        .arg(root().join("bindings/python/bench/bench.py"))
        .arg(calls.to_string());
    report(last_json_line(&mut command)?)
}

/// Builds the release wheel, as `pip install` users get it, installs it with
/// pytest into a fresh virtual environment, and returns that environment's python.
fn installed_wheel() -> Result<PathBuf, String> {
    let wheel = wheel()?;
    let fresh = root().join("target/python-test-env");
    status(Command::new("python3").args(["-m", "venv", "--clear"]).arg(&fresh))?;
    let fresh_python = fresh.join("bin/python");
    status(Command::new(&fresh_python).args(["-m", "pip", "install", "-q", TOOLS[0]]).arg(&wheel))?;
    Ok(fresh_python)
}

/// The tools' virtual environment (pytest, maturin, twine), made if missing:
/// its bin folder.
pub fn tools_bin() -> Result<PathBuf, String> {
    let venv = crate::tools::dir().join("python");
    let python = venv.join("bin/python");
    let ready = |tool: &str| succeeds(Command::new(&python).args(["-m", tool, "--version"]));
    if !python.is_file() || !ready("maturin") || !ready("twine") {
        status(Command::new("python3").args(["-m", "venv", "--clear"]).arg(&venv))?;
        status(Command::new(&python).args(["-m", "pip", "install", "-q"]).args(TOOLS))?;
    }
    Ok(venv.join("bin"))
}

/// The release wheel for this machine, in target/wheels.
pub fn wheel() -> Result<PathBuf, String> {
    let wheels = root().join("target/wheels");
    let _ = std::fs::remove_dir_all(&wheels);
    status(maturin()?.args(["build", "--release", "--locked", "-o"]).arg(&wheels))?;
    only_file(&wheels, ".whl")
}

/// The source distribution (it builds the Rust library on install), in `out`.
pub fn sdist(out: &Path) -> Result<PathBuf, String> {
    let dir = root().join("target/sdist");
    let _ = std::fs::remove_dir_all(&dir);
    status(maturin()?.args(["sdist", "-o"]).arg(&dir))?;
    let built = only_file(&dir, ".tar.gz")?;
    let copy = out.join(built.file_name().unwrap_or_default());
    std::fs::copy(&built, &copy).map_err(|e| format!("{}: {e}", copy.display()))?;
    Ok(copy)
}

/// `twine check`: the files PyPI would take, their metadata and README.
pub fn twine_check(files: &[&Path]) -> Result<(), String> {
    status(Command::new(tools_bin()?.join("twine")).args(["check", "--strict"]).args(files))
}

fn maturin() -> Result<Command, String> {
    let mut command = Command::new(tools_bin()?.join("maturin"));
    command.current_dir(root().join("bindings/python"));
    Ok(command)
}

/// The one file in `dir` whose name ends with `suffix`.
fn only_file(dir: &Path, suffix: &str) -> Result<PathBuf, String> {
    let found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(format!("{}: expected one *{suffix}, found {found:?}", dir.display())),
    }
}
