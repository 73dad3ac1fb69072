// What the tests share: the repository's root, the loopback test server, and
// the vectors' form (tests/vectors, docs/conformance.md) read and compared.
package dev.authos.errors

import com.google.gson.JsonElement
import com.google.gson.JsonNull
import com.google.gson.JsonObject
import com.google.gson.JsonPrimitive
import java.io.File
import java.time.OffsetDateTime
import java.util.Base64

/** The repository's root: Surefire says where (pom.xml). */
val root = File(System.getProperty("authos.root") ?: error("authos.root is not set: run with cargo xtask test"))

/** The test server on 127.0.0.1 (bindings/testserver.py), started by `cargo xtask test`. */
val server: String = System.getenv("AUTHOS_TEST_SERVER") ?: error("AUTHOS_TEST_SERVER is not set: run with cargo xtask test")

fun expect(condition: Boolean, message: () -> String) {
    if (!condition) throw AssertionError(message())
}

val FIELDS = listOf(
    "code", "known", "derived", "status", "category", "audience", "action", "field", "retryable",
    "retry_after_ms", "server_message", "timestamp", "clock_skew_ms", "locale", "message", "request_id", "mapped_from",
)

/** An interpretation as the vectors spell it. */
fun spelled(i: Interpretation): JsonObject = JsonObject().apply {
    fun put(key: String, value: Any?) = add(key, when (value) {
        null -> JsonNull.INSTANCE
        is String -> JsonPrimitive(value)
        is Boolean -> JsonPrimitive(value)
        is Long -> JsonPrimitive(value)
        is Int -> JsonPrimitive(value)
        is Enum<*> -> JsonPrimitive(value.name.lowercase())
        else -> JsonPrimitive(value.toString())
    })
    put("code", i.code); put("known", i.known); put("derived", i.derived); put("status", i.status.toInt())
    put("category", i.category); put("audience", i.audience); put("action", i.action); put("field", i.field)
    put("retryable", i.retryable); put("retry_after_ms", i.retryAfterMs?.toLong()); put("server_message", i.serverMessage)
    put("timestamp", i.timestamp); put("clock_skew_ms", i.clockSkewMs); put("locale", i.locale); put("message", i.message)
    put("request_id", i.requestId); put("mapped_from", i.mappedFrom)
}

/** A string member, or a failure naming it: a vector file's shape is checked by the xtask first. */
private fun string(e: JsonElement, what: String): String =
    if (e.isJsonPrimitive && e.asJsonPrimitive.isString) e.asString else error("$what is not a string: $e")

/** The headers in order received: an object of names to values, or `[name, value]` pairs (where a name repeats). */
fun headers(value: JsonElement?): List<Header> = when {
    value == null -> emptyList()
    value.isJsonObject -> value.asJsonObject.entrySet().map { (name, v) -> Header(name, string(v, "input.headers.$name")) }
    value.isJsonArray -> value.asJsonArray.map { pair ->
        val parts = pair.takeIf { it.isJsonArray }?.asJsonArray?.takeIf { it.size() == 2 } ?: error("input.headers: $pair is not a [name, value] pair")
        Header(string(parts[0], "a header name"), string(parts[1], "a header value"))
    }
    else -> error("input.headers is neither an object nor [name, value] pairs: $value")
}

/** A vector's input, interpreted. */
fun call(input: JsonObject): Interpretation {
    val headers = headers(input.get("headers"))
    val body = when {
        input.has("body_base64") -> Base64.getDecoder().decode(input.get("body_base64").asString)
        input.has("body") -> input.get("body").asString.toByteArray(Charsets.UTF_8)
        else -> ByteArray(0)
    }
    val locales = input.getAsJsonArray("locales")?.map { string(it, "input.locales[]") } ?: emptyList()
    val now = input.get("now")?.asString?.let { OffsetDateTime.parse(it).toInstant().toEpochMilli() }
    val status = input.get("status").asInt
    require(status in 0..0xFFFF) { "input.status $status is not an HTTP status" }
    return interpret(status.toUShort(), headers, body, locales, now)
}

private fun short(e: JsonElement): String = e.toString().let { if (it.length > 300) it.take(300) + "… (${it.length} chars)" else it }

/** The mismatches of one vector; empty when it passes. */
fun mismatches(vector: JsonObject): List<String> {
    val input = vector.getAsJsonObject("input")
    if (vector.has("expect_error")) {
        return try {
            call(input)
            listOf("expected error ${vector.get("expect_error")}, got an interpretation")
        } catch (e: AuthosException.NotAnException) {
            if (vector.get("expect_error").asString == "not_an_error") emptyList() else listOf("unexpected $e")
        }
    }
    val actual = spelled(call(input))
    return vector.getAsJsonObject("expect").entrySet().mapNotNull { (field, expected) ->
        when {
            field !in FIELDS -> "expect.$field: not a field of the interpretation"
            actual.get(field) != expected -> "$field: expected ${short(expected)}, actual ${short(actual.get(field))}"
            else -> null
        }
    }
}

/** The JSON files in tests/vectors, then the files AUTHOS_EXTRA_VECTORS names (`:`-separated). */
fun vectorFiles(): List<File> {
    val shipped = File(root, "tests/vectors").listFiles { f -> f.name.endsWith(".json") }?.sortedBy { it.name } ?: emptyList()
    val extra = (System.getenv("AUTHOS_EXTRA_VECTORS") ?: "").split(":").filter { it.isNotEmpty() }.map { File(it) }
    return shipped + extra
}

/** A 429 with `Retry-After: 30`: what the tests check the library still answers after hostile input. */
fun rateLimited() =
    interpret(429, listOf("Retry-After" to "30"), """{"error_code":"RATE_LIMIT_EXCEEDED"}""".toByteArray(), listOf("en"), 0L)
