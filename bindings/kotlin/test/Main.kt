// The Kotlin conformance runner: every shared vector (tests/vectors and
// AUTHOS_EXTRA_VECTORS) through the generated bindings, then the API checks.
// Prints each failure by name with expected and actual values, and one summary.
import com.google.gson.JsonElement
import com.google.gson.JsonNull
import com.google.gson.JsonObject
import com.google.gson.JsonParser
import com.google.gson.JsonPrimitive
import dev.authos.errors.*
import java.io.File
import java.time.OffsetDateTime
import java.util.Base64
import kotlin.system.exitProcess

val FIELDS = listOf(
    "code", "known", "derived", "status", "category", "audience", "action", "field", "retryable",
    "retry_after_ms", "server_message", "timestamp", "clock_skew_ms", "locale", "message", "request_id", "mapped_from",
)

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

fun call(input: JsonObject): Interpretation {
    val headers = input.getAsJsonObject("headers")?.entrySet()?.map { Header(it.key, it.value.asString) } ?: emptyList()
    val body = when {
        input.has("body_base64") -> Base64.getDecoder().decode(input.get("body_base64").asString)
        input.has("body") -> input.get("body").asString.toByteArray(Charsets.UTF_8)
        else -> ByteArray(0)
    }
    val locales = input.getAsJsonArray("locales")?.map { it.asString } ?: emptyList()
    val now = input.get("now")?.asString?.let { OffsetDateTime.parse(it).toInstant().toEpochMilli() }
    val status = input.get("status").asInt
    require(status in 0..0xFFFF) { "input.status $status is not an HTTP status" }
    return interpret(status.toUShort(), headers, body, locales, now)
}

fun short(e: JsonElement): String = e.toString().let { if (it.length > 300) it.take(300) + "… (${it.length} chars)" else it }

/** The mismatches of one vector; empty when it passes. */
fun check(vector: JsonObject): List<String> {
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

fun vectorFiles(root: File): List<File> {
    val shipped = File(root, "tests/vectors").listFiles { f -> f.name.endsWith(".json") }?.sortedBy { it.name } ?: emptyList()
    val extra = (System.getenv("AUTHOS_EXTRA_VECTORS") ?: "").split(":").filter { it.isNotEmpty() }.map { File(it) }
    return shipped + extra
}

fun runVectors(root: File): Pair<Int, Int> {
    var passed = 0
    var failed = 0
    for (file in vectorFiles(root)) {
        val vectors = try {
            JsonParser.parseString(file.readText()).asJsonArray
        } catch (e: Exception) {
            failed++; println("FAIL ${file.path}: $e"); continue
        }
        vectors.forEachIndexed { i, element ->
            val vector = element.asJsonObject
            val name = vector.get("name")?.asString ?: "(unnamed)"
            val problems = try { check(vector) } catch (e: Exception) { listOf("threw $e") }
            if (problems.isEmpty()) passed++ else {
                failed++
                println("FAIL ${file.name} #$i \"$name\"")
                problems.forEach { println("    $it") }
            }
        }
    }
    return passed to failed
}

/**
 * With AUTHOS_PARITY_IN (a corpus) and AUTHOS_PARITY_DIR, writes kotlin.jsonl: one
 * answer per input (every field, or {"error": ...}), for `cargo xtask parity`.
 */
fun answerParityCorpus(): Int? {
    val corpus = System.getenv("AUTHOS_PARITY_IN") ?: return null
    val dir = System.getenv("AUTHOS_PARITY_DIR") ?: return null
    val inputs = JsonParser.parseString(File(corpus).readText()).asJsonArray
    File(dir, "kotlin.jsonl").bufferedWriter().use { out ->
        for (vector in inputs) {
            val answer = try {
                spelled(call(vector.asJsonObject.getAsJsonObject("input")))
            } catch (e: AuthosException.NotAnException) {
                JsonObject().apply { addProperty("error", "not_an_error") }
            } catch (e: Exception) {
                JsonObject().apply { addProperty("error", e.toString()) }
            }
            out.write(answer.toString())
            out.write("\n")
        }
    }
    return inputs.size()
}

fun main(args: Array<String>) {
    val root = File(args.firstOrNull() ?: ".")
    val (passed, failed) = runVectors(root)
    println("kotlin vectors: $passed passed, $failed failed")
    answerParityCorpus()?.let { println("kotlin parity: $it answers") }
    val (apiPassed, apiFailed) = runApiChecks(root)
    println("kotlin api checks: $apiPassed passed, $apiFailed failed")
    if (failed > 0 || apiFailed > 0 || passed == 0) exitProcess(1)
}
