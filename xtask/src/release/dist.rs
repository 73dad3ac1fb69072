//! `cargo xtask dist`: every artifact this machine builds, in target/dist, with
//! SHA256SUMS; then each installed as its users install it, by a scratch
//! project in a temporary folder outside the repository:
//! - crates: `cargo package` of the core and the CLI (each built from its
//!   packaged sources alone); a crate that depends on the packaged core; the
//!   packaged CLI installed with `cargo install --path`, and run;
//! - npm: the tarball, built twice from nothing to the same bytes,
//!   `npm install`ed by a Node app that runs it;
//! - PyPI: manylinux2014 wheels for x86_64 and aarch64 and the sdist (`twine
//!   check`); the x86_64 wheel and the sdist each `pip install`ed into a fresh
//!   virtual environment that runs it (the sdist builds the library from
//!   source); the aarch64 wheel installed by an arm64 Debian's Python under
//!   qemu-user, which runs every vector.
//! - Maven: `dev.authos:authos-errors` (jar, sources jar, POM) deployed into a
//!   Maven repository folder, target/dist/maven; a Maven project depends on
//!   it by coordinates, compiles a Kotlin app that uses the OkHttp adapter, and
//!   runs it against the test server.
//! - Swift: `AuthosErrorsFFI.xcframework.zip` (iOS, the iOS simulator and
//!   macOS; see xcframework.rs), and the package by URL from a release tag
//!   (see swift_release.rs).

use crate::apple::{swift_release, xcframework};
use crate::conformance::examples;
use crate::conformance::testserver::TestServer;
use crate::release::hooks;
use crate::support::digest::sha256_hex;
use crate::support::pom;
use crate::support::run::{cargo, status};
use crate::support::version;
use crate::support::workspace::root;
use crate::uniffi::bindings::Profile;
use crate::uniffi::python::Machine;
use crate::uniffi::{bindings, kotlin, python};
use crate::web::package;
use anyhow::{anyhow, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn run() -> Result<()> {
    let dist = root().join("target/dist");
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&dist).with_context(|| format!("{}", dist.display()))?;
    let version = version::workspace()?;

    let crates = crates(&dist, &version)?;
    let tarball = copy_into(&package::pack()?, &dist)?;
    npm_reproducible(&tarball)?;
    let wheel = copy_into(&python::wheel(Machine::Host)?, &dist)?;
    let wheel_aarch64 = copy_into(&python::wheel(Machine::Aarch64)?, &dist)?;
    let sdist = python::sdist(&dist)?;
    python::twine_check(&[&wheel, &wheel_aarch64, &sdist])?;
    let maven = dist.join("maven");
    kotlin::deploy(&maven)?;
    let swift_bindings = bindings::generate("swift", Profile::Debug)?;
    let framework = xcframework::build(&swift_bindings)?;
    let xcframework_zip = xcframework::zip(&framework, &dist)?;
    let jar = maven.join(format!("dev/authos/authos-errors/{version}/authos-errors-{version}.jar"));
    hooks::absent(&[&wheel, &wheel_aarch64, &jar, &xcframework_zip])?;
    checksums(&dist)?;

    let scratch = scratch_dir()?;
    let result = consume_crates(&scratch, &crates)
        .and_then(|()| consume_npm(&scratch, &tarball))
        .and_then(|()| consume_python(&scratch, "wheel", &wheel))
        .and_then(|()| consume_python(&scratch, "sdist", &sdist))
        .and_then(|()| python::test_aarch64(&wheel_aarch64, &scratch))
        .and_then(|()| consume_maven(&scratch, &maven, &version))
        .and_then(|()| swift_release::consume(&scratch, &swift_bindings, &xcframework_zip, &version));
    let _ = std::fs::remove_dir_all(&scratch);
    result?;
    println!("xtask: dist: every artifact in {} installed and ran from outside the repository", dist.display());
    Ok(())
}

/// The npm package built a second time from nothing (the first build's
/// compiled crates set aside): the same bytes in every file and the tarball.
fn npm_reproducible(tarball: &Path) -> Result<()> {
    let contents = |dir: &Path| -> Result<Vec<(String, Vec<u8>)>> {
        let mut names = Vec::new();
        files(dir, dir, &mut names)?;
        names.sort();
        let read = |name: String| -> Result<(String, Vec<u8>)> {
            let bytes = std::fs::read(dir.join(&name)).with_context(|| name.clone())?;
            Ok((name, bytes))
        };
        names.into_iter().map(read).collect()
    };
    let built = root().join("npm/dist");
    let first = contents(&built)?;
    let first_tarball = std::fs::read(tarball).with_context(|| format!("{}", tarball.display()))?;
    let compiled = root().join("target/wasm-package");
    let aside = root().join("target/wasm-package-first");
    let _ = std::fs::remove_dir_all(&aside);
    if compiled.is_dir() {
        std::fs::rename(&compiled, &aside).with_context(|| format!("{}", compiled.display()))?;
    }
    let second_tarball = std::fs::read(package::pack()?)?;
    let second = contents(&built)?;
    let _ = std::fs::remove_dir_all(&aside);
    let differing: Vec<String> =
        first.iter().zip(&second).filter(|(a, b)| a != b).map(|((name, _), _)| name.clone()).collect();
    if first.len() != second.len() || !differing.is_empty() || first_tarball != second_tarball {
        return Err(anyhow!(
            "the npm package differs when built again: {} files then {}, differing {differing:?}, tarball {}",
            first.len(),
            second.len(),
            if first_tarball == second_tarball { "the same" } else { "different" }
        ));
    }
    println!("xtask: the npm package built twice: {} files and the tarball byte for byte alike", first.len());
    Ok(())
}

/// The packaged crates: the core's and the CLI's `.crate` files and the
/// folders cargo verified them in.
struct Crates {
    core: PathBuf,
    cli: PathBuf,
}

fn crates(dist: &Path, version: &str) -> Result<Crates> {
    // Both at once: cargo verifies the CLI against the packaged core.
    status(cargo().args(["package", "--locked", "-p", "authos-errors", "-p", "authos-errors-cli"]))?;
    let packaged = root().join("target/package");
    for name in ["authos-errors", "authos-errors-cli"] {
        copy_into(&packaged.join(format!("{name}-{version}.crate")), dist)?;
    }
    Ok(Crates {
        core: packaged.join(format!("authos-errors-{version}")),
        cli: packaged.join(format!("authos-errors-cli-{version}")),
    })
}

/// SHA256SUMS, as `sha256sum --check` reads it: a line per file, its digest in
/// lowercase hex, two spaces, its path under target/dist; sorted by path.
fn checksums(dist: &Path) -> Result<()> {
    let mut names = Vec::new();
    files(dist, dist, &mut names)?;
    names.retain(|n| n != "SHA256SUMS");
    names.sort();
    let mut sums = String::new();
    for name in &names {
        let bytes = std::fs::read(dist.join(name)).with_context(|| name.to_string())?;
        sums.push_str(&format!("{}  {name}\n", sha256_hex(&bytes)));
    }
    let path = dist.join("SHA256SUMS");
    std::fs::write(&path, &sums).with_context(|| format!("{}", path.display()))?;
    print!("{sums}");
    Ok(())
}

/// The files under `dir`, as paths relative to `base`; Maven's own checksum
/// files (`.md5`, `.sha1`) and metadata left out.
fn files(base: &Path, dir: &Path, found: &mut Vec<String>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("{}", dir.display()))? {
        let path = entry?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if path.is_dir() {
            files(base, &path, found)?;
        } else if !name.ends_with(".md5") && !name.ends_with(".sha1") && !name.starts_with("maven-metadata") {
            found.push(path.strip_prefix(base)?.display().to_string());
        }
    }
    Ok(())
}

/// A Maven project outside the tree that depends on `dev.authos:authos-errors`
/// by coordinates from the `repository` folder, with OkHttp as an app brings
/// it; its Kotlin app meets a 429 through the interceptor, against the test server.
fn consume_maven(scratch: &Path, repository: &Path, version: &str) -> Result<()> {
    let published = repository.join(format!("dev/authos/authos-errors/{version}"));
    let pom =
        std::fs::read_to_string(published.join(format!("authos-errors-{version}.pom"))).context("the deployed POM")?;
    for dependency in ["<artifactId>jna</artifactId>", "<artifactId>kotlinx-coroutines-core-jvm</artifactId>"] {
        if !pom.contains(dependency) {
            return Err(anyhow!("the deployed POM names no {dependency}"));
        }
    }
    let listing = Command::new("jar")
        .arg("tf")
        .arg(published.join(format!("authos-errors-{version}.jar")))
        .output()
        .context("jar tf")?;
    let listing = String::from_utf8_lossy(&listing.stdout);
    for entry in ["linux-x86-64/libauthos_errors_ffi.so", "META-INF/proguard/authos-errors.pro"] {
        if !listing.lines().any(|l| l == entry) {
            return Err(anyhow!("the deployed jar has no {entry}"));
        }
    }
    let app = scratch.join("maven-app");
    let sources = app.join("src/main/kotlin");
    std::fs::create_dir_all(&sources)?;
    // What an earlier run cached under these coordinates would stand in for this build.
    let _ = std::fs::remove_dir_all(kotlin::repository().join("dev/authos"));
    let kotlin_build = format!(
        r#"
  <build>
    <sourceDirectory>src/main/kotlin</sourceDirectory>
    <plugins>
      <plugin>
        <groupId>org.jetbrains.kotlin</groupId>
        <artifactId>kotlin-maven-plugin</artifactId>
        <version>{kotlin}</version>
        <executions><execution><id>compile</id><goals><goal>compile</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>"#,
        kotlin = pom::value(&["properties", "kotlin.version"])?,
    );
    let consumer = Consumer {
        artifact: "consumer",
        // No compile daemon left running after the check (bindings/kotlin/pom.xml says why).
        properties: "<kotlin.compiler.daemon>false</kotlin.compiler.daemon>",
        dependency: format!(
            "<dependency><groupId>com.squareup.okhttp3</groupId><artifactId>okhttp-jvm</artifactId><version>{}</version></dependency>",
            pom::value(&["properties", "okhttp.version"])?
        ),
        build: kotlin_build,
    };
    write(&app.join("pom.xml"), &consumer.pom(repository, version))?;
    write(
        &sources.join("Main.kt"),
        r#"import dev.authos.errors.AuthosApiException
import dev.authos.errors.AuthosErrorsInterceptor
import okhttp3.OkHttpClient
import okhttp3.Request
import kotlin.system.exitProcess

fun main(args: Array<String>) {
    val client = OkHttpClient.Builder().addInterceptor(AuthosErrorsInterceptor(listOf("de"))).build()
    val request = Request.Builder().url(args[0] + "/respond?status=429&code=RATE_LIMIT_EXCEEDED&retry_after=30").build()
    try {
        client.newCall(request).execute().close()
        error("no AuthosApiException")
    } catch (e: AuthosApiException) {
        check(e.code == "RATE_LIMIT_EXCEEDED" && e.interpretation.retryAfterMs == 30_000uL && e.interpretation.locale == "de") { "$e" }
        println("maven consumer: ${e.message}")
    }
    exitProcess(0) // OkHttp's idle threads would hold the JVM a minute
}
"#,
    )?;
    write_kotlin_examples(&sources)?;
    let server = TestServer::start()?;
    compile_and_run(&app, "MainKt", &[&server.url])?;
    consume_maven_from_java(scratch, repository, version)
}

/// A Maven project outside the tree that depends on `dev.authos:authos-errors`
/// from the dist repository folder, with what else it needs spliced in.
struct Consumer {
    artifact: &'static str,
    properties: &'static str,
    dependency: String,
    build: String,
}

impl Consumer {
    fn pom(&self, repository: &Path, version: &str) -> String {
        format!(
            r#"<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>{artifact}</artifactId>
  <version>1</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    {properties}
  </properties>
  <repositories>
    <repository><id>dist</id><url>file://{repository}</url></repository>
  </repositories>
  <dependencies>
    <dependency><groupId>dev.authos</groupId><artifactId>authos-errors</artifactId><version>{version}</version></dependency>
    {dependency}
  </dependencies>{build}
</project>
"#,
            artifact = self.artifact,
            properties = self.properties,
            repository = repository.display(),
            dependency = self.dependency,
            build = self.build,
        )
    }
}

/// Compiles the Maven project at `app` and runs `main` with `args` on its
/// runtime class path.
fn compile_and_run(app: &Path, main: &str, args: &[&str]) -> Result<()> {
    let mut build = kotlin::mvn(app)?;
    build.args(["--quiet", "compile"]);
    let dependencies = kotlin::classpath(build, "runtime", &app.join("classpath.txt"))?;
    status(kotlin::java(&format!("{}:{dependencies}", app.join("target/classes").display())).arg(main).args(args))
}

/// A plain Java project (javac, no Kotlin plugin) that depends on the same
/// coordinates and reads every field of an interpretation, the unsigned ones
/// through `AuthosJava`: what a Java Android app or a Spring service sees.
fn consume_maven_from_java(scratch: &Path, repository: &Path, version: &str) -> Result<()> {
    let app = scratch.join("java-app");
    let sources = app.join("src/main/java/example");
    std::fs::create_dir_all(&sources)?;
    // javac at Java 17, by the compiler plugin the library's build pins (Maven's
    // default plugin is too old to know `release`).
    let java_build = format!(
        r#"
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>{}</version>
        <configuration><release>17</release></configuration>
      </plugin>
    </plugins>
  </build>"#,
        pom::plugin_version("maven-compiler-plugin")?
    );
    let consumer = Consumer { artifact: "java-consumer", properties: "", dependency: String::new(), build: java_build };
    write(&app.join("pom.xml"), &consumer.pom(repository, version))?;
    write(
        &sources.join("Main.java"),
        r#"package example;

import dev.authos.errors.*;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

public final class Main {
    public static void main(String[] args) throws AuthosException {
        byte[] body = "{\"error\":\"Too many\",\"error_code\":\"RATE_LIMIT_EXCEEDED\"}".getBytes(StandardCharsets.UTF_8);
        Interpretation answer = AuthosJava.interpret(429, Map.of("Retry-After", "30", "x-request-id", "r-1"), body, List.of("de"), 0L);
        String read = String.join("|", answer.getCode(), String.valueOf(answer.getKnown()), String.valueOf(answer.getDerived()),
            String.valueOf(AuthosJava.status(answer)), answer.getCategory().name(), answer.getAudience().name(),
            answer.getAction().name(), String.valueOf(answer.getField()), String.valueOf(answer.getRetryable()),
            String.valueOf(AuthosJava.retryAfterMs(answer)), answer.getServerMessage(), String.valueOf(answer.getTimestamp()),
            String.valueOf(answer.getClockSkewMs()), answer.getLocale(), String.valueOf(answer.getRequestId()),
            String.valueOf(answer.getMappedFrom()), String.valueOf(answer.getKnownCode()));
        String expected = "RATE_LIMIT_EXCEEDED|true|false|429|GENERAL|USER|RETRY|null|true|30000|Too many|null|null|de|r-1|null|RATE_LIMIT_EXCEEDED";
        if (!read.equals(expected) || answer.getMessage().isEmpty()) {
            throw new AssertionError(read + " / " + answer.getMessage());
        }
        RetryDecision decision = AuthosJava.retryDecision(AuthosJava.retryPolicy(500, 30_000, 5, 120_000), answer, 1, 0, 0.5);
        if (!(decision instanceof RetryDecision.RetryAfter wait) || AuthosJava.delayMs(wait) != 30_000L) {
            throw new AssertionError(String.valueOf(decision));
        }
        try {
            AuthosJava.interpret(204, Map.of(), null);
            throw new AssertionError("204 was interpreted");
        } catch (AuthosException.NotAnException e) {
            if (AuthosJava.status(e) != 204) throw new AssertionError(e.getDetail());
        }
        System.out.println("java consumer: " + answer.getMessage());
    }
}
"#,
    )?;
    compile_and_run(&app, "example.Main", &[])
}

/// What the Kotlin examples leave to the reader, declared so that they compile.
const KOTLIN_PRELUDE: &str = "package examples

fun refreshAndRepeat() {}
fun show(message: String) {}
";

/// Each Kotlin program of the pages (a block beginning with its imports) in
/// a package of its own, as a function, so that the app's build compiles
/// them against the deployed artifact as users copy them.
fn write_kotlin_examples(sources: &Path) -> Result<()> {
    let dir = sources.join("examples");
    std::fs::create_dir_all(&dir).with_context(|| format!("{}", dir.display()))?;
    write(&dir.join("Prelude.kt"), KOTLIN_PRELUDE)?;
    let pages = ["README.md", "docs/bindings.md", "bindings/kotlin/README.md"];
    for example in examples::programs_from_pages(&pages, "kotlin")? {
        let (imports, body) = example.imports_and_body();
        let name = &example.name;
        let code = format!("package examples.{name}\n\nimport examples.*\n{imports}\nfun {name}() {{\n{body}}}\n");
        write(&dir.join(format!("{name}.kt")), &code)?;
    }
    Ok(())
}

/// A crate depending on the packaged core by path, built and run; the packaged
/// CLI installed (its core from the same package) and run.
fn consume_crates(scratch: &Path, crates: &Crates) -> Result<()> {
    let app = scratch.join("rust-app");
    std::fs::create_dir_all(app.join("src"))?;
    write(
        &app.join("Cargo.toml"),
        &format!(
            "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[dependencies]\n\
             authos-errors = {{ path = {:?} }}\n\n[workspace]\n",
            crates.core.display().to_string()
        ),
    )?;
    write(
        &app.join("src/main.rs"),
        r##"fn main() {
    let request = authos_errors::Request::new(401).body(br#"{"error_code":"TOKEN_EXPIRED"}"#).locales(&["de"]);
    let answer = authos_errors::interpret(&request).expect("an error status");
    assert_eq!((answer.code.as_ref(), answer.locale.as_ref()), ("TOKEN_EXPIRED", "de"));
    println!("rust consumer: {}", answer.message);
}
"##,
    )?;
    let target = root().join("target/dist-consumers");
    status(cargo().current_dir(&app).env("CARGO_TARGET_DIR", &target).args(["run", "-q"]))?;

    let installed = scratch.join("cli");
    // The packaged CLI names the core by version, as on crates.io; until it is
    // published there, the packaged core stands in for it.
    let patch = format!("patch.crates-io.authos-errors.path={:?}", crates.core.display().to_string());
    status(
        cargo()
            .current_dir(scratch)
            .env("CARGO_TARGET_DIR", &target)
            .args(["install", "--locked", "--path"])
            .arg(&crates.cli)
            .args(["--config", &patch, "--root"])
            .arg(&installed),
    )?;
    let output = Command::new(installed.join("bin/authos-errors"))
        .args(["explain", "TOKEN_EXPIRED", "--format", "json"])
        .output()
        .context("the installed CLI")?;
    let text = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() || !text.contains("\"refresh_token\"") {
        return Err(anyhow!("the installed CLI's `explain TOKEN_EXPIRED`: {text}"));
    }
    println!("cli consumer: `authos-errors explain TOKEN_EXPIRED` answers refresh_token");
    Ok(())
}

/// A Node app with the tarball `npm install`ed, run.
fn consume_npm(scratch: &Path, tarball: &Path) -> Result<()> {
    let app = scratch.join("node-app");
    std::fs::create_dir_all(&app)?;
    write(&app.join("package.json"), "{ \"private\": true, \"type\": \"module\" }\n")?;
    status(
        Command::new("npm").current_dir(&app).args(["install", "--no-audit", "--no-fund", "--silent"]).arg(tarball),
    )?;
    write(
        &app.join("app.js"),
        r#"import { interpret, loadLocale } from "authos-errors";
await loadLocale(["de"]); // English is compiled in; German is its own file
const answer = interpret({ status: 401, body: '{"error_code":"TOKEN_EXPIRED"}', locales: ["de"] });
if (answer.code !== "TOKEN_EXPIRED" || answer.locale !== "de") throw new Error(JSON.stringify(answer));
console.log(`node consumer: ${answer.message}`);
"#,
    )?;
    status(Command::new("node").current_dir(&app).arg("app.js"))
}

/// A fresh virtual environment with `file` pip-installed, run.
fn consume_python(scratch: &Path, what: &str, file: &Path) -> Result<()> {
    let venv = scratch.join(format!("python-{what}"));
    status(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
    let python = venv.join("bin/python");
    status(Command::new(&python).current_dir(scratch).args(["-m", "pip", "install", "-q"]).arg(file))?;
    let script = format!(
        "import authos_errors as ae\n\
         a = ae.interpret(401, [], b'{{\"error_code\":\"TOKEN_EXPIRED\"}}', locales=['de'])\n\
         assert (a.code, a.locale) == ('TOKEN_EXPIRED', 'de'), a\n\
         print('python consumer ({what}):', a.message)\n"
    );
    status(Command::new(&python).current_dir(scratch).args(["-c", &script]))
}

/// A temporary folder outside the repository.
fn scratch_dir() -> Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("authos-errors-consumers-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).with_context(|| format!("{}", dir.display()))?;
    Ok(dir)
}

fn copy_into(file: &Path, dir: &Path) -> Result<PathBuf> {
    let copy = dir.join(file.file_name().unwrap_or_default());
    std::fs::copy(file, &copy).with_context(|| format!("{} → {}", file.display(), copy.display()))?;
    Ok(copy)
}

fn write(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).with_context(|| format!("{}", path.display()))
}
