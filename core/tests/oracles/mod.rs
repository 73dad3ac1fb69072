//! The libraries the core's readers replaced, as oracles: each comparison says
//! whether the reader and the library agree on one input, or disagree only where
//! the library departs from the RFC (then the RFC decides, as documented in the
//! docs/reading.md). Shared by tests/rfc_grammars.rs and the
//! fuzz target `readers`.

#![allow(dead_code)] // each user needs a part

use authos_errors::readers;

/// Why a reader and its oracle may disagree on an input: the library's known
/// departures from the RFC. Anything else is a bug in one of them.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    Agree,
    /// The library departs from the RFC here (the reason); the reader follows it.
    LibraryDeparts(&'static str),
    Disagree(String),
}

/// RFC 3339 `date-time` against the `time` crate.
pub fn rfc3339(text: &str) -> Verdict {
    use time::format_description::well_known::Rfc3339;
    let mine = readers::rfc3339_ms(text);
    let theirs = time::OffsetDateTime::parse(text, &Rfc3339)
        .ok()
        .and_then(|t| i64::try_from(t.unix_timestamp_nanos().div_euclid(1_000_000)).ok());
    let separator = text.as_bytes().get(10).copied();
    let fraction_digits = text.get(20..).map_or(0, |f| f.bytes().take_while(u8::is_ascii_digit).count());
    match (mine, theirs) {
        (a, b) if a == b => Verdict::Agree,
        (None, Some(_)) if !matches!(separator, Some(b'T' | b't' | b' ')) => {
            Verdict::LibraryDeparts("time accepts any byte between date and time; RFC 3339 allows T, t or a space")
        }
        (Some(_), None) if text.as_bytes().get(19) == Some(&b'.') && fraction_digits > 9 => {
            Verdict::LibraryDeparts("time refuses more than 9 fraction digits; RFC 3339 allows any number")
        }
        (a, b) => Verdict::Disagree(format!("reader {a:?}, time {b:?}")),
    }
}

/// RFC 9110 HTTP-date against the `httpdate` crate.
pub fn http_date(text: &str, now_ms: i64) -> Verdict {
    let mine = readers::http_date_ms(text, now_ms);
    let theirs = httpdate::parse_http_date(text)
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .and_then(|d| i64::try_from(d.as_millis()).ok());
    let rfc850 = text.split_once(", ").is_some_and(|(day, _)| day.len() > 3);
    match (mine, theirs) {
        (a, b) if a == b => Verdict::Agree,
        (None, b) if text.trim() != text && readers::http_date_ms(text.trim(), now_ms) == b => Verdict::LibraryDeparts(
            "httpdate trims any whitespace; the core trims only the field's OWS (SP, HTAB) first",
        ),
        (None, Some(_)) if rfc850 && text.split_once(", ").and_then(|(_, r)| r.as_bytes().get(9)) != Some(&b' ') => {
            Verdict::LibraryDeparts("httpdate takes any byte before an RFC 850 time; the ABNF has SP")
        }
        (Some(ms), None) if ms < 0 => Verdict::LibraryDeparts("httpdate cannot read a date before 1970"),
        (Some(_), None) if text.contains(":60") => {
            Verdict::LibraryDeparts("httpdate refuses the leap second that time-of-day allows")
        }
        (Some(ms), None) if !weekday_matches(text, ms) => {
            Verdict::LibraryDeparts("httpdate checks the day name against the date; the RFC asks no recipient to")
        }
        (Some(a), Some(b)) if rfc850 && century_apart(a, b) => Verdict::LibraryDeparts(
            "httpdate reads two-digit years as 1970-2069; RFC 9110 looks at most 50 years ahead",
        ),
        (Some(ms), None) if rfc850 && year_of(ms) >= 2070 => {
            Verdict::LibraryDeparts("httpdate's 1970-2069 window misses this two-digit year")
        }
        (a, b) => Verdict::Disagree(format!("reader {a:?}, httpdate {b:?}")),
    }
}

fn year_of(ms: i64) -> i32 {
    time::OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000)).map_or(i32::MIN, |t| t.year())
}

/// The same instant but for a year 100 apart.
fn century_apart(a: i64, b: i64) -> bool {
    let Ok(t) = time::OffsetDateTime::from_unix_timestamp(b.div_euclid(1000)) else { return false };
    [-100, 100].iter().any(|delta| {
        t.replace_year(t.year() + delta).is_ok_and(|shifted| shifted.unix_timestamp() * 1000 + b.rem_euclid(1000) == a)
    })
}

/// The day name at the start of an HTTP-date names the weekday of `ms`.
fn weekday_matches(text: &str, ms: i64) -> bool {
    const NAMES: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]; // 1970-01-01 was a Thursday
    let index = usize::try_from(ms.div_euclid(86_400_000).rem_euclid(7)).unwrap_or(0);
    text.starts_with(NAMES[index])
}

/// RFC 5646 well-formedness against the `language-tags` crate (`_` read as `-`
/// first, as the contract says).
pub fn language_tag(raw: &str) -> Verdict {
    let mine = readers::language_tag(raw).is_some();
    let dashed = raw.replace('_', "-");
    match (mine, language_tags::LanguageTag::parse(&dashed)) {
        (true, Ok(_)) | (false, Err(_)) => Verdict::Agree,
        (true, Err(e)) if e.to_string().contains("duplicate") || e.to_string().contains("Duplicate") => {
            Verdict::LibraryDeparts("language-tags refuses duplicate variants and extensions: valid, not well-formed")
        }
        (false, Ok(_)) if lax_private_use(&dashed) => {
            Verdict::LibraryDeparts("language-tags accepts private-use subtags that are empty or over 8 characters")
        }
        (mine, theirs) => Verdict::Disagree(format!("reader well-formed: {mine}, language-tags {theirs:?}")),
    }
}

/// A private-use part with a subtag outside `1*8alphanum` (empty or too long).
fn lax_private_use(tag: &str) -> bool {
    let mut subtags = tag.split('-').skip_while(|s| !s.eq_ignore_ascii_case("x"));
    subtags.next().is_some() && subtags.any(|s| s.is_empty() || s.len() > 8)
}

/// RFC 8259 JSON against serde_json: the same verdict on validity, and for an
/// object the same string members (the last of each name, as `JSON.parse`).
pub fn json(text: &str) -> Verdict {
    let mine = readers::json_object(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (mine, theirs) {
        (None, Ok(v)) if !v.is_object() => Verdict::Agree,
        (None, Err(_)) => Verdict::Agree,
        (Some(members), Ok(serde_json::Value::Object(map))) => {
            let mut last = std::collections::BTreeMap::new();
            for (name, value) in members {
                last.insert(name, value);
            }
            let theirs: std::collections::BTreeMap<String, Option<String>> =
                map.into_iter().map(|(k, v)| (k, v.as_str().map(str::to_owned))).collect();
            if last == theirs {
                Verdict::Agree
            } else {
                Verdict::Disagree(format!("reader {last:?}, serde_json {theirs:?}"))
            }
        }
        (Some(_), Err(e)) if e.to_string().contains("number out of range") => {
            Verdict::LibraryDeparts("serde_json refuses numbers beyond f64; RFC 8259's grammar has no range")
        }
        (Some(_), Err(e)) if e.to_string().contains("recursion limit") => {
            Verdict::LibraryDeparts("serde_json stops at 128 levels; RFC 8259 sets no limit and this reader needs none")
        }
        (mine, theirs) => Verdict::Disagree(format!("reader {mine:?}, serde_json {theirs:?}")),
    }
}
