// The Kotlin API beyond the vectors: idiomatic helpers, typed errors, hostile
// input (the module keeps working after each), overrides, retry and polling.
package dev.authos.errors

import java.io.File
import org.junit.jupiter.api.DisplayName
import org.junit.jupiter.api.Test

class ApiTest {
    @Test
    @DisplayName("the native library is the one the jar carries, not one found on the library path")
    fun nativeLibraryFromTheJar() {
        val file = com.sun.jna.NativeLibrary.getInstance("authos_errors_ffi").file
        expect(file.path.endsWith("linux-x86-64/libauthos_errors_ffi.so")) { "loaded $file" }
    }

    @Test
    @DisplayName("idiomatic helpers read Int statuses, pairs, maps and OkHttp-style responses")
    fun idiomaticHelpers() {
        val i = rateLimited()
        expect(i.code == "RATE_LIMIT_EXCEEDED" && i.retryAfterMs == 30_000uL && i.knownCode == KnownCode.RATE_LIMIT_EXCEEDED) { "$i" }
        val fromMap = interpret(401, mapOf("content-type" to "application/json"), """{"error_code":"MFA_REQUIRED"}""".toByteArray(), listOf("de"))
        expect(fromMap.action == Action.COMPLETE_MFA && fromMap.locale == "de") { "$fromMap" }
        val response = object : HttpErrorResponse {
            override val code = 503
            override val headerPairs = listOf("Retry-After" to "120")
            override val bodyBytes: ByteArray? = null
        }
        val r = response.interpret(listOf("ru"))
        expect(r.code == "SERVICE_UNAVAILABLE" && r.message.contains("2 минуты")) { r.message }
        expect(java.io.IOException("reset").interpretAsNetworkError().code == "NETWORK_ERROR") { "network" }
    }

    @Test
    @DisplayName("every field Java sees only by a mangled name (Kotlin's unsigned types) has a plain AuthosJava accessor")
    fun everyFieldReadableFromJava() {
        // Every class of the library's package, from where the classes are (a folder here, the jar for users).
        val location = java.nio.file.Path.of(Interpretation::class.java.protectionDomain.codeSource.location.toURI())
        val classes = java.nio.file.Files.walk(location.resolve("dev/authos/errors")).use { files ->
            files.toList().map { it.fileName.toString() }.filter { it.endsWith(".class") }
                .map { Class.forName("dev.authos.errors." + it.removeSuffix(".class")) }
        }
        expect(Interpretation::class.java in classes && RetryDecision.RetryAfter::class.java in classes) { "$classes" }
        val accessors = AuthosJava::class.java.methods.filter { java.lang.reflect.Modifier.isStatic(it.modifiers) }
        val missing = mutableListOf<String>()
        var mangled = 0
        for (type in classes) {
            for (getter in type.declaredMethods.filter { it.name.startsWith("get") && it.name.contains('-') && it.parameterCount == 0 }) {
                mangled++
                val field = getter.name.removePrefix("get").substringBefore('-').replaceFirstChar { it.lowercase() }
                val plain = accessors.any { it.name == field && it.parameterCount == 1 && it.parameterTypes[0] == type && '-' !in it.name }
                if (!plain) missing += "${type.simpleName}.$field"
            }
        }
        // Functions whose parameters are unsigned are mangled too, and Java cannot call them.
        val functions = Class.forName("dev.authos.errors.Authos_errorsKt").methods
            .filter { java.lang.reflect.Modifier.isStatic(it.modifiers) && '-' in it.name }
            .map { it.name.substringBefore('-') }.toSet()
        expect(functions.containsAll(listOf("interpret", "retryDecision", "pollStep"))) { "mangled functions: $functions" }
        missing += functions.filter { name -> accessors.none { it.name == name } }.map { "$it(...)" }
        expect(mangled >= 13) { "found only $mangled mangled getters: did the generated API change?" }
        expect(missing.isEmpty()) { "no AuthosJava accessor for: $missing" }
        val answer = AuthosJava.interpret(429, mapOf("Retry-After" to "30"), null, listOf("en"), 0L)
        expect(AuthosJava.status(answer) == 429 && AuthosJava.retryAfterMs(answer) == 30_000L) { "$answer" }
        val policy = AuthosJava.retryPolicy(500, 30_000, 5, 120_000)
        expect(policy == retryPolicyDefault() && AuthosJava.maxAttempts(policy) == 5L) { "$policy" }
        try { AuthosJava.retryPolicy(-1, 0, 0, 0); throw AssertionError("a negative delay was taken") } catch (e: IllegalArgumentException) { }
        try { AuthosJava.errorResponse(70_000, emptyList(), ByteArray(0)); throw AssertionError("70000 was taken") } catch (e: IllegalArgumentException) { }
    }

    @Test
    @DisplayName("a 2xx status is a typed NotAnException; an impossible status an IllegalArgumentException")
    fun statusesThatAreNoError() {
        try { interpret(204); throw AssertionError("no exception") } catch (e: AuthosException.NotAnException) {
            expect(e.status.toInt() == 204) { "$e" }
            expect(e.detail.startsWith("HTTP status 204 is not an error")) { "the core's message: ${e.detail}" }
        }
        for (status in listOf(-1, 65_536, Int.MAX_VALUE)) {
            try { interpret(status); throw AssertionError("accepted $status") } catch (e: IllegalArgumentException) { }
        }
        expect(rateLimited().code == "RATE_LIMIT_EXCEEDED") { "the module stopped working" }
    }

    @Test
    @DisplayName("hostile input gets an answer, and the module keeps working after each")
    fun hostileInput() {
        val hostile = listOf(
            ByteArray(200_000) { 0xFF.toByte() },
            "[".repeat(200_000).toByteArray(),
            "{\"error\":\"${"\\u202e".repeat(50_000)}\",\"error_code\":\"TOKEN_EXPIRED\"}".toByteArray(),
            ByteArray(0),
        )
        for (body in hostile) {
            val i = interpret(502, listOf("retry-after" to "9".repeat(100_000)), body, listOf("\u0000", "x".repeat(10_000)), 0L)
            expect(i.message.isNotEmpty() && (i.serverMessage?.length ?: 0) <= 512) { "$i" }
            expect(rateLimited().retryAfterMs == 30_000uL) { "the module stopped working" }
        }
    }

    @Test
    @DisplayName("null where non-null (from Java), huge, random and lone-surrogate input: typed exceptions, and the module keeps working")
    fun inputKotlinCannotStop() {
        val api = Class.forName("dev.authos.errors.Authos_errorsKt")
        val names = listOf("explain", "catalogue", "negotiateLocale", "addMessages", "loadLocaleData", "interpret", "retryDecision", "pollStep")
        var tried = 0
        for (m in api.methods.filter { m -> names.any { m.name == it || m.name.startsWith("$it-") } }) {
            try {
                m.invoke(null, *arrayOfNulls<Any>(m.parameterCount))
            } catch (e: java.lang.reflect.InvocationTargetException) {
                expect(e.cause is NullPointerException || e.cause is AuthosException) { "${m.name}(null…): ${e.cause}" }
                tried++
            } catch (e: IllegalArgumentException) {
                // Reflection itself refuses null for a primitive (an unsigned number): nothing reached the library.
            }
            expect(rateLimited().retryAfterMs == 30_000uL) { "the module stopped working after ${m.name}(null…)" }
        }
        expect(tried >= 5) { "only $tried functions took a null" }
        val random = java.util.Random(7)
        repeat(300) { n ->
            val bytes = ByteArray(random.nextInt(4096)).also(random::nextBytes)
            expect(interpret(400 + n % 200, body = bytes, nowMs = 0L).message.isNotEmpty()) { "random body $n" }
            try { loadLocaleData(bytes) } catch (e: AuthosException.InvalidLocaleData) { }
        }
        clearAddedMessages()
        val huge = interpret(400, List(100) { "x-$it" to "x".repeat(100_000) }, ByteArray(10_000_000) { '['.code.toByte() }, List(100) { "x".repeat(100_000) }, 0L)
        expect(huge.code == "BAD_REQUEST" && huge.locale == "en") { "$huge" }
        try { addMessages("en", "TOKEN_EXPIRED = {".repeat(10_000)); throw AssertionError("accepted") } catch (e: AuthosException.InvalidMessages) { }
        // A string with a lone surrogate is not text UTF-8 can carry: the generated
        // bindings refuse it, typed, before it reaches the library.
        val lone = "\uD800"
        val refusals = listOf<() -> Unit>(
            { interpret(400, listOf(lone to lone), null, listOf(lone)) }, { explain(lone, "en") },
            { negotiateLocale(listOf(lone)) }, { addMessages(lone, lone) },
        )
        for (call in refusals) {
            try { call(); throw AssertionError("accepted a lone surrogate") } catch (e: java.nio.charset.CharacterCodingException) { }
            expect(rateLimited().retryAfterMs == 30_000uL) { "the module stopped working after a lone surrogate" }
        }
        clearAddedMessages()
        expect(rateLimited().retryAfterMs == 30_000uL) { "the module stopped working" }
    }

    @Test
    @DisplayName("the record form answers as interpret")
    fun theRecordFormAnswersAsInterpret() {
        val headers = listOf(Header("Retry-After", "3"))
        val body = """{"error_code":"RATE_LIMIT_EXCEEDED"}""".toByteArray()
        val record = interpretErrorResponse(ErrorResponse(429u, headers, body, listOf("de"), 0L))
        expect(record == interpret(429u, headers, body, listOf("de"), 0L)) { "$record" }
    }

    @Test
    @DisplayName("catalogue, explain, locales")
    fun catalogueExplainLocales() {
        val all = catalogue("en")
        expect(all.size == KnownCode.values().size && all.all { it.knownCode != null }) { "${all.size}" }
        expect(explain("WEAK_PASSWORD", "en")?.description == "Password doesn’t meet requirements") { "typography" }
        expect(explain("NOPE", "en") == null) { "unknown code" }
        val folders = File(root, "core/messages").listFiles { f -> f.isDirectory }!!.map { it.name }
        expect(shippedLocales().toSet() == folders.toSet() && shippedLocales().first() == "en") { "locales: ${shippedLocales()}" }
        expect(negotiateLocale(listOf("zh-SG")) == "zh-Hans") { "zh-SG" }
    }

    @Test
    @DisplayName("retry policy and device flow")
    fun retryPolicyAndDeviceFlow() {
        val decision = retryDecision(retryPolicyDefault(), rateLimited(), 1u, 0uL, 0.5)
        expect(decision == RetryDecision.RetryAfter(30_000uL)) { "$decision" }
        val slow = interpret(400, body = """{"error":"slow_down"}""".toByteArray(), nowMs = 0L)
        expect(pollStep(5_000uL, slow) == PollStep.SlowDown(10_000uL)) { "slow_down" }
        val expired = interpret(400, body = """{"error":"expired_token"}""".toByteArray(), nowMs = 0L)
        expect(pollStep(5_000uL, expired) == PollStep.Restart) { "expired_token" }
    }

    @Test
    @DisplayName("overrides are all or nothing, and locale data loads")
    fun overridesAndLocaleData() {
        try {
            val added = addMessages("en", "TOKEN_EXPIRED = Your Acme session ended.")
            expect(added.messages == 1u && !added.newLocale) { "$added" }
            val i = interpret(401, body = """{"error_code":"TOKEN_EXPIRED"}""".toByteArray(), locales = listOf("en"))
            expect(i.message == "Your Acme session ended.") { i.message }
            try { addMessages("en", "TOKEN_EXPIRED = Hi { \$name }"); throw AssertionError("accepted") } catch (e: AuthosException.InvalidMessages) {
                expect(e.problems.first().contains("\$name")) { "${e.problems}" }
            }
            try { loadLocaleData(byteArrayOf(1, 2, 3)); throw AssertionError("accepted") } catch (e: AuthosException.InvalidLocaleData) { }
        } finally {
            clearAddedMessages()
        }
    }
}
