// Retrofit, over OkHttp. Optional, as OkHttp is.
package dev.authos.errors

import retrofit2.HttpException
import retrofit2.Response

/**
 * Interprets a Retrofit response. Throws [AuthosException.NotAnException] for
 * 1xx–3xx, as the core does. The error body is peeked, not consumed.
 */
fun Response<*>.interpret(locales: List<String> = emptyList()): Interpretation {
    val body = errorBody()?.source()?.peek()?.readByteArray()
    return interpret(code(), headers().toList(), body, locales)
}

/** [interpret], or `null` for a successful response. */
fun Response<*>.interpretOrNull(locales: List<String> = emptyList()): Interpretation? =
    if (code() in 100..399) null else interpret(locales)

/**
 * Interprets what a Retrofit `suspend fun` (or `Call.await`) throws for an
 * error response. An exception without its response (deserialized elsewhere)
 * is read from its status alone.
 */
fun HttpException.interpret(locales: List<String> = emptyList()): Interpretation =
    response()?.interpret(locales) ?: interpret(code(), locales = locales)
