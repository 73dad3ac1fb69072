//! The shipped locales, as the core lists them, and each one's locale data as
//! the `authos-errors locale-data` command writes it.

use crate::support::run::{cargo, status};
use crate::support::workspace::root;
use anyhow::{anyhow, Context, Result};
use std::path::PathBuf;
use std::process::Command;

/// The shipped locales, `en` first.
pub fn shipped() -> Result<Vec<String>> {
    let tags: Vec<String> = authos_errors::shipped_locales().map(str::to_owned).collect();
    match tags.first().map(String::as_str) {
        Some("en") => Ok(tags),
        _ => Err(anyhow!("the core's shipped locales must start with en: {tags:?}")),
    }
}

/// The `authos-errors` command, built once per run of the xtask.
fn cli() -> Result<PathBuf> {
    // Kept as text: an error is not Clone, and every caller gets the first outcome.
    static BUILT: std::sync::OnceLock<Result<PathBuf, String>> = std::sync::OnceLock::new();
    let built = BUILT.get_or_init(|| {
        status(cargo().args(["build", "--locked", "-q", "-p", "authos-errors-cli"])).map_err(|e| format!("{e:#}"))?;
        Ok(root().join("target/debug/authos-errors"))
    });
    built.clone().map_err(anyhow::Error::msg)
}

/// target/locale-data, a folder with every shipped locale's data as
/// `<tag>.bin`, for the platforms' concurrency scenarios (`AUTHOS_LOCALE_DATA`);
/// written once per run of the xtask, whichever platforms ask.
pub fn data_dir() -> Result<PathBuf> {
    // Kept as text: an error is not Clone, and every caller gets the first outcome.
    static WRITTEN: std::sync::OnceLock<Result<PathBuf, String>> = std::sync::OnceLock::new();
    let written = WRITTEN.get_or_init(|| {
        let write = || -> Result<PathBuf> {
            let dir = root().join("target/locale-data");
            std::fs::create_dir_all(&dir).with_context(|| format!("{}", dir.display()))?;
            for tag in shipped()? {
                let path = dir.join(format!("{tag}.bin"));
                std::fs::write(&path, data(&tag)?).with_context(|| format!("{}", path.display()))?;
            }
            Ok(dir)
        };
        write().map_err(|e| format!("{e:#}"))
    });
    written.clone().map_err(anyhow::Error::msg)
}

/// A shipped locale's data.
pub fn data(tag: &str) -> Result<Vec<u8>> {
    let output = Command::new(cli()?).args(["locale-data", tag]).output()?;
    if !output.status.success() {
        return Err(anyhow!("authos-errors locale-data {tag}: {}", String::from_utf8_lossy(&output.stderr)));
    }
    Ok(output.stdout)
}
