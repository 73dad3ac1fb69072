//! `interpret` and its record.

use crate::error::AuthosError;
use crate::vocabulary::KnownCode;
use authos_errors::{Action, Audience, Category, Field, Request};

/// One response header.
#[derive(Clone, Debug, uniffi::Record)]
pub struct Header {
    pub name: String,
    pub value: String,
}

/// What an error response means: the contract's record.
#[derive(Clone, Debug, PartialEq, Eq, uniffi::Record)]
pub struct Interpretation {
    pub code: String,
    pub known: bool,
    pub derived: bool,
    pub status: u16,
    pub category: Category,
    pub audience: Audience,
    pub action: Action,
    pub field: Option<Field>,
    pub retryable: bool,
    pub retry_after_ms: Option<u64>,
    pub server_message: Option<String>,
    pub timestamp: Option<String>,
    pub clock_skew_ms: Option<i64>,
    pub locale: String,
    pub message: String,
    /// The request's id for support (`x-request-id`, `request-id`,
    /// `x-correlation-id`, else a W3C `traceparent`'s trace-id), sanitized.
    pub request_id: Option<String>,
    /// The OAuth error token the code was mapped from (`slow_down`), if any.
    pub mapped_from: Option<String>,
    /// `code` as an enum, for exhaustive matching; absent for unknown codes.
    pub known_code: Option<KnownCode>,
}

impl From<authos_errors::Interpretation> for Interpretation {
    fn from(i: authos_errors::Interpretation) -> Self {
        // Taken apart whole, so a field the core gains cannot be left behind here.
        let authos_errors::Interpretation {
            code,
            known,
            derived,
            status,
            category,
            audience,
            action,
            field,
            retryable,
            retry_after_ms,
            server_message,
            timestamp,
            clock_skew_ms,
            locale,
            message,
            request_id,
            mapped_from,
            known_code,
        } = i;
        Interpretation {
            code: code.into_owned(),
            known,
            derived,
            status,
            category,
            audience,
            action,
            field,
            retryable,
            retry_after_ms,
            server_message,
            timestamp,
            clock_skew_ms,
            locale: locale.into_owned(),
            message: message.into_owned(),
            request_id,
            mapped_from: mapped_from.map(|t| t.as_str().to_owned()),
            known_code: known_code.and_then(KnownCode::from_core),
        }
    }
}

impl Interpretation {
    /// What the retry policy and the device-flow poller decide on.
    pub(crate) fn facts(&self) -> authos_errors::Failure {
        authos_errors::Failure {
            action: self.action,
            retryable: self.retryable,
            retry_after_ms: self.retry_after_ms,
            mapped_from: self.mapped_from.as_deref().and_then(authos_errors::OAuthError::parse),
        }
    }
}

/// Interprets one HTTP error response. `status` 0 means no response at all;
/// `now_ms` (milliseconds since the Unix epoch) defaults to the system clock.
/// Throws only `NotAnError`, for a 1xx–3xx status.
#[uniffi::export(default(locales = [], now_ms = None))]
pub fn interpret(
    status: u16,
    headers: Vec<Header>,
    body: Vec<u8>,
    locales: Vec<String>,
    now_ms: Option<i64>,
) -> Result<Interpretation, AuthosError> {
    let headers: Vec<(&str, &str)> = headers.iter().map(|h| (h.name.as_str(), h.value.as_str())).collect();
    let locales: Vec<&str> = locales.iter().map(String::as_str).collect();
    let request = Request { status, headers: &headers, body: &body, locales: &locales, now_ms };
    Ok(authos_errors::interpret(&request)?.into())
}

/// The interpretation of a request that got no response at all (network failure,
/// timeout): `NETWORK_ERROR`.
#[uniffi::export(default(locales = []))]
pub fn interpret_network_error(locales: Vec<String>) -> Interpretation {
    let locales: Vec<&str> = locales.iter().map(String::as_str).collect();
    authos_errors::interpret_network_error(&locales).into()
}

/// One HTTP error response, with the locales and the clock to read it with.
/// `interpret_error_response` takes it in one buffer where `interpret` takes
/// four, which through JNA is about half the cost of a call (each buffer is an
/// allocation across the boundary); the platforms' response adapters use it.
#[derive(Clone, Debug, uniffi::Record)]
pub struct ErrorResponse {
    /// The HTTP status received; `0` for no response at all.
    pub status: u16,
    #[uniffi(default = [])]
    pub headers: Vec<Header>,
    pub body: Vec<u8>,
    /// The user's preferred locales, best first.
    #[uniffi(default = [])]
    pub locales: Vec<String>,
    /// Milliseconds since the Unix epoch; the system clock when absent.
    #[uniffi(default = None)]
    pub now_ms: Option<i64>,
}

/// `interpret`, for a response given as one record.
#[uniffi::export]
pub fn interpret_error_response(response: ErrorResponse) -> Result<Interpretation, AuthosError> {
    let ErrorResponse { status, headers, body, locales, now_ms } = response;
    interpret(status, headers, body, locales, now_ms)
}
