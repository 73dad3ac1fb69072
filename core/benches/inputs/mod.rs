//! The inputs both instruction counts interpret: the first vector of every
//! file in tests/vectors, one per class of response. Read by
//! core/benches/instructions.rs natively and by xtask's count of the
//! WebAssembly module (`xtask/src/fuel.rs`), so that both count the same work.

use base64::Engine;
use serde_json::Value;
use std::path::Path;
use time::format_description::well_known::Rfc3339;

/// One vector's input, owned.
pub struct Input {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Whether the vector gives its body as text (`body`), not as `body_base64`:
    /// how a JavaScript caller would pass it, a string or bytes. Only the
    /// WebAssembly count reads it: the core takes bytes either way.
    #[allow(dead_code)]
    pub body_is_text: bool,
    pub locales: Vec<String>,
    pub now_ms: Option<i64>,
}

/// The first vector of every `*.json` in `dir`, in the files' order by name.
pub fn first_of_each(dir: &Path) -> Result<Vec<Input>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut inputs = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let vectors: Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let first = vectors.as_array().and_then(|v| v.first());
        inputs.push(input(first.ok_or(format!("{}: no vector", path.display()))?));
    }
    Ok(inputs)
}

fn input(vector: &Value) -> Input {
    let input = &vector["input"];
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    let headers = input["headers"].as_object().map(|h| h.iter().map(|(k, v)| (k.clone(), text(v))).collect());
    let (body, body_is_text) = match (input["body"].as_str(), input["body_base64"].as_str()) {
        (_, Some(b64)) => (base64::engine::general_purpose::STANDARD.decode(b64).unwrap_or_default(), false),
        (Some(body), None) => (body.as_bytes().to_vec(), true),
        (None, None) => (Vec::new(), false),
    };
    let now_ms = input["now"].as_str().and_then(|now| time::OffsetDateTime::parse(now, &Rfc3339).ok());
    Input {
        status: u16::try_from(input["status"].as_u64().unwrap_or(0)).unwrap_or(0),
        headers: headers.unwrap_or_default(),
        body,
        body_is_text,
        locales: input["locales"].as_array().map(|l| l.iter().map(text).collect()).unwrap_or_default(),
        now_ms: now_ms.map(|t| i64::try_from(t.unix_timestamp_nanos() / 1_000_000).unwrap_or(0)),
    }
}
