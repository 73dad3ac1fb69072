//! The Kotlin library's Maven build, bindings/kotlin/pom.xml, read as XML:
//! its version and the pins that what else builds against the library uses.

use crate::support::workspace::root;
use anyhow::{Context, Result};

/// A value of bindings/kotlin/pom.xml: a child of `<project>` by its path of
/// element names (`["properties", "kotlin.version"]`, `["version"]`), so that
/// what else builds against the library (dist's consumers) uses its pins.
pub fn value(path: &[&str]) -> Result<String> {
    let file = root().join("bindings/kotlin/pom.xml");
    let text = std::fs::read_to_string(&file).with_context(|| file.display().to_string())?;
    let pom = roxmltree::Document::parse(&text).with_context(|| file.display().to_string())?;
    let mut node = pom.root_element();
    for name in path {
        node = node
            .children()
            .find(|child| child.tag_name().name() == *name)
            .with_context(|| format!("{}: no <{}> in <{}>", file.display(), name, node.tag_name().name()))?;
    }
    node.text()
        .map(|t| t.trim().to_owned())
        .with_context(|| format!("{}: <{}> is empty", file.display(), path.join(">/<")))
}

/// The version of the build plugin `artifact` (`maven-compiler-plugin`) that
/// bindings/kotlin/pom.xml pins.
pub fn plugin_version(artifact: &str) -> Result<String> {
    fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
        node.children().find(|c| c.tag_name().name() == name)
    }
    let file = root().join("bindings/kotlin/pom.xml");
    let text = std::fs::read_to_string(&file).with_context(|| file.display().to_string())?;
    let pom = roxmltree::Document::parse(&text).with_context(|| file.display().to_string())?;
    let plugins = child(pom.root_element(), "build").and_then(|b| child(b, "plugins"));
    let plugin = plugins
        .into_iter()
        .flat_map(|p| p.children())
        .find(|p| child(*p, "artifactId").and_then(|a| a.text()).map(str::trim) == Some(artifact));
    plugin
        .and_then(|p| child(p, "version"))
        .and_then(|v| v.text())
        .map(|v| v.trim().to_owned())
        .with_context(|| format!("{}: no <build> plugin {artifact} with a <version>", file.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_read_by_their_path_and_a_missing_one_is_named() {
        assert_eq!(value(&["version"]).unwrap(), crate::support::version::workspace().unwrap());
        assert!(value(&["properties", "kotlin.version"]).unwrap().starts_with("2."));
        let missing = value(&["properties", "no.such.version"]).unwrap_err().to_string();
        assert!(missing.ends_with("no <no.such.version> in <properties>"), "{missing}");
        assert!(plugin_version("maven-compiler-plugin").unwrap().starts_with("3."));
        assert!(plugin_version("no-such-plugin").is_err());
    }
}
