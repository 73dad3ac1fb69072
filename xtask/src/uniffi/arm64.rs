//! An arm64 Debian (trixie) root run by qemu-user, where the aarch64 wheel is
//! tested for real: its own Python installs the wheel and runs the vectors.
//!
//! Made by `mmdebstrap --variant=extract` once in the tools folder (~10 s,
//! ~100 MB: Python, pip and pytest unpacked, nothing configured, so no
//! emulation is needed to make it) and reused. This machine has no binfmt:
//! each program is started as `qemu-aarch64-static -L ROOT ROOT/usr/bin/...`,
//! which finds the arm64 loader and libraries in the root and every other
//! path (the repository, a scratch folder) on the host.

use crate::support::run::status;
use crate::support::tools::{apt_install, debian_mirror, dir as tools};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

const PACKAGES: &str = "python3,python3-pip,python3-pytest";
/// Written last by a whole installation: a root without it is made again.
const READY: &str = ".authos-errors-ready";

pub struct Root {
    dir: PathBuf,
}

impl Root {
    /// The root, made if missing (qemu-user-static and mmdebstrap installed
    /// from Debian if missing).
    pub fn get() -> Result<Root> {
        let dir = tools().join("arm64-trixie");
        if !dir.join(READY).is_file() {
            if !crate::support::run::succeeds(Command::new("qemu-aarch64-static").arg("--version"))
                || !crate::support::run::succeeds(Command::new("mmdebstrap").arg("--version"))
            {
                apt_install(&["qemu-user-static", "mmdebstrap"])?;
            }
            let _ = std::fs::remove_dir_all(&dir);
            let mirror = debian_mirror();
            println!("xtask: making an arm64 Debian root in {} from {mirror}: {PACKAGES}", dir.display());
            status(
                Command::new("mmdebstrap")
                    .args(["--arch=arm64", "--variant=extract", "--quiet"])
                    .arg(format!("--include={PACKAGES}"))
                    .arg("trixie")
                    .arg(&dir)
                    .arg(&mirror),
            )?;
            // The extract variant leaves out the merged-/usr links the loader is found by.
            for link in ["lib", "bin"] {
                let path = dir.join(link);
                if !path.exists() {
                    std::os::unix::fs::symlink(format!("usr/{link}"), &path)
                        .with_context(|| format!("{}", path.display()))?;
                }
            }
            std::fs::write(dir.join(READY), "").with_context(|| format!("{}", dir.display()))?;
        }
        Ok(Root { dir })
    }

    /// The root's `program` (a path inside it, such as `usr/bin/python3`), run
    /// by qemu-user in `cwd`.
    pub fn command(&self, cwd: &Path, program: &str) -> Command {
        let mut command = Command::new("qemu-aarch64-static");
        command.current_dir(cwd).arg("-L").arg(&self.dir).arg(self.dir.join(program));
        // Emulated, compiling pytest takes 20 s: let Python keep its bytecode.
        command.env_remove("PYTHONDONTWRITEBYTECODE");
        command
    }

    /// The machine Python reports: what makes the run an arm64 one.
    pub fn machine(&self) -> Result<String> {
        let output = self
            .command(&self.dir, "usr/bin/python3")
            .args(["-c", "import platform; print(platform.machine())"])
            .output()
            .context("qemu-aarch64-static")?;
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
    }
}
