// bindings/kotlin/README.md, "Quick start", as it stands there (ReadmeTest checks).
package readme

import dev.authos.errors.*
import okhttp3.OkHttpClient
import okhttp3.Request

val client = OkHttpClient.Builder()
    .addInterceptor(AuthosErrorsInterceptor(listOf("de-DE"))) // error responses throw AuthosApiException
    .build()

fun load(request: Request) {
    try {
        client.newCall(request).execute().use { /* a 1xx–3xx response */ }
    } catch (e: AuthosApiException) {
        when (e.interpretation.action) {
            Action.REFRESH_TOKEN -> refreshAndRepeat()
            else -> show(e.interpretation.message) // localized, never the server's raw text
        }
    }
}
