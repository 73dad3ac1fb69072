//! `interpret`: one HTTP error response in, one interpretation out
//! (docs/reading.md says every rule, and tests/vectors proves it).

use crate::body;
use crate::catalogue::{Entry, KnownCode};
use crate::error::Error;
use crate::messages::{self, StatusClass, Subject, Wait};
use crate::model::{Action, Audience, Category, Field};
use crate::oauth::OAuthError;
use crate::{request_id, retry_after, sanitize, timestamp};
use serde::Serialize;
use std::borrow::Cow;

/// What `interpret` reads: one HTTP error response (status, headers, body), the
/// user's preferred locales and the current instant. Everything is borrowed:
/// build one per response.
#[derive(Clone, Copy, Debug, Default)]
pub struct Request<'a> {
    /// The HTTP status received; `0` for no response at all (network failure,
    /// CORS, timeout).
    pub status: u16,
    /// Response headers as received; names are matched case-insensitively.
    pub headers: &'a [(&'a str, &'a str)],
    /// The raw body: any bytes, valid UTF-8 or not.
    pub body: &'a [u8],
    /// The user's preferred locales, best first (BCP 47, `_` accepted).
    pub locales: &'a [&'a str],
    /// Now, in milliseconds since the Unix epoch; `None` reads the system clock
    /// (where the platform has one: not on `wasm32-unknown-unknown`).
    pub now_ms: Option<i64>,
}

impl<'a> Request<'a> {
    /// A response with this status and nothing else.
    pub fn new(status: u16) -> Self {
        Request { status, ..Request::default() }
    }

    pub fn headers(self, headers: &'a [(&'a str, &'a str)]) -> Self {
        Request { headers, ..self }
    }

    pub fn body(self, body: &'a [u8]) -> Self {
        Request { body, ..self }
    }

    pub fn locales(self, locales: &'a [&'a str]) -> Self {
        Request { locales, ..self }
    }

    pub fn now_ms(self, now_ms: i64) -> Self {
        Request { now_ms: Some(now_ms), ..self }
    }
}

/// The headers interpretation reads: the first of each, by case-insensitive name.
#[derive(Default)]
struct Headers<'a> {
    content_type: Option<&'a str>,
    retry_after: Option<&'a str>,
    /// `x-request-id`, `request-id`, `x-correlation-id`, in that order.
    request_ids: [Option<&'a str>; 3],
    traceparent: Option<&'a str>,
}

impl<'a> Headers<'a> {
    fn read(all: &[(&str, &'a str)]) -> Self {
        let mut found = Headers::default();
        for (name, value) in all {
            let name = name.trim();
            let [x_request_id, request_id, x_correlation_id] = &mut found.request_ids;
            let slot = match name.len() {
                12 if name.eq_ignore_ascii_case("content-type") => &mut found.content_type,
                11 if name.eq_ignore_ascii_case("retry-after") => &mut found.retry_after,
                12 if name.eq_ignore_ascii_case("x-request-id") => x_request_id,
                10 if name.eq_ignore_ascii_case("request-id") => request_id,
                16 if name.eq_ignore_ascii_case("x-correlation-id") => x_correlation_id,
                11 if name.eq_ignore_ascii_case("traceparent") => &mut found.traceparent,
                _ => continue,
            };
            slot.get_or_insert(value);
        }
        found
    }
}

/// What an error response means, the same on every platform. Serializes with the
/// contract's (vector) field names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Interpretation {
    /// The AuthOS code: from the body (verbatim, even if unknown), else derived
    /// from the status.
    pub code: Cow<'static, str>,
    /// `code` is in the catalogue.
    pub known: bool,
    /// `code` was derived from the status or transport, not read from the body.
    pub derived: bool,
    /// The HTTP status as received.
    pub status: u16,
    pub category: Category,
    pub audience: Audience,
    pub action: Action,
    pub field: Option<Field>,
    /// Repeating the same request later can succeed with nothing else changed.
    pub retryable: bool,
    /// From `Retry-After`; `None` where absent or unreadable; never negative.
    pub retry_after_ms: Option<u64>,
    /// The body's own text, sanitized: for logs, never to be shown as markup.
    pub server_message: Option<String>,
    /// The body's `timestamp`, if valid RFC 3339.
    pub timestamp: Option<String>,
    /// `now` minus `timestamp`, in milliseconds.
    pub clock_skew_ms: Option<i64>,
    /// The shipped locale `message` is in.
    pub locale: Cow<'static, str>,
    /// The localized message for the person at the screen: never empty, never the
    /// server's text, never markup.
    pub message: Cow<'static, str>,
    /// The request's id for support: `x-request-id`, `request-id` or
    /// `x-correlation-id` (the first present), else a W3C `traceparent`'s
    /// trace-id; sanitized; `None` where absent, empty or over 128 characters.
    pub request_id: Option<String>,
    /// Beyond the contract: the OAuth error token the code was mapped from
    /// (`slow_down` → `DEVICE_CODE_PENDING`), else `None`. Serializes as the token.
    pub mapped_from: Option<OAuthError>,
    /// `code` as an enum, for exhaustive matching; `None` for an unknown code.
    #[serde(skip)]
    pub known_code: Option<KnownCode>,
}

/// Interprets one response. Total: any status, headers, bytes and locales give an
/// answer in time linear in the input; the only error is a status that is not an
/// error (1xx, 2xx, 3xx).
pub fn interpret(request: &Request<'_>) -> Result<Interpretation, Error> {
    let status = request.status;
    if (100..400).contains(&status) {
        return Err(Error::NotAnError { status });
    }
    let now_ms = request.now_ms.or_else(system_now_ms);
    if status == 0 {
        // No response: nothing else in the request came from a server.
        return Ok(interpret_network_error(request.locales));
    }
    let headers = Headers::read(request.headers);
    let media_type = headers.content_type.unwrap_or_default();
    let problem = media_type.trim_start().get(..24).is_some_and(|t| t.eq_ignore_ascii_case("application/problem+json"));
    let body = body::read(request.body, problem);
    let code = match body.code {
        Some(code) => match KnownCode::parse(&code) {
            Some(known) => Code::Known(known),
            None => Code::Unknown(code.into_owned()),
        },
        None => Code::Derived(derive(status)),
    };
    let stamp = body.timestamp.as_deref().and_then(|t| timestamp::parse_ms(t).map(|ms| (t, ms)));
    Ok(build(
        Reading {
            status,
            code,
            retry_after_ms: headers.retry_after.and_then(|v| retry_after::parse(v, now_ms)),
            server_message: body.text.as_deref().and_then(sanitize::server_text),
            timestamp: stamp.map(|(text, _)| text.to_owned()),
            clock_skew_ms: stamp.zip(now_ms).map(|((_, at), now)| now.saturating_sub(at)),
            mapped_from: body.mapped_from,
            request_id: request_id::read(headers.request_ids, headers.traceparent),
        },
        request.locales,
    ))
}

/// The interpretation of a request that got no response at all (network failure,
/// CORS, timeout): `NETWORK_ERROR`, as `interpret` gives for status 0. Total.
pub fn interpret_network_error(locales: &[&str]) -> Interpretation {
    build(Reading::nothing(0, Code::Derived(derive(0))), locales)
}

enum Code {
    Known(KnownCode),
    Derived(KnownCode),
    Unknown(String),
}

/// The code for a status with no usable code in the body: `derived_from` in
/// catalogue.toml. Only 1xx–3xx derive none, and `interpret` refuses those first.
fn derive(status: u16) -> KnownCode {
    KnownCode::for_status(status).unwrap_or(KnownCode::InternalServerError)
}

/// What was read from a response, before the catalogue and the messages give it
/// its meaning.
struct Reading {
    status: u16,
    code: Code,
    retry_after_ms: Option<u64>,
    server_message: Option<String>,
    timestamp: Option<String>,
    clock_skew_ms: Option<i64>,
    mapped_from: Option<OAuthError>,
    request_id: Option<String>,
}

impl Reading {
    /// A status and a code, and nothing else read.
    fn nothing(status: u16, code: Code) -> Reading {
        Reading {
            status,
            code,
            retry_after_ms: None,
            server_message: None,
            timestamp: None,
            clock_skew_ms: None,
            mapped_from: None,
            request_id: None,
        }
    }
}

fn build(reading: Reading, locales: &[&str]) -> Interpretation {
    let Reading { status, code, retry_after_ms, server_message, timestamp, clock_skew_ms, mapped_from, request_id } =
        reading;
    let wait = retry_after_ms.and_then(Wait::from_ms);
    let derived = matches!(code, Code::Derived(_));
    let (code, known_code, meaning, subject) = match code {
        Code::Known(k) | Code::Derived(k) => {
            (Cow::Borrowed(k.as_str()), Some(k), Meaning::of(k.entry()), Subject::Code(k))
        }
        Code::Unknown(c) => {
            let class = StatusClass::of(status);
            (Cow::Owned(c), None, Meaning::unknown(class), Subject::Unknown(class))
        }
    };
    let (locale, message) = messages::render(subject, &crate::locale::negotiate(locales), wait);
    Interpretation {
        code,
        known: known_code.is_some(),
        derived,
        status,
        category: meaning.category,
        audience: meaning.audience,
        action: meaning.action,
        field: meaning.field,
        retryable: meaning.retryable,
        retry_after_ms,
        server_message,
        timestamp,
        clock_skew_ms,
        locale,
        message,
        request_id,
        mapped_from,
        known_code,
    }
}

struct Meaning {
    category: Category,
    audience: Audience,
    action: Action,
    field: Option<Field>,
    retryable: bool,
}

impl Meaning {
    fn of(e: &Entry) -> Meaning {
        Meaning { category: e.category, audience: e.audience, action: e.action, field: e.field, retryable: e.retryable }
    }

    /// A code the catalogue lacks, read by its status class.
    fn unknown(class: StatusClass) -> Meaning {
        let (audience, action, retryable) = match class {
            StatusClass::Client => (Audience::Developer, Action::FixRequest, false),
            StatusClass::RateLimited => (Audience::User, Action::Retry, true),
            StatusClass::Server => (Audience::User, Action::Retry, true),
        };
        Meaning { category: Category::General, audience, action, field: None, retryable }
    }
}

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
fn system_now_ms() -> Option<i64> {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?;
    i64::try_from(since.as_millis()).ok()
}

/// `wasm32-unknown-unknown` has no clock in std: the wasm layer passes `now`.
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
fn system_now_ms() -> Option<i64> {
    None
}
