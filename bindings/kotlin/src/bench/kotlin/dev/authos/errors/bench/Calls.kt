// What the JMH benchmarks (src/bench/java/.../InterpretBenchmark.java) call, in
// Kotlin, where unsigned numbers and suspend functions are at home; and the
// leak check `cargo xtask bench` runs after them.
package dev.authos.errors.bench

import dev.authos.errors.*
import io.ktor.client.HttpClient
import io.ktor.client.engine.mock.MockEngine
import io.ktor.client.engine.mock.respond
import io.ktor.client.request.get
import io.ktor.http.HttpStatusCode
import io.ktor.http.headersOf
import java.io.File
import kotlinx.coroutines.runBlocking
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.Protocol
import okhttp3.Request
import okhttp3.ResponseBody.Companion.toResponseBody

object Calls {
    private val HEADERS = listOf(Header("content-type", "application/json"), Header("retry-after", "30"))
    private val BODY = """{"error":"Too many requests","error_code":"RATE_LIMIT_EXCEEDED","timestamp":"2025-01-15T10:30:00Z"}""".toByteArray()
    private val LOCALES = listOf("en-US", "en")
    private const val NOW_MS = 1_736_937_005_000L
    private val PAIRS = HEADERS.map { it.name to it.value }
    private val RECORD = ErrorResponse(429u, HEADERS, BODY, LOCALES, NOW_MS)

    private val okhttp = okhttp3.Response.Builder()
        .request(Request.Builder().url("http://localhost/").build()).protocol(Protocol.HTTP_1_1)
        .code(429).message("Too Many Requests").headers(okhttp3.Headers.headersOf(*PAIRS.flatMap { it.toList() }.toTypedArray()))
        .body(BODY.toResponseBody("application/json".toMediaType())).build()
    private val retrofit = retrofit2.Response.error<Any>(BODY.toResponseBody("application/json".toMediaType()), okhttp)
    // Lazily: the engine answers on another thread, which would wait for this object's initializer.
    private val ktor by lazy {
        runBlocking {
            val engine = MockEngine { respond(BODY, HttpStatusCode.TooManyRequests, headersOf("retry-after", "30")) }
            HttpClient(engine).get("http://localhost/")
        }
    }

    @JvmStatic fun floor() = benchFloor()

    /** The generated record call: one buffer across the boundary each way. */
    @JvmStatic fun interpretErrorResponse(): Interpretation = interpretErrorResponse(RECORD)

    /** What a Kotlin app calls with an Int status and header pairs. */
    @JvmStatic fun interpret(): Interpretation = interpret(429, PAIRS, BODY, LOCALES, NOW_MS)

    /** The same interpretation timed inside the library: nanoseconds per call over `calls`. */
    @JvmStatic fun nativeInterpret(calls: Int): Double = measureNativeInterpretNs(429u, HEADERS, BODY, LOCALES, NOW_MS, calls.toUInt())

    @JvmStatic fun okhttp(): Interpretation = okhttp.interpret(LOCALES)

    @JvmStatic fun retrofit(): Interpretation = retrofit.interpret(LOCALES)

    @JvmStatic fun ktor(): Interpretation = runBlocking { ktor.interpret(LOCALES) }
}

/** Resident memory in KiB, after a collection so that the heap is not what is measured. */
private fun residentKb(): Long {
    System.gc()
    return File("/proc/self/status").readLines().first { it.startsWith("VmRSS:") }.split(Regex("\\s+"))[1].toLong()
}

/**
 * The leak check: resident memory sampled over `calls` calls after warm-up,
 * printed as one JSON line (`cargo xtask bench` reads it).
 */
fun main(args: Array<String>) {
    val calls = args.firstOrNull()?.toInt() ?: 1_000_000
    check(Calls.interpretErrorResponse().code == "RATE_LIMIT_EXCEEDED")
    repeat(50_000) { Calls.interpretErrorResponse() }
    val samples = mutableListOf(residentKb())
    val step = maxOf(calls / 10, 1)
    var done = 0
    while (done < calls) {
        repeat(minOf(step, calls - done)) { Calls.interpretErrorResponse() }
        done += step
        samples.add(residentKb())
    }
    println("""{"calls":$calls,"resident_kb":$samples}""")
}
