//! `cargo xtask modules`: which file of a crate uses which, read with syn from
//! every crate's root down its `mod` declarations. A file uses another when
//! one of its paths (`use`, a type, a call) names an item of the other's module,
//! through `crate::`, `self::`, `super::` or a child module's name; an item that
//! a module re-exports counts as the module it comes from. A module declaring
//! its children is not a use. The test below fails on any cycle.
//!
//! Not cargo-modules' `--acyclic` check: it reads the crates through
//! rust-analyzer, whose crates (`ra_ap_*`) it would compile from source on
//! every new machine (no registry here ships it prebuilt), and whether it
//! follows a re-export to its source, as this check must, was not established.

use crate::support::workspace::root;
use anyhow::{anyhow, Context, Result};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// Every crate root of the workspace, relative to it (build scripts and
/// binaries are crates of their own).
pub const CRATES: [&str; 6] = [
    "core/src/lib.rs",
    "core/build/main.rs",
    "core/cli/src/main.rs",
    "ffi/src/lib.rs",
    "wasm/src/lib.rs",
    "xtask/src/main.rs",
];

/// One crate's files and which uses which (paths relative to the workspace).
pub struct Graph {
    pub files: Vec<PathBuf>,
    pub uses: BTreeMap<PathBuf, BTreeSet<PathBuf>>,
}

/// Prints each crate's files, and each file's uses, in order.
pub fn print() -> Result<()> {
    let mut found = Vec::new();
    for krate in CRATES {
        let graph = graph(&root().join(krate))?;
        println!("{krate}");
        for file in &graph.files {
            let uses: Vec<String> = graph.uses[file].iter().map(|f| short(f, krate)).collect();
            let arrow = if uses.is_empty() { String::new() } else { format!(" → {}", uses.join(", ")) };
            println!("  {}{arrow}", short(file, krate));
        }
        for circle in circles(&graph) {
            found.push(format!("{krate}: {}", circle.join(", ")));
        }
    }
    if found.is_empty() {
        Ok(())
    } else {
        Err(anyhow!("files that use each other, directly or through others:\n{}", found.join("\n")))
    }
}

fn short(file: &Path, krate: &str) -> String {
    let dir = Path::new(krate).parent().unwrap_or(Path::new(""));
    file.strip_prefix(dir).unwrap_or(file).display().to_string()
}

/// A module: its path from the crate root, and the file it is written in.
struct Module {
    path: Vec<String>,
    file: PathBuf,
    /// Names it imports or re-exports, and the path each stands for.
    imports: BTreeMap<String, Vec<String>>,
}

/// The crate whose root is `root_file`: its modules, then the files' uses.
pub fn graph(root_file: &Path) -> Result<Graph> {
    let mut modules = Vec::new();
    let mut files = Vec::new();
    collect(root_file, Vec::new(), &mut modules, &mut files)?;
    let mut uses: BTreeMap<PathBuf, BTreeSet<PathBuf>> = files.iter().map(|f| (relative(f), BTreeSet::new())).collect();
    for file in &files {
        let syntax = parse(file)?;
        // A file's own module is the outermost one written in it.
        let here = modules.iter().filter(|m| &m.file == file).map(|m| m.path.clone()).min_by_key(Vec::len);
        let mut paths = Paths { module: here.unwrap_or_default(), found: Vec::new() };
        paths.visit_file(&syntax);
        for (module, path) in paths.found {
            if let Some(target) = resolve(&modules, &module, &path, 0) {
                if &target != file {
                    uses.entry(relative(file)).or_default().insert(relative(&target));
                }
            }
        }
    }
    Ok(Graph { files: files.iter().map(|f| relative(f)).collect(), uses })
}

fn relative(file: &Path) -> PathBuf {
    file.strip_prefix(root()).unwrap_or(file).to_path_buf()
}

fn parse(file: &Path) -> Result<syn::File> {
    let text = std::fs::read_to_string(file).with_context(|| format!("{}", file.display()))?;
    syn::parse_file(&text).with_context(|| format!("{}", file.display()))
}

/// Reads `file` as the module at `path`, then every module it declares.
fn collect(file: &Path, path: Vec<String>, modules: &mut Vec<Module>, files: &mut Vec<PathBuf>) -> Result<()> {
    files.push(file.to_path_buf());
    let syntax = parse(file)?;
    // A root or a mod.rs holds its children beside it; `a.rs` holds them in `a/`.
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let dir = file.parent().unwrap_or(Path::new("")).to_path_buf();
    let children =
        if path.is_empty() || name == "mod.rs" { dir.clone() } else { dir.join(name.trim_end_matches(".rs")) };
    declared(&syntax.items, file, &dir, &children, path, modules, files)
}

#[allow(clippy::too_many_arguments)]
fn declared(
    items: &[syn::Item],
    file: &Path,
    dir: &Path,
    children: &Path,
    path: Vec<String>,
    modules: &mut Vec<Module>,
    files: &mut Vec<PathBuf>,
) -> Result<()> {
    let mut imports = BTreeMap::new();
    for item in items {
        if let syn::Item::Use(u) = item {
            flatten(&u.tree, Vec::new(), &mut |name, full| {
                imports.insert(name, full);
            });
        }
    }
    modules.push(Module { path: path.clone(), file: file.to_path_buf(), imports });
    for item in items {
        let syn::Item::Mod(m) = item else { continue };
        let mut child = path.clone();
        child.push(m.ident.to_string());
        match &m.content {
            Some((_, inner)) => {
                let nested = children.join(m.ident.to_string());
                declared(inner, file, dir, &nested, child, modules, files)?;
            }
            None => {
                let declared = path_attribute(&m.attrs).map(|p| dir.join(p));
                let found = declared.or_else(|| {
                    let flat = children.join(format!("{}.rs", m.ident));
                    let nested = children.join(m.ident.to_string()).join("mod.rs");
                    [flat, nested].into_iter().find(|f| f.is_file())
                });
                let Some(found) = found else {
                    return Err(anyhow!("{}: no file for `mod {};`", file.display(), m.ident));
                };
                let found = found.canonicalize().with_context(|| format!("{}", found.display()))?;
                collect(&found, child, modules, files)?;
            }
        }
    }
    Ok(())
}

fn path_attribute(attrs: &[syn::Attribute]) -> Option<String> {
    attrs.iter().find(|a| a.path().is_ident("path")).and_then(|a| match &a.meta {
        syn::Meta::NameValue(syn::MetaNameValue { value: syn::Expr::Lit(l), .. }) => match &l.lit {
            syn::Lit::Str(s) => Some(s.value()),
            _ => None,
        },
        _ => None,
    })
}

/// Each name a `use` tree brings in, with the path it stands for.
fn flatten(tree: &syn::UseTree, prefix: Vec<String>, out: &mut dyn FnMut(String, Vec<String>)) {
    let with = |ident: &syn::Ident| {
        let mut p = prefix.clone();
        p.push(ident.to_string());
        p
    };
    match tree {
        syn::UseTree::Path(p) => flatten(&p.tree, with(&p.ident), out),
        syn::UseTree::Name(n) if n.ident == "self" => {
            out(prefix.last().cloned().unwrap_or_default(), prefix.clone());
        }
        syn::UseTree::Name(n) => out(n.ident.to_string(), with(&n.ident)),
        syn::UseTree::Rename(r) => out(r.rename.to_string(), with(&r.ident)),
        syn::UseTree::Glob(_) => out(format!("*{}", prefix.join("::")), prefix.clone()),
        syn::UseTree::Group(g) => g.items.iter().for_each(|t| flatten(t, prefix.clone(), out)),
    }
}

/// Every path written in a file, with the module it is written in.
struct Paths {
    module: Vec<String>,
    found: Vec<(Vec<String>, Vec<String>)>,
}

impl<'ast> Visit<'ast> for Paths {
    fn visit_item_mod(&mut self, m: &'ast syn::ItemMod) {
        if m.content.is_some() {
            self.module.push(m.ident.to_string());
            syn::visit::visit_item_mod(self, m);
            self.module.pop();
        }
    }

    /// `pub(crate)` and `pub(super)` name no item.
    fn visit_visibility(&mut self, _: &'ast syn::Visibility) {}

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments = path.segments.iter().map(|s| s.ident.to_string()).collect();
        self.found.push((self.module.clone(), segments));
        syn::visit::visit_path(self, path);
    }

    fn visit_item_use(&mut self, u: &'ast syn::ItemUse) {
        let module = self.module.clone();
        flatten(&u.tree, Vec::new(), &mut |_, full| self.found.push((module.clone(), full)));
    }
}

/// The file defining what `path`, written in `module`, names; `None` for
/// anything outside the crate.
fn resolve(modules: &[Module], module: &[String], path: &[String], depth: usize) -> Option<PathBuf> {
    let absolute = absolute(modules, module, path)?;
    // The longest prefix that is a module of the crate.
    let (owner, rest) = (0..=absolute.len())
        .rev()
        .find_map(|n| modules.iter().find(|m| m.path == absolute[..n]).map(|m| (m, &absolute[n..])))?;
    // A name the owner imports stands for where it comes from (a re-export).
    if let (Some(name), true) = (rest.first(), depth < 8) {
        if let Some(full) = owner.imports.get(name) {
            let mut through = full.clone();
            through.extend(rest[1..].iter().cloned());
            return resolve(modules, &owner.path, &through, depth + 1).or(Some(owner.file.clone()));
        }
    }
    Some(owner.file.clone())
}

/// `path` written in `module`, from the crate root; `None` if it does not start
/// inside the crate.
fn absolute(modules: &[Module], module: &[String], path: &[String]) -> Option<Vec<String>> {
    let first = path.first()?;
    let mut base = module.to_vec();
    let mut rest = path;
    match first.as_str() {
        "crate" => {
            base.clear();
            rest = &path[1..];
        }
        "self" => rest = &path[1..],
        "super" => {
            while rest.first().is_some_and(|s| s == "super") {
                base.pop()?;
                rest = &rest[1..];
            }
        }
        name => {
            let mut child = base.clone();
            child.push(name.to_owned());
            if !modules.iter().any(|m| m.path == child) {
                return None;
            }
        }
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

/// Each group of files that use each other, directly or through others (the
/// graph's strongly connected components of more than one file).
pub fn circles(graph: &Graph) -> Vec<Vec<String>> {
    let reach = |from: &PathBuf| {
        let mut seen = BTreeSet::new();
        let mut next = vec![from.clone()];
        while let Some(file) = next.pop() {
            for used in graph.uses.get(&file).into_iter().flatten() {
                if seen.insert(used.clone()) {
                    next.push(used.clone());
                }
            }
        }
        seen
    };
    let reaches: BTreeMap<&PathBuf, BTreeSet<PathBuf>> = graph.files.iter().map(|f| (f, reach(f))).collect();
    let mut grouped = BTreeSet::new();
    let mut circles = Vec::new();
    for file in &graph.files {
        if grouped.contains(file) || !reaches[file].contains(file) {
            continue;
        }
        let group: Vec<&PathBuf> =
            graph.files.iter().filter(|o| reaches[file].contains(*o) && reaches[*o].contains(file)).collect();
        grouped.extend(group.iter().map(|f| (*f).clone()));
        circles.push(group.iter().map(|f| f.display().to_string()).collect());
    }
    circles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_crate_has_files_that_use_each_other_in_a_circle() {
        let mut found = Vec::new();
        for krate in CRATES {
            let graph = graph(&root().join(krate)).unwrap();
            assert!(graph.files.len() > 1, "{krate}: read only its root");
            found.extend(circles(&graph).into_iter().map(|c| format!("{krate}: {}", c.join(", "))));
        }
        assert!(found.is_empty(), "files that use each other:\n{}", found.join("\n"));
    }

    #[test]
    fn a_circle_is_found_through_a_re_export() {
        let dir = std::env::temp_dir().join(format!("authos-modules-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("lib.rs"), "mod a;\nmod b;\npub use a::A;\n").unwrap();
        std::fs::write(dir.join("a.rs"), "pub struct A(crate::b::B);\n").unwrap();
        std::fs::write(dir.join("b.rs"), "pub struct B(Box<crate::A>);\n").unwrap();
        let graph = graph(&dir.join("lib.rs")).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let circles = circles(&graph);
        assert_eq!(circles.len(), 1, "{circles:?}");
        assert!(circles[0][0].ends_with("a.rs") && circles[0][1].ends_with("b.rs"), "{circles:?}");
    }
}
