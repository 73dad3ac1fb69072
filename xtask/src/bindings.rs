//! The uniffi platforms: Python (a maturin wheel in a fresh virtual
//! environment) and Swift here, Kotlin in `kotlin.rs`. Each builds the ffi
//! library, generates its bindings from it (never committed) and runs its own
//! tests over the shared vectors. Tools are installed if missing: pytest,
//! maturin and the test clients from PyPI; Swift as `swift.rs` says.

use crate::run::{cargo, last_json_line, root, status, succeeds};
use crate::summary::BindingReport;
use crate::swift::{extra_vectors, Toolchain};
use crate::testserver::TestServer;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const PYTHON_TOOLS: [&str; 2] = ["pytest==9.2.0", "maturin==1.16.0"];
/// What the Python tests use beside pytest: the HTTP clients the package
/// adapts, and mypy for the package's types (`mypy --strict` over a sample).
const PYTHON_TEST_TOOLS: [&str; 4] =
    ["requests==2.34.2", "httpx==0.28.1", "mypy==2.4.1", "types-requests==2.33.0.20261030"];

/// Where installed tools are kept between runs on one machine.
pub fn tools() -> PathBuf {
    match std::env::var_os("HOME") {
        Some(home) => Path::new(&home).join(".cache/authos-errors-tools"),
        None => root().join("target/tools"),
    }
}

/// A cargo profile and the target directory its output goes to.
#[derive(Clone, Copy)]
pub enum Profile {
    Debug,
    Release,
}

impl Profile {
    pub fn name(self) -> &'static str {
        match self {
            Profile::Debug => "debug",
            Profile::Release => "release",
        }
    }

    pub fn dir(self) -> PathBuf {
        root().join(match self {
            Profile::Debug => "target/debug",
            Profile::Release => "target/release",
        })
    }
}

/// Builds the ffi library and generates `language`'s bindings from it.
pub fn generate(language: &str, profile: Profile) -> Result<PathBuf, String> {
    let mut build = cargo();
    build.args(["build", "--locked", "-p", "authos-errors-ffi"]);
    if let Profile::Release = profile {
        build.arg("--release");
    }
    status(&mut build)?;
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

pub fn python() -> Result<(), String> {
    let python = installed_wheel()?;
    let env = root().join("target/python-test-env");
    status(Command::new(&python).args(["-m", "pip", "install", "-q"]).args(PYTHON_TEST_TOOLS))?;
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
        Command::new(&python)
            .current_dir(&env)
            .env("AUTHOS_TEST_SERVER", &server.url)
            .args(["-m", "pytest", "-q", "-p", "no:cacheprovider"])
            .arg(root().join("bindings/python/tests")),
    )
}

/// The Python benchmark and leak check (bindings/python/bench), on the installed wheel.
pub fn python_bench(calls: u64) -> Result<BindingReport, String> {
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
    let venv = tools().join("python");
    let python = venv.join("bin/python");
    if !python.is_file() || !succeeds(Command::new(&python).args(["-m", "maturin", "--version"])) {
        status(Command::new("python3").args(["-m", "venv", "--clear"]).arg(&venv))?;
        status(Command::new(&python).args(["-m", "pip", "install", "-q"]).args(PYTHON_TOOLS))?;
    }
    let wheels = root().join("target/wheels");
    let _ = std::fs::remove_dir_all(&wheels);
    status(
        Command::new(venv.join("bin/maturin"))
            .current_dir(root().join("bindings/python"))
            .args(["build", "--release", "--locked", "-o"])
            .arg(&wheels),
    )?;
    let wheel = std::fs::read_dir(&wheels)
        .map_err(|e| format!("{}: {e}", wheels.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "whl"))
        .ok_or("maturin built no wheel")?;
    let fresh = root().join("target/python-test-env");
    status(Command::new("python3").args(["-m", "venv", "--clear"]).arg(&fresh))?;
    let fresh_python = fresh.join("bin/python");
    status(Command::new(&fresh_python).args(["-m", "pip", "install", "-q", PYTHON_TOOLS[0]]).arg(&wheel))?;
    Ok(fresh_python)
}

/// `Ok(None)` when Swift ran; `Ok(Some(reason))` when it cannot run here. The
/// toolchain is installed if missing (see `swift.rs`). Runs the vector runner
/// (compiled with swiftc, for tools that want a plain executable), then builds
/// the package as a consumer's `Package.swift` would and runs its XCTest target.
pub fn swift() -> Result<Option<String>, String> {
    let bindings = generate("swift", Profile::Debug)?;
    fill_swift_package(&bindings)?;
    let toolchain = match Toolchain::get()? {
        Ok(toolchain) => toolchain,
        Err(reason) => return Ok(Some(format!("{reason}; the bindings were generated in {}", bindings.display()))),
    };
    let library_dir = Profile::Debug.dir();
    let extra = extra_vectors()?;
    let with_library = |command: &mut Command| {
        command.env("LD_LIBRARY_PATH", &library_dir);
        if let Some(extra) = &extra {
            command.env("AUTHOS_EXTRA_VECTORS", extra);
        }
    };
    let runner = root().join("target/swift-vector-runner");
    let conformance = root().join("bindings/swift/Sources/Conformance/Conformance.swift");
    status(
        toolchain
            .command(&root(), "swiftc")
            .arg("-I")
            .arg(&bindings)
            .arg("-L")
            .arg(&library_dir)
            .args(["-lauthos_errors_ffi", "-Xcc"])
            .arg(format!("-fmodule-map-file={}", bindings.join("AuthosErrorsFFI.modulemap").display()))
            .arg(bindings.join("AuthosErrors.swift"))
            .arg(&conformance)
            .arg(root().join("bindings/swift/Tests/VectorRunner/main.swift"))
            .arg("-o")
            .arg(&runner),
    )?;
    let mut run = toolchain.command(&root(), &runner.to_string_lossy());
    with_library(&mut run);
    status(run.arg(root()))?;

    let package = root().join("bindings/swift");
    let linker = ["-Xlinker".to_owned(), format!("-L{}", library_dir.display())];
    status(toolchain.command(&package, "swift").arg("build").args(&linker))?;
    let server = TestServer::start()?;
    let mut test = toolchain.command(&package, "swift");
    with_library(&mut test);
    status(test.env("AUTHOS_TEST_SERVER", &server.url).arg("test").args(&linker)).map(|()| None)
}

/// The Swift benchmark (release build), as `kotlin_bench`; `Ok(None)` where
/// Swift cannot run here.
pub fn swift_bench(calls: u64) -> Result<Option<BindingReport>, String> {
    let bindings = generate("swift", Profile::Release)?;
    fill_swift_package(&bindings)?;
    let Ok(toolchain) = Toolchain::get()? else { return Ok(None) };
    let library_dir = Profile::Release.dir();
    let mut command = toolchain.command(&root().join("bindings/swift"), "swift");
    command.env("LD_LIBRARY_PATH", &library_dir).args(["run", "-c", "release", "-Xlinker"]);
    command.arg(format!("-L{}", library_dir.display())).arg("Bench").arg(calls.to_string());
    report(last_json_line(&mut command)?).map(Some)
}

/// Puts the generated bindings where bindings/swift/Package.swift expects them
/// (ignored by git): the Swift source, and the header with a module map that
/// also links the Rust library, as SwiftPM's system library target needs.
fn fill_swift_package(bindings: &Path) -> Result<(), String> {
    let sources = root().join("bindings/swift/Sources");
    let ffi = sources.join("AuthosErrorsFFI");
    let swift = sources.join("AuthosErrors");
    // Only what is generated: Sources/AuthosErrors also holds the committed idioms.
    let _ = std::fs::remove_dir_all(&ffi);
    let io = |e: std::io::Error| format!("{}: {e}", sources.display());
    std::fs::create_dir_all(&ffi).map_err(io)?;
    std::fs::create_dir_all(&swift).map_err(io)?;
    std::fs::copy(bindings.join("AuthosErrorsFFI.h"), ffi.join("AuthosErrorsFFI.h")).map_err(io)?;
    std::fs::copy(bindings.join("AuthosErrors.swift"), swift.join("AuthosErrors.swift")).map_err(io)?;
    let modulemap = std::fs::read_to_string(bindings.join("AuthosErrorsFFI.modulemap")).map_err(io)?;
    let Some(end) = modulemap.rfind('}') else {
        return Err(format!("uniffi's module map has no closing brace: {modulemap}"));
    };
    let linked = format!("{}    link \"authos_errors_ffi\"\n{}", &modulemap[..end], &modulemap[end..]);
    std::fs::write(ffi.join("module.modulemap"), linked).map_err(io)
}

/// Debian packages, as root: this machine kind runs as root and reaches Debian.
pub fn apt_install(packages: &[&str]) -> Result<(), String> {
    status(Command::new("apt-get").arg("update").arg("-qq"))?;
    status(
        Command::new("apt-get").env("DEBIAN_FRONTEND", "noninteractive").args(["install", "-y", "-qq"]).args(packages),
    )
}

/// A binding benchmark's last line, read as its report.
pub fn report(line: Value) -> Result<BindingReport, String> {
    serde_json::from_value(line.clone()).map_err(|e| format!("a binding benchmark reported {line}: {e}"))
}
