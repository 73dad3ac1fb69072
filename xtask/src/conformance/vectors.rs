//! The shared vector files every platform's runner reads.

use crate::support::workspace::root;
use anyhow::{Context, Result};

/// tests/vectors/*.json and the files AUTHOS_EXTRA_VECTORS names, `:`-separated,
/// as the runners take them (environment `AUTHOS_VECTORS`).
pub fn files() -> Result<String> {
    Ok(list()?.join(":"))
}

/// tests/vectors/*.json, sorted, then the files AUTHOS_EXTRA_VECTORS names.
pub fn list() -> Result<Vec<String>> {
    let dir = root().join("tests/vectors");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .with_context(|| format!("{}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    if let Some(extra) = std::env::var_os("AUTHOS_EXTRA_VECTORS") {
        files.extend(extra.to_string_lossy().split(':').filter(|f| !f.is_empty()).map(str::to_owned));
    }
    Ok(files)
}
