//! Instructions, not seconds: `cargo xtask instructions` runs this under
//! `valgrind --tool=callgrind`, counting only inside `measured`, and compares
//! the count with benches/instructions.json (docs/performance.md, "A count
//! that does not drift"). The inputs are the first vector of every file in
//! tests/vectors: one per class of response. Each is interpreted once before,
//! so that what is counted is the steady state, not first-use setup.

use authos_errors::{interpret, Request};
use base64::Engine;
use serde_json::Value;
use std::hint::black_box;
use time::format_description::well_known::Rfc3339;

/// One vector's input, owned.
struct Input {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    locales: Vec<String>,
    now_ms: Option<i64>,
}

fn input(vector: &Value) -> Input {
    let input = &vector["input"];
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    let headers = input["headers"].as_object().map(|h| h.iter().map(|(k, v)| (k.clone(), text(v))).collect());
    let body = match (input["body"].as_str(), input["body_base64"].as_str()) {
        (_, Some(b64)) => base64::engine::general_purpose::STANDARD.decode(b64).unwrap_or_default(),
        (Some(body), None) => body.as_bytes().to_vec(),
        (None, None) => Vec::new(),
    };
    let now_ms = input["now"].as_str().and_then(|now| time::OffsetDateTime::parse(now, &Rfc3339).ok());
    Input {
        status: u16::try_from(input["status"].as_u64().unwrap_or(0)).unwrap_or(0),
        headers: headers.unwrap_or_default(),
        body,
        locales: input["locales"].as_array().map(|l| l.iter().map(text).collect()).unwrap_or_default(),
        now_ms: now_ms.map(|t| i64::try_from(t.unix_timestamp_nanos() / 1_000_000).unwrap_or(0)),
    }
}

fn interpret_all(inputs: &[Input]) {
    for i in inputs {
        let headers: Vec<(&str, &str)> = i.headers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let locales: Vec<&str> = i.locales.iter().map(String::as_str).collect();
        let request =
            Request { status: i.status, headers: &headers, body: &i.body, locales: &locales, now_ms: i.now_ms };
        black_box(interpret(black_box(&request)).ok());
    }
}

/// What callgrind counts (`--toggle-collect=*measured*`).
#[inline(never)]
fn measured(inputs: &[Input]) {
    interpret_all(inputs);
}

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/vectors");
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("tests/vectors").flatten().map(|e| e.path()).collect();
    files.retain(|p| p.extension().is_some_and(|x| x == "json"));
    files.sort();
    let inputs: Vec<Input> = files
        .iter()
        .filter_map(|p| {
            let vectors: Value = serde_json::from_str(&std::fs::read_to_string(p).ok()?).ok()?;
            vectors.as_array()?.first().map(input)
        })
        .collect();
    interpret_all(&inputs);
    measured(&inputs);
    println!("{} inputs", inputs.len());
}
