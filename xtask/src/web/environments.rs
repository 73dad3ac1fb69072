//! The npm package in every environment web code runs in, beyond Node's ESM
//! test run and Chromium (package.rs): each runs every vector, or for a bundler
//! builds the test app and loads it in Chromium. Runtimes: Node's `require`,
//! Bun, Deno and Cloudflare's workerd; runners: Jest (default CommonJS mode)
//! and Vitest; bundlers: esbuild (esm, and iife through `authos-errors/init`)
//! and Rollup; browsers: Firefox (puppeteer-core over WebDriver BiDi) and
//! WebKit (WebKitWebDriver under xvfb-run). Each prints its own summary line.

use crate::conformance::vectors;
use crate::support::run::status;
use crate::support::tools::apt_install;
use anyhow::{Context, Result};
use std::path::Path;
use std::process::Command;

/// Every runtime and test runner but Node's ESM (package::node runs that), in the
/// installed scratch project. All run; the first failure is returned.
pub fn runtimes(project: &Path) -> Result<()> {
    let vectors = vectors::files()?;
    let bin = |name: &str| project.join("node_modules/.bin").join(name);
    let run = |command: &mut Command| status(command.current_dir(project).env("AUTHOS_VECTORS", &vectors));
    // Jest loads test files as CommonJS: the shared check, built as CommonJS.
    let esbuild = status(Command::new(bin("esbuild")).current_dir(project).args([
        "test/vectors.js",
        "--format=cjs",
        "--log-level=warning",
        "--outfile=test/env/vectors.cjs",
    ]));
    let results = [
        run(Command::new("node").arg("test/env/require.run.cjs")),
        run(Command::new(bin("bun")).arg("test/env/vectors.run.js")),
        run(Command::new(bin("deno")).args(["run", "--allow-read", "--allow-env", "test/env/vectors.run.js"])),
        run(Command::new("node").arg("test/env/workerd.run.js").env("WORKERD", bin("workerd"))),
        esbuild.and_then(|()| {
            run(Command::new(bin("jest")).args([
                "--ci",
                "--verbose=false",
                "--rootDir",
                "test/env",
                "--testMatch",
                "**/jest.test.cjs",
            ]))
        }),
        run(Command::new(bin("vitest")).args(["run", "--root", "test/env", "vitest.test.js"]).env("NO_COLOR", "1")),
        serverless_bundle(project, &bin("esbuild")),
    ];
    results.into_iter().collect()
}

/// Firefox and WebKit running the vector page, and the esbuild and Rollup
/// builds of the app in Chromium. Debian's firefox-esr, webkit2gtk-driver and
/// xvfb are installed if missing.
pub fn browsers(project: &Path, chromium: &Path) -> Result<()> {
    let firefox = Path::new("/usr/bin/firefox-esr");
    let webkit = Path::new("/usr/bin/WebKitWebDriver");
    if !firefox.is_file() || !webkit.is_file() || !Path::new("/usr/bin/xvfb-run").is_file() {
        apt_install(&["firefox-esr", "webkit2gtk-driver", "xvfb", "xauth"])?;
    }
    let vectors = vectors::files()?;
    let run = |command: &mut Command| {
        status(command.current_dir(project).env("AUTHOS_VECTORS", &vectors).env("CHROMIUM", chromium))
    };
    let results = [
        run(Command::new("node").arg("test/bundlers.run.js")),
        run(Command::new("node").arg("test/firefox.run.js").env("FIREFOX", firefox)),
        run(Command::new("xvfb-run").args(["-a", "node", "test/webkit.run.js"]).env("WEBKIT_DRIVER", webkit)),
    ];
    results.into_iter().collect()
}

/// A `require` app bundled as serverless functions are (esbuild
/// `--platform=node --format=cjs`), run from a folder of its own: no
/// node_modules, nothing copied beside the bundle (test/env/serverless.cjs).
fn serverless_bundle(project: &Path, esbuild: &Path) -> Result<()> {
    let alone = project.join("serverless");
    let _ = std::fs::remove_dir_all(&alone);
    std::fs::create_dir_all(&alone).with_context(|| alone.display().to_string())?;
    status(Command::new(esbuild).current_dir(project).args([
        "test/env/serverless.cjs",
        "--bundle",
        "--platform=node",
        "--format=cjs",
        "--log-level=warning",
        "--outfile=serverless/index.js",
    ]))?;
    // Run where Node's resolution cannot reach the project's node_modules.
    let elsewhere = std::env::temp_dir().join(format!("authos-errors-serverless-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&elsewhere);
    std::fs::create_dir_all(&elsewhere).with_context(|| elsewhere.display().to_string())?;
    std::fs::copy(alone.join("index.js"), elsewhere.join("index.js")).context("the bundle")?;
    let result = status(Command::new("node").current_dir(&elsewhere).arg("index.js"));
    let _ = std::fs::remove_dir_all(&elsewhere);
    result
}
