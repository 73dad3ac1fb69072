//! Swift, where Debian bookworm has none: Debian trixie's `swiftlang` (Swift
//! 6.0.3 with SwiftPM, Foundation and XCTest) in a trixie root of its own,
//! made by debootstrap in the tools folder once (~1.5 min, ~3 GB) and reused.
//! Swift runs there by chroot, with the repository bind-mounted at its own
//! path, so paths mean the same inside and out; the Rust library it links is
//! built on the host. Everything mounted is unmounted, whatever fails.
//! A `swiftc` on PATH is used as it is.

use crate::bindings::{apt_install, tools};
use crate::run::{root, status, succeeds};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What the root needs: the toolchain, and the C and C++ headers it compiles against.
const PACKAGES: [&str; 3] = ["swiftlang", "libc6-dev", "libstdc++-14-dev"];
/// Written last by a whole installation: a root without it is built again.
const READY: &str = ".authos-errors-ready";

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
    pub fn get() -> Result<Result<Toolchain, String>, String> {
        if succeeds(Command::new("swiftc").arg("--version")) {
            return Ok(Ok(Toolchain::Host));
        }
        let root = tools().join("swift-trixie");
        if !root.join(READY).is_file() {
            if let Err(reason) = can_install() {
                return Ok(Err(reason));
            }
            install(&root)?;
        }
        Ok(Ok(Toolchain::Chroot(Mounted::new(&root)?)))
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
fn can_install() -> Result<(), String> {
    let uid = Command::new("id").arg("-u").output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    if uid.ok().as_deref() != Some("0") {
        return Err("no Swift toolchain: swiftc is not on PATH, and installing Debian trixie's swiftlang in a root of its own needs root (debootstrap, chroot)".into());
    }
    if !succeeds(Command::new("debootstrap").arg("--version")) && apt_install(&["debootstrap"]).is_err() {
        return Err("no Swift toolchain: swiftc is not on PATH, and debootstrap cannot be installed (apt-get install debootstrap failed)".into());
    }
    Ok(())
}

/// debootstrap a minimal trixie into `root`, then install Swift inside it.
fn install(root: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(root);
    let mirror = debian_mirror();
    println!("xtask: installing Swift: Debian trixie in {} from {mirror}, then {PACKAGES:?}", root.display());
    status(Command::new("debootstrap").args(["--variant=minbase", "trixie"]).arg(root).arg(&mirror))?;
    std::fs::copy("/etc/resolv.conf", root.join("etc/resolv.conf")).map_err(|e| format!("/etc/resolv.conf: {e}"))?;
    let mounted = Mounted::new(root)?;
    let in_root = |script: String| {
        let mut command = Command::new("chroot");
        command.arg(&mounted.root).args(["/bin/sh", "-c", &script]).env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    status(&mut in_root("apt-get update -q".into()))?;
    status(&mut in_root(format!("apt-get install -y -q --no-install-recommends {}", PACKAGES.join(" "))))?;
    status(&mut in_root("swiftc --version".into()))?;
    drop(mounted);
    std::fs::write(root.join(READY), "").map_err(|e| format!("{}: {e}", root.display()))
}

/// The Debian mirror apt already uses (the only one this machine may reach).
fn debian_mirror() -> String {
    let sources = ["/etc/apt/sources.list.d/debian.sources", "/etc/apt/sources.list"];
    sources
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .flat_map(|text| text.lines().map(str::to_owned).collect::<Vec<_>>())
        .flat_map(|line| line.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .find(|word| word.starts_with("http") && word.trim_end_matches('/').ends_with("/debian"))
        .unwrap_or_else(|| "http://deb.debian.org/debian".to_owned())
}

/// The root's `/proc`, and the repository at its own path inside the root:
/// mounted on creation, unmounted on drop (also when a step failed).
pub struct Mounted {
    root: PathBuf,
    mounts: Vec<PathBuf>,
}

impl Mounted {
    fn new(root: &Path) -> Result<Mounted, String> {
        unmount_below(root);
        let mut mounted = Mounted { root: root.to_path_buf(), mounts: Vec::new() };
        let proc = root.join("proc");
        status(Command::new("mount").args(["-t", "proc", "proc"]).arg(&proc))?;
        mounted.mounts.push(proc);
        let repo = crate::run::root();
        let inside = root.join(repo.strip_prefix("/").unwrap_or(&repo));
        std::fs::create_dir_all(&inside).map_err(|e| format!("{}: {e}", inside.display()))?;
        status(Command::new("mount").arg("--bind").arg(&repo).arg(&inside))?;
        mounted.mounts.push(inside);
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
pub fn extra_vectors() -> Result<Option<String>, String> {
    let Some(list) = std::env::var_os("AUTHOS_EXTRA_VECTORS") else { return Ok(None) };
    let dir = root().join("target/swift-extra-vectors");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut copies = Vec::new();
    for (i, path) in std::env::split_paths(&list).filter(|p| !p.as_os_str().is_empty()).enumerate() {
        let copy = dir.join(format!("{i}-{}", path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()));
        // A missing file is the runner's to report: it must fail, not vanish here.
        let copied = std::fs::copy(&path, &copy).is_ok();
        copies.push(if copied { copy } else { path });
    }
    let joined = std::env::join_paths(copies).map_err(|e| e.to_string())?;
    Ok(Some(joined.to_string_lossy().into_owned()))
}
