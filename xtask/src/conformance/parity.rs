//! Byte-identical answers, measured beyond the fixed vectors. A seeded generator
//! makes a corpus of responses (AuthOS, OAuth and RFC 9457 bodies, gateway
//! pages, every header the core reads, odd locales and clocks, invalid UTF-8,
//! surrogate escapes, and mutations of all of these); every platform's runner
//! answers each input with one JSON line (`AUTHOS_PARITY_IN` the corpus,
//! `AUTHOS_PARITY_DIR` where `<platform>.jsonl` goes); the lines are put in one
//! canonical form (keys sorted, compact) and compared byte for byte.

use crate::support::workspace::root;
use anyhow::{anyhow, Context, Result};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

/// The platforms that write answers (the leak run is the Rust runner again).
pub const WRITERS: [&str; 6] = ["rust", "node", "browser", "kotlin", "python", "swift"];

/// Inputs in `cargo xtask test`'s run, and its seed (any other is `cargo xtask parity`'s).
pub const TEST_COUNT: usize = 2_000;
pub const TEST_SEED: u64 = 2026;

pub fn dir() -> PathBuf {
    root().join("target/parity")
}

/// The corpus every runner answers, and where each writes `<platform>.jsonl`.
pub struct Corpus {
    pub input: PathBuf,
    pub dir: PathBuf,
}

impl Corpus {
    /// Points a platform's runner at the corpus.
    pub fn apply<'c>(&self, command: &'c mut Command) -> &'c mut Command {
        command.env("AUTHOS_PARITY_IN", &self.input).env("AUTHOS_PARITY_DIR", &self.dir)
    }
}

/// Writes a corpus of `count` inputs made from `seed`.
pub fn prepare(count: usize, seed: u64) -> Result<Corpus> {
    let dir = dir();
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).with_context(|| format!("{}", dir.display()))?;
    let mut rng = Rng(seed);
    let corpus: Vec<Value> =
        (0..count).map(|n| json!({"name": format!("parity #{n} (seed {seed})"), "input": input(&mut rng)})).collect();
    let path = dir.join("corpus.json");
    let text = serde_json::to_string(&corpus)?;
    std::fs::write(&path, text).with_context(|| format!("{}", path.display()))?;
    println!("xtask: parity corpus: {count} inputs, seed {seed}, in {}", path.display());
    Ok(Corpus { input: path, dir })
}

/// Compares the answers of `platforms`; prints each difference (the input, the
/// platforms on each side, the fields) and one summary line.
pub fn compare(platforms: &[&str]) -> Result<()> {
    compare_in(&dir(), platforms).map(|_| ())
}

/// `compare` over the answers in `dir`; the number of differences.
fn compare_in(dir: &std::path::Path, platforms: &[&str]) -> Result<usize> {
    let corpus: Vec<Value> = read_json(&dir.join("corpus.json"))?;
    let mut answers: Vec<(&str, Vec<String>)> = Vec::new();
    let mut problems = Vec::new();
    for platform in platforms {
        let path = dir.join(format!("{platform}.jsonl"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            problems.push(format!("{platform} wrote no answers ({})", path.display()));
            continue;
        };
        let lines: Vec<String> = text.lines().map(canonical).collect();
        if lines.len() != corpus.len() {
            problems.push(format!("{platform} answered {} of {} inputs", lines.len(), corpus.len()));
            continue;
        }
        answers.push((platform, lines));
    }
    let mut differences = 0usize;
    for (n, input) in corpus.iter().enumerate() {
        let mut groups: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (platform, lines) in &answers {
            groups.entry(lines[n].as_str()).or_default().push(platform);
        }
        if groups.len() > 1 {
            differences += 1;
            if differences <= 10 {
                report(input, &groups);
            }
        }
    }
    let names: Vec<&str> = answers.iter().map(|(p, _)| *p).collect();
    println!(
        "parity: {} inputs, {} platforms ({}), {differences} differences",
        corpus.len(),
        names.len(),
        names.join(", ")
    );
    for problem in &problems {
        println!("parity: FAILED {problem}");
    }
    if differences > 0 || !problems.is_empty() || names.len() < 2 {
        return Err(anyhow!("parity: {differences} differences, {} platform(s) without answers", problems.len()));
    }
    Ok(differences)
}

fn report(input: &Value, groups: &BTreeMap<&str, Vec<&str>>) {
    println!("DIFFERENT {}", input["name"].as_str().unwrap_or_default());
    println!("    input: {}", input["input"]);
    let parsed: Vec<(Map<String, Value>, &Vec<&str>)> = groups
        .iter()
        .map(|(line, platforms)| (serde_json::from_str::<Map<String, Value>>(line).unwrap_or_default(), platforms))
        .collect();
    let (first, _) = &parsed[0];
    let mut fields: Vec<&String> = parsed.iter().flat_map(|(m, _)| m.keys()).collect();
    fields.sort();
    fields.dedup();
    for field in fields {
        if parsed.iter().any(|(m, _)| m.get(field) != first.get(field)) {
            for (m, platforms) in &parsed {
                println!("    {field}: {} by {}", m.get(field).unwrap_or(&Value::Null), platforms.join(", "));
            }
        }
    }
}

/// One answer in the form compared: keys sorted, no spaces, serde_json's
/// escapes. A line that is not JSON stays as it is (and so differs).
fn canonical(line: &str) -> String {
    serde_json::from_str::<Value>(line).map_or_else(|_| line.to_owned(), |v| sorted(v).to_string())
}

/// The value with every object's keys in order (whether or not serde_json
/// keeps insertion order: another crate of the workspace may enable it).
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().map(|(k, v)| (k, sorted(v))).collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

fn read_json<T: serde::de::DeserializeOwned>(path: &std::path::Path) -> Result<T> {
    let text = std::fs::read_to_string(path).with_context(|| format!("{}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{}", path.display()))
}

/// SplitMix64: small, seeded, the same sequence everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn range(&mut self, low: i64, high: i64) -> i64 {
        low + (self.next() % (high - low + 1) as u64) as i64
    }
}

fn input(rng: &mut Rng) -> Value {
    let now_ms = if rng.chance(85) {
        rng.range(1_577_836_800_000, 1_893_456_000_000)
    } else {
        rng.range(-2_208_988_800_000, 4_102_444_800_000)
    };
    let status = status(rng);
    // Pairs in the order received, as the contract allows: a header the core
    // reads sometimes comes twice, in another casing, with another value.
    let mut headers: Vec<Value> = Vec::new();
    let mut add = |rng: &mut Rng, lower: &str, value: &dyn Fn(&mut Rng) -> String| {
        for _ in 0..if rng.chance(12) { 2 } else { 1 } {
            headers.push(json!([name(rng, lower), value(rng)]));
        }
    };
    if rng.chance(80) {
        add(rng, "content-type", &content_type);
    }
    if rng.chance(45) {
        add(rng, "retry-after", &|rng: &mut Rng| retry_after(rng, now_ms));
    }
    for id in ["x-request-id", "request-id", "x-correlation-id", "traceparent"] {
        if rng.chance(20) {
            add(rng, id, if id == "traceparent" { &traceparent } else { &request_id });
        }
    }
    if rng.chance(15) {
        headers.push(json!([text(rng, 12), text(rng, 20)]));
    }
    let mut body = body(rng, now_ms).into_bytes();
    for _ in 0..[0, 0, 0, 0, 0, 0, 1, 1, 2][rng.below(9)] {
        mutate(rng, &mut body);
    }
    if rng.chance(3) {
        body.splice(0..0, [0xEF, 0xBB, 0xBF]);
    }
    let locales: Vec<Value> = (0..rng.below(4)).map(|_| Value::from(locale(rng))).collect();
    let mut input = json!({"status": status, "headers": headers, "locales": locales, "now": rfc3339(now_ms)});
    match String::from_utf8(body) {
        Ok(text) => input["body"] = Value::from(text),
        Err(e) => input["body_base64"] = Value::from(base64(e.as_bytes())),
    }
    input
}

fn status(rng: &mut Rng) -> u16 {
    match rng.below(20) {
        0..=11 => *rng.pick(&[400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504, 0]),
        12..=14 => rng.range(400, 499) as u16,
        15..=17 => rng.range(500, 599) as u16,
        18 => rng.range(100, 399) as u16,
        _ => rng.range(0, 999) as u16,
    }
}

/// A header name in one of the casings servers use.
fn name(rng: &mut Rng, lower: &str) -> String {
    match rng.below(3) {
        0 => lower.to_owned(),
        1 => lower.split('-').map(capitalized).collect::<Vec<_>>().join("-"),
        _ => lower.to_uppercase(),
    }
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn content_type(rng: &mut Rng) -> String {
    let types = [
        "application/json",
        "application/json; charset=utf-8",
        "application/problem+json",
        "Application/Problem+JSON; charset=utf-8",
        "text/html; charset=utf-8",
        "text/plain",
        "",
        "\u{0}\u{1b}[31m",
    ];
    rng.pick(&types).to_string()
}

fn retry_after(rng: &mut Rng, now_ms: i64) -> String {
    let at = now_ms + rng.range(-200_000_000_000, 200_000_000_000) * [1, 1_000, 1][rng.below(3)] / 1000;
    match rng.below(8) {
        0 | 1 => rng.range(0, 7_200).to_string(),
        2 => format!("{}", rng.next()),
        3 => http_date(at, 0),
        4 => http_date(at, 1),
        5 => http_date(at, 2),
        6 => format!(" {} ", rng.range(-5, 99)),
        _ => text(rng, 30),
    }
}

const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
const LONG_DAYS: [&str; 7] = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `ms` as an HTTP-date: IMF-fixdate, RFC 850 or asctime.
fn http_date(ms: i64, form: usize) -> String {
    let (y, mo, d, h, mi, s, _) = civil(ms);
    let weekday = ms.div_euclid(86_400_000).rem_euclid(7) as usize;
    let month = MONTHS[mo - 1];
    match form {
        0 => format!("{}, {d:02} {month} {y:04} {h:02}:{mi:02}:{s:02} GMT", DAYS[weekday]),
        1 => format!("{}, {d:02}-{month}-{:02} {h:02}:{mi:02}:{s:02} GMT", LONG_DAYS[weekday], y.rem_euclid(100)),
        _ => format!("{} {month} {d:>2} {h:02}:{mi:02}:{s:02} {y:04}", DAYS[weekday]),
    }
}

/// `ms` as RFC 3339 UTC with milliseconds (the `now` every runner reads).
fn rfc3339(ms: i64) -> String {
    let (y, mo, d, h, mi, s, milli) = civil(ms);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{milli:03}Z")
}

/// (year, month, day, hour, minute, second, millisecond) of an instant.
fn civil(ms: i64) -> (i64, usize, u32, i64, i64, i64, i64) {
    let (y, m, d) = authos_errors::readers::civil_from_days(ms.div_euclid(86_400_000));
    let in_day = ms.rem_euclid(86_400_000);
    (y, m as usize, d, in_day / 3_600_000, in_day / 60_000 % 60, in_day / 1000 % 60, in_day % 1000)
}

fn request_id(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => format!("req_{:016x}", rng.next()),
        1 => String::new(),
        2 => "r".repeat(rng.range(120, 140) as usize),
        3 => format!("id\u{1b}[31m-{}\u{202e}", rng.below(100)),
        4 => "  ".to_owned(),
        _ => text(rng, 40),
    }
}

fn traceparent(rng: &mut Rng) -> String {
    let valid = format!("00-{:016x}{:016x}-{:016x}-01", rng.next(), rng.next(), rng.next() | 1);
    match rng.below(6) {
        0..=2 => valid,
        3 => valid.to_uppercase(),
        4 => format!("ff{}", &valid[2..]),
        _ => format!("{valid}-{}", text(rng, 4)),
    }
}

fn body(rng: &mut Rng, now_ms: i64) -> String {
    let message = server_text(rng);
    let stamp = timestamp(rng, now_ms);
    match rng.below(12) {
        0..=3 => {
            let code = code(rng);
            let mut members = vec![("error", json!(message)), ("error_code", json!(code)), ("timestamp", json!(stamp))];
            if rng.chance(20) {
                members.push(("extra", json!({"nested": [1, 2.5e3, null, true, {"deep": "x"}]})));
            }
            if rng.chance(10) {
                members.swap(0, 1);
            }
            object(&members)
        }
        4 => {
            let token = rng.pick(&[
                "invalid_grant",
                "slow_down",
                "authorization_pending",
                "access_denied",
                "expired_token",
                "invalid_client",
                "unsupported_grant_type",
                "invalid_request",
                "server_error",
                "temporarily_unavailable",
                "some_new_token",
            ]);
            object(&[
                ("error", json!(token)),
                ("error_description", json!(message)),
                ("error_uri", json!("https://example.com/e")),
            ])
        }
        5 => object(&[
            ("type", json!("https://example.com/probs/out-of-credit")),
            ("title", json!(message)),
            ("status", json!(403)),
            ("detail", json!(server_text(rng))),
            ("code", json!(code(rng))),
        ]),
        6 => format!(
            "<html><head><title>{0}</title></head><body><h1>{0}</h1><hr><center>nginx</center></body></html>",
            rng.pick(&[
                "502 Bad Gateway",
                "503 Service Temporarily Unavailable",
                "504 Gateway Time-out",
                "403 Forbidden"
            ])
        ),
        7 => String::new(),
        8 => {
            // JSON that RFC 8259 refuses somewhere, often in a member nobody reads.
            let bad =
                rng.pick(&[r#""\q""#, r#""\ud800""#, r#""\udc00x""#, "01", "1.", "[1,]", "NaN", "'x'", "\"a\u{1}b\""]);
            format!(r#"{{"error_code":"{}","x":{bad},"error":"{}"}}"#, code(rng), message.replace(['"', '\\'], ""))
        }
        9 => {
            let full = object(&[("error", json!(message)), ("error_code", json!(code(rng)))]);
            let mut cut = rng.below(full.len() + 1);
            while !full.is_char_boundary(cut) {
                cut -= 1;
            }
            full[..cut].to_owned()
        }
        10 => format!(r#"{{"error":"{}","error_code":"{}"}}"#, escaped(rng, &message), code(rng)),
        _ => text(rng, 200),
    }
}

/// A JSON object with its members in the given order, possibly with odd spacing.
fn object(members: &[(&str, Value)]) -> String {
    let parts: Vec<String> = members.iter().map(|(k, v)| format!("{}:{v}", json!(k))).collect();
    format!("{{{}}}", parts.join(","))
}

/// A JSON string body for `text` with every character escaped (surrogate pairs
/// for astral ones; now and then a lone surrogate).
fn escaped(rng: &mut Rng, text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let mut units = [0u16; 2];
        for unit in c.encode_utf16(&mut units) {
            out.push_str(&format!("\\u{unit:04x}"));
        }
    }
    if rng.chance(30) {
        let lone: &&str = rng.pick(&["\\ud83d", "\\ude00", "\\ud83d\\u0041"]);
        out.push_str(lone);
    }
    out
}

fn code(rng: &mut Rng) -> String {
    match rng.below(10) {
        0..=5 => rng.pick(authos_errors::KnownCode::ALL).as_str().to_owned(),
        6 => "BRAND_NEW_CODE".to_owned(),
        7 => rng.pick(&["slow_down", "token_expired", "invalid_grant", ""]).to_string(),
        8 => "<b>NOT A CODE</b>".to_owned(),
        _ => text(rng, 70),
    }
}

fn timestamp(rng: &mut Rng, now_ms: i64) -> String {
    let at = now_ms - rng.range(-100_000, 10_000_000);
    let base = rfc3339(at);
    match rng.below(8) {
        0..=2 => base,
        3 => base.replacen('T', " ", 1),
        4 => base.to_lowercase(),
        5 => base.replace(".", &format!(".{}", "9".repeat(rng.range(0, 30) as usize))).replacen(".Z", "Z", 1),
        6 => format!("{}+05:30", &base[..base.len() - 1]),
        _ => text(rng, 25),
    }
}

fn server_text(rng: &mut Rng) -> String {
    match rng.below(8) {
        0..=2 => rng
            .pick(&[
                "JWT has expired",
                "Too many requests",
                "Invalid email",
                "Not found",
                "Ошибка сервера",
                "認証に失敗しました",
            ])
            .to_string(),
        3 => "\u{1b}[31mError\u{1b}(B\u{1b}[m: bad \u{202e}thing\u{200b}".to_owned(),
        4 => "x".repeat(rng.range(500, 700) as usize),
        5 => format!("<script>alert({})</script>", rng.below(9)),
        _ => text(rng, 60),
    }
}

fn locale(rng: &mut Rng) -> String {
    let shipped: Vec<&str> = authos_errors::shipped_locales().collect();
    let tag = match rng.below(9) {
        0..=2 => rng.pick(&shipped).to_string(),
        3 => rng
            .pick(&[
                "de-AT",
                "zh-TW",
                "zh-HK",
                "zh-MO",
                "zh-CN",
                "zh-SG",
                "zh",
                "zh-Hant-TW",
                "zh-Latn",
                "pt",
                "pt-PT",
                "en-US",
                "es-419",
                "sr-Latn-RS",
                "nb",
                "x-klingon",
                "i-klingon",
                "en-GB-oed",
                "und",
            ])
            .to_string(),
        4 => rng
            .pick(&["en-US-u-mu-celsius", "ja-JP-u-ca-japanese-x-lvariant-JP", "de-DE-u-co-phonebk", "fr-CA-x-custom"])
            .to_string(),
        5 => rng.pick(&shipped).replace('-', "_").to_uppercase(),
        6 => format!("{}-", rng.pick(&shipped)),
        7 => format!(" {}", rng.pick(&shipped)),
        _ => text(rng, 12),
    };
    if rng.chance(10) {
        let mut bytes = tag.into_bytes();
        mutate(rng, &mut bytes);
        return String::from_utf8_lossy(&bytes).into_owned();
    }
    tag
}

/// Random text: ASCII mostly, with controls, non-ASCII and astral characters.
fn text(rng: &mut Rng, max: usize) -> String {
    let len = rng.below(max + 1);
    (0..len)
        .map(|_| match rng.below(10) {
            0..=5 => char::from(rng.range(0x20, 0x7e) as u8),
            6 => char::from(rng.range(0, 0x1f) as u8),
            7 => char::from_u32(rng.range(0x80, 0x2fff) as u32).unwrap_or('?'),
            8 => *rng.pick(&['\u{1b}', '\u{202e}', '\u{200b}', '\u{feff}', '\u{85}', '"', '\\']),
            _ => char::from_u32(rng.range(0x1f600, 0x1f64f) as u32).unwrap_or('?'),
        })
        .collect()
}

/// One byte replaced, removed or inserted (possibly breaking UTF-8).
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    let at = rng.below(bytes.len() + 1);
    let byte = *rng.pick(&[b'"', b'\\', b'{', b'}', b',', b':', 0x00, 0x1b, 0xff, 0xc3, 0xed, b'u', b'0']);
    match rng.below(3) {
        0 if at < bytes.len() => bytes[at] = byte,
        1 if at < bytes.len() => {
            bytes.remove(at);
        }
        _ => bytes.insert(at, byte),
    }
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_compare_after_canonical_form_and_differences_fail() {
        let dir = std::env::temp_dir().join(format!("authos-parity-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let corpus = json!([{"name": "a", "input": {"status": 429}}, {"name": "b", "input": {"status": 200}}]);
        std::fs::write(dir.join("corpus.json"), corpus.to_string()).unwrap();
        std::fs::write(dir.join("one.jsonl"), "{\"code\":\"X\",\"n\":1}\n{\"error\":\"not_an_error\"}\n").unwrap();
        std::fs::write(dir.join("two.jsonl"), "{\"n\": 1, \"code\": \"\\u0058\"}\n{\"error\":\"not_an_error\"}\n")
            .unwrap();
        assert_eq!(compare_in(&dir, &["one", "two"]).unwrap(), 0, "key order, spacing and escapes do not count");
        std::fs::write(dir.join("two.jsonl"), "{\"code\":\"Y\",\"n\":1}\n{\"error\":\"not_an_error\"}\n").unwrap();
        assert!(compare_in(&dir, &["one", "two"]).is_err(), "a different field is a difference");
        std::fs::write(dir.join("two.jsonl"), "{\"code\":\"X\",\"n\":1}\n").unwrap();
        assert!(compare_in(&dir, &["one", "two"]).is_err(), "a missing answer fails");
        assert!(compare_in(&dir, &["one", "three"]).is_err(), "a platform without answers fails");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_corpus_is_reproducible_from_its_seed() {
        let make = |seed| {
            let mut rng = Rng(seed);
            (0..50).map(|_| input(&mut rng)).collect::<Vec<_>>()
        };
        assert_eq!(make(3), make(3));
        assert_ne!(make(3), make(4));
        assert_eq!(base64(b"\xff\x00ab"), "/wBhYg==");
    }
}
