//! No benchmark hook or test probe in a published artifact: the ffi crate's
//! `bench` feature (`bench_floor`, `measure_native_interpret_ns`) is for
//! `cargo xtask bench` only, its `panic-probe` feature for one test. Every zip that ships a native library or bindings (the wheels, the
//! jar, the XCFramework) is read member by member for the hooks' names, which
//! any library or generated binding exporting them spells out.

use anyhow::{anyhow, Context, Result};
use std::io::Read;
use std::path::Path;

/// The names a library or binding with the hooks carries, in each spelling:
/// the C symbols and Python's names, and Kotlin's and Swift's.
/// The panic probe (the `panic-probe` feature, for the scaffolding's test) is
/// looked for too.
const HOOKS: [&str; 6] = [
    "bench_floor",
    "measure_native_interpret_ns",
    "benchFloor",
    "measureNativeInterpretNs",
    "panic_probe",
    "panicProbe",
];

/// Fails naming each member of each archive that mentions a hook.
pub fn absent(archives: &[&Path]) -> Result<()> {
    let mut found = Vec::new();
    for archive in archives {
        found.extend(
            mentions(archive)?.into_iter().map(|(member, hook)| format!("{}: {member}: {hook}", archive.display())),
        );
    }
    if found.is_empty() {
        println!("xtask: no benchmark hook in {} published archives", archives.len());
        Ok(())
    } else {
        Err(anyhow!(
            "benchmark hooks in published artifacts (build without the ffi crate's `bench` feature):\n  {}",
            found.join("\n  ")
        ))
    }
}

/// Each member of the zip at `path` that mentions a hook, with the hook.
fn mentions(path: &Path) -> Result<Vec<(String, &'static str)>> {
    let file = std::fs::File::open(path).with_context(|| format!("{}", path.display()))?;
    let mut zip = zip::ZipArchive::new(file).with_context(|| format!("{}", path.display()))?;
    let mut found = Vec::new();
    for i in 0..zip.len() {
        let mut member = zip.by_index(i).with_context(|| format!("{}", path.display()))?;
        let name = member.name().with_context(|| format!("{}: member {i}", path.display()))?.into_owned();
        let mut bytes = Vec::new();
        member.read_to_end(&mut bytes).with_context(|| format!("{}: {name}", path.display()))?;
        for hook in HOOKS {
            if bytes.windows(hook.len()).any(|w| w == hook.as_bytes()) {
                found.push((name.clone(), hook));
            }
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_member_that_names_a_hook_is_found_and_others_pass() {
        let path = std::env::temp_dir().join(format!("xtask-hooks-{}.zip", std::process::id()));
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("lib/clean.so", options).unwrap();
        zip.write_all(b"\x7fELF uniffi_authos_errors_ffi_fn_func_interpret").unwrap();
        zip.start_file("authos_errors/_native.py", options).unwrap();
        zip.write_all(b"def bench_floor():\n    pass\n").unwrap();
        zip.finish().unwrap();
        assert_eq!(mentions(&path).unwrap(), vec![("authos_errors/_native.py".to_owned(), "bench_floor")]);
        assert!(absent(&[&path]).unwrap_err().to_string().contains("_native.py: bench_floor"));
        std::fs::remove_file(&path).unwrap();
    }
}
