// The OkHttp adapter against real responses from the test server on 127.0.0.1.
package dev.authos.errors

import java.io.IOException
import java.io.InterruptedIOException
import java.time.Duration
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit
import okhttp3.Call
import okhttp3.Callback
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.Response
import org.junit.jupiter.api.DisplayName
import org.junit.jupiter.api.Test

class OkHttpTest {
    private val client = OkHttpClient()

    private fun get(path: String, client: OkHttpClient = this.client): Response =
        client.newCall(Request.Builder().url(server + path).build()).execute()

    @Test
    @DisplayName("an error response is interpreted, and its body can still be read")
    fun interpret() {
        get("/respond?status=429&code=RATE_LIMIT_EXCEEDED&retry_after=1").use { response ->
            val limited = response.interpret(listOf("en"))
            expect(limited.code == "RATE_LIMIT_EXCEEDED" && limited.retryAfterMs == 1_000uL) { "$limited" }
            expect(limited.serverMessage == "Said by the test server") { "${limited.serverMessage}" }
            expect(response.body.string().contains("RATE_LIMIT_EXCEEDED")) { "the body was consumed" }
        }
        get("/respond?status=502").use { expect(it.interpretOrNull()?.code == "SERVICE_UNAVAILABLE") { "gateway" } }
        get("/ok").use { ok ->
            expect(ok.interpretOrNull() == null) { "a 200 is not an error" }
            try { ok.interpret(); throw AssertionError("no exception") } catch (e: AuthosException.NotAnException) { }
        }
    }

    @Test
    @DisplayName("throwIfError throws for an error response and passes a success")
    fun throwIfError() {
        get("/ok").throwIfError().use { expect(it.code == 200) { "${it.code}" } }
        try { get("/respond?status=400&code=INVALID_EMAIL").throwIfError(listOf("de")); throw AssertionError("no exception") }
        catch (e: AuthosApiException) { expect(e.interpretation.field == Field.EMAIL && e.interpretation.locale == "de") { "$e" } }
    }

    @Test
    @DisplayName("the interceptor throws AuthosApiException, to synchronous and asynchronous calls")
    fun interceptor() {
        val intercepted = client.newBuilder().addInterceptor(AuthosErrorsInterceptor(listOf("en"))).build()
        get("/ok", intercepted).use { expect(it.code == 200) { "${it.code}" } }
        try { get("/respond?status=401&code=TOKEN_EXPIRED", intercepted); throw AssertionError("no exception") }
        catch (e: AuthosApiException) { expect(e.code == "TOKEN_EXPIRED" && e.status == 401) { "$e" } }
        val failure = CompletableFuture<IOException>()
        intercepted.newCall(Request.Builder().url("$server/respond?status=503&retry_after=7").build()).enqueue(object : Callback {
            override fun onFailure(call: Call, e: IOException) { failure.complete(e) }
            override fun onResponse(call: Call, response: Response) { response.close(); failure.complete(null) }
        })
        val e = failure.get(10, TimeUnit.SECONDS)
        expect(e is AuthosApiException && e.interpretation.retryAfterMs == 7_000uL) { "onFailure got $e" }
    }

    @Test
    @DisplayName("a timeout is NETWORK_ERROR; no response is NETWORK_ERROR")
    fun timeoutAndNoResponse() {
        val impatient = client.newBuilder().readTimeout(Duration.ofMillis(300)).build()
        try { get("/slow?seconds=3", impatient).close(); throw AssertionError("no timeout") }
        catch (e: InterruptedIOException) { expect(e.interpretFailure()?.code == "NETWORK_ERROR") { "$e" } }
        try { client.newCall(Request.Builder().url("http://127.0.0.1:9/").build()).execute(); throw AssertionError("connected") }
        catch (e: IOException) { expect(e.interpretFailure()?.code == "NETWORK_ERROR") { "$e" } }
    }

    @Test
    @DisplayName("withRetry retries OkHttp calls and gives up with the interpretation")
    fun withRetry() {
        val quick = RetryPolicy(baseDelayMs = 10uL, maxDelayMs = 50uL, maxAttempts = 3u, budgetMs = 10_000uL)
        val key = java.util.UUID.randomUUID()
        val response = kotlinx.coroutines.runBlocking {
            withRetry(quick, interpret = { r: Response -> r.interpretOrNull().also { if (it != null) r.close() } }) { get("/flaky?key=$key&failures=2") }
        }
        response.use { expect(it.code == 200) { "${it.code}" } }
        try {
            kotlinx.coroutines.runBlocking { withRetry(quick, interpret = { r: Response -> r.interpretOrNull() }) { get("/respond?status=400&code=INVALID_EMAIL") } }
            throw AssertionError("no exception")
        } catch (e: AuthosApiException) { expect(e.code == "INVALID_EMAIL") { "$e" } }
    }
}
