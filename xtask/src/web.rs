//! The web platforms: the npm package as users install it (`npm pack`, then the
//! tarball installed into a scratch project) under Node's own test runner, and
//! in headless Chromium (Debian's, driven by playwright-core).

use crate::npm;
use crate::run::{cargo, root, status};
use std::path::{Path, PathBuf};
use std::process::Command;

const PLAYWRIGHT: &str = "playwright-core@1.65.1";
const TYPESCRIPT: &str = "typescript@5.9.3";
const VITE: &str = "vite@8.3.8";

/// The shared vectors and those named by AUTHOS_EXTRA_VECTORS, `:`-separated.
pub fn vector_files() -> Result<String, String> {
    let dir = root().join("tests/vectors");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    if let Some(extra) = std::env::var_os("AUTHOS_EXTRA_VECTORS") {
        files.extend(extra.to_string_lossy().split(':').filter(|f| !f.is_empty()).map(str::to_owned));
    }
    Ok(files.join(":"))
}

/// Builds and packs the package, and installs the tarball (with `extra` npm
/// packages) into a fresh scratch project with the tests beside it.
pub fn installed(extra: &[&str]) -> Result<PathBuf, String> {
    let package = npm::build()?;
    let packed = root().join("target/npm-pack");
    let _ = std::fs::remove_dir_all(&packed);
    std::fs::create_dir_all(&packed).map_err(|e| format!("{}: {e}", packed.display()))?;
    status(Command::new("npm").current_dir(&package).args(["pack", "--silent", "--pack-destination"]).arg(&packed))?;
    let tarball = std::fs::read_dir(&packed)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "tgz"))
        .ok_or("npm pack made no tarball")?;
    let project = root().join("target/npm-test");
    let _ = std::fs::remove_dir_all(&project);
    std::fs::create_dir_all(project.join("test")).map_err(|e| format!("{}: {e}", project.display()))?;
    std::fs::write(project.join("package.json"), "{ \"private\": true, \"type\": \"module\" }\n")
        .map_err(|e| e.to_string())?;
    let mut install = Command::new("npm");
    install.current_dir(&project).args(["install", "--no-audit", "--no-fund", "--silent"]).arg(&tarball).args(extra);
    status(&mut install)?;
    copy_tree(&root().join("npm/test"), &project.join("test"))?;
    Ok(project)
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(name) = path.file_name() else { continue };
        if path.is_dir() {
            copy_tree(&path, &to.join(name))?;
        } else {
            std::fs::copy(&path, to.join(name)).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// Node's test runner over every vector and the API tests: progress as dots,
/// the full TAP report kept in target/node-tests.tap, its summary printed.
pub fn node() -> Result<(), String> {
    let project = installed(&[TYPESCRIPT])?;
    // The wasm crate's own tests, as WebAssembly in Node (wasm-bindgen-test).
    let runner = npm::wasm_bindgen_cli()?.with_file_name("wasm-bindgen-test-runner");
    status(cargo().env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", runner).args([
        "test",
        "--locked",
        "-p",
        "authos-errors-wasm",
        "--target",
        "wasm32-unknown-unknown",
        "--test",
        "node",
    ]))?;
    // The declarations, checked against a sample that uses every export.
    status(
        Command::new("node")
            .current_dir(&project)
            .args(["node_modules/typescript/bin/tsc", "--strict", "--noEmit", "--target", "es2022"])
            .args(["--module", "nodenext", "--moduleResolution", "nodenext", "--lib", "es2022,dom", "test/types.ts"]),
    )?;
    println!("node types: test/types.ts type-checks against index.d.ts (tsc --strict)");
    let report = root().join("target/node-tests.tap");
    let result = status(
        Command::new("node")
            .current_dir(&project)
            .env("AUTHOS_VECTORS", vector_files()?)
            .args(["--test", "--test-reporter=dot", "--test-reporter-destination=stdout"])
            .args(["--test-reporter=tap", "--test-reporter-destination"])
            .arg(&report)
            .args(["test/node.test.js", "test/api.test.js"]),
    );
    print_summary(&report, "node");
    result
}

/// The same vectors in headless Chromium, the page served from 127.0.0.1 and
/// importing the package as a plain `<script type="module">`; then a Vite build
/// of a small app that uses the package, loaded in Chromium.
pub fn browser() -> Result<(), String> {
    let chromium = chromium()?;
    let project = installed(&[PLAYWRIGHT, VITE])?;
    let run = |script: &str| -> Result<(), String> {
        status(
            Command::new("node")
                .current_dir(&project)
                .env("AUTHOS_VECTORS", vector_files()?)
                .env("CHROMIUM", &chromium)
                .arg(script),
        )
    };
    let vectors = run("test/browser.run.js");
    let vite = run("test/vite.run.js");
    vectors.and(vite)
}

/// Debian's chromium, installed if missing.
pub fn chromium() -> Result<PathBuf, String> {
    let path = Path::new("/usr/bin/chromium");
    if !path.is_file() {
        crate::bindings::apt_install(&["chromium", "chromium-driver"])?;
    }
    Ok(path.to_path_buf())
}

/// The TAP summary (`# tests`, `# pass`, `# fail`, ...) with each line named.
fn print_summary(report: &Path, name: &str) {
    let text = std::fs::read_to_string(report).unwrap_or_default();
    for line in text.lines().filter(|l| l.starts_with("# ") && !l.starts_with("# Subtest")) {
        println!("{name} {}", line.trim_start_matches("# "));
    }
    for failed in text.lines().filter(|l| l.starts_with("not ok")) {
        println!("{name} FAIL {failed}");
    }
}
