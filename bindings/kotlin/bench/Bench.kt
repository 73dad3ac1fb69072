// Per-call cost of `interpret` through the Kotlin bindings, against the same
// call timed natively inside the library in the same process; then a leak
// check: resident memory over many calls after warm-up. `cargo xtask bench`
// runs it and reads the one JSON line it prints last.
import dev.authos.errors.*
import java.io.File

val HEADERS = listOf(Header("content-type", "application/json"), Header("retry-after", "30"))
val BODY = """{"error":"Too many requests","error_code":"RATE_LIMIT_EXCEEDED","timestamp":"2025-01-15T10:30:00Z"}""".toByteArray()
val LOCALES = listOf("en-US", "en")
const val NOW_MS = 1_736_937_005_000L

val PAIRS = HEADERS.map { it.name to it.value }

/** What a Kotlin app calls: the idiomatic entry point (one record across the boundary). */
fun call(): Interpretation = interpretResponse(429, PAIRS, BODY, LOCALES, NOW_MS)

/** Resident memory in KiB, after a collection so that the heap is not what is measured. */
fun residentKb(): Long {
    System.gc()
    return File("/proc/self/status").readLines().first { it.startsWith("VmRSS:") }.split(Regex("\\s+"))[1].toLong()
}

fun main(args: Array<String>) {
    val calls = args.firstOrNull()?.toInt() ?: 1_000_000
    check(call().code == "RATE_LIMIT_EXCEEDED")
    repeat(50_000) { call() } // warm-up: the JIT, the library's caches

    val timed = 100_000
    var best = Double.MAX_VALUE
    repeat(5) {
        val start = System.nanoTime()
        repeat(timed) { call() }
        best = minOf(best, (System.nanoTime() - start).toDouble() / timed)
    }
    val native = (1..5).minOf { measureNativeInterpretNs(429u, HEADERS, BODY, LOCALES, NOW_MS, timed.toUInt()) }

    val samples = mutableListOf(residentKb())
    val step = maxOf(calls / 10, 1)
    var done = 0
    while (done < calls) {
        repeat(minOf(step, calls - done)) { call() }
        done += step
        samples.add(residentKb())
    }
    println("""{"name":"kotlin-interpret","ours_ns":$best,"baseline_ns":$native,"calls":$calls,"resident_kb":$samples}""")
}
