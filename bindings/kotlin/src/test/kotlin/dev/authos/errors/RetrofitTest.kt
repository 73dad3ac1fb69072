// The Retrofit adapter against real responses from the test server on 127.0.0.1:
// a `Call` and a `suspend fun`, as Retrofit services are written.
package dev.authos.errors

import java.io.InterruptedIOException
import java.time.Duration
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.async
import kotlinx.coroutines.delay
import kotlinx.coroutines.runBlocking
import okhttp3.OkHttpClient
import okhttp3.ResponseBody
import org.junit.jupiter.api.DisplayName
import org.junit.jupiter.api.Test
import retrofit2.Call
import retrofit2.HttpException
import retrofit2.Retrofit
import retrofit2.http.GET
import retrofit2.http.Query

interface TestService {
    @GET("respond")
    fun respond(@Query("status") status: Int, @Query("code") code: String? = null): Call<ResponseBody>

    @GET("respond")
    suspend fun respondSuspending(@Query("status") status: Int, @Query("code") code: String? = null): ResponseBody

    @GET("slow")
    suspend fun slow(@Query("seconds") seconds: Int): ResponseBody
}

class RetrofitTest {
    private fun service(client: OkHttpClient = OkHttpClient()): TestService =
        Retrofit.Builder().baseUrl("$server/").client(client).build().create(TestService::class.java)

    @Test
    @DisplayName("Response<T> is interpreted, and its error body can still be read")
    fun response() {
        val response = service().respond(409, "USER_ALREADY_EXISTS").execute()
        val i = response.interpret(listOf("en"))
        expect(i.code == "USER_ALREADY_EXISTS" && i.status.toInt() == 409) { "$i" }
        expect(response.errorBody()!!.string().contains("USER_ALREADY_EXISTS")) { "the error body was consumed" }
        expect(service().respond(200).execute().interpretOrNull() == null) { "a 200 is not an error" }
    }

    @Test
    @DisplayName("HttpException from a suspend fun is interpreted")
    fun httpException() {
        try { runBlocking { service().respondSuspending(429, "RATE_LIMIT_EXCEEDED") }; throw AssertionError("no exception") }
        catch (e: HttpException) {
            val i = e.interpret(listOf("de"))
            expect(i.code == "RATE_LIMIT_EXCEEDED" && i.locale == "de") { "$i" }
        }
    }

    @Test
    @DisplayName("a timeout is NETWORK_ERROR and a cancellation propagates")
    fun timeoutAndCancellation() {
        val impatient = service(OkHttpClient.Builder().readTimeout(Duration.ofMillis(300)).build())
        try { runBlocking { impatient.slow(3) }; throw AssertionError("no timeout") }
        catch (e: InterruptedIOException) { expect(e.interpretFailure()?.code == "NETWORK_ERROR") { "$e" } }
        val outcome = runBlocking {
            val call = async { service().slow(3) }
            delay(200)
            call.cancel()
            try { call.await(); "not cancelled" } catch (e: CancellationException) {
                if (e.interpretFailure() == null) "propagated" else "interpreted"
            }
        }
        expect(outcome == "propagated") { outcome }
    }
}
