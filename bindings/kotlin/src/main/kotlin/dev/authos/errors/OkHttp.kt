// OkHttp (Android's and most JVM apps' HTTP client). Optional: an app that
// calls these has OkHttp already; the library does not bring it.
package dev.authos.errors

import okhttp3.Interceptor
import okhttp3.Response

/**
 * Interprets an OkHttp response. Throws [AuthosException.NotAnException] for
 * 1xx–3xx, as the core does. The body is peeked, not consumed: it can still be read.
 */
fun Response.interpret(locales: List<String> = emptyList()): Interpretation =
    interpret(code, headers.toList(), peekBody(Long.MAX_VALUE).bytes(), locales)

/** [interpret], or `null` for a 1xx–3xx response, which is not an error. */
fun Response.interpretOrNull(locales: List<String> = emptyList()): Interpretation? =
    if (code in 100..399) null else interpret(locales)

/** Throws [AuthosApiException] for an error response (closing it); a 1xx–3xx response passes. */
fun Response.throwIfError(locales: List<String> = emptyList()): Response {
    val failure = interpretOrNull(locales) ?: return this
    close()
    throw AuthosApiException(failure)
}

/**
 * Makes every error response (4xx, 5xx) a thrown [AuthosApiException]:
 * `OkHttpClient.Builder().addInterceptor(AuthosErrorsInterceptor(listOf("de")))`.
 * Asynchronous calls receive it in `Callback.onFailure`.
 */
class AuthosErrorsInterceptor(private val locales: List<String> = emptyList()) : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response = chain.proceed(chain.request()).throwIfError(locales)
}
