//! The workspace this xtask works on: found at run time from where it was
//! started, as cargo finds it, so that a copy of a checkout (its `target/`
//! included) builds and tests its own files, never those of the folder the
//! xtask was first compiled in.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The workspace root: the nearest folder, from the current one upwards, whose
/// `Cargo.toml` declares a `[workspace]` with an `xtask/` beside it.
///
/// The xtask cannot work without its workspace, so a run started outside one
/// stops here with a message saying where it looked.
pub fn root() -> PathBuf {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        let start =
            std::env::current_dir().unwrap_or_else(|e| stop(&format!("the current folder cannot be read: {e}")));
        find(&start).unwrap_or_else(|| {
            stop(&format!(
                "{} is not inside an authos-errors checkout (no Cargo.toml with [workspace] and xtask/ above it)",
                start.display()
            ))
        })
    })
    .clone()
}

fn find(start: &Path) -> Option<PathBuf> {
    start.ancestors().find(|dir| is_root(dir)).map(Path::to_path_buf)
}

fn is_root(dir: &Path) -> bool {
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap_or_default();
    dir.join("xtask/Cargo.toml").is_file()
        && manifest.parse::<toml::Table>().is_ok_and(|table| table.contains_key("workspace"))
}

fn stop(message: &str) -> ! {
    eprintln!("xtask: {message}");
    std::process::exit(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_is_found_from_any_folder_inside_it_and_not_from_outside() {
        let dir = std::env::temp_dir().join(format!("xtask-workspace-{}", std::process::id()));
        let nested = dir.join("copy/core/src");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::create_dir_all(dir.join("copy/xtask")).unwrap();
        std::fs::write(dir.join("copy/Cargo.toml"), "[workspace]\nmembers = [\"core\", \"xtask\"]\n").unwrap();
        std::fs::write(dir.join("copy/core/Cargo.toml"), "[package]\nname = \"core\"\n").unwrap();
        std::fs::write(dir.join("copy/xtask/Cargo.toml"), "[package]\nname = \"xtask\"\n").unwrap();
        assert_eq!(find(&nested), Some(dir.join("copy")), "from a member's folder, the workspace above it");
        assert_eq!(find(&dir.join("copy")), Some(dir.join("copy")));
        assert_eq!(find(&dir), None, "a folder above the workspace is not in it");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
