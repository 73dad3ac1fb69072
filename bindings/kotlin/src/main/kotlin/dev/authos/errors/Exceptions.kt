// The errors a Kotlin caller catches: AuthosApiException for an AuthOS API
// error, and the library's own AuthosException (generated) for input it refuses.
package dev.authos.errors

import java.io.IOException

/**
 * An AuthOS API error, to throw: its [message] is the one that is safe to show.
 *
 * An [IOException], so that it travels as a failed call wherever HTTP clients
 * expect one: out of an OkHttp interceptor (OkHttp delivers only an
 * IOException to an asynchronous call's callback), through Retrofit's `Call`
 * and Ktor's pipeline.
 */
class AuthosApiException(val interpretation: Interpretation, cause: Throwable? = null) :
    IOException(interpretation.message, cause) {
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
