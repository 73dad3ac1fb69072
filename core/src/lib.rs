//! Turns any AuthOS API error response into one interpretation: which code, who
//! can act, what to do next, whether and when to retry, and a localized message
//! that is safe to show. The same core serves every platform (npm, Kotlin, Swift,
//! Python), so every platform answers identically.
//!
//! ```
//! use authos_errors::{interpret, Action, Request};
//!
//! let body = br#"{"error":"JWT has expired","error_code":"TOKEN_EXPIRED","timestamp":"2025-01-15T10:30:00Z"}"#;
//! let answer = interpret(&Request::new(401).body(body).locales(&["en-GB"])).unwrap();
//! assert_eq!(answer.code, "TOKEN_EXPIRED");
//! assert_eq!(answer.action, Action::RefreshToken);
//! assert_eq!(answer.message, "Your session has expired. Please sign in again.");
//! ```
//!
//! Every public function is total: bad input gets an answer (or, for a status that
//! is not an error, [`Error::NotAnError`]), never a panic.

// What could panic is refused at compile time in library code (tests may): no
// unwrap or expect, no panic, no indexing that can be out of bounds, and no
// arithmetic that can overflow (checked, saturating or wrapping on purpose).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

/// `None`, or `Some` of the one value given: for the tables the build writes.
macro_rules! optional {
    () => {
        None
    };
    ($value:expr) => {
        Some($value)
    };
}

mod body;
mod catalogue;
mod civil;
mod decimal;
mod device_flow;
mod error;
#[cfg(feature = "reference")]
mod explained;
mod failure;
mod http_date;
mod http_message;
mod interpret;
mod json;
mod language_tag;
mod locale;
mod messages;
mod model;
mod oauth;
mod request_id;
mod retry;
mod retry_after;
mod sanitize;
mod timestamp;

pub use body::MAX_BODY_BYTES;
#[cfg(feature = "reference")]
pub use catalogue::Row;
pub use catalogue::{entries, lookup, Entry, KnownCode};
pub use device_flow::{poll_step, PollStep, MAX_BACKOFF_INTERVAL_MS, SLOW_DOWN_INCREMENT_MS};
pub use error::Error;
#[cfg(feature = "reference")]
pub use explained::Explained;
pub use failure::Failure;
pub use http_message::{parse_raw_response, RawResponse, RawResponseError};
pub use interpret::{interpret, interpret_network_error, Interpretation, Request};
pub use locale::{best_shipped_locale, negotiate_tag};
#[cfg(feature = "overrides")]
pub use messages::add_messages;
#[cfg(feature = "all-locales")]
pub use messages::locale_data;
pub use messages::registry::AddedMessages;
pub use messages::{clear_added_messages, load_locale_data, message_for, shipped_locales};
pub use model::{Action, Audience, Category, Field};
pub use oauth::{mapping as oauth_mapping, OAuthError};
pub use request_id::MAX_REQUEST_ID_CHARS;
pub use retry::{GiveUpReason, RetryDecision, RetryPolicy};
pub use sanitize::MAX_SERVER_MESSAGE_CHARS;
pub use timestamp::parse_ms as parse_rfc3339_ms;

/// The one decimal writer, for the npm module's compact form (wasm/src/wire.rs);
/// not a stable API.
#[doc(hidden)]
pub use decimal::push as push_decimal;

/// The purpose-built readers of the grammars the core reads, each the RFC's
/// ABNF and nothing else. Public for the differential tests and fuzz targets
/// that compare them with the libraries they replaced (tests/rfc_grammars.rs);
/// not a stable API.
#[doc(hidden)]
pub mod readers {
    pub use crate::civil::civil_from_days;
    pub use crate::sanitize::server_text as sanitize;
    pub use crate::timestamp::parse_ms as rfc3339_ms;

    /// RFC 9110 HTTP-date in milliseconds since the epoch (two-digit years
    /// resolved against `now_ms`).
    pub fn http_date_ms(text: &str, now_ms: i64) -> Option<i64> {
        crate::http_date::parse_ms(text, now_ms)
    }

    /// A well-formed RFC 5646 tag's (language, script, region).
    pub fn language_tag(raw: &str) -> Option<(Option<&str>, Option<&str>, Option<&str>)> {
        crate::language_tag::parse(raw).map(|t| (t.language, t.script, t.region))
    }

    /// The members of a JSON text that is one object: names, and string values
    /// (`None` for a value of another type).
    pub fn json_object(text: &str) -> Option<Vec<(String, Option<String>)>> {
        let members = crate::json::object_members(text)?;
        Some(
            members
                .into_iter()
                .map(|(name, value)| {
                    let text = match value {
                        crate::json::Value::Text(t) => Some(t.into_owned()),
                        crate::json::Value::Other => None,
                    };
                    (name.into_owned(), text)
                })
                .collect(),
        )
    }
}

/// The README's examples (written for the default features), run as doc tests.
#[cfg(all(doctest, feature = "all-locales", feature = "overrides"))]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;

/// The crate's page on crates.io, and the Rust examples of the project's
/// docs, run as doc tests too.
#[cfg(all(doctest, feature = "all-locales"))]
#[doc = include_str!("../README.md")]
struct CratePage;

#[cfg(all(doctest, feature = "all-locales", feature = "overrides"))]
#[doc = include_str!("../../docs/rust.md")]
struct RustGuide;

#[cfg(all(doctest, feature = "all-locales", feature = "overrides"))]
#[doc = include_str!("../../docs/locales.md")]
struct LocalesGuide;
