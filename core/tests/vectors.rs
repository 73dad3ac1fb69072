//! The conformance runner: every vector in `tests/vectors/*.json` and in the files
//! named by `AUTHOS_EXTRA_VECTORS` (`:`-separated), in the format docs/conformance.md
//! defines. Every failing vector is named with its expected and actual values;
//! the run ends with one summary line and fails on any failure or on no vectors.

use authos_errors::{interpret, parse_rfc3339_ms, Error, Request};
use base64::Engine;
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// The fields of the contract's output record (and our `mapped_from`).
const FIELDS: [&str; 17] = [
    "code",
    "known",
    "derived",
    "status",
    "category",
    "audience",
    "action",
    "field",
    "retryable",
    "retry_after_ms",
    "server_message",
    "timestamp",
    "clock_skew_ms",
    "locale",
    "message",
    "request_id",
    "mapped_from",
];

fn main() {
    let mut files = vector_files();
    files.extend(extra_files());
    let (mut passed, mut failed) = (0usize, 0usize);
    for file in &files {
        match load(file) {
            Ok(vectors) => {
                for (i, vector) in vectors.iter().enumerate() {
                    let name = vector.get("name").and_then(Value::as_str).unwrap_or("(unnamed)");
                    match check(vector) {
                        Ok(()) => passed += 1,
                        Err(problems) => {
                            failed += 1;
                            println!("FAIL {} #{i} {name:?}", file.display());
                            for p in problems {
                                println!("    {p}");
                            }
                        }
                    }
                }
            }
            Err(e) => {
                failed += 1;
                println!("FAIL {}: {e}", file.display());
            }
        }
    }
    println!("vectors: {passed} passed, {failed} failed ({} files)", files.len());
    if let Err(e) = parity() {
        println!("FAIL parity corpus: {e}");
        std::process::exit(1);
    }
    if failed > 0 || passed == 0 {
        std::process::exit(1);
    }
}

/// With `AUTHOS_PARITY_IN` (a corpus: vectors without `expect`) and
/// `AUTHOS_PARITY_DIR`, writes `rust.jsonl`: one answer per input, the
/// interpretation's fields or `{"error": ...}` (`cargo xtask parity` compares
/// every platform's).
fn parity() -> Result<(), String> {
    let (Ok(corpus), Ok(dir)) = (std::env::var("AUTHOS_PARITY_IN"), std::env::var("AUTHOS_PARITY_DIR")) else {
        return Ok(());
    };
    let inputs = load(Path::new(&corpus))?;
    let mut out = String::new();
    for vector in &inputs {
        let line = match answer(vector) {
            Ok(Ok(fields)) => fields,
            Ok(Err(Error::NotAnError { .. })) => serde_json::json!({"error": "not_an_error"}),
            Ok(Err(e)) => serde_json::json!({"error": e.to_string()}),
            Err(problems) => serde_json::json!({"error": format!("unreadable input: {}", problems.join("; "))}),
        };
        out.push_str(&line.to_string());
        out.push('\n');
    }
    let path = Path::new(&dir).join("rust.jsonl");
    std::fs::write(&path, out).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("parity: {} answers in {}", inputs.len(), path.display());
    Ok(())
}

fn vector_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

fn extra_files() -> Vec<PathBuf> {
    let extra = std::env::var("AUTHOS_EXTRA_VECTORS").unwrap_or_default();
    extra.split(':').filter(|p| !p.is_empty()).map(PathBuf::from).collect()
}

fn load(file: &Path) -> Result<Vec<Value>, String> {
    let text = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    match serde_json::from_str(&text).map_err(|e| e.to_string())? {
        Value::Array(vectors) => Ok(vectors),
        _ => Err("a vector file is a JSON array".into()),
    }
}

/// Runs one vector's input: the interpretation in the vectors' spelling, or the
/// core's error; the problems with the input itself if it cannot be run.
fn answer(vector: &Value) -> Result<Result<Value, Error>, Vec<String>> {
    let input = vector.get("input").and_then(Value::as_object).ok_or(vec!["no `input` object".to_string()])?;
    let status = input.get("status").and_then(Value::as_u64).and_then(|s| u16::try_from(s).ok());
    let status = status.ok_or(vec![format!("input.status is not an HTTP status: {:?}", input.get("status"))])?;
    let headers = headers(input.get("headers")).ok_or_else(|| {
        vec![format!(
            "input.headers is neither an object of strings nor [name, value] pairs: {:?}",
            input.get("headers")
        )]
    })?;
    let body = match (input.get("body"), input.get("body_base64")) {
        (Some(Value::String(s)), None) => s.as_bytes().to_vec(),
        (None, Some(Value::String(b))) => {
            base64::engine::general_purpose::STANDARD.decode(b).map_err(|e| vec![format!("input.body_base64: {e}")])?
        }
        (None, None) => Vec::new(),
        _ => return Err(vec!["input has both or a non-string `body`/`body_base64`".into()]),
    };
    let locales: Vec<&str> = match input.get("locales") {
        None => Vec::new(),
        Some(Value::Array(l)) => l
            .iter()
            .map(Value::as_str)
            .collect::<Option<_>>()
            .ok_or_else(|| vec![format!("input.locales is not an array of strings: {l:?}")])?,
        Some(other) => return Err(vec![format!("input.locales is not an array: {other}")]),
    };
    let now_ms = match input.get("now").and_then(Value::as_str) {
        None => None,
        Some(now) => Some(parse_rfc3339_ms(now).ok_or_else(|| vec![format!("input.now {now:?} is not RFC 3339")])?),
    };
    let request = Request { status, headers: &headers, body: &body, locales: &locales, now_ms };
    match interpret(&request) {
        Ok(interpretation) => {
            let all = serde_json::to_value(&interpretation).map_err(|e| vec![e.to_string()])?;
            Ok(Ok(FIELDS.iter().map(|f| ((*f).to_owned(), all.get(f).cloned().unwrap_or(Value::Null))).collect()))
        }
        Err(e) => Ok(Err(e)),
    }
}

/// The headers in order received, from either form the contract allows: an
/// object of names to values, or `[name, value]` pairs (where a name repeats).
/// `None` for anything else, which the xtask's schema check refuses first.
fn headers(value: Option<&Value>) -> Option<Vec<(&str, &str)>> {
    match value {
        None => Some(Vec::new()),
        Some(Value::Object(h)) => h.iter().map(|(name, v)| Some((name.as_str(), v.as_str()?))).collect(),
        Some(Value::Array(pairs)) => pairs
            .iter()
            .map(|pair| match pair.as_array()?.as_slice() {
                [name, value] => Some((name.as_str()?, value.as_str()?)),
                _ => None,
            })
            .collect(),
        Some(_) => None,
    }
}

/// Runs one vector; the list of mismatches if it fails.
fn check(vector: &Value) -> Result<(), Vec<String>> {
    let result = answer(vector)?;
    if let Some(expected) = vector.get("expect_error") {
        return match (expected.as_str(), &result) {
            (Some("not_an_error"), Err(Error::NotAnError { .. })) => Ok(()),
            (_, actual) => Err(vec![format!("expected error {expected}, got {actual:?}")]),
        };
    }
    let expect = vector.get("expect").and_then(Value::as_object).ok_or(vec!["no `expect` object".to_string()])?;
    let actual = match result {
        Ok(actual) => actual,
        Err(e) => return Err(vec![format!("expected an interpretation, got error: {e}")]),
    };
    compare(expect, &actual)
}

fn compare(expect: &Map<String, Value>, actual: &Value) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    for (field, want) in expect {
        if !FIELDS.contains(&field.as_str()) {
            problems.push(format!("expect.{field}: not a field of the interpretation"));
            continue;
        }
        let got = actual.get(field).unwrap_or(&Value::Null);
        if got != want {
            problems.push(format!("{field}: expected {}, actual {}", short(want), short(got)));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// A value for a failure report, cut to a readable length.
fn short(v: &Value) -> String {
    let text = v.to_string();
    match text.char_indices().nth(300) {
        Some((i, _)) => format!("{}… ({} chars)", &text[..i], text.chars().count()),
        None => text,
    }
}
