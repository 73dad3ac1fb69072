//! The core's purpose-built readers against each RFC's ABNF and against the
//! libraries they replaced. Generators follow the ABNF: valid strings (built from
//! parts, so the expected value is known) and near-valid ones (one mutation
//! away), where the reader must agree with its oracle except where the library
//! departs from the RFC (tests/oracles). The fuzz target `readers` runs the same
//! comparisons on arbitrary bytes.

mod oracles;

use authos_errors::readers;
use oracles::Verdict;
use proptest::prelude::*;
use proptest::sample::select;

const NOW: i64 = 1_736_937_000_000; // 2025-01-15T10:30:00Z

fn utc_ms(year: i32, month: u8, day: u8, h: u8, m: u8, s: u8) -> i64 {
    let date = time::Date::from_calendar_date(year, time::Month::try_from(month).unwrap(), day).unwrap();
    let at = date.with_hms(h, m, s).unwrap().assume_utc();
    at.unix_timestamp() * 1000
}

fn days_in(year: i32, month: u8) -> u8 {
    time::util::days_in_month(time::Month::try_from(month).unwrap(), year)
}

/// A calendar date and time of day, valid.
fn any_instant() -> impl Strategy<Value = (i32, u8, u8, u8, u8, u8)> {
    (0i32..=9999, 1u8..=12, 1u8..=31, 0u8..=23, 0u8..=59, 0u8..=59)
        .prop_map(|(y, mo, d, h, mi, s)| (y, mo, d.min(days_in(y, mo)), h, mi, s))
}

/// One mutation of a text: a byte replaced, removed or inserted.
fn mutate(text: String, at: usize, with: char, how: u8) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let at = at % (chars.len() + 1);
    match how % 3 {
        0 if at < chars.len() => chars[at] = with,
        1 if at < chars.len() => {
            chars.remove(at);
        }
        _ => chars.insert(at, with),
    }
    chars.into_iter().collect()
}

fn near_char() -> impl Strategy<Value = char> {
    prop_oneof![
        select(vec!['T', 't', ' ', 'Z', 'z', '-', '+', ':', '.', '0', '9', '\u{1b}', '_', 'x', '\t', ',', 'é']),
        any::<char>()
    ]
}

/// RFC 3339 §5.6 `date-time`, with its value.
fn rfc3339() -> impl Strategy<Value = (String, i64)> {
    let offset = prop_oneof![
        select(vec!["Z", "z"]).prop_map(|z| (z.to_owned(), 0i64)),
        (select(vec!['+', '-']), 0u8..=23, 0u8..=59).prop_map(|(sign, h, m)| {
            let minutes = i64::from(h) * 60 + i64::from(m);
            (format!("{sign}{h:02}:{m:02}"), if sign == '-' { -minutes } else { minutes })
        })
    ];
    let fraction = prop_oneof![Just(String::new()), "[0-9]{1,40}".prop_map(|d| format!(".{d}"))];
    (any_instant(), select(vec!['T', 't', ' ']), fraction, offset).prop_map(
        |((y, mo, d, h, mi, s), sep, fraction, (offset, offset_minutes))| {
            let text = format!("{y:04}-{mo:02}-{d:02}{sep}{h:02}:{mi:02}:{s:02}{fraction}{offset}");
            let ms_digits: String = fraction.chars().skip(1).chain("000".chars()).take(3).collect();
            let ms = utc_ms(y, mo, d, h, mi, s) - offset_minutes * 60_000 + ms_digits.parse::<i64>().unwrap();
            (text, ms)
        },
    )
}

/// RFC 9110 §5.6.7 `HTTP-date` in its three forms, with its value against NOW.
fn http_date() -> impl Strategy<Value = (String, i64)> {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const LONG: [&str; 7] = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    (any_instant(), 0u8..3).prop_map(|((y, mo, d, h, mi, s), form)| {
        let mut ms = utc_ms(y, mo, d, h, mi, s);
        let weekday = usize::try_from(ms.div_euclid(86_400_000).rem_euclid(7)).unwrap();
        let month = MONTHS[usize::from(mo - 1)];
        let text = match form {
            0 => format!("{}, {d:02} {month} {y:04} {h:02}:{mi:02}:{s:02} GMT", DAYS[weekday]),
            1 => {
                // The year a two-digit year means against NOW (2025): up to 2075.
                let yy = y.rem_euclid(100);
                let full = if 2000 + yy > 2075 { 1900 + yy } else { 2000 + yy };
                ms = utc_ms(full, mo, d.min(days_in(full, mo)), h, mi, s);
                let weekday = usize::try_from(ms.div_euclid(86_400_000).rem_euclid(7)).unwrap();
                let d = d.min(days_in(full, mo));
                format!("{}, {d:02}-{month}-{yy:02} {h:02}:{mi:02}:{s:02} GMT", LONG[weekday])
            }
            _ => format!("{} {month} {d:>2} {h:02}:{mi:02}:{s:02} {y:04}", DAYS[weekday]),
        };
        (text, ms)
    })
}

fn alpha(n: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = String> {
    proptest::collection::vec(select(('a'..='z').chain('A'..='Z').collect::<Vec<_>>()), n)
        .prop_map(|v| v.into_iter().collect())
}

fn alphanum(n: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = String> {
    proptest::collection::vec(select(('a'..='z').chain('A'..='Z').chain('0'..='9').collect::<Vec<_>>()), n)
        .prop_map(|v| v.into_iter().collect())
}

/// RFC 5646 §2.1 `langtag`, with its language, script and region.
fn language_tag() -> impl Strategy<Value = (String, String, Option<String>, Option<String>)> {
    let language = prop_oneof![
        (alpha(2..=3), proptest::collection::vec(alpha(3..=3), 0..=3)).prop_map(|(l, ext)| {
            let mut subtags = vec![l.clone()];
            subtags.extend(ext);
            (l, subtags.join("-"))
        }),
        alpha(4..=4).prop_map(|l| (l.clone(), l)),
        alpha(5..=8).prop_map(|l| (l.clone(), l)),
    ];
    let script = proptest::option::of(alpha(4..=4));
    let region = proptest::option::of(prop_oneof![alpha(2..=2), "[0-9]{3}"]);
    let variant = prop_oneof![alphanum(5..=8), ("[0-9]", alphanum(3..=3)).prop_map(|(d, r)| d + &r)];
    let singleton = select(('0'..='9').chain('a'..='w').chain('y'..='z').chain('A'..='W').collect::<Vec<_>>());
    let extension = (singleton, proptest::collection::vec(alphanum(2..=8), 1..=3))
        .prop_map(|(s, subtags)| format!("{s}-{}", subtags.join("-")));
    let private = proptest::option::of(
        (select(vec!["x", "X"]), proptest::collection::vec(alphanum(1..=8), 1..=3))
            .prop_map(|(x, subtags)| format!("{x}-{}", subtags.join("-"))),
    );
    (
        language,
        script,
        region,
        proptest::collection::vec(variant, 0..=2),
        proptest::collection::vec(extension, 0..=2),
        private,
        select(vec!['-', '_']),
    )
        .prop_map(|((lang, lang_text), script, region, variants, extensions, private, sep)| {
            let mut parts = vec![lang_text];
            parts.extend(script.clone());
            parts.extend(region.clone());
            parts.extend(variants);
            parts.extend(extensions);
            parts.extend(private);
            (parts.join("-").replace('-', &sep.to_string()), lang, script, region)
        })
}

/// RFC 8259 values, serialized with the grammar's freedoms (whitespace, escapes
/// for any character, every number form), beside their model.
#[derive(Clone, Debug)]
enum Json {
    Text(String),
    Other(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

fn json_string(s: &str, escape_all: bool) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str(if escape_all { "\\u005C" } else { "\\\\" }),
            '/' if escape_all => out.push_str("\\/"),
            '\u{0}'..='\u{1f}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if escape_all => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04X}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn ws() -> impl Strategy<Value = String> {
    proptest::collection::vec(select(vec![' ', '\t', '\n', '\r']), 0..3).prop_map(|v| v.into_iter().collect())
}

fn json_value() -> impl Strategy<Value = Json> {
    let number = (
        any::<bool>(),
        prop_oneof![Just("0".to_owned()), "[1-9][0-9]{0,5}"],
        proptest::option::of("[0-9]{1,4}"),
        proptest::option::of(("[eE]", "[+-]?", "[0-9]{1,3}")),
    )
        .prop_map(|(neg, int, frac, exp)| {
            let mut n = format!("{}{int}", if neg { "-" } else { "" });
            if let Some(f) = frac {
                n += &format!(".{f}");
            }
            if let Some((e, s, d)) = exp {
                n += &format!("{e}{s}{d}");
            }
            Json::Other(n)
        });
    let leaf = prop_oneof![
        any::<String>().prop_map(Json::Text),
        "[a-z_ ]{0,12}".prop_map(Json::Text),
        select(vec!["true", "false", "null"]).prop_map(|l| Json::Other(l.to_owned())),
        number,
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
            proptest::collection::vec(("[a-z_]{1,12}", inner), 0..4).prop_map(Json::Object),
        ]
    })
}

fn render(value: &Json, escape_all: bool, pad: &str) -> String {
    match value {
        Json::Text(s) => json_string(s, escape_all),
        Json::Other(s) => s.clone(),
        Json::Array(items) => {
            let items: Vec<String> =
                items.iter().map(|i| format!("{pad}{}{pad}", render(i, escape_all, pad))).collect();
            format!("[{pad}{}]", items.join(","))
        }
        Json::Object(members) => {
            let members: Vec<String> = members
                .iter()
                .map(|(k, v)| {
                    format!("{pad}{}{pad}:{pad}{}{pad}", json_string(k, escape_all), render(v, escape_all, pad))
                })
                .collect();
            format!("{{{pad}{}}}", members.join(","))
        }
    }
}

fn json_object() -> impl Strategy<Value = (String, Vec<(String, Option<String>)>)> {
    (proptest::collection::vec(("[a-z_]{1,12}", json_value()), 0..6), any::<bool>(), ws()).prop_map(
        |(members, escape_all, pad)| {
            let text = format!("{pad}{}{pad}", render(&Json::Object(members.clone()), escape_all, &pad));
            let model =
                members.into_iter().map(|(k, v)| (k, if let Json::Text(t) = v { Some(t) } else { None })).collect();
            (text, model)
        },
    )
}

fn check(verdict: Verdict, input: &str) -> Result<(), TestCaseError> {
    match verdict {
        Verdict::Agree => Ok(()),
        Verdict::LibraryDeparts(why) => {
            DEPARTURES.with(|d| *d.0.borrow_mut().entry(why).or_default() += 1);
            Ok(())
        }
        Verdict::Disagree(why) => Err(TestCaseError::fail(format!("{input:?}: {why}"))),
    }
}

/// The documented departures one test met, by reason: written to standard error
/// (past the test harness's capture) when its thread ends, so every run shows
/// how often each library departed from its RFC.
struct Departures(std::cell::RefCell<std::collections::BTreeMap<&'static str, u64>>);

impl Drop for Departures {
    fn drop(&mut self) {
        use std::io::Write;
        let seen = self.0.borrow();
        let test = std::thread::current().name().unwrap_or("a test").to_owned();
        let total: u64 = seen.values().sum();
        let mut line = format!("rfc_grammars: {test}: {total} documented departure(s)");
        for (why, n) in seen.iter() {
            line.push_str(&format!("; {n} × {why}"));
        }
        let _ = writeln!(std::io::stderr(), "{line}");
    }
}

thread_local! {
    static DEPARTURES: Departures = Departures(Default::default());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn rfc3339_valid_strings_read_exactly((text, ms) in rfc3339()) {
        prop_assert_eq!(readers::rfc3339_ms(&text), Some(ms), "{:?}", text);
        check(oracles::rfc3339(&text), &text)?;
    }

    #[test]
    fn rfc3339_near_valid_strings_agree_with_time(
        (text, _) in rfc3339(), at in any::<usize>(), with in near_char(), how in any::<u8>()
    ) {
        let text = mutate(text, at, with, how);
        check(oracles::rfc3339(&text), &text)?;
    }

    #[test]
    fn http_dates_read_exactly((text, ms) in http_date()) {
        prop_assert_eq!(readers::http_date_ms(&text, NOW), Some(ms), "{:?}", text);
        check(oracles::http_date(&text, NOW), &text)?;
    }

    #[test]
    fn http_date_near_valid_strings_agree_with_httpdate(
        (text, _) in http_date(), at in any::<usize>(), with in near_char(), how in any::<u8>()
    ) {
        let text = mutate(text, at, with, how);
        check(oracles::http_date(&text, NOW), &text)?;
    }

    #[test]
    fn language_tags_read_exactly((text, language, script, region) in language_tag()) {
        let parts = readers::language_tag(&text);
        prop_assert_eq!(parts, Some((Some(language.as_str()), script.as_deref(), region.as_deref())), "{:?}", text);
        check(oracles::language_tag(&text), &text)?;
    }

    #[test]
    fn language_tag_near_valid_strings_agree_with_language_tags(
        (text, ..) in language_tag(), at in any::<usize>(), with in prop_oneof![select(vec!['-', '_', 'x', 'u', '1', 'a', ' ']), any::<char>()], how in any::<u8>()
    ) {
        let text = mutate(text, at, with, how);
        check(oracles::language_tag(&text), &text)?;
    }

    #[test]
    fn json_objects_read_exactly((text, model) in json_object()) {
        prop_assert_eq!(readers::json_object(&text), Some(model), "{:?}", text);
        check(oracles::json(&text), &text)?;
    }

    #[test]
    fn json_near_valid_texts_agree_with_serde_json(
        (text, _) in json_object(), at in any::<usize>(), with in prop_oneof![select(vec!['"', '\\', ',', ':', '{', '}', '[', ']', 'u', '0', 'e', '-', '.', ' ', '\u{1}']), any::<char>()], how in any::<u8>()
    ) {
        let text = mutate(text, at, with, how);
        check(oracles::json(&text), &text)?;
    }

    /// ECMA-48 / ISO 2022: text with escape and control sequences inserted reads
    /// as the text alone.
    #[test]
    fn escape_sequences_are_removed_whole(
        words in proptest::collection::vec("[a-zA-Z0-9]{1,8}", 1..6),
        sequences in proptest::collection::vec(escape_sequence(), 0..6),
    ) {
        let mut text = String::new();
        for (i, word) in words.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            text.push_str(word);
            if let Some(seq) = sequences.get(i) {
                text.push_str(seq);
            }
        }
        prop_assert_eq!(readers::sanitize(&text), Some(words.join(" ")), "{:?}", text);
    }

    #[test]
    fn sanitized_text_is_clean_capped_and_stable(raw in any::<String>()) {
        if let Some(clean) = readers::sanitize(&raw) {
            prop_assert!(clean.chars().count() <= 512);
            prop_assert!(!clean.chars().any(|c| c.is_control()), "{:?}", clean);
            prop_assert!(!clean.starts_with(' ') && !clean.ends_with(' '));
            prop_assert_eq!(readers::sanitize(&clean), Some(clean.clone()), "idempotent");
        }
    }
}

/// An escape sequence (ECMA-48 §5.3/§5.4, ISO 2022 §13) or a control string
/// that ends with ST or BEL.
fn escape_sequence() -> impl Strategy<Value = String> {
    let csi = ("[0-9;:<=>?]{0,6}", "[ -/]{0,2}", "[@-~]").prop_map(|(p, i, f)| format!("\u{1b}[{p}{i}{f}"));
    let nf = ("[ -/]{1,3}", "[0-~]").prop_map(|(i, f)| format!("\u{1b}{i}{f}"));
    // Fp, Fe and Fs finals, but for the five that open a control string or sequence.
    let finals: Vec<char> = ('\u{30}'..='\u{7e}').filter(|c| !"[]PX^_".contains(*c)).collect();
    let two = select(finals).prop_map(|f| format!("\u{1b}{f}"));
    let string = (select(vec![']', 'P', 'X', '^', '_']), "[ -~]{0,12}", select(vec!["\u{1b}\\", "\u{7}", "\u{9c}"]))
        .prop_filter("the body has no ST or BEL", |(_, body, _)| !body.contains('\u{1b}'))
        .prop_map(|(kind, body, end)| format!("\u{1b}{kind}{body}{end}"));
    prop_oneof![csi, nf, two, string]
}
