// The Ktor client (Kotlin Multiplatform apps, and Android apps on Ktor).
// Optional: an app that calls these has Ktor already.
package dev.authos.errors

import io.ktor.client.plugins.api.createClientPlugin
import io.ktor.client.statement.HttpResponse
import io.ktor.client.statement.bodyAsBytes

/**
 * Interprets a Ktor response, reading its body (Ktor keeps it, so it can be
 * read again). Throws [AuthosException.NotAnException] for 1xx–3xx, as the core does.
 */
suspend fun HttpResponse.interpret(locales: List<String> = emptyList()): Interpretation {
    val headers = headers.entries().flatMap { (name, values) -> values.map { name to it } }
    return interpret(status.value, headers, bodyAsBytes(), locales)
}

/** [interpret], or `null` for a 1xx–3xx response, which is not an error. */
suspend fun HttpResponse.interpretOrNull(locales: List<String> = emptyList()): Interpretation? =
    if (status.value in 100..399) null else interpret(locales)

/** What [AuthosErrors] reads: the user's preferred locales. */
class AuthosErrorsConfig {
    var locales: List<String> = emptyList()
}

/**
 * A client plugin that throws [AuthosApiException] for every error response:
 * `HttpClient { install(AuthosErrors) { locales = listOf("de") } }`.
 */
val AuthosErrors = createClientPlugin("AuthosErrors", ::AuthosErrorsConfig) {
    val locales = pluginConfig.locales
    onResponse { response -> response.interpretOrNull(locales)?.let { throw AuthosApiException(it) } }
}
