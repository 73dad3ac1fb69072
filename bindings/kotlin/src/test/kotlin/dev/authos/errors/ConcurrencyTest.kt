// The concurrency scenario (tests/concurrency/scenario.json) with coroutines on
// Dispatchers.Default and Dispatchers.IO: workers interpret the inputs in a
// loop while one more coroutine adds messages, loads locale data and clears,
// over and over. Every answer must be one the library gives single-threaded
// for that input after some prefix of the mutations. Then the throughput with
// 1, 2 and 8 workers, and resident memory over batches.
package dev.authos.errors

import com.google.gson.JsonObject
import com.google.gson.JsonParser
import java.io.File
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.atomic.AtomicBoolean
import java.util.concurrent.atomic.AtomicLong
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.joinAll
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.yield
import org.junit.jupiter.api.DisplayName
import org.junit.jupiter.api.Test

private class Scenario(root: File) {
    val json: JsonObject = JsonParser.parseString(File(root, "tests/concurrency/scenario.json").readText()).asJsonObject
    val workers = json.get("workers").asInt
    val rounds = json.get("rounds").asInt
    val seconds = json.get("seconds").asLong
    val throughputCalls = json.get("throughput_calls").asInt
    val inputs = json.getAsJsonArray("inputs").map { it.asJsonObject }
    val mutations = json.getAsJsonArray("mutations").map { it.asJsonObject }
}

private fun answer(input: JsonObject): String = spelled(call(input)).toString()

/** Each shipped locale's data, read once: the mutator loads it every round. */
private val localeData = java.util.concurrent.ConcurrentHashMap<String, ByteArray>()

private fun apply(mutation: JsonObject) {
    when {
        mutation.has("add_messages") -> mutation.getAsJsonObject("add_messages").let {
            addMessages(it.get("locale").asString, it.get("ftl").asString)
        }
        mutation.has("load_locale_data") -> {
            val folder = System.getenv("AUTHOS_LOCALE_DATA") ?: error("AUTHOS_LOCALE_DATA is not set: run with cargo xtask test")
            val tag = mutation.get("load_locale_data").asString
            loadLocaleData(localeData.getOrPut(tag) { File(folder, "$tag.bin").readBytes() })
        }
        mutation.get("clear_added_messages")?.asBoolean == true -> clearAddedMessages()
        else -> error("an unknown mutation: $mutation")
    }
}

/** For each input, every answer after none, or the first k, of the mutations. */
private fun allowed(s: Scenario): List<Set<String>> {
    clearAddedMessages()
    val sets = s.inputs.map { mutableSetOf(answer(it)) }
    for (mutation in s.mutations) {
        apply(mutation)
        sets.zip(s.inputs).forEach { (set, input) -> set.add(answer(input)) }
    }
    clearAddedMessages()
    return sets
}

private fun residentKb(): Long = File("/proc/self/statm").readText().split(" ")[1].toLong() * 4

class ConcurrencyTest {
    private val s = Scenario(root)

    @Test
    @DisplayName("every answer under contention is one of a single-threaded state")
    fun answersUnderContention() {
        val sets = allowed(s)
        check(sets.any { it.size > 1 }) { "the mutations change no answer: the scenario proves nothing" }
        check(s.workers >= 8) { "at least 8 workers" }
        val done = AtomicBoolean(false)
        val calls = AtomicLong()
        val wrong = ConcurrentLinkedQueue<String>()
        var rounds = 0
        runBlocking {
            // Half the workers on Default, half on IO, as an app's would be.
            val workers = (0 until s.workers).map { w ->
                launch(if (w % 2 == 0) Dispatchers.Default else Dispatchers.IO) {
                    var i = w % s.inputs.size
                    var n = 0L
                    while (!done.get()) {
                        val got = answer(s.inputs[i])
                        if (got !in sets[i]) wrong.add("input $i: $got")
                        n++
                        i = (i + 1) % s.inputs.size
                        yield()
                    }
                    calls.addAndGet(n)
                }
            }
            val deadline = System.nanoTime() + s.seconds * 1_000_000_000
            launch(Dispatchers.IO) {
                while (rounds < s.rounds && System.nanoTime() < deadline) {
                    s.mutations.forEach(::apply)
                    rounds++
                    yield()
                }
                done.set(true)
            }.join()
            workers.joinAll()
        }
        clearAddedMessages()
        println("concurrency kotlin: ${s.workers} workers, ${calls.get()} answers, $rounds rounds of mutations, ${wrong.size} wrong")
        check(rounds > 0 && calls.get() > 0) { "nothing ran" }
        check(wrong.isEmpty()) { "${wrong.size} answers of no single-threaded state, first: ${wrong.first()}" }
    }

    @Test
    @DisplayName("throughput with 1, 2 and 8 workers, and memory over batches")
    fun throughputAndMemory() {
        clearAddedMessages()
        val report = listOf(1, 2, 8).map { workers ->
            val perWorker = s.throughputCalls / workers
            val start = System.nanoTime()
            runBlocking {
                (0 until workers).map { w ->
                    launch(Dispatchers.Default) { repeat(perWorker) { n -> call(s.inputs[(w + n) % s.inputs.size]) } }
                }.joinAll()
            }
            val perSecond = perWorker * workers / ((System.nanoTime() - start) / 1e9)
            "$workers worker(s) ${perSecond.toLong()} calls/s"
        }
        val resident = (0 until 11).map {
            runBlocking {
                val batch = (0 until s.workers).map { w ->
                    launch(if (w % 2 == 0) Dispatchers.Default else Dispatchers.IO) {
                        repeat(200) { n -> call(s.inputs[(w + n) % s.inputs.size]) }
                    }
                }
                repeat(20) { s.mutations.forEach(::apply) }
                batch.joinAll()
            }
            clearAddedMessages()
            System.gc()
            residentKb()
        }
        println("concurrency kotlin throughput: ${report.joinToString()}; resident ${resident.first()} → ${resident.last()} KiB")
        // The JVM's own heap and JIT move resident memory by a few MiB; a
        // leak of the native library would grow with every batch.
        check(resident.last() <= resident.first() + 16_384) { "resident memory grew: $resident" }
    }
}
