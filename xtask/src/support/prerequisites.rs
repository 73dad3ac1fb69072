//! What a machine needs before the xtask starts work, checked once at start:
//! every platform beyond the Rust core installs system packages with Debian's
//! apt-get (browsers, Swift's root, qemu, valgrind, ...), as root or through
//! sudo, and names x86_64 Linux files (`libauthos_errors_ffi.so`, JNA's
//! `linux-x86-64`). On any other machine the run stops at once, with one
//! message saying what is missing and what still runs, instead of failing
//! deep inside a step.

use crate::support::run::succeeds;
use anyhow::{anyhow, Result};
use std::process::Command;

/// What the xtask is asked to do, as far as the machine is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    /// Cargo alone: the Rust core's tests run anywhere Rust does.
    Cargo,
    /// x86_64 Linux (the sanitizers' runtime, the files named for it), no system packages.
    Linux,
    /// x86_64 Debian, with apt-get as root or through sudo.
    Debian,
}

/// This machine, as far as the xtask cares.
#[derive(Clone, Debug)]
pub struct Host {
    pub os: &'static str,
    pub arch: &'static str,
    pub apt: bool,
    pub root: bool,
    pub sudo: bool,
}

impl Host {
    pub fn detect() -> Host {
        let root = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|status| status.lines().find(|l| l.starts_with("Uid:")).map(str::to_owned))
            .and_then(|line| line.split_whitespace().nth(2).map(|euid| euid == "0"))
            .unwrap_or(false);
        Host {
            os: std::env::consts::OS,
            arch: std::env::consts::ARCH,
            apt: succeeds(Command::new("apt-get").arg("--version")),
            root,
            sudo: !root && succeeds(Command::new("sudo").args(["-n", "true"])),
        }
    }

    /// What this machine lacks for `needs`, in words; empty when it has it all.
    pub fn lacks(&self, needs: Needs) -> Vec<String> {
        let mut missing = Vec::new();
        if needs == Needs::Cargo {
            return missing;
        }
        if self.os != "linux" || self.arch != "x86_64" {
            missing.push(format!("x86_64 Linux (this is {} on {})", self.os, self.arch));
        }
        if needs == Needs::Debian {
            if !self.apt {
                missing.push("Debian's apt-get (not found)".to_owned());
            }
            if !self.root && !self.sudo {
                missing.push("root, or sudo without a password, to install Debian packages".to_owned());
            }
        }
        missing
    }
}

/// Stops before any work when this machine lacks what `what` (each thing asked
/// for, with what it needs) requires: one message naming what is missing, for
/// which of them, and what still runs here.
pub fn check(what: &[(String, Needs)]) -> Result<()> {
    check_on(&Host::detect(), what)
}

fn check_on(host: &Host, what: &[(String, Needs)]) -> Result<()> {
    let blocked: Vec<(&str, Vec<String>)> =
        what.iter().map(|(name, needs)| (name.as_str(), host.lacks(*needs))).filter(|(_, l)| !l.is_empty()).collect();
    if blocked.is_empty() {
        return Ok(());
    }
    let mut lacks: Vec<String> = blocked.iter().flat_map(|(_, l)| l.iter().cloned()).collect();
    lacks.dedup();
    let names: Vec<&str> = blocked.iter().map(|(name, _)| *name).collect();
    let runnable: Vec<&str> =
        what.iter().filter(|(_, needs)| host.lacks(*needs).is_empty()).map(|(name, _)| name.as_str()).collect();
    let still = if runnable.is_empty() {
        "the Rust core's tests run anywhere Rust does: `cargo xtask test --platform rust` or `cargo test --workspace`"
            .to_owned()
    } else {
        format!("these still run here: {}", runnable.join(", "))
    };
    Err(anyhow!(
        "this machine lacks what {} need{}: {}. See the README's Prerequisites; {still}.",
        names.join(", "),
        if names.len() == 1 { "s" } else { "" },
        lacks.join("; ")
    ))
}

/// `apt-get` as root, or through `sudo -n` where this is not root.
pub fn apt_get() -> Command {
    if Host::detect().root {
        Command::new("apt-get")
    } else {
        let mut command = Command::new("sudo");
        command.args(["-n", "apt-get"]);
        command
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(os: &'static str, arch: &'static str, apt: bool, root: bool, sudo: bool) -> Host {
        Host { os, arch, apt, root, sudo }
    }

    fn asked() -> Vec<(String, Needs)> {
        vec![("rust".into(), Needs::Cargo), ("threads".into(), Needs::Linux), ("node".into(), Needs::Debian)]
    }

    #[test]
    fn debian_on_x86_64_as_root_or_with_sudo_runs_everything() {
        check_on(&host("linux", "x86_64", true, true, false), &asked()).unwrap();
        check_on(&host("linux", "x86_64", true, false, true), &asked()).unwrap();
    }

    #[test]
    fn a_mac_is_told_what_it_lacks_and_what_still_runs() {
        let said = check_on(&host("macos", "aarch64", false, false, true), &asked()).unwrap_err().to_string();
        assert_eq!(
            said,
            "this machine lacks what threads, node need: x86_64 Linux (this is macos on aarch64); Debian's apt-get \
             (not found). See the README's Prerequisites; these still run here: rust."
        );
    }

    #[test]
    fn a_user_without_root_or_sudo_is_told_so() {
        let said = check_on(&host("linux", "x86_64", true, false, false), &asked()).unwrap_err().to_string();
        assert!(said.starts_with("this machine lacks what node needs: root, or sudo"), "{said}");
        assert!(said.ends_with("these still run here: rust, threads."), "{said}");
    }

    #[test]
    fn the_rust_core_alone_needs_nothing_but_cargo() {
        check_on(&host("windows", "x86_64", false, false, false), &[("rust".into(), Needs::Cargo)]).unwrap();
        let said = check_on(&host("windows", "x86_64", false, false, false), &[("dist".into(), Needs::Debian)]);
        assert!(said.unwrap_err().to_string().contains("`cargo xtask test --platform rust`"));
    }
}
