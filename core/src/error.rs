//! The library's one error type.

use std::fmt;

/// Everything that can go wrong, flat, so that every binding maps it one to one.
///
/// Interpretation itself never fails on bad input: a body, header or locale that
/// cannot be read gives a derived answer, never an error. Only a response that is
/// not an error at all is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The status is 1xx, 2xx or 3xx: a success, an interim answer or a redirect,
    /// not an error to interpret. No code is invented for it.
    NotAnError {
        /// The status as received.
        status: u16,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotAnError { status } => {
                write!(f, "HTTP status {status} is not an error (only 4xx, 5xx and 0 for no response are interpreted)")
            }
        }
    }
}

impl std::error::Error for Error {}
