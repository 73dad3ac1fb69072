//! Swift: the generated bindings and bindings/swift's idioms, tested by a vector
//! runner (swiftc) and by the package's XCTest target (SwiftPM).
//!
//! The toolchain, where Debian bookworm has none: Debian trixie's `swiftlang` (Swift
//! 6.0.3 with SwiftPM, Foundation and XCTest) in a trixie root of its own,
//! made by debootstrap in the tools folder once (~1.5 min, ~3 GB) and reused.
//! Swift runs there by chroot, with the repository bind-mounted at its own
//! path, so paths mean the same inside and out; the Rust library it links is
//! built on the host. Everything mounted is unmounted, whatever fails.
//! A `swiftc` on PATH is used as it is.

use crate::apple::swift_reader;
use crate::conformance::parity::Corpus;
use crate::conformance::testserver::TestServer;
use crate::perf::summary::BindingReport;
use crate::support::run::{last_json_line, status, succeeds};
use crate::support::tools::{apt_install, debian_mirror, dir as tools};
use crate::support::workspace::root;
use crate::uniffi::bindings::{generate, report, Profile};
use anyhow::{anyhow, bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What the root needs: the toolchain, the C and C++ headers it compiles
/// against, and git, with which SwiftPM resolves a package by URL.
const PACKAGES: [&str; 4] = ["swiftlang", "libc6-dev", "libstdc++-14-dev", "git"];
/// Written last by a whole installation, with the packages it installed: a
/// root without it, or with other packages, is built again.
const READY: &str = ".authos-errors-ready";

/// `Ok(None)` when Swift ran; `Ok(Some(reason))` when it cannot run here. The
/// toolchain is installed if missing (see `Toolchain`). Runs the vector runner
/// (compiled with swiftc, for tools that want a plain executable), then builds
/// the package as a consumer's `Package.swift` would and runs its XCTest target.
pub fn test(corpus: &Corpus) -> Result<Option<String>> {
    let bindings = generate("swift", Profile::Debug)?;
    fill_swift_package(&bindings, &root())?;
    let toolchain = match Toolchain::get()? {
        Ok(toolchain) => toolchain,
        Err(reason) => return Ok(Some(format!("{reason}; the bindings were generated in {}", bindings.display()))),
    };
    let library_dir = Profile::Debug.dir();
    let extra = extra_vectors()?;
    let locale_data = crate::conformance::locales::data_dir()?;
    let with_library = |command: &mut Command| {
        corpus.apply(command).env("LD_LIBRARY_PATH", &library_dir).env("AUTHOS_LOCALE_DATA", &locale_data);
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
            .arg(root().join("bindings/swift/Sources/AuthosErrors/AuthosErrors.swift"))
            .arg(&conformance)
            .arg(root().join("bindings/swift/Tests/VectorRunner/main.swift"))
            .arg("-o")
            .arg(&runner),
    )?;
    let mut run = toolchain.command(&root(), &runner.to_string_lossy());
    with_library(&mut run);
    status(run.arg(root()))?;

    let package = root();
    let linker = ["-Xlinker".to_owned(), format!("-L{}", library_dir.display())];
    status(toolchain.command(&package, "swift").arg("build").args(&linker))?;
    let server = TestServer::start()?;
    let mut test = toolchain.command(&package, "swift");
    with_library(&mut test);
    status(test.env("AUTHOS_TEST_SERVER", &server.url).arg("test").args(&linker)).map(|()| None)
}

/// The Swift benchmark (release build, with the `bench` feature's hooks), as Kotlin's; `Ok(None)` where
/// Swift cannot run here.
pub fn bench(calls: u64) -> Result<Option<BindingReport>> {
    let bindings = generate("swift", Profile::Bench)?;
    fill_swift_package(&bindings, &root())?;
    let Ok(toolchain) = Toolchain::get()? else { return Ok(None) };
    let library_dir = Profile::Bench.dir();
    let mut command = toolchain.command(&root(), "swift");
    // AUTHOS_BENCH: Package.swift declares the Bench target only then.
    command.env("LD_LIBRARY_PATH", &library_dir).env("AUTHOS_BENCH", "1").args(["run", "-c", "release", "-Xlinker"]);
    command.arg(format!("-L{}", library_dir.display())).arg("Bench").arg(calls.to_string());
    report(last_json_line(&mut command)?).map(Some)
}

/// Puts the generated bindings where the Package.swift at `repository`'s root
/// expects them (ignored by git): the Swift source (its buffer reads made
/// direct, see swift_reader.rs), and the header with a module map that also
/// links the Rust library, as SwiftPM's system library target needs.
pub fn fill_swift_package(bindings: &Path, repository: &Path) -> Result<()> {
    let sources = repository.join("bindings/swift/Sources");
    let ffi = sources.join("AuthosErrorsFFI");
    let swift = sources.join("AuthosErrors");
    // Only what is generated: Sources/AuthosErrors also holds the committed idioms.
    let _ = std::fs::remove_dir_all(&ffi);
    let io = |e: std::io::Error| anyhow!("{}: {e}", sources.display());
    std::fs::create_dir_all(&ffi).map_err(io)?;
    std::fs::create_dir_all(&swift).map_err(io)?;
    std::fs::copy(bindings.join("AuthosErrorsFFI.h"), ffi.join("AuthosErrorsFFI.h")).map_err(io)?;
    let generated = std::fs::read_to_string(bindings.join("AuthosErrors.swift")).map_err(io)?;
    std::fs::write(swift.join("AuthosErrors.swift"), swift_reader::with_direct_reads(&generated)?).map_err(io)?;
    let modulemap = std::fs::read_to_string(bindings.join("AuthosErrorsFFI.modulemap")).map_err(io)?;
    let Some(end) = modulemap.rfind('}') else {
        return Err(anyhow!("uniffi's module map has no closing brace: {modulemap}"));
    };
    let linked = format!("{}    link \"authos_errors_ffi\"\n{}", &modulemap[..end], &modulemap[end..]);
    std::fs::write(ffi.join("module.modulemap"), linked).map_err(io)
}

/// Where Swift runs.
pub enum Toolchain {
    /// `swiftc` and `swift` on PATH.
    Host,
    /// The trixie root, mounted for as long as this lives.
    Chroot(Mounted),
}

impl Toolchain {
    /// The toolchain, installed if it can be; `Err` with the reason it cannot
    /// exist on this machine (not a failure: the platform is then SKIPPED).
    pub fn get() -> Result<Result<Toolchain, String>> {
        Toolchain::mounting(&[])
    }

    /// As `get`, with the folders `also` (outside the repository) seen at
    /// their own paths too.
    pub fn mounting(also: &[&Path]) -> Result<Result<Toolchain, String>> {
        if succeeds(Command::new("swiftc").arg("--version")) {
            return Ok(Ok(Toolchain::Host));
        }
        let root = tools().join("swift-trixie");
        if std::fs::read_to_string(root.join(READY)).ok().as_deref() != Some(PACKAGES.join(" ").as_str()) {
            if let Err(reason) = can_install() {
                return Ok(Err(format!("{reason:#}")));
            }
            install(&root)?;
        }
        Ok(Ok(Toolchain::Chroot(Mounted::new(&root, also)?)))
    }

    /// `program` with `args`, run by the toolchain in `dir` (a path of the repository).
    pub fn command(&self, dir: &Path, program: &str) -> Command {
        match self {
            Toolchain::Host => {
                let mut command = Command::new(program);
                command.current_dir(dir);
                command
            }
            Toolchain::Chroot(mounted) => {
                let mut command = Command::new("chroot");
                command.arg(&mounted.root).args(["/usr/bin/env", "-C"]).arg(dir).arg(program);
                command
            }
        }
    }
}

/// Why the root cannot be made here, if it cannot: debootstrap and chroot need
/// root, and debootstrap must be installable.
fn can_install() -> Result<()> {
    let uid = Command::new("id").arg("-u").output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    if uid.ok().as_deref() != Some("0") {
        bail!("no Swift toolchain: swiftc is not on PATH, and installing Debian trixie's swiftlang in a root of its own needs root (debootstrap, chroot)");
    }
    if !succeeds(Command::new("debootstrap").arg("--version")) && apt_install(&["debootstrap"]).is_err() {
        bail!("no Swift toolchain: swiftc is not on PATH, and debootstrap cannot be installed (apt-get install debootstrap failed)");
    }
    Ok(())
}

/// debootstrap a minimal trixie into `root`, then install Swift inside it.
fn install(root: &Path) -> Result<()> {
    let _ = std::fs::remove_dir_all(root);
    let mirror = debian_mirror();
    println!("xtask: installing Swift: Debian trixie in {} from {mirror}, then {PACKAGES:?}", root.display());
    status(Command::new("debootstrap").args(["--variant=minbase", "trixie"]).arg(root).arg(&mirror))?;
    std::fs::copy("/etc/resolv.conf", root.join("etc/resolv.conf")).context("/etc/resolv.conf")?;
    let mounted = Mounted::new(root, &[])?;
    let in_root = |script: String| {
        let mut command = Command::new("chroot");
        command.arg(&mounted.root).args(["/bin/sh", "-c", &script]).env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    status(&mut in_root("apt-get update -q".into()))?;
    status(&mut in_root(format!("apt-get install -y -q --no-install-recommends {}", PACKAGES.join(" "))))?;
    status(&mut in_root("swiftc --version".into()))?;
    drop(mounted);
    std::fs::write(root.join(READY), PACKAGES.join(" ")).with_context(|| format!("{}", root.display()))
}

/// The root's `/proc`, and the repository (and any other folder asked for)
/// at its own path inside the root: mounted on creation, unmounted on drop
/// (also when a step failed).
pub struct Mounted {
    root: PathBuf,
    mounts: Vec<PathBuf>,
}

impl Mounted {
    fn new(root: &Path, also: &[&Path]) -> Result<Mounted> {
        unmount_below(root);
        let mut mounted = Mounted { root: root.to_path_buf(), mounts: Vec::new() };
        let proc = root.join("proc");
        status(Command::new("mount").args(["-t", "proc", "proc"]).arg(&proc))?;
        mounted.mounts.push(proc);
        let repo = crate::support::workspace::root();
        for dir in std::iter::once(repo.as_path()).chain(also.iter().copied()) {
            let inside = root.join(dir.strip_prefix("/").unwrap_or(dir));
            std::fs::create_dir_all(&inside).with_context(|| format!("{}", inside.display()))?;
            status(Command::new("mount").arg("--bind").arg(dir).arg(&inside))?;
            mounted.mounts.push(inside);
        }
        Ok(mounted)
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        for mount in self.mounts.iter().rev() {
            let _ = Command::new("umount").arg("-l").arg(mount).status();
        }
    }
}

/// Unmounts what an interrupted run left mounted inside `root`.
fn unmount_below(root: &Path) {
    let mounts = std::fs::read_to_string("/proc/mounts").unwrap_or_default();
    let mut left: Vec<&str> = mounts
        .lines()
        .filter_map(|line| line.split_whitespace().nth(1))
        .filter(|point| Path::new(point).starts_with(root))
        .collect();
    left.sort_by_key(|point| std::cmp::Reverse(point.len()));
    for point in left {
        let _ = Command::new("umount").arg("-l").arg(point).status();
    }
}

/// The files named by `AUTHOS_EXTRA_VECTORS`, copied into the repository so a
/// chroot sees them at the same paths; the variable's value for the copies.
pub fn extra_vectors() -> Result<Option<String>> {
    let Some(list) = std::env::var_os("AUTHOS_EXTRA_VECTORS") else { return Ok(None) };
    let dir = root().join("target/swift-extra-vectors");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).with_context(|| format!("{}", dir.display()))?;
    let mut copies = Vec::new();
    for (i, path) in std::env::split_paths(&list).filter(|p| !p.as_os_str().is_empty()).enumerate() {
        let copy = dir.join(format!("{i}-{}", path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()));
        // A missing file is the runner's to report: it must fail, not vanish here.
        let copied = std::fs::copy(&path, &copy).is_ok();
        copies.push(if copied { copy } else { path });
    }
    let joined = std::env::join_paths(copies)?;
    Ok(Some(joined.to_string_lossy().into_owned()))
}
