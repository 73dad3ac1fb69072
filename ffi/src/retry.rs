//! The retry policy and the device-flow poller step: decisions, not loops. The
//! core's types cross as they are (uniffi remote types).

use crate::interpretation::Interpretation;
use authos_errors::{GiveUpReason, PollStep, RetryDecision, RetryPolicy};

/// How persistent to be; `retry_policy_default()` suits an interactive app.
#[uniffi::remote(Record)]
pub struct RetryPolicy {
    /// The backoff before the second attempt; it doubles with every attempt.
    pub base_delay_ms: u64,
    /// The backoff never exceeds this (a server's `Retry-After` may).
    pub max_delay_ms: u64,
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// The total time from the first attempt to the start of the next one.
    pub budget_ms: u64,
}

/// Why the policy gave up.
#[uniffi::remote(Enum)]
pub enum GiveUpReason {
    /// Repeating the same request cannot help (see the interpretation's action).
    NotRetryable,
    /// The policy's attempts have been made.
    AttemptsExhausted,
    /// The wait would end past the policy's budget.
    BudgetExhausted,
}

/// What to do after a failed attempt.
#[uniffi::remote(Enum)]
pub enum RetryDecision {
    /// Wait this long, then repeat the request.
    RetryAfter { delay_ms: u64 },
    /// Do not repeat it.
    GiveUp { reason: GiveUpReason },
}

/// What the device-flow poller does after a failed poll.
#[uniffi::remote(Enum)]
pub enum PollStep {
    /// Not authorized yet: poll again after `interval_ms`.
    Continue { interval_ms: u64 },
    /// Poll less often: from now on every `interval_ms`.
    SlowDown { interval_ms: u64 },
    /// The device code is spent: start a new device flow.
    Restart,
    /// Polling cannot succeed: stop and report.
    Stop,
}

/// 500 ms base, 30 s cap, 5 attempts, 2 minutes in all.
#[uniffi::export]
pub fn retry_policy_default() -> RetryPolicy {
    RetryPolicy::default()
}

/// What to do after attempt `attempt` (1 for the first) failed with `failure`,
/// `elapsed_ms` after the first attempt started; `random` is uniform in [0, 1).
#[uniffi::export]
pub fn retry_decision(
    policy: RetryPolicy,
    failure: &Interpretation,
    attempt: u32,
    elapsed_ms: u64,
    random: f64,
) -> RetryDecision {
    policy.decide(failure.facts(), attempt, elapsed_ms, random)
}

/// The device-flow poller's next step after a failed poll.
#[uniffi::export]
pub fn poll_step(interval_ms: u64, failure: &Interpretation) -> PollStep {
    authos_errors::poll_step(interval_ms, failure.facts())
}
