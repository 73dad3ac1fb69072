// docs/bindings.md, "Kotlin and Android", as it stands there (ReadmeTest checks).
package readme

import dev.authos.errors.*
import java.io.IOException
import okhttp3.OkHttpClient
import okhttp3.Request

fun load(client: OkHttpClient, request: Request) {
    val answer = try {
        client.newCall(request).execute().use { it.interpretOrNull(listOf("de-DE")) } // null: not an error
    } catch (e: IOException) {
        e.interpretFailure(listOf("de-DE")) ?: throw e // NETWORK_ERROR; a cancellation propagates
    }
    when (answer?.action) {
        null -> Unit
        Action.REFRESH_TOKEN -> refreshAndRepeat()
        else -> show(answer.message) // never the server's text
    }
}
