//! `AuthosErrorsFFI.xcframework`, the Rust library Apple platforms link,
//! built here without Xcode: Rust cross-compiles a static library per Apple
//! target, the xtask joins the architectures of one platform into a universal
//! file and writes the headers' folder and the Info.plist itself (Xcode's
//! layout: `<slice>/libauthos_errors_ffi.a`, `<slice>/Headers/AuthosErrorsFFI/`).
//!
//! Checked here, on each library: every function the generated header
//! declares is defined, and every object is built for the slice's CPU and
//! platform (its `LC_BUILD_VERSION` or `LC_VERSION_MIN_*` load command); each
//! universal file, read back, holds exactly the thin libraries; the
//! Info.plist, read back by another reader (Python's plistlib), names
//! libraries and headers that exist. Linking it into an app is checked on a
//! Mac only.
//!
//! The reader is the `object` crate, not Debian's LLVM tools: `llvm-nm` 14
//! and 16 stop at the bitcode this Rust embeds in `compiler_builtins`, and
//! `llvm-lipo` 14 and 16 crash on these archives. The universal file is
//! eight fields of header per architecture (`<mach-o/fat.h>`), written here.
//!
//! Every target is built by the pinned nightly with `-Zbuild-std`: rustup
//! here cannot add the standard library of `aarch64-apple-ios-sim` or
//! `x86_64-apple-ios`, so all five build it from source, one way for the
//! whole framework.

use crate::support::run::status;
use crate::support::tools::{apt_install, ensure_nightly_src, nightly};
use crate::support::workspace::root;
use anyhow::{anyhow, Context, Result};
use object::macho;
use object::macho::MachHeader64;
use object::read::archive::ArchiveFile;
use object::read::macho::{FatArch, LoadCommandVariant, MachHeader, MachOFatFile32, MachOFile64};
use object::{Endianness, Object, ObjectSymbol};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The module and framework name the Swift package's binary target names.
pub const NAME: &str = "AuthosErrorsFFI";
const LIBRARY: &str = "libauthos_errors_ffi.a";

/// One library of the framework: one platform, its architectures joined.
struct Slice {
    /// The folder, named as Xcode names it.
    id: &'static str,
    platform: &'static str,
    variant: Option<&'static str>,
    targets: &'static [Target],
}

/// One Rust target: the CPU and the platform its objects must name.
struct Target {
    triple: &'static str,
    cpu: Cpu,
    platform: Platform,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Cpu {
    Arm64,
    X86_64,
}

impl Cpu {
    /// As Apple names it in the Info.plist.
    fn name(self) -> &'static str {
        match self {
            Cpu::Arm64 => "arm64",
            Cpu::X86_64 => "x86_64",
        }
    }

    /// The Mach-O CPU type and subtype (`<mach/machine.h>`).
    fn mach_o(self) -> (u32, u32) {
        match self {
            Cpu::Arm64 => (macho::CPU_TYPE_ARM64, macho::CPU_SUBTYPE_ARM64_ALL),
            Cpu::X86_64 => (macho::CPU_TYPE_X86_64, macho::CPU_SUBTYPE_X86_64_ALL),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Platform {
    Ios,
    IosSimulator,
    Macos,
}

const SLICES: [Slice; 3] = [
    Slice {
        id: "ios-arm64",
        platform: "ios",
        variant: None,
        targets: &[Target { triple: "aarch64-apple-ios", cpu: Cpu::Arm64, platform: Platform::Ios }],
    },
    Slice {
        id: "ios-arm64_x86_64-simulator",
        platform: "ios",
        variant: Some("simulator"),
        targets: &[
            Target { triple: "aarch64-apple-ios-sim", cpu: Cpu::Arm64, platform: Platform::IosSimulator },
            Target { triple: "x86_64-apple-ios", cpu: Cpu::X86_64, platform: Platform::IosSimulator },
        ],
    },
    Slice {
        id: "macos-arm64_x86_64",
        platform: "macos",
        variant: None,
        targets: &[
            Target { triple: "aarch64-apple-darwin", cpu: Cpu::Arm64, platform: Platform::Macos },
            Target { triple: "x86_64-apple-darwin", cpu: Cpu::X86_64, platform: Platform::Macos },
        ],
    },
];

/// Builds and checks target/xcframework/AuthosErrorsFFI.xcframework, with the
/// header and module map of the generated Swift `bindings`; returns its path.
pub fn build(bindings: &Path) -> Result<PathBuf> {
    ensure_nightly_src()?;
    let header = read_text(&bindings.join(format!("{NAME}.h")))?;
    let modulemap = read_text(&bindings.join(format!("{NAME}.modulemap")))?;
    let declared = declared_functions(&header);
    if !declared.iter().any(|f| f.contains("_fn_func_interpret")) {
        return Err(anyhow!("the generated header declares no interpret function: {declared:?}"));
    }
    let framework = root().join("target/xcframework").join(format!("{NAME}.xcframework"));
    let _ = std::fs::remove_dir_all(&framework);
    for slice in &SLICES {
        let mut thin = Vec::new();
        for target in slice.targets {
            let path = static_library(target.triple)?;
            let library = read(&path)?;
            check_library(&library, target, &declared).with_context(|| format!("{}", path.display()))?;
            thin.push((target.cpu, library));
        }
        let dir = framework.join(slice.id);
        let headers = dir.join("Headers").join(NAME);
        std::fs::create_dir_all(&headers).with_context(|| format!("{}", headers.display()))?;
        // One architecture stays a plain archive, as Xcode leaves it.
        let joined = if thin.len() == 1 { thin[0].1.clone() } else { universal(&thin)? };
        check_universal(&joined, &thin).with_context(|| slice.id.to_string())?;
        write(&dir.join(LIBRARY), &joined)?;
        write(&headers.join(format!("{NAME}.h")), header.as_bytes())?;
        write(&headers.join("module.modulemap"), modulemap.as_bytes())?;
    }
    write(&framework.join("Info.plist"), &info_plist()?)?;
    check_plist(&framework)?;
    println!(
        "xtask: {} built and checked: {} slices, {} functions each",
        framework.display(),
        SLICES.len(),
        declared.len()
    );
    Ok(framework)
}

/// The framework zipped as a release ships it, into `out`; its path.
pub fn zip(framework: &Path, out: &Path) -> Result<PathBuf> {
    let zip = out.join(format!("{NAME}.xcframework.zip"));
    let parent = framework.parent().context("the framework has no folder")?;
    let name = framework.file_name().context("the framework has no name")?;
    if !Path::new("/usr/bin/zip").is_file() {
        apt_install(&["zip"])?;
    }
    // -X: no extra file attributes (owner, times beyond the DOS one), for the same bytes from the same files.
    status(Command::new("zip").current_dir(parent).args(["-q", "-r", "-X"]).arg(&zip).arg(name))?;
    Ok(zip)
}

/// The static library for `target`, built by the pinned nightly.
fn static_library(target: &str) -> Result<PathBuf> {
    let target_dir = root().join("target/apple");
    status(
        nightly("cargo")
            .args(["rustc", "-p", "authos-errors-ffi", "--lib", "--release", "--locked"])
            // Not the bindings generator's command line: a library only.
            .arg("--no-default-features")
            .args(["--target", target, "--crate-type", "staticlib", "-Zbuild-std=std,panic_unwind", "--target-dir"])
            .arg(&target_dir),
    )?;
    Ok(target_dir.join(target).join("release").join(LIBRARY))
}

/// Every function the header declares: `<type> uniffi_...(` or `ffi_...(`.
fn declared_functions(header: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in header.lines().filter(|l| !l.trim_start().starts_with('#')) {
        for (start, _) in line.match_indices("uniffi_").chain(line.match_indices("ffi_")) {
            let before = line[..start].chars().next_back();
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
                continue;
            }
            let name: String = line[start..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            if line[start + name.len()..].starts_with('(') {
                found.insert(name);
            }
        }
    }
    found
}

/// The Info.plist Xcode writes for such a framework: one entry per slice,
/// written by the plist crate (read back by Python's plistlib, `check_plist`).
fn info_plist() -> Result<Vec<u8>> {
    use plist::{Dictionary, Value};
    let text = |s: &str| Value::String(s.to_owned());
    let libraries = SLICES
        .iter()
        .map(|slice| {
            let mut library = Dictionary::new();
            library.insert("BinaryPath".into(), text(LIBRARY));
            library.insert("HeadersPath".into(), text("Headers"));
            library.insert("LibraryIdentifier".into(), text(slice.id));
            library.insert("LibraryPath".into(), text(LIBRARY));
            let archs = slice.targets.iter().map(|t| text(t.cpu.name())).collect();
            library.insert("SupportedArchitectures".into(), Value::Array(archs));
            library.insert("SupportedPlatform".into(), text(slice.platform));
            if let Some(variant) = slice.variant {
                library.insert("SupportedPlatformVariant".into(), text(variant));
            }
            Value::Dictionary(library)
        })
        .collect();
    let mut root = Dictionary::new();
    root.insert("AvailableLibraries".into(), Value::Array(libraries));
    root.insert("CFBundlePackageType".into(), text("XFWK"));
    root.insert("XCFrameworkFormatVersion".into(), text("1.0"));
    let mut bytes = Vec::new();
    Value::Dictionary(root).to_writer_xml(&mut bytes).context("the Info.plist")?;
    Ok(bytes)
}

/// The Info.plist as another reader (Python's plistlib) reads it: the keys
/// Xcode requires, one library per slice, and each library and header there.
fn check_plist(framework: &Path) -> Result<()> {
    let output = Command::new("python3")
        .args(["-c", "import json, plistlib, sys; print(json.dumps(plistlib.load(open(sys.argv[1], 'rb'))))"])
        .arg(framework.join("Info.plist"))
        .output()
        .context("python3")?;
    if !output.status.success() {
        return Err(anyhow!("plistlib cannot read the Info.plist: {}", String::from_utf8_lossy(&output.stderr)));
    }
    let plist: Value = serde_json::from_slice(&output.stdout)?;
    if plist["CFBundlePackageType"] != "XFWK" || plist["XCFrameworkFormatVersion"] != "1.0" {
        return Err(anyhow!("the Info.plist is not an XCFramework's: {plist}"));
    }
    let libraries = plist["AvailableLibraries"].as_array().context("the Info.plist has no AvailableLibraries")?;
    if libraries.len() != SLICES.len() {
        return Err(anyhow!("the Info.plist names {} libraries, not {}", libraries.len(), SLICES.len()));
    }
    for (library, slice) in libraries.iter().zip(&SLICES) {
        let field =
            |key: &str| library[key].as_str().with_context(|| format!("{}: no {key} in the Info.plist", slice.id));
        let dir = framework.join(field("LibraryIdentifier")?);
        let archs: Vec<&str> = slice.targets.iter().map(|t| t.cpu.name()).collect();
        let listed: Vec<&str> =
            library["SupportedArchitectures"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        let ok = field("LibraryIdentifier")? == slice.id
            && field("SupportedPlatform")? == slice.platform
            && library["SupportedPlatformVariant"].as_str() == slice.variant
            && listed == archs
            && dir.join(field("LibraryPath")?).is_file()
            && dir.join(field("HeadersPath")?).join(NAME).join("module.modulemap").is_file();
        if !ok {
            return Err(anyhow!("the Info.plist's {} library does not match its folder: {library}", slice.id));
        }
    }
    Ok(())
}

/// Every object of a thin library built for the target's CPU and platform,
/// and every declared function defined by one of them.
fn check_library(library: &[u8], target: &Target, declared: &BTreeSet<String>) -> Result<()> {
    let archive = ArchiveFile::parse(library).context("not an archive")?;
    let mut defined = BTreeSet::new();
    let mut objects = 0;
    for member in archive.members() {
        let member = member?;
        let name = String::from_utf8_lossy(member.name()).into_owned();
        let data = member.data(library).with_context(|| name.to_string())?;
        let (cpu, platform) = object_target(data).with_context(|| name.to_string())?;
        if cpu != target.cpu.mach_o().0 || platform != target.platform {
            return Err(anyhow!(
                "{name}: CPU {cpu:#x} for {platform:?}, expected {:?} for {:?}",
                target.cpu,
                target.platform
            ));
        }
        let file = MachOFile64::<Endianness>::parse(data).with_context(|| name.to_string())?;
        for symbol in file.symbols().filter(|s| s.is_global() && s.is_definition()) {
            let name = symbol.name()?;
            // Mach-O prefixes C names with `_`.
            defined.insert(name.strip_prefix('_').unwrap_or(name).to_string());
        }
        objects += 1;
    }
    let missing: Vec<&String> = declared.difference(&defined).collect();
    if objects == 0 || !missing.is_empty() {
        return Err(anyhow!("{objects} objects; {} declared functions not defined: {missing:?}", missing.len()));
    }
    Ok(())
}

/// An object's CPU type and the platform its load command names.
fn object_target(data: &[u8]) -> Result<(u32, Platform)> {
    let header = MachHeader64::<Endianness>::parse(data, 0)?;
    let endian = header.endian()?;
    let cpu = header.cputype(endian);
    let mut platforms = Vec::new();
    let mut commands = header.load_commands(endian, data, 0)?;
    while let Some(command) = commands.next()? {
        match command.variant()? {
            LoadCommandVariant::BuildVersion(version) => platforms.push(match version.platform.get(endian) {
                macho::PLATFORM_IOS => Platform::Ios,
                macho::PLATFORM_IOSSIMULATOR => Platform::IosSimulator,
                macho::PLATFORM_MACOS => Platform::Macos,
                other => return Err(anyhow!("LC_BUILD_VERSION names platform {other}")),
            }),
            // The older command has no simulator: an x86_64 iOS object is one.
            LoadCommandVariant::VersionMin(version) => platforms.push(match version.cmd.get(endian) {
                macho::LC_VERSION_MIN_IPHONEOS if cpu == macho::CPU_TYPE_X86_64 => Platform::IosSimulator,
                macho::LC_VERSION_MIN_IPHONEOS => Platform::Ios,
                macho::LC_VERSION_MIN_MACOSX => Platform::Macos,
                other => return Err(anyhow!("LC_VERSION_MIN command {other:#x}")),
            }),
            _ => {}
        }
    }
    match platforms[..] {
        [platform] => Ok((cpu, platform)),
        _ => Err(anyhow!("{} platform load commands, expected one", platforms.len())),
    }
}

/// The universal ("fat") file of thin libraries: a big-endian header, one
/// record per architecture, each library at an offset aligned to a page.
fn universal(thin: &[(Cpu, Vec<u8>)]) -> Result<Vec<u8>> {
    const PAGE: usize = 1 << 12;
    let mut headers = Vec::new();
    let mut body = Vec::new();
    headers.extend(macho::FAT_MAGIC.to_be_bytes());
    headers.extend((thin.len() as u32).to_be_bytes());
    let mut offset = PAGE;
    for (cpu, library) in thin {
        let (cputype, cpusubtype) = cpu.mach_o();
        let size = u32::try_from(library.len()).map_err(|_| anyhow!("a library over 4 GiB"))?;
        let start = u32::try_from(offset).map_err(|_| anyhow!("a universal file over 4 GiB"))?;
        // The alignment is a power of two: 2^12, the page the offsets keep.
        for field in [cputype, cpusubtype, start, size, 12] {
            headers.extend(field.to_be_bytes());
        }
        body.resize(offset - PAGE, 0);
        body.extend(library);
        offset = (PAGE + body.len()).next_multiple_of(PAGE);
    }
    headers.resize(PAGE, 0);
    headers.extend(body);
    Ok(headers)
}

/// The joined library, read back: exactly the thin libraries, byte for byte,
/// each under its CPU.
fn check_universal(joined: &[u8], thin: &[(Cpu, Vec<u8>)]) -> Result<()> {
    if thin.len() == 1 {
        return if joined == thin[0].1 { Ok(()) } else { Err(anyhow!("the library is not the thin one")) };
    }
    let fat = MachOFatFile32::parse(joined).context("not a universal file")?;
    let arches = fat.arches();
    if arches.len() != thin.len() {
        return Err(anyhow!("{} architectures, expected {}", arches.len(), thin.len()));
    }
    for (arch, (cpu, library)) in arches.iter().zip(thin) {
        let data = arch.data(joined)?;
        if (arch.cputype(), arch.cpusubtype()) != cpu.mach_o() || data != library.as_slice() {
            return Err(anyhow!("the {cpu:?} architecture is not its thin library"));
        }
    }
    Ok(())
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("{}", path.display()))
}

fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("{}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("{}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_functions_are_read_from_declarations_only() {
        let header = "#ifndef UNIFFI_FFIDEF_FFI_X\n\
                      #define UNIFFI_FFIDEF_FFI_X\n\
                      RustBuffer uniffi_x_fn_func_interpret(uint16_t status, RustCallStatus *_Nonnull out_status\n\
                      void ffi_x_rustbuffer_free(RustBuffer buf, RustCallStatus *_Nonnull out_status\n\
                      typedef void (*UniffiRustFutureContinuationCallback)(uint64_t data, int8_t poll_result);\n\
                      uint32_t ffi_x_uniffi_contract_version(void\n";
        let found: Vec<String> = declared_functions(header).into_iter().collect();
        assert_eq!(found, ["ffi_x_rustbuffer_free", "ffi_x_uniffi_contract_version", "uniffi_x_fn_func_interpret"]);
    }

    #[test]
    fn a_universal_file_reads_back_as_its_thin_libraries() {
        let thin = [(Cpu::Arm64, b"!<arch>\narm64".to_vec()), (Cpu::X86_64, vec![7; 5000])];
        let joined = universal(&thin).unwrap();
        assert_eq!(joined.len(), 4096 * 2 + 5000);
        check_universal(&joined, &thin).unwrap();
        let swapped = [thin[1].clone(), thin[0].clone()];
        assert!(check_universal(&joined, &swapped).is_err());
    }

    #[test]
    fn the_info_plist_lists_each_slice_once() {
        let plist = String::from_utf8(info_plist().unwrap()).unwrap();
        for slice in &SLICES {
            assert_eq!(plist.matches(&format!("<string>{}</string>", slice.id)).count(), 1, "{}", slice.id);
        }
        assert_eq!(plist.matches("<string>simulator</string>").count(), 1);
    }
}
