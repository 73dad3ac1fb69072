//! The core's types as plain JS objects, and back: field renaming and number
//! conversion only.

use authos_errors::{Action, Audience, Category, Field, GiveUpReason, PollStep, RetryDecision, RetryPolicy};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// `null` for `None`, plain objects for structs, numbers for integers.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    // Every record here holds only strings, booleans, enums and numbers within
    // 2^53, which serialize without error; a failure would still be a value.
    value.serialize(&serializer).unwrap_or_else(JsValue::from)
}

/// A JS number of milliseconds as the core's `u64`: NaN and negatives are 0.
pub fn ms(value: f64) -> u64 {
    if value.is_finite() && value > 0.0 {
        value as u64
    } else {
        0
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Interpretation<'a> {
    code: &'a str,
    known: bool,
    derived: bool,
    status: u16,
    category: Category,
    audience: Audience,
    action: Action,
    field: Option<Field>,
    retryable: bool,
    retry_after_ms: Option<f64>,
    server_message: Option<&'a str>,
    timestamp: Option<&'a str>,
    clock_skew_ms: Option<f64>,
    locale: &'a str,
    message: &'a str,
    mapped_from: Option<&'a str>,
}

impl<'a> From<&'a authos_errors::Interpretation> for Interpretation<'a> {
    fn from(i: &'a authos_errors::Interpretation) -> Self {
        Interpretation {
            code: &i.code,
            known: i.known,
            derived: i.derived,
            status: i.status,
            category: i.category,
            audience: i.audience,
            action: i.action,
            field: i.field,
            retryable: i.retryable,
            retry_after_ms: i.retry_after_ms.map(|v| v as f64),
            server_message: i.server_message.as_deref(),
            timestamp: i.timestamp.as_deref(),
            clock_skew_ms: i.clock_skew_ms.map(|v| v as f64),
            locale: &i.locale,
            message: &i.message,
            mapped_from: i.mapped_from,
        }
    }
}

/// An interpretation handed back by JavaScript (for the retry policy and the
/// poller), read leniently: what the decisions need must be there and valid.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Failure {
    code: String,
    status: u16,
    category: String,
    audience: String,
    action: String,
    retryable: bool,
    #[serde(default)]
    retry_after_ms: Option<f64>,
    #[serde(default)]
    mapped_from: Option<String>,
}

pub fn failure(value: JsValue) -> Result<authos_errors::Interpretation, JsValue> {
    let bad = |why: String| type_error(&format!("not an interpretation from this package: {why}"));
    let f: Failure = serde_wasm_bindgen::from_value(value).map_err(|e| bad(e.to_string()))?;
    let (Some(category), Some(audience), Some(action)) =
        (Category::parse(&f.category), Audience::parse(&f.audience), Action::parse(&f.action))
    else {
        return Err(bad(format!("category `{}`, audience `{}`, action `{}`", f.category, f.audience, f.action)));
    };
    let known_code = authos_errors::KnownCode::parse(&f.code);
    let mapped_from = f
        .mapped_from
        .as_deref()
        .and_then(|m| authos_errors::oauth_mapping().find(|(token, _)| *token == m).map(|(token, _)| token));
    Ok(authos_errors::Interpretation {
        known: known_code.is_some(),
        code: f.code.into(),
        derived: false,
        status: f.status,
        category,
        audience,
        action,
        field: None,
        retryable: f.retryable,
        retry_after_ms: f.retry_after_ms.filter(|v| v.is_finite() && *v >= 0.0).map(|v| v as u64),
        server_message: None,
        timestamp: None,
        clock_skew_ms: None,
        locale: "en".into(),
        message: "".into(),
        mapped_from,
        known_code,
    })
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Policy {
    base_delay_ms: f64,
    max_delay_ms: f64,
    max_attempts: u32,
    budget_ms: f64,
}

impl Policy {
    pub fn read(value: JsValue) -> Result<Policy, JsValue> {
        serde_wasm_bindgen::from_value(value).map_err(|e| type_error(&format!("not a retry policy: {e}")))
    }
}

impl From<Policy> for RetryPolicy {
    fn from(p: Policy) -> Self {
        RetryPolicy {
            base_delay_ms: ms(p.base_delay_ms),
            max_delay_ms: ms(p.max_delay_ms),
            max_attempts: p.max_attempts,
            budget_ms: ms(p.budget_ms),
        }
    }
}

impl From<RetryPolicy> for Policy {
    fn from(p: RetryPolicy) -> Self {
        Policy {
            base_delay_ms: p.base_delay_ms as f64,
            max_delay_ms: p.max_delay_ms as f64,
            max_attempts: p.max_attempts,
            budget_ms: p.budget_ms as f64,
        }
    }
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Decision {
    RetryAfter { delay_ms: f64 },
    GiveUp { reason: &'static str },
}

pub fn decision(d: RetryDecision) -> Decision {
    match d {
        RetryDecision::RetryAfter { delay_ms } => Decision::RetryAfter { delay_ms: delay_ms as f64 },
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
    Continue { interval_ms: f64 },
    SlowDown { interval_ms: f64 },
    Restart,
    Stop,
}

pub fn step(s: PollStep) -> Step {
    match s {
        PollStep::Continue { interval_ms } => Step::Continue { interval_ms: interval_ms as f64 },
        PollStep::SlowDown { interval_ms } => Step::SlowDown { interval_ms: interval_ms as f64 },
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

/// The core's error as `{ kind, message, ...fields }`; the package throws the
/// matching class.
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
    to_js(&Thrown { kind, message: e.to_string(), status, locale, problems })
}

fn type_error(message: &str) -> JsValue {
    #[derive(Serialize)]
    struct Thrown<'a> {
        kind: &'static str,
        message: &'a str,
    }
    to_js(&Thrown { kind: "TypeError", message })
}
