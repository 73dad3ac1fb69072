//! The Swift package as a release tag gives it, consumed by URL: in a clone
//! of the repository (HEAD's commit), the release commit adds the generated
//! bindings (never committed on main) and names the XCFramework by URL and
//! checksum (`let ffi: FFI = .release(...)` in Package.swift), and is tagged
//! with the workspace version; then a SwiftPM app outside the repository
//! depends on that clone by `file://` URL `from:` the version, builds and runs
//! one interpretation on Linux (where the package builds from source, linked
//! against the Rust library built here).

use crate::apple::swift::{fill_swift_package, Toolchain};
use crate::apple::xcframework;
use crate::conformance::examples;
use crate::support::digest::sha256_hex;
use crate::support::run::status;
use crate::support::workspace::root;
use crate::uniffi::bindings::Profile;
use anyhow::{anyhow, Context, Result};
use std::path::Path;
use std::process::Command;

/// The line of Package.swift a release replaces.
const LOCAL: &str = "let ffi: FFI = .local";

/// `SKIPPED swift consumer: <reason>` where Swift cannot run here.
pub fn consume(scratch: &Path, bindings: &Path, xcframework_zip: &Path, version: &str) -> Result<()> {
    let toolchain = match Toolchain::mounting(&[scratch])? {
        Ok(toolchain) => toolchain,
        Err(reason) => {
            println!("SKIPPED swift consumer: {reason}");
            return Ok(());
        }
    };
    let checksum = checksum(&toolchain, xcframework_zip)?;
    let url = format!(
        "{}/releases/download/{version}/{}",
        crate::support::version::repository()?,
        xcframework_zip.file_name().unwrap_or_default().to_string_lossy()
    );
    let clone = scratch.join("authos-errors");
    tag(&clone, bindings, version, &url, &checksum)?;

    let app = scratch.join("swift-app");
    let sources = app.join("Sources/App");
    std::fs::create_dir_all(&sources).with_context(|| format!("{}", sources.display()))?;
    write(
        &app.join("Package.swift"),
        &format!(
            r#"// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "App",
    dependencies: [.package(url: "file://{clone}", from: "{version}")],
    targets: [.executableTarget(name: "App", dependencies: [.product(name: "AuthosErrors", package: "authos-errors")])]
)
"#,
            clone = clone.display()
        ),
    )?;
    write(
        &sources.join("main.swift"),
        r##"import AuthosErrors
import Foundation

let answer = try interpret(status: 401, headers: [], body: Data(#"{"error_code":"TOKEN_EXPIRED"}"#.utf8), locales: ["de"])
guard answer.code == "TOKEN_EXPIRED", answer.locale == "de", answer.action == .refreshToken else {
    fatalError("unexpected: \(answer)")
}
print("swift consumer: \(answer.message)")
"##,
    )?;
    write_page_examples(&sources)?;
    // Linux builds from source: the Rust library is linked from where cargo built it.
    let library = Profile::Debug.dir();
    let linker = ["-Xlinker".to_owned(), format!("-L{}", library.display())];
    status(toolchain.command(&app, "swift").arg("build").args(&linker))?;
    status(toolchain.command(&app, "swift").env("LD_LIBRARY_PATH", &library).arg("run").args(&linker).arg("App"))
}

/// What the examples leave to the reader, declared so that they compile.
const EXAMPLE_PRELUDE: &str = "import Foundation

let data = Data()
func refreshAndRepeat() {}
func schedule(after delayMs: UInt64?) {}
func show(_ message: String) {}
";

/// Each Swift program of the pages (a block beginning with its imports), as
/// a function of the app, so that `swift build` compiles them as users copy them.
fn write_page_examples(sources: &Path) -> Result<()> {
    write(&sources.join("Prelude.swift"), EXAMPLE_PRELUDE)?;
    for example in examples::programs_from_pages(&["README.md", "docs/bindings.md"], "swift")? {
        let (imports, body) = example.imports_and_body();
        let code = format!("{imports}\nfunc {}() async throws {{\n{body}}}\n", example.name);
        write(&sources.join(format!("{}.swift", example.name)), &code)?;
    }
    Ok(())
}

/// The zip's checksum by `swift package compute-checksum`, which is the one
/// SwiftPM checks a downloaded binary target against; it must be its SHA-256.
fn checksum(toolchain: &Toolchain, zip: &Path) -> Result<String> {
    let swift = toolchain.command(&root(), "swift").args(["package", "compute-checksum"]).arg(zip).output();
    let swift = swift.context("swift package compute-checksum")?;
    if !swift.status.success() {
        return Err(anyhow!("swift package compute-checksum: {}", String::from_utf8_lossy(&swift.stderr)));
    }
    let checksum = String::from_utf8_lossy(&swift.stdout).trim().to_owned();
    let bytes = std::fs::read(zip).with_context(|| format!("{}", zip.display()))?;
    if sha256_hex(&bytes) != checksum {
        return Err(anyhow!("{}: SwiftPM's checksum {checksum} is not its SHA-256", zip.display()));
    }
    println!("xtask: {} checksum {checksum}", zip.display());
    Ok(checksum)
}

/// The release commit and tag in a fresh clone at `clone`.
fn tag(clone: &Path, bindings: &Path, version: &str, url: &str, checksum: &str) -> Result<()> {
    status(Command::new("git").args(["clone", "-q", "--no-local"]).arg(root()).arg(clone))?;
    fill_swift_package(bindings, clone)?;
    let manifest = clone.join("Package.swift");
    let text = std::fs::read_to_string(&manifest).with_context(|| format!("{}", manifest.display()))?;
    if text.matches(LOCAL).count() != 1 {
        return Err(anyhow!("Package.swift: expected the line `{LOCAL}` once, to name the release's XCFramework"));
    }
    let release = format!("let ffi: FFI = .release(url: \"{url}\", checksum: \"{checksum}\")");
    write(&manifest, &text.replace(LOCAL, &release))?;
    let git = |args: &[&str]| {
        let mut command = Command::new("git");
        command.current_dir(clone).args(["-c", "user.name=xtask", "-c", "user.email=xtask@localhost"]).args(args);
        status(&mut command)
    };
    git(&["add", "-f", "Package.swift", "bindings/swift/Sources"])?;
    let message = format!("Release {version}: the generated Swift bindings, and {} by URL", xcframework::NAME);
    git(&["commit", "-q", "-m", &message])?;
    git(&["tag", version])
}

fn write(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).with_context(|| format!("{}", path.display()))
}
