// Idiomatic entry points over the generated bindings, where those are awkward
// for Kotlin callers: an Int status (HTTP libraries use Int, the core UShort),
// headers as pairs or a map, and an OkHttp-style response.
package dev.authos.errors

/** What an HTTP client's response offers; OkHttp's `Response` adapts in one line. */
interface HttpErrorResponse {
    val code: Int
    val headerPairs: List<Pair<String, String>>
    val bodyBytes: ByteArray?
}

/**
 * Interprets an HTTP error response. Throws [AuthosException.NotAnException] for
 * a 1xx–3xx status and [IllegalArgumentException] for a status that is not a
 * 16-bit number; nothing else throws.
 */
@Throws(AuthosException::class)
fun interpret(
    status: Int,
    headers: List<Pair<String, String>> = emptyList(),
    body: ByteArray? = null,
    locales: List<String> = emptyList(),
    nowMs: Long? = null,
): Interpretation {
    require(status in 0..0xFFFF) { "HTTP status $status is out of range" }
    // One record crosses in one buffer: about half the cost of `interpret`'s four.
    val response = ErrorResponse(status.toUShort(), headers.map { (name, value) -> Header(name, value) }, body ?: ByteArray(0), locales, nowMs)
    return interpretErrorResponse(response)
}

/** The same, for headers as a map. */
fun interpret(status: Int, headers: Map<String, String>, body: ByteArray?, locales: List<String> = emptyList()): Interpretation =
    interpret(status, headers.toList(), body, locales)

/** The same, for an OkHttp-style response (`response.toHttpErrorResponse().interpret(...)`). */
fun HttpErrorResponse.interpret(locales: List<String> = emptyList()): Interpretation =
    interpret(code, headerPairs, bodyBytes, locales)

/** A request that got no response at all (an IOException): `NETWORK_ERROR`. */
fun Throwable.interpretAsNetworkError(locales: List<String> = emptyList()): Interpretation = interpretNetworkError(locales)
