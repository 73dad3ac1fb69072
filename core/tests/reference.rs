//! The catalogue holds every row of the AuthOS reference, word for word.
//!
//! The reference is AuthOS's error-code document, kept as test data in
//! `tests/data/authos-error-codes.txt` (or the file named by `AUTHOS_REFERENCE`):
//! the only proof that no row was dropped or retyped.

use authos_errors::{entries, Category};
use std::path::PathBuf;

/// One reference row: section, code, status, description, resolution.
type RefRow = (String, String, u16, String, Option<String>);

fn reference_path() -> PathBuf {
    match std::env::var_os("AUTHOS_REFERENCE") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/authos-error-codes.txt"),
    }
}

/// Where the project's steering folder keeps the reference, beside a checkout.
const STEERING_COPY: &str = "../../shared/reference/authos-error-codes.txt";

/// The copy in the repository is the reference as published: where the
/// steering folder's copy is beside the checkout (the project's own machines),
/// the two are the same bytes.
#[test]
fn the_repository_copy_is_the_published_reference() {
    let steering = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(STEERING_COPY);
    let Ok(published) = std::fs::read(&steering) else {
        println!("{}: not beside this checkout; the repository's copy stands alone", steering.display());
        return;
    };
    let ours = std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/authos-error-codes.txt"))
        .unwrap_or_else(|e| panic!("tests/data/authos-error-codes.txt: {e}"));
    assert!(ours == published, "tests/data/authos-error-codes.txt differs from {}", steering.display());
}

/// The category whose section the reference titles `name` (`Device Flow`).
fn section(name: &str) -> Option<Category> {
    Category::ALL.iter().copied().find(|c| c.title() == name)
}

/// The reference's layout: a section title (`Validation Errors`), its header cells
/// (`| Code |`, `HTTP |`, ...), then one line per cell, each ending in ` |`.
fn parse_reference(text: &str) -> Vec<RefRow> {
    let mut rows = Vec::new();
    let mut current: Option<(Category, Vec<String>)> = None;
    let mut flush = |current: &mut Option<(Category, Vec<String>)>| {
        if let Some((category, cells)) = current.take() {
            let columns = cells
                .iter()
                .take_while(|c| ["| Code", "HTTP", "Description", "Resolution"].contains(&c.as_str()))
                .count();
            assert!(columns == 3 || columns == 4, "{category}: {columns} header cells");
            let body = &cells[columns..];
            assert_eq!(body.len() % columns, 0, "{category}: cells do not fill whole rows");
            for row in body.chunks(columns) {
                let status = row[1].parse().unwrap_or_else(|_| panic!("{category}: status {:?}", row[1]));
                rows.push((category.to_string(), row[0].clone(), status, row[2].clone(), row.get(3).cloned()));
            }
        }
    };
    for line in text.lines() {
        if line == "HTTP Status Code Summary" {
            break;
        }
        if let Some(category) = line.strip_suffix(" Errors").and_then(section) {
            flush(&mut current);
            current = Some((category, Vec::new()));
        } else if let (Some((_, cells)), Some(cell)) = (current.as_mut(), line.strip_suffix(" |")) {
            cells.push(cell.to_string());
        }
    }
    flush(&mut current);
    rows
}

fn catalogue_rows() -> Vec<RefRow> {
    let mut rows = Vec::new();
    for e in entries().iter().filter(|e| !e.library) {
        let code = e.code.as_str().to_string();
        let own = |s: Option<&str>| s.map(str::to_string);
        rows.push((e.category.to_string(), code.clone(), e.status, e.description.to_string(), own(e.resolution)));
        for r in e.also {
            rows.push((r.category.to_string(), code.clone(), e.status, r.description.to_string(), own(r.resolution)));
        }
    }
    rows
}

#[test]
fn every_reference_row_is_in_the_catalogue_word_for_word() {
    let path = reference_path();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (set AUTHOS_REFERENCE to the AuthOS error reference)", path.display()));
    let mut reference = parse_reference(&text);
    let mut ours = catalogue_rows();
    assert_eq!(reference.len(), ours.len(), "as many rows in the reference as reference rows in the catalogue");
    reference.sort();
    ours.sort();
    for (theirs, mine) in reference.iter().zip(&ours) {
        assert_eq!(theirs, mine, "reference row vs catalogue row");
    }
    let codes: std::collections::BTreeSet<&str> = reference.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(codes.len(), entries().iter().filter(|e| !e.library).count(), "every code the reference has, once");
}

#[test]
fn typography_survives() {
    let weak = entries().iter().find(|e| e.code.as_str() == "WEAK_PASSWORD").map(|e| e.description);
    assert_eq!(weak, Some("Password doesn\u{2019}t meet requirements"));
}
