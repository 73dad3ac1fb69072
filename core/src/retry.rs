//! When to repeat a failed request: exponential backoff with full jitter, capped,
//! with `Retry-After` as a floor and a budget of attempts and total waiting.
//! Randomness and time come from the caller, so every decision is reproducible.

use crate::failure::Failure;
use serde::Serialize;

/// How persistent to be. `Default` suits an interactive app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RetryPolicy {
    /// The backoff before the second attempt; it doubles with every attempt.
    pub base_delay_ms: u64,
    /// The backoff never exceeds this (a server's `Retry-After` may).
    pub max_delay_ms: u64,
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// The total time that may pass from the first attempt to the start of the
    /// next one; a retry that would start later is not made.
    pub budget_ms: u64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { base_delay_ms: 500, max_delay_ms: 30_000, max_attempts: 5, budget_ms: 120_000 }
    }
}

/// What to do after a failed attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RetryDecision {
    /// Wait this long, then repeat the request.
    RetryAfter { delay_ms: u64 },
    /// Do not repeat it.
    GiveUp { reason: GiveUpReason },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GiveUpReason {
    /// Repeating the same request cannot help (see `Interpretation::action`).
    NotRetryable,
    /// `max_attempts` have been made.
    AttemptsExhausted,
    /// The wait would end past `budget_ms`.
    BudgetExhausted,
}

impl RetryPolicy {
    /// The decision after attempt number `attempt` (1 for the first) failed with
    /// `failure` (an `&Interpretation`, or its `Failure` facts), `elapsed_ms`
    /// after the first attempt started. `random` is a uniform draw from [0, 1)
    /// (anything else is clamped into it).
    pub fn decide(&self, failure: impl Into<Failure>, attempt: u32, elapsed_ms: u64, random: f64) -> RetryDecision {
        let failure = failure.into();
        if !failure.retryable {
            return RetryDecision::GiveUp { reason: GiveUpReason::NotRetryable };
        }
        if attempt >= self.max_attempts {
            return RetryDecision::GiveUp { reason: GiveUpReason::AttemptsExhausted };
        }
        let delay = self.backoff_ms(attempt, random).max(failure.retry_after_ms.unwrap_or(0));
        if elapsed_ms.saturating_add(delay) > self.budget_ms {
            return RetryDecision::GiveUp { reason: GiveUpReason::BudgetExhausted };
        }
        RetryDecision::RetryAfter { delay_ms: delay }
    }

    /// Full jitter: uniform in [0, min(max, base × 2^(attempt−1))].
    fn backoff_ms(&self, attempt: u32, random: f64) -> u64 {
        let exponent = attempt.saturating_sub(1).min(63);
        let ceiling = self.base_delay_ms.saturating_mul(1u64 << exponent).min(self.max_delay_ms);
        let random = if random.is_finite() { random.clamp(0.0, 1.0) } else { 0.0 };
        // Exact for ceilings below 2^53 ms (285,000 years); `as` saturates beyond.
        (ceiling as f64 * random).floor() as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{interpret, Interpretation, Request};

    fn failure(status: u16, headers: &[(&str, &str)]) -> Interpretation {
        interpret(&Request::new(status).headers(headers).now_ms(0)).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn backs_off_exponentially_with_full_jitter_and_a_cap() {
        let p = RetryPolicy { base_delay_ms: 100, max_delay_ms: 1_000, max_attempts: 10, budget_ms: u64::MAX };
        let f = failure(503, &[]);
        let delay = |attempt, random| match p.decide(&f, attempt, 0, random) {
            RetryDecision::RetryAfter { delay_ms } => delay_ms,
            other => panic!("{other:?}"),
        };
        assert_eq!(delay(1, 0.5), 50);
        assert_eq!(delay(2, 0.5), 100);
        assert_eq!(delay(3, 0.999), 399);
        assert_eq!(delay(9, 1.0), 1_000, "capped");
        assert_eq!(delay(3, 0.0), 0);
        assert_eq!(delay(3, f64::NAN), 0);
        assert_eq!(delay(3, 7.0), 400);
    }

    #[test]
    fn retry_after_is_a_floor_and_the_budget_a_ceiling() {
        let p = RetryPolicy { base_delay_ms: 100, max_delay_ms: 1_000, max_attempts: 3, budget_ms: 60_000 };
        let f = failure(429, &[("Retry-After", "30")]);
        assert_eq!(p.decide(&f, 1, 0, 0.5), RetryDecision::RetryAfter { delay_ms: 30_000 });
        assert_eq!(p.decide(&f, 1, 40_000, 0.5), RetryDecision::GiveUp { reason: GiveUpReason::BudgetExhausted });
        assert_eq!(p.decide(&f, 3, 0, 0.5), RetryDecision::GiveUp { reason: GiveUpReason::AttemptsExhausted });
        let bad = failure(400, &[("Retry-After", "1")]);
        assert_eq!(p.decide(&bad, 1, 0, 0.5), RetryDecision::GiveUp { reason: GiveUpReason::NotRetryable });
    }
}
