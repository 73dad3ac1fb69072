//! The one error type the bindings see (Kotlin: `AuthosException`, with
//! `NotAnException` for `NotAnError`; Swift and Python keep the names), and its
//! one conversion from the core's error.

use std::fmt;

/// An error of the library. Interpretation itself never fails on bad input:
/// only a status that is not an error is refused. Every variant carries
/// `detail`, the core's message for it: the same text on every platform.
#[derive(Debug, PartialEq, Eq, uniffi::Error)]
pub enum AuthosError {
    /// The status is 1xx, 2xx or 3xx: not an error to interpret.
    NotAnError { status: u16, detail: String },
    /// A locale tag that is not BCP 47.
    InvalidLocale { tag: String, detail: String },
    /// Bytes that are not whole, valid locale data.
    InvalidLocaleData { reason: String, detail: String },
    /// Fluent text with errors: nothing was added.
    InvalidMessages { locale: String, problems: Vec<String>, detail: String },
    /// An error of the core that this binding has no variant for yet: the core's
    /// error may grow, and nothing may be lost on the way.
    Other { detail: String },
}

impl From<authos_errors::Error> for AuthosError {
    fn from(e: authos_errors::Error) -> Self {
        let detail = e.to_string();
        match e {
            authos_errors::Error::NotAnError { status } => AuthosError::NotAnError { status, detail },
            authos_errors::Error::InvalidLocale { tag } => AuthosError::InvalidLocale { tag, detail },
            authos_errors::Error::InvalidLocaleData { reason } => AuthosError::InvalidLocaleData { reason, detail },
            authos_errors::Error::InvalidMessages { locale, problems } => {
                AuthosError::InvalidMessages { locale, problems, detail }
            }
            _ => AuthosError::Other { detail },
        }
    }
}

/// The core's message, as the conversion kept it.
impl fmt::Display for AuthosError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AuthosError::NotAnError { detail, .. }
            | AuthosError::InvalidLocale { detail, .. }
            | AuthosError::InvalidLocaleData { detail, .. }
            | AuthosError::InvalidMessages { detail, .. }
            | AuthosError::Other { detail } => f.write_str(detail),
        }
    }
}

impl std::error::Error for AuthosError {}
