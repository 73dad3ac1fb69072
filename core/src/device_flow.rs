//! One step of polling the token endpoint in the OAuth device flow (RFC 8628 §3.5).

use crate::failure::Failure;
use crate::model::Action;
use crate::oauth::OAuthError;
use serde::Serialize;

/// RFC 8628 §3.5: `slow_down` adds 5 seconds to the interval, for good.
pub const SLOW_DOWN_INCREMENT_MS: u64 = 5_000;
/// Backing off from transient failures doubles the interval up to this.
pub const MAX_BACKOFF_INTERVAL_MS: u64 = 300_000;

/// What the poller does after a failed poll.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PollStep {
    /// Not authorized yet: poll again after `interval_ms`.
    Continue { interval_ms: u64 },
    /// Poll less often: from now on every `interval_ms`.
    SlowDown { interval_ms: u64 },
    /// The device code is spent (expired or unknown): start a new device flow.
    Restart,
    /// Polling cannot succeed (denied, misconfigured, a bug): stop and report.
    Stop,
}

/// The next step, given the interval in use and how the last poll failed
/// (an `&Interpretation`, or its `Failure` facts).
pub fn poll_step(interval_ms: u64, failure: impl Into<Failure>) -> PollStep {
    let failure = failure.into();
    let floor = failure.retry_after_ms.unwrap_or(0);
    // Only `DEVICE_CODE_PENDING` (and the OAuth tokens read as it) says to keep polling.
    if failure.action == Action::ContinuePolling {
        if failure.mapped_from == Some(OAuthError::SlowDown) {
            let interval_ms = interval_ms.saturating_add(SLOW_DOWN_INCREMENT_MS).max(floor);
            return PollStep::SlowDown { interval_ms };
        }
        return PollStep::Continue { interval_ms: interval_ms.max(floor) };
    }
    match failure.action {
        Action::RestartFlow => PollStep::Restart,
        // Rate limits, outages, lost connections: back off exponentially (RFC 8628 §3.5).
        _ if failure.retryable => {
            let doubled = interval_ms.saturating_mul(2).min(MAX_BACKOFF_INTERVAL_MS).max(interval_ms);
            PollStep::SlowDown { interval_ms: doubled.max(floor) }
        }
        _ => PollStep::Stop,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{interpret, Request};

    fn poll(status: u16, body: &str, headers: &[(&str, &str)]) -> PollStep {
        let f = interpret(&Request::new(status).body(body.as_bytes()).headers(headers).now_ms(0));
        poll_step(5_000, &f.unwrap_or_else(|e| panic!("{e}")))
    }

    #[test]
    fn follows_rfc_8628() {
        assert_eq!(poll(400, r#"{"error":"authorization_pending"}"#, &[]), PollStep::Continue { interval_ms: 5_000 });
        assert_eq!(
            poll(400, r#"{"error_code":"DEVICE_CODE_PENDING"}"#, &[]),
            PollStep::Continue { interval_ms: 5_000 }
        );
        assert_eq!(poll(400, r#"{"error":"slow_down"}"#, &[]), PollStep::SlowDown { interval_ms: 10_000 });
        assert_eq!(poll(400, r#"{"error":"expired_token"}"#, &[]), PollStep::Restart);
        assert_eq!(poll(400, r#"{"error_code":"INVALID_DEVICE_CODE"}"#, &[]), PollStep::Restart);
        assert_eq!(poll(400, r#"{"error":"access_denied"}"#, &[]), PollStep::Stop);
        assert_eq!(poll(400, r#"{"error_code":"INVALID_GRANT_TYPE"}"#, &[]), PollStep::Stop);
        assert_eq!(poll(0, "", &[]), PollStep::SlowDown { interval_ms: 10_000 });
        assert_eq!(poll(429, "", &[("retry-after", "60")]), PollStep::SlowDown { interval_ms: 60_000 });
    }
}
