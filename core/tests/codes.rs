//! Adding a code to `catalogue.toml` is not done until `tests/vectors/codes.json`
//! holds a vector that expects it: every platform then checks the new code.

use authos_errors::KnownCode;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn every_catalogue_code_has_a_vector_in_codes_json() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/codes.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let vectors: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let expected: BTreeSet<&str> = vectors
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.pointer("/expect/code").and_then(Value::as_str))
        .collect();
    let missing: Vec<&str> = KnownCode::ALL.iter().map(|c| c.as_str()).filter(|c| !expected.contains(c)).collect();
    assert!(missing.is_empty(), "{} has no vector expecting {missing:?}", path.display());
}
