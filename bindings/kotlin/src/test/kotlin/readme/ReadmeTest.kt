// The Kotlin in the pages a developer reads, compiled and run: each page's
// ```kotlin block is, character for character, the rest of a file in this
// folder after its header, and runs here against the test server. Gradle
// build scripts (`dependencies {`) are the only blocks left out.
package readme

import dev.authos.errors.server
import java.io.File
import okhttp3.OkHttpClient
import okhttp3.Request
import org.junit.jupiter.api.DisplayName
import org.junit.jupiter.api.Test

/** What the snippets call and leave to the app. */
val calls = mutableListOf<String>()

fun refreshAndRepeat() { calls += "refreshAndRepeat" }

fun show(message: String?) { calls += "show: $message" }

class ReadmeTest {
    private val root = dev.authos.errors.root
    private val pages = listOf("bindings/kotlin/README.md", "docs/bindings.md")
    private val snippets = File(root, "bindings/kotlin/src/test/kotlin/readme").listFiles()!!
        .filter { it.name != "ReadmeTest.kt" }
        .map { it.readText().substringAfter("\n\n") }

    @Test
    @DisplayName("every Kotlin block on the pages is a compiled snippet")
    fun blocksAreSnippets() {
        val blocks = pages.flatMap { page ->
            Regex("```kotlin\n(.*?)```", RegexOption.DOT_MATCHES_ALL).findAll(File(root, page).readText())
                .map { page to it.groupValues[1] }.toList()
        }
        val code = blocks.filter { (_, block) -> "dependencies {" !in block }
        check(code.size >= 2) { "only ${code.size} Kotlin blocks found" }
        for ((page, block) in code) check(block in snippets) { "$page: a Kotlin block no test compiles:\n$block" }
    }

    @Test
    @DisplayName("the snippets run: a 401 TOKEN_EXPIRED refreshes, a 404 shows the message")
    fun snippetsRun() {
        fun request(path: String) = Request.Builder().url(server + path).build()
        calls.clear()
        load(request("/respond?status=401&code=TOKEN_EXPIRED"))
        load(OkHttpClient(), request("/respond?status=404&code=NOT_FOUND"))
        load(OkHttpClient(), request("/ok"))
        check(calls.size == 2 && calls[0] == "refreshAndRepeat" && calls[1].startsWith("show: ")) { "$calls" }
    }
}
