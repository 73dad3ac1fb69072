// The Ktor client adapter and plugin against real responses from the test
// server on 127.0.0.1, with the CIO engine.
package dev.authos.errors

import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.HttpTimeout
import io.ktor.client.request.get
import io.ktor.client.statement.bodyAsText
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.async
import kotlinx.coroutines.delay
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.DisplayName
import org.junit.jupiter.api.Test

class KtorTest {
    @Test
    @DisplayName("HttpResponse.interpret() reads the response, and its body can still be read")
    fun interpret() = runBlocking {
        HttpClient(CIO).use { client ->
            val response = client.get("$server/respond?status=503&retry_after=2")
            val i = response.interpret(listOf("en"))
            expect(i.code == "SERVICE_UNAVAILABLE" && i.retryAfterMs == 2_000uL) { "$i" }
            expect(response.bodyAsText().isNotEmpty()) { "the body is gone" }
            expect(client.get("$server/ok").interpretOrNull() == null) { "a 200 is not an error" }
        }
    }

    @Test
    @DisplayName("the plugin throws AuthosApiException for error responses only")
    fun plugin() = runBlocking {
        HttpClient(CIO) { install(AuthosErrors) { locales = listOf("de") } }.use { client ->
            expect(client.get("$server/ok").status.value == 200) { "ok" }
            try { client.get("$server/respond?status=403&code=FORBIDDEN"); throw AssertionError("no exception") }
            catch (e: AuthosApiException) { expect(e.code == "FORBIDDEN" && e.interpretation.locale == "de") { "$e" } }
        }
    }

    @Test
    @DisplayName("a timeout is NETWORK_ERROR and a cancellation propagates")
    fun timeoutAndCancellation() = runBlocking {
        HttpClient(CIO) { install(HttpTimeout) { requestTimeoutMillis = 300 } }.use { client ->
            try { client.get("$server/slow?seconds=3"); throw AssertionError("no timeout") }
            catch (e: Exception) {
                expect(e !is CancellationException && e.interpretFailure()?.code == "NETWORK_ERROR") { "$e" }
            }
        }
        HttpClient(CIO).use { client ->
            val request = async { client.get("$server/slow?seconds=3") }
            delay(200)
            request.cancel()
            val outcome = try { request.await(); "not cancelled" } catch (e: CancellationException) {
                if (e.interpretFailure() == null) "propagated" else "interpreted"
            }
            expect(outcome == "propagated") { outcome }
        }
    }
}
