//! What crosses besides the compact interpretation: the core's records as its
//! own JSON text (the package gives their names JavaScript's camelCase, one
//! rule for all), the core's errors as thrown JSON, and the plain objects
//! JavaScript hands back, read field by field.
//!
//! JSON, not objects built field by field: one string crosses the boundary
//! instead of one per field name and value, each crossing a call's main cost.

use authos_errors::{Action, Failure, OAuthError, RetryPolicy};
use serde::Serialize;
use wasm_bindgen::JsValue;

/// A record as JSON text. Every record here holds only strings, booleans, enums
/// and integers, which serialize without error; `null` if one ever did not.
pub fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

/// The core's error as thrown JSON: `{ message, kind, ...its fields }`, the
/// message being the core's `Display`; the package throws the class named by `kind`.
pub fn error(e: &authos_errors::Error) -> JsValue {
    // The error's own JSON object with `message` put first: what serde's
    // `flatten` would write, without the code it links into the module.
    let fields = to_json(e);
    let rest = fields.strip_prefix('{').unwrap_or("}");
    let comma = if rest.starts_with('}') { "" } else { "," };
    JsValue::from_str(&["{\"message\":", &to_json(&e.message()), comma, rest].concat())
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

fn type_error(message: &str) -> JsValue {
    thrown("TypeError", message)
}

/// A JS number of milliseconds as the core's `u64`: NaN and negatives are 0.
pub fn ms(value: f64) -> u64 {
    if value.is_finite() && value > 0.0 {
        value as u64
    } else {
        0
    }
}

// The plain objects JavaScript hands back (an interpretation, a retry policy)
// arrive as their fields: the package reads them (`fieldsOf` in api.js), each
// as its type or absent, and they are checked here, where the vocabulary is.
// Reading them here instead (Reflect, one crossing per field) cost module bytes.

const INTERPRETATION: &str = "an interpretation from this package";

/// What the retry policy and the poller decide on, from an interpretation's
/// fields (`action` "" and `retryable` absent when they were not a string and
/// a boolean; `retry_after_ms` NaN when it was neither a number nor null); a
/// `TypeError`-kind error for anything else.
pub fn failure(
    action: &str,
    retryable: Option<bool>,
    retry_after_ms: Option<f64>,
    mapped_from: &str,
) -> Result<Failure, JsValue> {
    let refuse = |what: &str| type_error(&["not ", INTERPRETATION, ": ", what].concat());
    let action = Action::parse(action).ok_or_else(|| refuse("`action` must be one of the actions"))?;
    let retryable = retryable.ok_or_else(|| refuse("`retryable` must be a boolean"))?;
    let retry_after_ms = match retry_after_ms {
        None => None,
        Some(ms) if ms.is_finite() && ms >= 0.0 => Some(ms as u64),
        Some(_) => return Err(refuse("`retryAfterMs` must be a number or null")),
    };
    Ok(Failure { action, retryable, retry_after_ms, mapped_from: OAuthError::parse(mapped_from) })
}

/// A retry policy from its fields in `defaultRetryPolicy()`'s order, each
/// absent when it was not a number.
pub fn policy(fields: [Option<f64>; 4]) -> Result<RetryPolicy, JsValue> {
    const NAMES: [&str; 4] = ["baseDelayMs", "maxDelayMs", "maxAttempts", "budgetMs"];
    let mut ms_of = [0u64; 4];
    for ((out, field), name) in ms_of.iter_mut().zip(fields).zip(NAMES) {
        *out = ms(field.ok_or_else(|| type_error(&["not a retry policy: `", name, "` must be a number"].concat()))?);
    }
    let [base_delay_ms, max_delay_ms, attempts, budget_ms] = ms_of;
    let max_attempts =
        u32::try_from(attempts).map_err(|_| type_error("not a retry policy: `maxAttempts` must be below 2^32"))?;
    Ok(RetryPolicy { base_delay_ms, max_delay_ms, max_attempts, budget_ms })
}

/// A raw response's parts: the body as where it starts in the input (JavaScript
/// slices its own bytes), so no copy of the body crosses.
#[cfg(feature = "full")]
#[derive(Serialize)]
pub struct Raw<'a> {
    status: u16,
    headers: &'a [(&'a str, &'a str)],
    body_start: usize,
}

#[cfg(feature = "full")]
impl<'a> Raw<'a> {
    pub fn new(input: &[u8], r: &'a authos_errors::RawResponse<'a>) -> Self {
        // The body is always the input's tail.
        Raw { status: r.status, headers: &r.headers, body_start: input.len().saturating_sub(r.body.len()) }
    }
}
