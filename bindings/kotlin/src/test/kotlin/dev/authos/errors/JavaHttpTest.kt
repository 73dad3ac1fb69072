// The Kotlin idioms with java.net.http (the JVM-only part) and kotlinx.coroutines,
// against real responses from the test server on 127.0.0.1.
package dev.authos.errors

import java.net.ConnectException
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.net.http.HttpTimeoutException
import java.time.Duration
import java.util.UUID
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.async
import kotlinx.coroutines.delay
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.DisplayName
import org.junit.jupiter.api.Test

private val client = HttpClient.newHttpClient()
private val quick = RetryPolicy(baseDelayMs = 10uL, maxDelayMs = 50uL, maxAttempts = 5u, budgetMs = 10_000uL)

private fun get(path: String, timeout: Duration = Duration.ofSeconds(10)): HttpResponse<ByteArray> =
    client.send(HttpRequest.newBuilder(URI.create(if (path.startsWith("http")) path else server + path)).timeout(timeout).build(),
        HttpResponse.BodyHandlers.ofByteArray())

class JavaHttpTest {
    @Test
    @DisplayName("errors carry the library's message")
    fun errorsCarryTheLibrarysMessage() {
        try { interpret(301); throw AssertionError("no exception") } catch (e: AuthosException) {
            expect(e.detail.startsWith("HTTP status 301 is not an error")) { e.detail }
        }
        val failure = interpretNetworkError(listOf("de"))
        expect(AuthosApiException(failure).message == failure.message) { "message" }
    }

    @Test
    @DisplayName("java.net.http responses are interpreted")
    fun responsesAreInterpreted() {
        val limited = get("/respond?status=429&code=RATE_LIMIT_EXCEEDED&retry_after=1").interpretOrNull(listOf("en"))!!
        expect(limited.code == "RATE_LIMIT_EXCEEDED" && limited.retryAfterMs == 1_000uL) { "$limited" }
        expect(limited.serverMessage == "Said by the test server") { "${limited.serverMessage}" }
        expect(get("/respond?status=502").interpretOrNull()?.code == "SERVICE_UNAVAILABLE") { "gateway" }
        expect(get("/ok").interpretOrNull() == null) { "a 200 is not an error" }
        get("/ok").throwIfError()
        try { get("/respond?status=400&code=INVALID_EMAIL").throwIfError(listOf("en")); throw AssertionError("no exception") }
        catch (e: AuthosApiException) { expect(e.interpretation.field == Field.EMAIL && e.status == 400) { "$e" } }
    }

    @Test
    @DisplayName("withRetry waits and succeeds")
    fun withRetryWaitsAndSucceeds() {
        val key = UUID.randomUUID()
        val attempts = mutableListOf<Int>()
        val response = runBlocking { withRetry(quick) { n -> attempts += n; get("/flaky?key=$key&failures=2") } }
        expect(response.statusCode() == 200 && attempts == listOf(1, 2, 3)) { "$attempts" }
    }

    @Test
    @DisplayName("withRetry gives up with the interpretation")
    fun withRetryGivesUp() {
        try { runBlocking { withRetry(quick) { get("/respond?status=400&code=INVALID_EMAIL") } }; throw AssertionError("no exception") }
        catch (e: AuthosApiException) { expect(e.code == "INVALID_EMAIL" && e.cause == null) { "$e" } }
    }

    @Test
    @DisplayName("no response is NETWORK_ERROR, the failure kept as the cause")
    fun noResponseIsNetworkError() {
        val nowhere = RetryPolicy(1uL, 1uL, 2u, 10_000uL)
        try { runBlocking { withRetry(nowhere) { get("http://127.0.0.1:9/") } }; throw AssertionError("no exception") }
        catch (e: AuthosApiException) { expect(e.code == "NETWORK_ERROR" && e.cause is ConnectException) { "${e.cause}" } }
    }

    @Test
    @DisplayName("a timeout is NETWORK_ERROR")
    fun timeoutIsNetworkError() {
        try { get("/slow?seconds=3", Duration.ofMillis(300)); throw AssertionError("no timeout") }
        catch (e: HttpTimeoutException) { expect(e.interpretFailure()?.code == "NETWORK_ERROR") { "$e" } }
    }

    @Test
    @DisplayName("cancellation propagates uninterpreted")
    fun cancellationPropagates() {
        val outcome = runBlocking {
            val job = async { withRetry(quick) { delay(5_000); get("/ok") } }
            delay(100)
            job.cancel()
            try { job.await(); "not cancelled" } catch (e: CancellationException) {
                if (e.interpretFailure() == null) "propagated" else "interpreted"
            }
        }
        expect(outcome == "propagated") { outcome }
    }
}
