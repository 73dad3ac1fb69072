//! The shipped locales, as the core lists them, and each one's locale data as
//! the `authos-errors locale-data` command writes it.

use crate::support::run::{cargo, status};
use crate::support::workspace::root;
use std::path::PathBuf;
use std::process::Command;

/// The shipped locales, `en` first.
pub fn shipped() -> Result<Vec<String>, String> {
    let tags: Vec<String> = authos_errors::shipped_locales().map(str::to_owned).collect();
    match tags.first().map(String::as_str) {
        Some("en") => Ok(tags),
        _ => Err(format!("the core's shipped locales must start with en: {tags:?}")),
    }
}

/// The `authos-errors` command, built once per run of the xtask.
fn cli() -> Result<PathBuf, String> {
    static BUILT: std::sync::OnceLock<Result<PathBuf, String>> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            status(cargo().args(["build", "--locked", "-q", "-p", "authos-errors-cli"]))?;
            Ok(root().join("target/debug/authos-errors"))
        })
        .clone()
}

/// target/locale-data, a folder with every shipped locale's data as
/// `<tag>.bin`, for the platforms' concurrency scenarios (`AUTHOS_LOCALE_DATA`);
/// written once per run of the xtask, whichever platforms ask.
pub fn data_dir() -> Result<PathBuf, String> {
    static WRITTEN: std::sync::OnceLock<Result<PathBuf, String>> = std::sync::OnceLock::new();
    WRITTEN
        .get_or_init(|| {
            let dir = root().join("target/locale-data");
            std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            for tag in shipped()? {
                let path = dir.join(format!("{tag}.bin"));
                std::fs::write(&path, data(&tag)?).map_err(|e| format!("{}: {e}", path.display()))?;
            }
            Ok(dir)
        })
        .clone()
}

/// A shipped locale's data.
pub fn data(tag: &str) -> Result<Vec<u8>, String> {
    let output = Command::new(cli()?).args(["locale-data", tag]).output().map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(format!("authos-errors locale-data {tag}: {}", String::from_utf8_lossy(&output.stderr)));
    }
    Ok(output.stdout)
}
