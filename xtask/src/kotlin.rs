//! Kotlin on the JVM. The library is a jar as a developer installs it: the
//! generated bindings and bindings/kotlin/src, with the native library inside as
//! a JNA resource (`linux-x86-64/libauthos_errors_ffi.so`), so that
//! `java -cp app.jar:authos-errors.jar:jna.jar` finds it with no
//! `-Djna.library.path`. The tests and the benchmark are compiled against that
//! jar and run with it. Installed if missing: kotlinc from npm; JNA, gson,
//! kotlinx-coroutines and atomicfu from Debian.

use crate::bindings::{generate, report, Profile};
use crate::parity::Corpus;
use crate::run::{last_json_line, root, status, succeeds};
use crate::summary::BindingReport;
use crate::testserver::TestServer;
use crate::tools::{apt_install, npm_tool};
use std::path::{Path, PathBuf};
use std::process::Command;

const KOTLIN_COMPILER: &str = "kotlin-compiler@2.4.20";
/// What the library and its tests need on the class path, and the Debian packages that bring them.
const JARS: [&str; 4] = [
    "/usr/share/java/jna.jar",
    "/usr/share/java/gson.jar",
    "/usr/share/java/kotlinx-coroutines-core.jar",
    "/usr/share/java/atomicfu.jar",
];
const PACKAGES: [&str; 4] =
    ["libjna-java", "libgoogle-gson-java", "libkotlinx-coroutines-java", "libkotlinx-atomicfu-java"];

pub fn test(corpus: &Corpus) -> Result<(), String> {
    let library = library_jar(Profile::Debug)?;
    let tests = program_jar("kotlin-tests.jar", "test", &library)?;
    let server = TestServer::start()?;
    let mut command = java(&[&tests, &library]);
    command.env("AUTHOS_TEST_SERVER", &server.url).env("AUTHOS_LOCALE_DATA", crate::locales::data_dir()?);
    status(corpus.apply(&mut command).arg("MainKt").arg(root()))
}

/// The Kotlin benchmark and leak check (bindings/kotlin/bench), on the release
/// library, with a fixed, pre-touched heap so that resident memory shows native
/// allocations, not the heap growing.
pub fn bench(calls: u64) -> Result<BindingReport, String> {
    let library = library_jar(Profile::Release)?;
    let bench = program_jar("kotlin-bench.jar", "bench", &library)?;
    let mut command = java(&[&bench, &library]);
    command.args(["-Xms64m", "-Xmx64m", "-XX:+AlwaysPreTouch", "BenchKt"]).arg(calls.to_string());
    report(last_json_line(&mut command)?)
}

/// target/kotlin/<profile>/authos-errors.jar: the bindings, the idioms, and
/// the `profile`'s native library as a JNA resource.
fn library_jar(profile: Profile) -> Result<PathBuf, String> {
    let kotlinc = kotlinc()?;
    let bindings = generate("kotlin", profile)?;
    let dir = root().join("target/kotlin").join(profile.name());
    let resources = dir.join("resources");
    let native = resources.join("linux-x86-64");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&native).map_err(|e| format!("{}: {e}", native.display()))?;
    let so = "libauthos_errors_ffi.so";
    std::fs::copy(profile.dir().join(so), native.join(so)).map_err(|e| format!("{so}: {e}"))?;
    let jar = dir.join("authos-errors.jar");
    let mut compile = Command::new(&kotlinc);
    compile.current_dir(root()).args(["-nowarn", "-cp", &JARS.join(":"), "-d"]).arg(&jar);
    compile.arg(bindings.join("dev/authos/errors/authos_errors.kt"));
    compile.args(kotlin_sources(&root().join("bindings/kotlin/src"))?);
    status(&mut compile)?;
    status(Command::new("jar").arg("uf").arg(&jar).arg("-C").arg(&resources).arg(format!("linux-x86-64/{so}")))?;
    Ok(jar)
}

/// bindings/kotlin/`program`, compiled against the library jar.
fn program_jar(name: &str, program: &str, library: &Path) -> Result<PathBuf, String> {
    let jar = root().join("target/kotlin").join(name);
    let classpath = format!("{}:{}", library.display(), JARS.join(":"));
    let mut compile = Command::new(kotlinc()?);
    compile.current_dir(root()).args(["-nowarn", "-cp", &classpath, "-d"]).arg(&jar);
    compile.args(kotlin_sources(&root().join("bindings/kotlin").join(program))?);
    status(&mut compile)?;
    Ok(jar)
}

/// kotlinc, and the Debian jars, installed if missing.
fn kotlinc() -> Result<PathBuf, String> {
    if !succeeds(Command::new("java").arg("-version")) {
        return Err("no `java` on PATH (the Kotlin tests run on the JVM)".into());
    }
    let kotlinc = npm_tool(KOTLIN_COMPILER, "kotlin-compiler/bin/kotlinc")?;
    if JARS.iter().any(|j| !Path::new(j).is_file()) {
        apt_install(&PACKAGES)?;
    }
    Ok(kotlinc)
}

/// `java` with these jars, the Kotlin runtime and the Debian jars on the class
/// path, and nothing that says where the native library is: the jar carries it.
fn java(jars: &[&Path]) -> Command {
    let runtime = crate::tools::dir().join("npm/node_modules/kotlin-compiler/lib/kotlin-stdlib.jar");
    let mut classpath: Vec<String> = jars.iter().map(|j| j.display().to_string()).collect();
    classpath.push(runtime.display().to_string());
    classpath.extend(JARS.iter().map(|j| (*j).to_owned()));
    let mut command = Command::new("java");
    command.current_dir(root()).args(["-cp", &classpath.join(":")]);
    command
}

fn kotlin_sources(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            found.extend(kotlin_sources(&path)?);
        } else if path.extension().is_some_and(|x| x == "kt") {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}
