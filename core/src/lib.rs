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
mod device_flow;
mod error;
mod failure;
mod http_message;
mod interpret;
mod locale;
mod messages;
mod model;
mod oauth;
mod retry;
mod retry_after;
mod sanitize;
mod timestamp;

pub use body::MAX_BODY_BYTES;
pub use catalogue::{entries, lookup, Entry, Explained, KnownCode, Row};
pub use device_flow::{poll_step, PollStep, MAX_BACKOFF_INTERVAL_MS, SLOW_DOWN_INCREMENT_MS};
pub use error::Error;
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
pub use retry::{GiveUpReason, RetryDecision, RetryPolicy};
pub use sanitize::MAX_SERVER_MESSAGE_CHARS;
pub use timestamp::parse_ms as parse_rfc3339_ms;

/// The README's examples (written for the default features), run as doc tests.
#[cfg(all(doctest, feature = "all-locales", feature = "overrides"))]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;
