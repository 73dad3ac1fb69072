//! The one version of every package, written in the root Cargo.toml
//! (`[workspace.package] version`), and where each package carries it.

use crate::support::workspace::root;
use anyhow::{Context, Result};

/// The workspace's version.
pub fn workspace() -> Result<String> {
    package_field("version")
}

/// The repository's address, as every package names it.
pub fn repository() -> Result<String> {
    package_field("repository")
}

/// A `[workspace.package]` field of the root Cargo.toml.
fn package_field(name: &str) -> Result<String> {
    let manifest = read_toml("Cargo.toml")?;
    manifest
        .get("workspace")
        .and_then(|w| w.get("package"))
        .and_then(|p| p.get(name))
        .and_then(toml::Value::as_str)
        .map(str::to_owned)
        .with_context(|| format!("Cargo.toml: no [workspace.package] {name}"))
}

fn read_toml(path: &str) -> Result<toml::Table> {
    let text = std::fs::read_to_string(root().join(path)).with_context(|| path.to_string())?;
    text.parse::<toml::Table>().with_context(|| path.to_string())
}

#[cfg(test)]
mod tests {
    use super::{read_toml, workspace};
    use crate::support::workspace::root;
    use anyhow::{Context, Result};

    /// Every place a package's version is written that is not the workspace's own
    /// value: each must be it (or take it from the workspace). The mismatches.
    fn mismatches() -> Result<Vec<String>> {
        let version = workspace()?;
        let mut wrong = Vec::new();
        let mut expect = |place: &str, found: Option<String>| {
            if found.as_deref() != Some(version.as_str()) {
                wrong.push(format!("{place}: {found:?}, not the workspace's {version}"));
            }
        };
        // Every member but the xtask (never published) inherits it:
        // `version.workspace = true`; a literal version, or `false`, would drift.
        let root_manifest = read_toml("Cargo.toml")?;
        let members = root_manifest.get("workspace").and_then(|w| w.get("members")).and_then(toml::Value::as_array);
        for crate_dir in members.into_iter().flatten().filter_map(toml::Value::as_str).filter(|m| *m != "xtask") {
            let manifest = read_toml(&format!("{crate_dir}/Cargo.toml"))?;
            expect(&format!("{crate_dir}/Cargo.toml version.workspace"), inherits(&manifest).then(|| version.clone()));
        }
        let dependency = root_manifest
            .get("workspace")
            .and_then(|w| w.get("dependencies"))
            .and_then(|d| d.get("authos-errors"))
            .and_then(|d| d.get("version"))
            .and_then(toml::Value::as_str)
            .map(|v| v.trim_start_matches('=').to_owned());
        expect("Cargo.toml [workspace.dependencies] authos-errors", dependency);
        let package = std::fs::read_to_string(root().join("npm/package.json")).context("npm/package.json")?;
        let package: serde_json::Value = serde_json::from_str(&package).context("npm/package.json")?;
        expect("npm/package.json", package["version"].as_str().map(str::to_owned));
        // The wheel takes the ffi crate's version: pyproject.toml must not write its own.
        let pyproject = read_toml("bindings/python/pyproject.toml")?;
        let project = pyproject.get("project");
        let dynamic = project.and_then(|p| p.get("dynamic")).and_then(toml::Value::as_array);
        let from_cargo = dynamic.is_some_and(|d| d.iter().any(|v| v.as_str() == Some("version")))
            && project.and_then(|p| p.get("version")).is_none();
        expect("bindings/python/pyproject.toml (dynamic, from Cargo)", from_cargo.then(|| version.clone()));
        // The Maven artifact's: the project's own <version>.
        expect("bindings/kotlin/pom.xml <version>", crate::support::pom::value(&["version"]).ok());
        Ok(wrong)
    }

    /// `[package] version.workspace = true`, and nothing else.
    fn inherits(manifest: &toml::Table) -> bool {
        let version = manifest.get("package").and_then(|p| p.get("version"));
        version.and_then(|v| v.get("workspace")).and_then(toml::Value::as_bool) == Some(true)
    }

    #[test]
    fn a_crate_inherits_the_version_only_with_workspace_true() {
        let manifest = |text: &str| text.parse::<toml::Table>().unwrap();
        assert!(inherits(&manifest("[package]\nversion.workspace = true\n")));
        assert!(!inherits(&manifest("[package]\nversion.workspace = false\n")));
        assert!(!inherits(&manifest("[package]\nversion = \"0.1.0\"\n")));
        assert!(!inherits(&manifest("[package]\nname = \"x\"\n")));
    }

    #[test]
    fn every_package_carries_the_workspace_version() {
        let version = workspace().unwrap();
        assert!(version.split('.').count() == 3, "{version}");
        let wrong = mismatches().unwrap();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
