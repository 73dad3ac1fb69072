//! What crosses besides the compact interpretation: the core's records as its
//! own JSON text (the package gives their names JavaScript's camelCase, one
//! rule for all), the core's errors as thrown JSON, and the plain objects
//! JavaScript hands back, read field by field.
//!
//! JSON, not objects built field by field: one string crosses the boundary
//! instead of one per field name and value, which made a call about 10× slower,
//! and serde_json is in the module already.

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
    // `flatten` would write, without the code it links (1 KB of the module).
    let fields = to_json(e);
    let rest = fields.strip_prefix('{').unwrap_or("}");
    let comma = if rest.starts_with('}') { "" } else { "," };
    JsValue::from_str(&format!("{{\"message\":{}{comma}{rest}", to_json(&e.to_string())))
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

fn number(object: &JsValue, name: &str, what: &str) -> Result<f64, JsValue> {
    field(object, name, what)?.as_f64().ok_or_else(|| type_error(&format!("not {what}: `{name}` must be a number")))
}

/// What the retry policy and the poller decide on, read from an interpretation
/// this package returned; a `TypeError`-kind error for anything else.
pub fn failure(value: &JsValue) -> Result<Failure, JsValue> {
    const WHAT: &str = "an interpretation from this package";
    let action = field(value, "action", WHAT)?.as_string().as_deref().and_then(Action::parse);
    let action = action.ok_or_else(|| type_error(&format!("not {WHAT}: `action` must be one of the actions")))?;
    let retryable = field(value, "retryable", WHAT)?.as_bool();
    let retryable = retryable.ok_or_else(|| type_error(&format!("not {WHAT}: `retryable` must be a boolean")))?;
    let retry_after = field(value, "retryAfterMs", WHAT)?;
    let retry_after_ms = match retry_after.as_f64() {
        Some(ms) if ms.is_finite() && ms >= 0.0 => Some(ms as u64),
        _ if retry_after.is_null() || retry_after.is_undefined() => None,
        _ => return Err(type_error(&format!("not {WHAT}: `retryAfterMs` must be a number or null"))),
    };
    let mapped_from = field(value, "mappedFrom", WHAT)?.as_string().as_deref().and_then(OAuthError::parse);
    Ok(Failure { action, retryable, retry_after_ms, mapped_from })
}

/// A retry policy handed back by JavaScript (a plain object with the fields of
/// `defaultRetryPolicy()`).
pub fn policy(value: &JsValue) -> Result<RetryPolicy, JsValue> {
    const WHAT: &str = "a retry policy";
    let max_attempts = u32::try_from(ms(number(value, "maxAttempts", WHAT)?))
        .map_err(|_| type_error("not a retry policy: `maxAttempts` must be below 2^32"))?;
    Ok(RetryPolicy {
        base_delay_ms: ms(number(value, "baseDelayMs", WHAT)?),
        max_delay_ms: ms(number(value, "maxDelayMs", WHAT)?),
        max_attempts,
        budget_ms: ms(number(value, "budgetMs", WHAT)?),
    })
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
