//! The few facts of a failed attempt that the retry policy and the device-flow
//! poller decide on, so that a binding hands over these and not a whole
//! interpretation rebuilt from its own record.

use crate::interpret::Interpretation;
use crate::model::Action;
use crate::oauth::OAuthError;

/// What `RetryPolicy::decide` and `poll_step` read of a failed attempt. Made
/// from an `Interpretation` (`From<&Interpretation>`), or field by field by a
/// binding that holds an interpretation in its own record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Failure {
    /// What the client should do next (`continue_polling`, `restart_flow`, ...).
    pub action: Action,
    /// Repeating the same request later can succeed with nothing else changed.
    pub retryable: bool,
    /// The server's `Retry-After`: no retry starts sooner.
    pub retry_after_ms: Option<u64>,
    /// The OAuth error token the code was mapped from (`slow_down` slows polling).
    pub mapped_from: Option<OAuthError>,
}

impl From<&Interpretation> for Failure {
    fn from(i: &Interpretation) -> Self {
        Failure {
            action: i.action,
            retryable: i.retryable,
            retry_after_ms: i.retry_after_ms,
            mapped_from: i.mapped_from,
        }
    }
}
