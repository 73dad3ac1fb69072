//! Every vector file checked once, before any runner reads it: against
//! tests/vectors.schema.json (the contract's format), and for what a schema
//! cannot say: no name twice in one JSON object (runners' JSON readers keep the
//! first, the last, or fail), header names distinct without regard to case in
//! the object form (an object's order is lost on some platforms; repeats go in
//! the pairs form), base64 that decodes and a `now` that is a real instant.
//! The runners then read one valid shape and need not guess.

use crate::conformance::vectors;
use crate::support::workspace::root;
use anyhow::{anyhow, Context, Result};
use base64::Engine;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;

/// Checks every vector file; the error names each bad file and the place in it.
pub fn check_all() -> Result<()> {
    let validator = validator()?;
    let files = vectors::list()?;
    let problems: Vec<String> = files.iter().flat_map(|file| check(&validator, Path::new(file))).collect();
    if problems.is_empty() {
        println!("vector files: {} valid (tests/vectors.schema.json)", files.len());
        Ok(())
    } else {
        Err(anyhow!("vector files not in the contract's format:\n  {}", problems.join("\n  ")))
    }
}

fn validator() -> Result<jsonschema::Validator> {
    let path = root().join("tests/vectors.schema.json");
    let text = std::fs::read_to_string(&path).with_context(|| format!("{}", path.display()))?;
    let schema: Value = serde_json::from_str(&text).with_context(|| format!("{}", path.display()))?;
    jsonschema::draft202012::new(&schema).with_context(|| format!("{}: not a valid schema", path.display()))
}

/// The problems of one file, each as `file: /json/pointer: what`.
fn check(validator: &jsonschema::Validator, file: &Path) -> Vec<String> {
    let name = file.display();
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => return vec![format!("{name}: {e}")],
    };
    let value = match parse(&text) {
        Ok(value) => value,
        Err(e) => return vec![format!("{name}: {e}")],
    };
    let mut problems: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{name}: {}: {e}", pointer(&e.instance_path().to_string())))
        .collect();
    if problems.is_empty() {
        problems.extend(beyond_schema(&value).into_iter().map(|(at, what)| format!("{name}: {at}: {what}")));
    }
    problems
}

fn pointer(path: &str) -> &str {
    if path.is_empty() {
        "/"
    } else {
        path
    }
}

/// What the schema cannot say, for a file that the schema accepts.
fn beyond_schema(file: &Value) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    for (i, input) in file.as_array().into_iter().flatten().filter_map(|v| v.get("input")).enumerate() {
        if let Some(Value::Object(headers)) = input.get("headers") {
            let mut seen = BTreeSet::new();
            for name in headers.keys() {
                if !seen.insert(name.to_ascii_lowercase()) {
                    problems.push((
                        format!("/{i}/input/headers"),
                        format!(
                            "{name:?} repeats a name in another case: write repeated headers as [name, value] pairs"
                        ),
                    ));
                }
            }
        }
        if let Some(Value::String(b64)) = input.get("body_base64") {
            if let Err(e) = base64::engine::general_purpose::STANDARD.decode(b64) {
                problems.push((format!("/{i}/input/body_base64"), format!("not base64: {e}")));
            }
        }
        if let Some(Value::String(now)) = input.get("now") {
            let rfc3339 = now.replacen(['t', ' '], "T", 1).replace('z', "Z");
            if time::OffsetDateTime::parse(&rfc3339, &time::format_description::well_known::Rfc3339).is_err() {
                problems.push((format!("/{i}/input/now"), format!("{now:?} is not an RFC 3339 instant")));
            }
        }
    }
    problems
}

/// Parses JSON, refusing an object that names a member twice (serde_json's own
/// `Value` would keep the last silently).
fn parse(text: &str) -> Result<Value> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let Strict(value) = Strict::deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}

struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = serde_json::Map::new();
        while let Some((key, Strict(value))) = map.next_entry::<String, Strict>()? {
            if members.contains_key(&key) {
                return Err(serde::de::Error::custom(format!("the member {key:?} is named twice in one object")));
            }
            members.insert(key, value);
        }
        Ok(Value::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use authos_errors::{Action, Audience, Category, Field};

    fn problems(text: &str) -> Vec<String> {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let file = std::env::temp_dir().join(format!("xtask-schema-{}-{n}.json", std::process::id()));
        std::fs::write(&file, text).unwrap();
        let found = check(&validator().unwrap(), &file);
        std::fs::remove_file(&file).unwrap();
        found.into_iter().map(|p| p.split_once(": ").unwrap().1.to_owned()).collect()
    }

    fn vector(input: &str) -> String {
        format!(r#"[{{"name": "v", "input": {input}, "expect": {{"code": "BAD_REQUEST"}}}}]"#)
    }

    #[test]
    fn every_shipped_vector_file_is_valid() {
        check_all().unwrap();
    }

    #[test]
    fn both_forms_of_headers_are_valid() {
        assert_eq!(problems(&vector(r#"{"status": 400, "headers": {"Retry-After": "30"}}"#)), Vec::<String>::new());
        let pairs = r#"{"status": 400, "headers": [["Retry-After", "30"], ["retry-after", "120"]]}"#;
        assert_eq!(problems(&vector(pairs)), Vec::<String>::new());
    }

    #[test]
    fn each_malformed_input_is_named_with_its_place() {
        let cases = [
            (r#"{"status": 400, "headers": {"Retry-After": 30}}"#, "/0/input/headers"),
            (r#"{"status": 400, "headers": [["Retry-After"]]}"#, "/0/input/headers"),
            (r#"{"status": 400, "headers": [["a", "b", "c"]]}"#, "/0/input/headers"),
            (r#"{"status": 400, "headers": "Retry-After: 30"}"#, "/0/input/headers"),
            (r#"{"status": 400, "headers": {"Retry-After": "1", "retry-after": "2"}}"#, "/0/input/headers"),
            (r#"{"status": 400, "locales": ["en", 7]}"#, "/0/input/locales/1"),
            (r#"{"status": "400"}"#, "/0/input/status"),
            (r#"{"status": 70000}"#, "/0/input/status"),
            (r#"{"status": 400, "body": "a", "body_base64": "YQ=="}"#, "/0/input"),
            (r#"{"status": 400, "body_base64": "YQ="}"#, "/0/input/body_base64"),
            (r#"{"status": 400, "now": "2025-02-30T10:00:00Z"}"#, "/0/input/now"),
            (r#"{"status": 400, "now": "yesterday"}"#, "/0/input/now"),
            (r#"{"status": 400, "body": 12}"#, "/0/input/body"),
            (r#"{"status": 400, "heders": {}}"#, "/0/input"),
        ];
        for (input, at) in cases {
            let found = problems(&vector(input));
            assert!(
                !found.is_empty() && found.iter().all(|p| p.starts_with(at)),
                "{input}: {found:?}, expected at {at}"
            );
        }
    }

    #[test]
    fn a_vector_expects_one_thing_of_known_fields_and_names_no_member_twice() {
        let expects = [
            r#"[{"name": "v", "input": {"status": 400}}]"#,
            r#"[{"name": "v", "input": {"status": 204}, "expect": {}, "expect_error": "not_an_error"}]"#,
            r#"[{"name": "v", "input": {"status": 400}, "expect": {"cod": "X"}}]"#,
            r#"[{"name": "v", "input": {"status": 400}, "expect": {"action": "refresh"}}]"#,
            r#"[{"name": "v", "input": {"status": 400}, "expect": {"retry_after_ms": -1}}]"#,
        ];
        for text in expects {
            assert!(problems(text).iter().all(|p| p.starts_with("/0")) && !problems(text).is_empty(), "{text}");
        }
        let twice = problems(r#"[{"name": "v", "input": {"status": 400, "status": 401}, "expect": {}}]"#);
        assert!(twice.len() == 1 && twice[0].contains("\"status\" is named twice"), "{twice:?}");
    }

    /// The schema's vocabularies are the core's, so that neither drifts.
    #[test]
    fn the_schemas_vocabularies_are_the_cores() {
        let text = std::fs::read_to_string(root().join("tests/vectors.schema.json")).unwrap();
        let schema: Value = serde_json::from_str(&text).unwrap();
        let listed = |field: &str| -> Vec<Value> {
            schema["$defs"]["expect"]["properties"][field]["enum"].as_array().unwrap().clone()
        };
        let strings = |all: &mut dyn Iterator<Item = &'static str>| all.map(Value::from).collect::<Vec<_>>();
        assert_eq!(listed("category"), strings(&mut Category::ALL.iter().map(|v| v.as_str())));
        assert_eq!(listed("audience"), strings(&mut Audience::ALL.iter().map(|v| v.as_str())));
        assert_eq!(listed("action"), strings(&mut Action::ALL.iter().map(|v| v.as_str())));
        let mut fields = strings(&mut Field::ALL.iter().map(|v| v.as_str()));
        fields.push(Value::Null);
        assert_eq!(listed("field"), fields);
    }
}
