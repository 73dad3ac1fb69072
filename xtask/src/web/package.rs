//! The web platforms: the npm package as users install it (`npm pack`, then the
//! tarball installed into a scratch project) under Node's own test runner, and
//! in headless Chromium (Debian's, driven by playwright-core).

use crate::conformance::parity::Corpus;
use crate::conformance::{examples, vectors};
use crate::perf::summary::{Size, Timing};
use crate::support::run::{cargo, last_json_line, status};
use crate::support::tools;
use crate::support::workspace::root;
use crate::web::{environments, npm};
use anyhow::{anyhow, bail, Context, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Builds the package and packs it as users get it: the tarball's path.
pub fn pack() -> Result<PathBuf> {
    let package = npm::build()?;
    let packed = root().join("target/npm-pack");
    let _ = std::fs::remove_dir_all(&packed);
    std::fs::create_dir_all(&packed).with_context(|| format!("{}", packed.display()))?;
    status(Command::new("npm").current_dir(&package).args(["pack", "--silent", "--pack-destination"]).arg(&packed))?;
    std::fs::read_dir(&packed)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "tgz"))
        .context("npm pack made no tarball")
}

/// A fresh `dir` holding an npm project with the tarball installed, as a user's.
fn install(dir: &Path, tarball: &Path) -> Result<()> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).with_context(|| format!("{}", dir.display()))?;
    std::fs::write(dir.join("package.json"), "{ \"private\": true, \"type\": \"module\" }\n")?;
    status(Command::new("npm").current_dir(dir).args(["install", "--no-audit", "--no-fund", "--silent"]).arg(tarball))
}

/// Packs the package and installs the tarball into a fresh scratch project
/// with the tests and benchmarks beside it.
pub fn installed() -> Result<PathBuf> {
    installed_from(&pack()?)
}

/// The scratch project: the pinned npm tools (test runners, runtimes,
/// bundlers, browser drivers) by `npm ci` from their lock file, then the
/// tarball beside them, not saved, so that the lock stays as committed.
fn installed_from(tarball: &Path) -> Result<PathBuf> {
    let project = root().join("target/npm-test");
    let _ = std::fs::remove_dir_all(&project);
    tools::npm_ci(&project)?;
    status(
        Command::new("npm")
            .current_dir(&project)
            .args(["install", "--no-save", "--no-audit", "--no-fund", "--silent"])
            .arg(tarball),
    )?;
    copy_tree(&root().join("npm/test"), &project.join("test"))?;
    let scenario = project.join("test/concurrency-scenario.json");
    std::fs::copy(root().join("tests/concurrency/scenario.json"), &scenario)
        .with_context(|| format!("{}", scenario.display()))?;
    copy_tree(&root().join("npm/bench"), &project.join("bench"))?;
    Ok(project)
}

/// The playground (examples/playground) as a static site in target/playground:
/// the page, the packed package installed beside it, and the vectors as samples
/// (`vectors.json`; bodies over 64 KiB left out).
pub fn playground(tarball: &Path) -> Result<PathBuf> {
    let site = root().join("target/playground");
    install(&site, tarball)?;
    copy_tree(&root().join("examples/playground"), &site)?;
    let mut samples = Vec::new();
    for file in vectors::files()?.split(':').filter(|f| !f.is_empty()) {
        let text = std::fs::read_to_string(file).with_context(|| file.to_string())?;
        let vectors: Vec<serde_json::Value> = serde_json::from_str(&text).with_context(|| file.to_string())?;
        let stem = Path::new(file).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        for v in vectors.into_iter().filter(|v| v.get("input").is_some_and(|i| i.to_string().len() <= 65_536)) {
            samples.push(serde_json::json!({"file": stem, "name": v["name"], "input": v["input"]}));
        }
    }
    let path = site.join("vectors.json");
    std::fs::write(&path, serde_json::Value::from(samples).to_string())
        .with_context(|| format!("{}", path.display()))?;
    println!(
        "xtask: built the playground in {}; serve it with `python3 -m http.server -d {} 8000`",
        site.display(),
        site.display()
    );
    Ok(site)
}

fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to).with_context(|| format!("{}", to.display()))?;
    for entry in std::fs::read_dir(from).with_context(|| format!("{}", from.display()))? {
        let path = entry?.path();
        let Some(name) = path.file_name() else { continue };
        if path.is_dir() {
            copy_tree(&path, &to.join(name))?;
        } else {
            std::fs::copy(&path, to.join(name)).with_context(|| format!("{}", path.display()))?;
        }
    }
    Ok(())
}

/// The package as a registry shows it: publint finds nothing to say of its
/// package.json (no error, warning or suggestion), and are-the-types-wrong no
/// problem with any entry's types under node10, node16 (from CommonJS and from
/// ESM) and bundler resolution.
fn lint(tarball: &Path) -> Result<()> {
    let publint = Command::new("node")
        .arg(tools::publint()?)
        .arg(root().join("npm"))
        .env("NO_COLOR", "1")
        .output()
        .context("publint")?;
    let said = String::from_utf8_lossy(&publint.stdout).into_owned() + &String::from_utf8_lossy(&publint.stderr);
    print!("{said}");
    if !publint.status.success() || !said.contains("All good!") {
        bail!("publint: the package has something to fix (above)");
    }
    status(
        Command::new("node").arg(tools::attw()?).arg(tarball).args(["--format", "table-flipped"]).env("NO_COLOR", "1"),
    )
    .context("are-the-types-wrong")
}

/// Each ```ts block of the README, the npm page (npm/README.md) and the
/// JavaScript guide as its own module in the scratch project.
fn readme_examples(project: &Path) -> Result<Vec<String>> {
    let pages = ["README.md", "npm/README.md", "docs/javascript.md"];
    let mut names = Vec::new();
    for example in examples::from_pages(&pages, "ts")? {
        let name = format!("test/{}.ts", example.name);
        std::fs::write(project.join(&name), &example.code).with_context(|| name.to_string())?;
        names.push(name);
    }
    Ok(names)
}

/// Node's test runner over every vector and the API tests: progress as dots,
/// the full TAP report kept in target/node-tests.tap, its summary printed.
pub fn node(corpus: &Corpus) -> Result<()> {
    let tarball = pack()?;
    lint(&tarball)?;
    sizes_held()?;
    let project = installed_from(&tarball)?;
    // The wasm crate's own tests, as WebAssembly in Node (wasm-bindgen-test),
    // with every export (the full module's).
    let runner = tools::wasm_bindgen_cli()?.with_file_name("wasm-bindgen-test-runner");
    status(cargo().env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", runner).args([
        "test",
        "--locked",
        "-p",
        "authos-errors-wasm",
        "--features",
        "full",
        "--target",
        "wasm32-unknown-unknown",
        "--test",
        "node",
    ]))?;
    // The declarations, checked against a sample that uses every export and
    // against the TypeScript examples of the README and docs, as users will copy them.
    let examples = readme_examples(&project)?;
    status(
        Command::new("node")
            .current_dir(&project)
            .args(["node_modules/typescript/bin/tsc", "--strict", "--noEmit", "--target", "es2022"])
            .args(["--module", "nodenext", "--moduleResolution", "nodenext", "--lib", "es2022,dom", "test/types.ts"])
            .args(&examples),
    )?;
    println!(
        "node types: test/types.ts and {} documented example(s) type-check against index.d.ts (tsc --strict)",
        examples.len()
    );
    let report = root().join("target/node-tests.tap");
    let result = status(
        corpus
            .apply(&mut Command::new("node"))
            .current_dir(&project)
            .env("AUTHOS_VECTORS", vectors::files()?)
            .args(["--test", "--test-reporter=dot", "--test-reporter-destination=stdout"])
            .args(["--test-reporter=tap", "--test-reporter-destination"])
            .arg(&report)
            .args(["test/node.test.js", "test/api.test.js", "test/hostile.test.js"]),
    );
    print_summary(&report, "node");
    // The concurrency scenario, in worker_threads.
    let concurrency = status(Command::new("node").current_dir(&project).arg("test/concurrency.node.js"));
    let others = environments::runtimes(&project);
    result.and(concurrency).and(others)
}

/// The same vectors in headless Chromium, the page served from 127.0.0.1 and
/// importing the package as a plain `<script type="module">`; then a small app
/// that uses the package, built by Vite and by webpack 5, each loaded in Chromium;
/// and the playground, with screenshots.
pub fn browser(corpus: &Corpus) -> Result<()> {
    let chromium = chromium()?;
    let tarball = pack()?;
    let project = installed_from(&tarball)?;
    let site = playground(&tarball)?;
    let run = |script: &str| -> Result<()> {
        status(
            corpus
                .apply(&mut Command::new("node"))
                .current_dir(&project)
                .env("AUTHOS_VECTORS", vectors::files()?)
                .env("CHROMIUM", &chromium)
                .env("PLAYGROUND", &site)
                .arg(script),
        )
    };
    let vectors = run("test/browser.run.js");
    let vite = run("test/vite.run.js");
    let webpack = run("test/webpack.run.js");
    let playground = run("test/playground.run.js");
    let concurrency = run("test/concurrency.browser.js");
    let others = environments::browsers(&project, &chromium);
    vectors.and(vite).and(webpack).and(playground).and(concurrency).and(others)
}

/// Debian's chromium, installed if missing.
pub fn chromium() -> Result<PathBuf> {
    let path = Path::new("/usr/bin/chromium");
    if !path.is_file() {
        tools::apt_install(&["chromium", "chromium-driver"])?;
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

/// What the package makes a page download, gzip -9, against its size goals:
/// the English path (the module and the JavaScript `import` loads), the largest
/// locale file, and the full module that `addMessages`, `explain`, `catalogue`
/// and `parseRawResponse` load on first use.
pub fn sizes() -> Result<Vec<Size>> {
    let dist = root().join("npm/dist");
    let gzipped = |name: &str| -> Result<u64> {
        let out = Command::new("gzip").args(["-9", "-c"]).arg(dist.join(name)).output().context("gzip")?;
        if !out.status.success() {
            return Err(anyhow!("gzip {name}: {}", String::from_utf8_lossy(&out.stderr)));
        }
        Ok(out.stdout.len() as u64)
    };
    let group = |name: &str, files: &[String], goal: Option<u64>| -> Result<Size> {
        let files: BTreeMap<String, u64> = files.iter().map(|f| Ok((f.clone(), gzipped(f)?))).collect::<Result<_>>()?;
        Ok(Size { name: name.to_owned(), gzip_bytes: files.values().sum(), goal_bytes: goal, files })
    };
    let mut english = npm::static_imports("index.js")?;
    english.push("authos_errors_wasm_bg.wasm".to_owned());
    // The full module and its glue, a chunk esbuild names with a hash.
    let mut full = vec!["authos_errors_full_bg.wasm".to_owned()];
    for entry in std::fs::read_dir(&dist).context("npm/dist")? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.starts_with("authos_errors_full") && name.ends_with(".js") {
            full.push(name);
        }
    }
    let mut locales = Vec::new();
    for entry in std::fs::read_dir(dist.join("locales")).context("npm/dist/locales")? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        locales.push(format!("locales/{name}"));
    }
    locales.sort();
    let largest = locales.iter().map(|f| Ok((gzipped(f)?, f.clone()))).collect::<Result<Vec<_>>>()?;
    let largest = largest.into_iter().max().map(|(_, f)| vec![f]).context("npm/dist/locales is empty")?;
    Ok(vec![
        group("npm-size-english-path", &english, Some(45_000))?,
        group("npm-size-largest-locale", &largest, Some(4_000))?,
        group("npm-size-full-module", &full, None)?,
    ])
}

/// Fails when a size is over its goal: sizes are exact, so the tests gate
/// them, not only the benchmarks.
fn sizes_held() -> Result<()> {
    let over: Vec<String> = sizes()?
        .into_iter()
        .inspect(|s| println!("{}: {} bytes gzip -9", s.name, s.gzip_bytes))
        .filter_map(|s| {
            Some(format!(
                "{} is {} bytes gzip -9, over its goal of {}",
                s.name,
                s.gzip_bytes,
                s.goal_bytes.filter(|&g| s.gzip_bytes > g)?
            ))
        })
        .collect();
    match over.is_empty() {
        true => Ok(()),
        false => Err(anyhow!("{}", over.join("; "))),
    }
}

/// The Node and browser benchmarks (npm/bench) against the packed package: their
/// rows for target/bench/summary.json, each with a WebAssembly memory check over
/// `calls` interprets, and the floor rows (`npm::floor`).
pub fn bench(calls: u64) -> Result<Vec<Timing>> {
    let chromium = chromium()?;
    let project = installed()?;
    // The floor package where the benchmarks import it from, beside the package.
    copy_tree(&crate::web::npm::floor()?, &project.join("node_modules/authos-errors-floor"))?;
    let mut rows = Vec::new();
    for script in ["bench/node.bench.js", "bench/browser.bench.js"] {
        let reported = last_json_line(
            Command::new("node")
                .current_dir(&project)
                .env("CHROMIUM", &chromium)
                .env("AUTHOS_BENCH_CALLS", calls.to_string())
                .arg(script),
        )?;
        let reported: Vec<Timing> =
            serde_json::from_value(reported).with_context(|| format!("{script} reported rows that are not timings"))?;
        rows.extend(reported);
    }
    Ok(rows)
}
