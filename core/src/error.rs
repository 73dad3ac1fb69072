//! The library's one error type.

use crate::decimal;
use serde::Serialize;
use std::fmt;

/// Everything that can go wrong, flat, so that every binding maps it one to one.
/// Its `Display` is the one message every platform shows for it; it serializes
/// as `{"kind": "NotAnError", "status": 204}` (the variant's name and fields).
///
/// Interpretation itself never fails on bad input: a body, header or locale that
/// cannot be read gives a derived answer, never an error. Only a response that is
/// not an error at all (1xx, 2xx, 3xx) is refused; every other status is read,
/// one outside 100–599 as a 5xx (docs/reading.md).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind")]
#[non_exhaustive]
pub enum Error {
    /// The status is 1xx, 2xx or 3xx: a success, an interim answer or a redirect,
    /// not an error to interpret. No code is invented for it.
    NotAnError {
        /// The status as received.
        status: u16,
    },
    /// A locale tag that is not BCP 47 (for `add_messages`).
    InvalidLocale {
        /// The tag as given (at most 64 characters of it).
        tag: String,
    },
    /// Bytes for `load_locale_data` that are not whole, valid locale data.
    InvalidLocaleData { reason: String },
    /// Fluent text for `add_messages` with errors: nothing was added.
    InvalidMessages {
        locale: String,
        /// Every problem found, each with its line where it has one.
        problems: Vec<String>,
    },
}

impl Error {
    /// The one message every platform shows for it, which is also its
    /// `Display`. Built by concatenation, not `format!`: the WebAssembly module
    /// calls this, and Rust's formatting machinery would add to its download.
    pub fn message(&self) -> String {
        match self {
            Error::NotAnError { status } => [
                "HTTP status ",
                &decimal::string(u64::from(*status)),
                " is not an error (1xx, 2xx and 3xx are not interpreted)",
            ]
            .concat(),
            Error::InvalidLocale { tag } => ["`", tag, "` is not a BCP 47 locale tag such as `de` or `pt-BR`"].concat(),
            Error::InvalidLocaleData { reason } => ["not valid locale data: ", reason].concat(),
            Error::InvalidMessages { locale, problems } => {
                ["the messages for `", locale, "` were not added: ", &problems.join("; ")].concat()
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}
