// What a Kotlin developer expects over the generated bindings: an exception
// that carries the interpretation, java.net.http responses and failures
// interpreted, and `suspend fun withRetry`. A cancellation is never
// interpreted: it propagates (docs/bindings.md, "The same idioms on every platform"); a timeout is
// NETWORK_ERROR, with the original failure kept as the cause.
package dev.authos.errors

import java.net.http.HttpResponse
import java.util.concurrent.CancellationException
import kotlinx.coroutines.delay

/** An AuthOS API error, to throw: its [message] is the one that is safe to show. */
class AuthosApiException(val interpretation: Interpretation, cause: Throwable? = null) :
    Exception(interpretation.message, cause) {
    val code: String get() = interpretation.code
    val status: Int get() = interpretation.status.toInt()
}

/** The library's message for this error: the same text on every platform. */
val AuthosException.detail: String
    get() = when (this) {
        is AuthosException.NotAnException -> detail
        is AuthosException.InvalidLocale -> detail
        is AuthosException.InvalidLocaleData -> detail
        is AuthosException.InvalidMessages -> detail
        is AuthosException.Other -> detail
    }

/** Interprets a java.net.http response; `null` for 1xx–3xx, which is not an error. */
fun HttpResponse<ByteArray>.interpretOrNull(locales: List<String> = emptyList(), nowMs: Long? = null): Interpretation? {
    if (statusCode() in 100..399) return null
    val headers = headers().map().flatMap { (name, values) -> values.map { name to it } }
    return interpretResponse(statusCode(), headers, body(), locales, nowMs)
}

/** Throws [AuthosApiException] for an error response; a 1xx–3xx response passes. */
fun HttpResponse<ByteArray>.throwIfError(locales: List<String> = emptyList()): HttpResponse<ByteArray> {
    interpretOrNull(locales)?.let { throw AuthosApiException(it) }
    return this
}

/**
 * The interpretation of a request that got no response (`NETWORK_ERROR`;
 * timeouts included); `null` for a cancellation, which the caller rethrows.
 */
fun Throwable.interpretFailure(locales: List<String> = emptyList()): Interpretation? =
    if (this is CancellationException || this is InterruptedException) null else interpretNetworkError(locales)

/**
 * Runs [attempt] (numbered from 1) until it answers with a response that is
 * not an error, suspending between attempts as the retry policy says (never
 * less than `Retry-After`). Throws [AuthosApiException] with the last failure
 * when the policy gives up; a cancellation propagates as it is.
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

/** [withRetry] for java.net.http responses. */
suspend fun withRetry(
    policy: RetryPolicy = retryPolicyDefault(),
    locales: List<String> = emptyList(),
    attempt: suspend (Int) -> HttpResponse<ByteArray>,
): HttpResponse<ByteArray> = withRetry(policy, locales, { Math.random() }, { it.interpretOrNull(locales) }, attempt)
