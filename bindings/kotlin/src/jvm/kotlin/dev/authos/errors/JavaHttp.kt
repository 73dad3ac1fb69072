// java.net.http, which the JVM has and Android does not: this file is the
// JVM-only part, which the Android API check (pom.xml) leaves out.
@file:JvmOnly

package dev.authos.errors

import java.net.http.HttpResponse

/** Marks a file that runs on the JVM only: the Android API 21 check skips it. */
@Target(AnnotationTarget.FILE)
@Retention(AnnotationRetention.BINARY)
internal annotation class JvmOnly

/** Interprets a java.net.http response; `null` for 1xx–3xx, which is not an error. */
fun HttpResponse<ByteArray>.interpretOrNull(locales: List<String> = emptyList(), nowMs: Long? = null): Interpretation? {
    if (statusCode() in 100..399) return null
    val headers = headers().map().flatMap { (name, values) -> values.map { name to it } }
    return interpret(statusCode(), headers, body(), locales, nowMs)
}

/** Throws [AuthosApiException] for an error response; a 1xx–3xx response passes. */
fun HttpResponse<ByteArray>.throwIfError(locales: List<String> = emptyList()): HttpResponse<ByteArray> {
    interpretOrNull(locales)?.let { throw AuthosApiException(it) }
    return this
}

/** [withRetry] for java.net.http responses. */
suspend fun withRetry(
    policy: RetryPolicy = retryPolicyDefault(),
    locales: List<String> = emptyList(),
    attempt: suspend (Int) -> HttpResponse<ByteArray>,
): HttpResponse<ByteArray> = withRetry(policy, locales, { Math.random() }, { it.interpretOrNull(locales) }, attempt)
