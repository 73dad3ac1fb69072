//! Kotlin on the JVM, built as its developers build it: Maven, with
//! bindings/kotlin/pom.xml. The xtask generates the bindings and the native
//! library, hands both to the build as properties, and runs it; the build
//! compiles with kotlinc from Maven Central, checks the Android-safe part
//! against Android API 21, runs the JUnit 5 tests, and packages the jar (the
//! native library inside as a JNA resource), its sources and its POM. Maven's
//! local repository is a cache beside the other tools.

use crate::conformance::parity::Corpus;
use crate::conformance::testserver::TestServer;
use crate::perf::summary::{BindingReport, Timing};
use crate::support::run::{last_json_line, status, succeeds};
use crate::support::workspace::root;
use crate::uniffi::bindings::{generate, report, Profile};
use anyhow::{anyhow, bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The vectors, the API and idiom checks, the adapters against the test
/// server and the parity corpus, under JUnit 5; then the Android API check.
pub fn test(corpus: &Corpus) -> Result<()> {
    let server = TestServer::start()?;
    let mut command = maven(Profile::Debug)?;
    command.arg("verify");
    command.env("AUTHOS_TEST_SERVER", &server.url).env("AUTHOS_LOCALE_DATA", crate::conformance::locales::data_dir()?);
    status(corpus.apply(&mut command))
}

/// The release build deployed into `repository`, a Maven repository folder:
/// the jar, its sources jar and its POM, under `dev.authos:authos-errors`.
pub fn deploy(repository: &Path) -> Result<()> {
    let mut command = maven(Profile::Release)?;
    command.args(["deploy", "-DskipTests"]);
    command.arg(format!("-DaltDeploymentRepository=dist::file://{}", repository.display()));
    status(&mut command)
}

/// Maven's local repository: everything the build resolves, kept between runs.
pub fn repository() -> PathBuf {
    crate::support::tools::dir().join("maven")
}

/// The JMH benchmarks on the release library with the `bench` feature's hooks
/// (src/bench: InterpretBenchmark.java, Calls.kt), then
/// the leak check: the `kotlin-interpret` report (the record call beside the
/// same interpretation natively and beside the floor, in the same JMH run),
/// and a row for the idiomatic call and each adapter beside the record call.
pub fn bench(calls: u64, quick: bool) -> Result<(BindingReport, Vec<Timing>)> {
    let build = build_dir(Profile::Bench);
    let mut compile = maven(Profile::Bench)?;
    compile.arg("test-compile");
    let dependencies = classpath(compile, "test", &build.join("test-classpath.txt"))?;
    let classpath =
        format!("{}:{}:{}", build.join("classes").display(), build.join("test-classes").display(), dependencies);

    let results = build.join("jmh.json");
    let mut jmh = java(&classpath);
    jmh.args(["org.openjdk.jmh.Main", "dev.authos.errors.bench.InterpretBenchmark", "-rf", "json", "-rff"])
        .arg(&results);
    if quick {
        jmh.args(["-wi", "2", "-i", "3"]);
    }
    status(&mut jmh)?;
    let scores = scores(&results)?;
    let score =
        |name: &str| scores.iter().find(|(n, _)| n == name).map(|(_, s)| *s).with_context(|| format!("JMH: no {name}"));

    // A fixed, pre-touched heap, so that resident memory shows native allocations, not the heap growing.
    let mut leak = java(&classpath);
    leak.args(["-Xms64m", "-Xmx64m", "-XX:+AlwaysPreTouch", "dev.authos.errors.bench.CallsKt"]).arg(calls.to_string());
    let mut line = last_json_line(&mut leak)?;
    line["name"] = "kotlin-interpret".into();
    let record = score("interpretErrorResponse")?;
    line["ours_ns"] = record.into();
    line["baseline_ns"] = score("nativeInterpret")?.into();
    line["floor_ns"] = score("floor")?.into();
    let interpret = report(line)?;

    let record_call = "interpretErrorResponse, the generated record call (JMH, same run)";
    let mut rows = Vec::new();
    for (name, benchmark) in [
        ("kotlin-idiom", "interpret"),
        ("kotlin-okhttp", "okhttp"),
        ("kotlin-retrofit", "retrofit"),
        ("kotlin-ktor", "ktor"),
    ] {
        rows.push(Timing::beside(name, score(benchmark)?, record_call, record));
    }
    Ok((interpret, rows))
}

/// Each JMH benchmark's method name and score (ns per operation).
fn scores(results: &Path) -> Result<Vec<(String, f64)>> {
    let text = std::fs::read_to_string(results).with_context(|| format!("{}", results.display()))?;
    let json: serde_json::Value = serde_json::from_str(&text).with_context(|| format!("{}", results.display()))?;
    let runs = json.as_array().with_context(|| format!("{}: not a list of runs", results.display()))?;
    runs.iter()
        .map(|run| {
            let name = run["benchmark"].as_str().and_then(|b| b.rsplit('.').next());
            let score = run["primaryMetric"]["score"].as_f64();
            match (name, score) {
                (Some(name), Some(score)) => Ok((name.to_owned(), score)),
                _ => Err(anyhow!("{}: a run without a name or score: {run}", results.display())),
            }
        })
        .collect()
}

/// `mvn` on bindings/kotlin/pom.xml, given the generated bindings and the
/// `profile`'s native library.
fn maven(profile: Profile) -> Result<Command> {
    let bindings = generate("kotlin", profile)?;
    let mut command = mvn(&root().join("bindings/kotlin"))?;
    command.arg(format!("-Dauthos.bindings={}", bindings.display()));
    command.arg(format!("-Dauthos.native={}", native_resources(profile)?.display()));
    command.arg(format!("-Dauthos.build={}", build_dir(profile).display()));
    if let Profile::Bench = profile {
        // The benchmarks' sources (src/bench), which call the `bench` feature's hooks.
        command.arg("-Pbench");
    }
    Ok(command)
}

/// `mvn` in `dir`, in batch mode, on the local repository kept with the tools,
/// and without cargo's LD_LIBRARY_PATH for the JVMs it forks (see `java`).
pub fn mvn(dir: &Path) -> Result<Command> {
    if !succeeds(Command::new("mvn").arg("--version")) {
        bail!("no `mvn` on PATH (the Kotlin library is built with Maven)");
    }
    let mut command = Command::new("mvn");
    command.current_dir(dir).env_remove("LD_LIBRARY_PATH");
    command.args(["--batch-mode", "--no-transfer-progress"]);
    command.arg(format!("-Dmaven.repo.local={}", repository().display()));
    Ok(command)
}

/// Runs `build` (an `mvn` command with its goals) and then Maven's
/// `dependency:build-classpath` for `scope`, written to `file`: that class path.
pub fn classpath(mut build: Command, scope: &str, file: &Path) -> Result<String> {
    build.args(["dependency:build-classpath", &format!("-Dmdep.includeScope={scope}")]);
    status(build.arg(format!("-Dmdep.outputFile={}", file.display())))?;
    let text = std::fs::read_to_string(file).with_context(|| format!("{}", file.display()))?;
    Ok(text.trim().to_owned())
}

/// target/kotlin/<profile>/resources: the `profile`'s library where JNA looks
/// for it on the class path, `linux-x86-64/libauthos_errors_ffi.so`.
fn native_resources(profile: Profile) -> Result<PathBuf> {
    let resources = root().join("target/kotlin").join(profile.name()).join("resources");
    let native = resources.join("linux-x86-64");
    std::fs::create_dir_all(&native).with_context(|| format!("{}", native.display()))?;
    let so = "libauthos_errors_ffi.so";
    std::fs::copy(profile.dir().join(so), native.join(so)).with_context(|| so.to_string())?;
    Ok(resources)
}

/// Maven's build folder for the `profile`: target/kotlin/<profile>/maven.
fn build_dir(profile: Profile) -> PathBuf {
    root().join("target/kotlin").join(profile.name()).join("maven")
}

/// `java` with `classpath`, without cargo's LD_LIBRARY_PATH: JNA looks there
/// before the jar, and `cargo xtask` runs with target/debug/deps on it, whose
/// debug library then answered in place of the jar's (and a benchmark would
/// time the debug build).
pub fn java(classpath: &str) -> Command {
    let mut command = Command::new("java");
    command.current_dir(root()).env_remove("LD_LIBRARY_PATH").args(["-cp", classpath]);
    command
}
