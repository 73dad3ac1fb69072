//! The one error type the bindings see (Kotlin: `AuthosException`, with
//! `NotAnException` for `NotAnError`; Swift and Python keep the names).

use std::fmt;

#[derive(Debug, PartialEq, Eq, uniffi::Error)]
pub enum AuthosError {
    /// The status is 1xx, 2xx or 3xx: not an error to interpret.
    NotAnError { status: u16 },
    /// A locale tag that is not BCP 47.
    InvalidLocale { tag: String },
    /// Bytes that are not whole, valid locale data.
    InvalidLocaleData { reason: String },
    /// Fluent text with errors: nothing was added.
    InvalidMessages { locale: String, problems: Vec<String> },
}

impl From<authos_errors::Error> for AuthosError {
    fn from(e: authos_errors::Error) -> Self {
        match e {
            authos_errors::Error::NotAnError { status } => AuthosError::NotAnError { status },
            authos_errors::Error::InvalidLocale { tag } => AuthosError::InvalidLocale { tag },
            authos_errors::Error::InvalidLocaleData { reason } => AuthosError::InvalidLocaleData { reason },
            authos_errors::Error::InvalidMessages { locale, problems } => {
                AuthosError::InvalidMessages { locale, problems }
            }
            // The core's error is non-exhaustive; a variant added there without a
            // binding here still reaches the caller, as text.
            other => AuthosError::InvalidMessages { locale: String::new(), problems: vec![other.to_string()] },
        }
    }
}

impl fmt::Display for AuthosError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AuthosError::NotAnError { status } => {
                write!(f, "HTTP status {status} is not an error (only 4xx, 5xx and 0 for no response are interpreted)")
            }
            AuthosError::InvalidLocale { tag } => write!(f, "`{tag}` is not a BCP 47 locale tag"),
            AuthosError::InvalidLocaleData { reason } => write!(f, "not valid locale data: {reason}"),
            AuthosError::InvalidMessages { locale, problems } => {
                write!(f, "the messages for `{locale}` were not added: {}", problems.join("; "))
            }
        }
    }
}

impl std::error::Error for AuthosError {}
