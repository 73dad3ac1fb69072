//! The core's types as JSON text for JavaScript's `JSON.parse` (camelCase
//! fields, `null` for absent values), and plain JS objects read back: field
//! renaming and number conversion only.
//!
//! JSON, not objects built field by field: one string crosses the boundary
//! instead of one per field name and value, which made a call about 10× slower,
//! and serde_json is in the module already.

use authos_errors::{Action, Audience, Category, Field, GiveUpReason, PollStep, RetryDecision, RetryPolicy};
use serde::Serialize;
use wasm_bindgen::JsValue;

/// A record as JSON text. Every record here holds only strings, booleans, enums
/// and integers, which serialize without error; `null` if one ever did not.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

/// `text` cut into pieces of `lengths` UTF-16 units each (JavaScript's string
/// lengths). A lone surrogate arrives as U+FFFD, also one unit, so the counts
/// hold for any JS string; pieces past the end of `text` are empty.
pub fn cut<'a>(text: &'a str, lengths: &[u32]) -> Vec<&'a str> {
    let mut pieces = Vec::with_capacity(lengths.len());
    let mut rest = text;
    // Checked once: every piece of an ASCII text has as many bytes as units.
    let ascii = text.is_ascii();
    for &units in lengths {
        let end = if ascii {
            (units as usize).min(rest.len())
        } else {
            let mut counted = 0usize;
            rest.char_indices()
                .find_map(|(i, c)| {
                    let done = counted >= units as usize;
                    counted = counted.saturating_add(c.len_utf16());
                    done.then_some(i)
                })
                .unwrap_or(rest.len())
        };
        let (piece, after) = rest.split_at_checked(end).unwrap_or((rest, ""));
        pieces.push(piece);
        rest = after;
    }
    pieces
}

/// A JS number of milliseconds as the core's `u64`: NaN and negatives are 0.
pub fn ms(value: f64) -> u64 {
    if value.is_finite() && value > 0.0 {
        value as u64
    } else {
        0
    }
}

/// An interpretation in the package's compact form, which `fromWire` in
/// npm/src/index.js reads: numbers first, then the length of each text in
/// UTF-16 units (empty for `null`), `;`, and the texts back to back. Texts are
/// taken by length, never split on a character, so any server text is safe;
/// and it is ~10× cheaper to read than JSON, which was half the time of a call.
///
/// `known derived retryable status retryAfterMs clockSkewMs ; code category
/// audience action field serverMessage timestamp locale message mappedFrom`
pub fn wire(i: &authos_errors::Interpretation) -> String {
    let texts: [Option<&str>; 10] = [
        Some(&i.code),
        Some(i.category.as_str()),
        Some(i.audience.as_str()),
        Some(i.action.as_str()),
        i.field.map(|f| f.as_str()),
        i.server_message.as_deref(),
        i.timestamp.as_deref(),
        Some(&i.locale),
        Some(&i.message),
        i.mapped_from,
    ];
    let total: usize = texts.iter().flatten().map(|t| t.len()).sum();
    let mut out = String::with_capacity(total.saturating_add(64));
    let flag = |b: bool| if b { '1' } else { '0' };
    out.extend([flag(i.known), flag(i.derived), flag(i.retryable), ',']);
    push_number(&mut out, u64::from(i.status));
    out.push(',');
    if let Some(ms) = i.retry_after_ms {
        push_number(&mut out, ms);
    }
    out.push(',');
    if let Some(ms) = i.clock_skew_ms {
        if ms < 0 {
            out.push('-');
        }
        push_number(&mut out, ms.unsigned_abs());
    }
    for text in texts {
        out.push(',');
        if let Some(t) = text {
            let units = if t.is_ascii() { t.len() } else { t.chars().map(char::len_utf16).sum() };
            push_number(&mut out, units as u64);
        }
    }
    out.push(';');
    texts.iter().flatten().for_each(|t| out.push_str(t));
    out
}

/// Decimal digits without the formatting machinery (a third of `wire`'s time).
fn push_number(out: &mut String, n: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    let mut rest = n;
    for slot in digits.iter_mut().rev() {
        // rest % 10 < 10: the sum is an ASCII digit.
        *slot = b'0'.wrapping_add((rest % 10) as u8);
        start = start.saturating_sub(1);
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    digits.get(start..).unwrap_or_default().iter().for_each(|&d| out.push(char::from(d)));
}

/// A field of a plain object handed back by JavaScript, or a `TypeError`-kind
/// error naming it. Read by hand, not with serde: serde's errors format the
/// numbers they reject, which would pull float formatting into the module.
fn field(object: &JsValue, name: &str, what: &str) -> Result<JsValue, JsValue> {
    if !object.is_object() {
        return Err(type_error(&format!("not {what}: expected an object")));
    }
    js_sys::Reflect::get(object, &JsValue::from_str(name))
        .map_err(|_| type_error(&format!("not {what}: `{name}` could not be read")))
}

fn string(object: &JsValue, name: &str, what: &str) -> Result<String, JsValue> {
    field(object, name, what)?.as_string().ok_or_else(|| type_error(&format!("not {what}: `{name}` must be a string")))
}

fn number(object: &JsValue, name: &str, what: &str) -> Result<f64, JsValue> {
    field(object, name, what)?.as_f64().ok_or_else(|| type_error(&format!("not {what}: `{name}` must be a number")))
}

fn optional_number(object: &JsValue, name: &str, what: &str) -> Result<Option<f64>, JsValue> {
    let value = field(object, name, what)?;
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    value.as_f64().map(Some).ok_or_else(|| type_error(&format!("not {what}: `{name}` must be a number or null")))
}

/// An interpretation handed back by JavaScript (for the retry policy and the
/// poller), read leniently: what the decisions need must be there and valid.
pub fn failure(value: JsValue) -> Result<authos_errors::Interpretation, JsValue> {
    const WHAT: &str = "an interpretation from this package";
    let bad = |why: String| type_error(&format!("not {WHAT}: {why}"));
    let code = string(&value, "code", WHAT)?;
    let status = number(&value, "status", WHAT)?;
    let status = u16::try_from(ms(status)).ok().filter(|s| f64::from(*s) == status);
    let status = status.ok_or_else(|| bad("`status` must be an integer from 0 to 65535".into()))?;
    let retryable =
        field(&value, "retryable", WHAT)?.as_bool().ok_or_else(|| bad("`retryable` must be a boolean".into()))?;
    let (category, audience, action) =
        (string(&value, "category", WHAT)?, string(&value, "audience", WHAT)?, string(&value, "action", WHAT)?);
    let (Some(category), Some(audience), Some(action)) =
        (Category::parse(&category), Audience::parse(&audience), Action::parse(&action))
    else {
        return Err(bad(format!("category `{category}`, audience `{audience}`, action `{action}`")));
    };
    let retry_after_ms = optional_number(&value, "retryAfterMs", WHAT)?;
    let known_code = authos_errors::KnownCode::parse(&code);
    let mapped_from = field(&value, "mappedFrom", WHAT)?.as_string();
    let mapped_from = mapped_from
        .as_deref()
        .and_then(|m| authos_errors::oauth_mapping().find(|(token, _)| *token == m).map(|(token, _)| token));
    Ok(authos_errors::Interpretation {
        known: known_code.is_some(),
        code: code.into(),
        derived: false,
        status,
        category,
        audience,
        action,
        field: None,
        retryable,
        retry_after_ms: retry_after_ms.filter(|v| v.is_finite() && *v >= 0.0).map(|v| v as u64),
        server_message: None,
        timestamp: None,
        clock_skew_ms: None,
        locale: "en".into(),
        message: "".into(),
        mapped_from,
        known_code,
    })
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Policy {
    base_delay_ms: u64,
    max_delay_ms: u64,
    max_attempts: u32,
    budget_ms: u64,
}

/// A retry policy handed back by JavaScript (a plain object with the fields of `Policy`).
pub fn read_policy(value: JsValue) -> Result<RetryPolicy, JsValue> {
    const WHAT: &str = "a retry policy";
    let max_attempts = number(&value, "maxAttempts", WHAT)?;
    let max_attempts = u32::try_from(ms(max_attempts))
        .map_err(|_| type_error("not a retry policy: `maxAttempts` must be below 2^32"))?;
    Ok(RetryPolicy {
        base_delay_ms: ms(number(&value, "baseDelayMs", WHAT)?),
        max_delay_ms: ms(number(&value, "maxDelayMs", WHAT)?),
        max_attempts,
        budget_ms: ms(number(&value, "budgetMs", WHAT)?),
    })
}

impl From<RetryPolicy> for Policy {
    fn from(p: RetryPolicy) -> Self {
        Policy {
            base_delay_ms: p.base_delay_ms,
            max_delay_ms: p.max_delay_ms,
            max_attempts: p.max_attempts,
            budget_ms: p.budget_ms,
        }
    }
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Decision {
    RetryAfter { delay_ms: u64 },
    GiveUp { reason: &'static str },
}

pub fn decision(d: RetryDecision) -> Decision {
    match d {
        RetryDecision::RetryAfter { delay_ms } => Decision::RetryAfter { delay_ms },
        RetryDecision::GiveUp { reason } => Decision::GiveUp {
            reason: match reason {
                GiveUpReason::NotRetryable => "not_retryable",
                GiveUpReason::AttemptsExhausted => "attempts_exhausted",
                GiveUpReason::BudgetExhausted => "budget_exhausted",
            },
        },
    }
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Step {
    Continue { interval_ms: u64 },
    SlowDown { interval_ms: u64 },
    Restart,
    Stop,
}

pub fn step(s: PollStep) -> Step {
    match s {
        PollStep::Continue { interval_ms } => Step::Continue { interval_ms },
        PollStep::SlowDown { interval_ms } => Step::SlowDown { interval_ms },
        PollStep::Restart => Step::Restart,
        PollStep::Stop => Step::Stop,
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    category: Category,
    description: &'static str,
    resolution: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    code: &'static str,
    status: u16,
    category: Category,
    description: &'static str,
    resolution: Option<&'static str>,
    also: Vec<Row>,
    audience: Audience,
    action: Action,
    field: Option<Field>,
    retryable: bool,
    library: bool,
    locale: String,
    message: String,
}

pub fn entry(e: &'static authos_errors::Entry, locales: &[&str]) -> Entry {
    let (locale, message) = authos_errors::message_for(e.code, locales, None);
    Entry {
        code: e.code.as_str(),
        status: e.status,
        category: e.category,
        description: e.description,
        resolution: e.resolution,
        also: e
            .also
            .iter()
            .map(|r| Row { category: r.category, description: r.description, resolution: r.resolution })
            .collect(),
        audience: e.audience,
        action: e.action,
        field: e.field,
        retryable: e.retryable,
        library: e.library,
        locale: locale.into_owned(),
        message: message.into_owned(),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Added {
    locale: String,
    messages: usize,
    new_locale: bool,
}

impl From<authos_errors::AddedMessages> for Added {
    fn from(a: authos_errors::AddedMessages) -> Self {
        Added { locale: a.locale, messages: a.messages, new_locale: a.new_locale }
    }
}

/// The core's error as JSON `{ kind, message, ...fields }`; the package throws
/// the matching class.
pub fn error(e: &authos_errors::Error) -> JsValue {
    #[derive(Serialize)]
    struct Thrown<'a> {
        kind: &'static str,
        message: String,
        status: Option<u16>,
        locale: Option<&'a str>,
        problems: Option<&'a [String]>,
    }
    let (kind, status, locale, problems) = match e {
        authos_errors::Error::NotAnError { status } => ("NotAnError", Some(*status), None, None),
        authos_errors::Error::InvalidLocale { .. } => ("InvalidLocale", None, None, None),
        authos_errors::Error::InvalidLocaleData { .. } => ("InvalidLocaleData", None, None, None),
        authos_errors::Error::InvalidMessages { locale, problems } => {
            ("InvalidMessages", None, Some(locale.as_str()), Some(problems.as_slice()))
        }
        _ => ("AuthosError", None, None, None),
    };
    JsValue::from_str(&to_json(&Thrown { kind, message: e.to_string(), status, locale, problems }))
}

fn type_error(message: &str) -> JsValue {
    thrown("TypeError", message)
}

/// An error of this module's own: JSON `{ kind, message }`.
pub fn thrown(kind: &'static str, message: &str) -> JsValue {
    #[derive(Serialize)]
    struct Thrown<'a> {
        kind: &'static str,
        message: &'a str,
    }
    JsValue::from_str(&to_json(&Thrown { kind, message }))
}

/// A raw response's parts: the body as where it starts in the input (JavaScript
/// slices its own bytes), so no copy of the body crosses.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Raw<'a> {
    status: u16,
    headers: &'a [(&'a str, &'a str)],
    body_start: usize,
}

impl<'a> Raw<'a> {
    pub fn new(input: &[u8], r: &'a authos_errors::RawResponse<'a>) -> Self {
        // The body is always the input's tail.
        Raw { status: r.status, headers: &r.headers, body_start: input.len().saturating_sub(r.body.len()) }
    }
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn cuts_by_utf16_units() {
        assert_eq!(cut("ab.cde", &[2, 1, 3]), ["ab", ".", "cde"]);
        assert_eq!(cut("😀é;x", &[2, 1, 1, 1]), ["😀", "é", ";", "x"]);
        assert_eq!(cut("\u{FFFD}a", &[1, 1]), ["\u{FFFD}", "a"], "a lone surrogate's stand-in is one unit");
    }

    #[test]
    fn numbers_are_plain_decimal() {
        for n in [0, 7, 10, 429, 30_000, u64::MAX] {
            let mut out = String::new();
            super::push_number(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn lengths_past_the_end_give_empty_pieces() {
        assert_eq!(cut("abc", &[5, 2]), ["abc", ""]);
        assert_eq!(cut("é", &[0, 7, 1]), ["", "é", ""]);
        assert!(cut("", &[]).is_empty());
    }
}
