// Failures without a response, and retrying. A cancellation is never
// interpreted: it propagates (docs/bindings.md, "The same idioms on every
// platform"); a timeout is NETWORK_ERROR, with the original failure kept as the cause.
package dev.authos.errors

import java.util.concurrent.CancellationException
import kotlinx.coroutines.delay

/**
 * The interpretation of a request that failed without a usable response:
 * an [AuthosApiException]'s own, else `NETWORK_ERROR` (timeouts included);
 * `null` for a cancellation, which the caller rethrows.
 */
fun Throwable.interpretFailure(locales: List<String> = emptyList()): Interpretation? = when (this) {
    is AuthosApiException -> interpretation
    is CancellationException, is InterruptedException -> null
    else -> interpretNetworkError(locales)
}

/**
 * Runs [attempt] (numbered from 1) until it answers with a response that is
 * not an error, suspending between attempts as the retry policy says (never
 * less than `Retry-After`). Throws [AuthosApiException] with the last failure
 * when the policy gives up; one thrown by [attempt] (an interceptor's) ends the
 * retries as it is; a cancellation propagates as it is.
 */
suspend fun <R> withRetry(
    policy: RetryPolicy = retryPolicyDefault(),
    locales: List<String> = emptyList(),
    random: () -> Double = { Math.random() },
    interpret: (R) -> Interpretation?,
    attempt: suspend (Int) -> R,
): R {
    val started = System.nanoTime()
    var n = 1
    while (true) {
        var cause: Throwable? = null
        val failure = try {
            val response = attempt(n)
            interpret(response) ?: return response
        } catch (e: AuthosApiException) {
            throw e
        } catch (e: Exception) {
            cause = e
            e.interpretFailure(locales) ?: throw e
        }
        val elapsedMs = ((System.nanoTime() - started) / 1_000_000).toULong()
        when (val decision = retryDecision(policy, failure, n.toUInt(), elapsedMs, random())) {
            is RetryDecision.RetryAfter -> delay(decision.delayMs.toLong())
            is RetryDecision.GiveUp -> throw AuthosApiException(failure, cause)
        }
        n++
    }
}
