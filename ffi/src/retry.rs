//! The retry policy and the device-flow poller step: decisions, not loops.

use crate::interpretation::Interpretation;

/// How persistent to be; `retry_policy_default()` suits an interactive app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Record)]
pub struct RetryPolicy {
    pub base_delay_ms: u64,
    pub max_delay_ms: u64,
    pub max_attempts: u32,
    pub budget_ms: u64,
}

impl From<RetryPolicy> for authos_errors::RetryPolicy {
    fn from(p: RetryPolicy) -> Self {
        authos_errors::RetryPolicy {
            base_delay_ms: p.base_delay_ms,
            max_delay_ms: p.max_delay_ms,
            max_attempts: p.max_attempts,
            budget_ms: p.budget_ms,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum GiveUpReason {
    NotRetryable,
    AttemptsExhausted,
    BudgetExhausted,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum RetryDecision {
    RetryAfter { delay_ms: u64 },
    GiveUp { reason: GiveUpReason },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum PollStep {
    Continue { interval_ms: u64 },
    SlowDown { interval_ms: u64 },
    Restart,
    Stop,
}

/// 500 ms base, 30 s cap, 5 attempts, 2 minutes in all.
#[uniffi::export]
pub fn retry_policy_default() -> RetryPolicy {
    let p = authos_errors::RetryPolicy::default();
    RetryPolicy {
        base_delay_ms: p.base_delay_ms,
        max_delay_ms: p.max_delay_ms,
        max_attempts: p.max_attempts,
        budget_ms: p.budget_ms,
    }
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
    let core: authos_errors::RetryPolicy = policy.into();
    match core.decide(&failure.to_core(), attempt, elapsed_ms, random) {
        authos_errors::RetryDecision::RetryAfter { delay_ms } => RetryDecision::RetryAfter { delay_ms },
        authos_errors::RetryDecision::GiveUp { reason } => RetryDecision::GiveUp {
            reason: match reason {
                authos_errors::GiveUpReason::NotRetryable => GiveUpReason::NotRetryable,
                authos_errors::GiveUpReason::AttemptsExhausted => GiveUpReason::AttemptsExhausted,
                authos_errors::GiveUpReason::BudgetExhausted => GiveUpReason::BudgetExhausted,
            },
        },
    }
}

/// The device-flow poller's next step after a failed poll.
#[uniffi::export]
pub fn poll_step(interval_ms: u64, failure: &Interpretation) -> PollStep {
    match authos_errors::poll_step(interval_ms, &failure.to_core()) {
        authos_errors::PollStep::Continue { interval_ms } => PollStep::Continue { interval_ms },
        authos_errors::PollStep::SlowDown { interval_ms } => PollStep::SlowDown { interval_ms },
        authos_errors::PollStep::Restart => PollStep::Restart,
        authos_errors::PollStep::Stop => PollStep::Stop,
    }
}
