// With AUTHOS_PARITY_IN (a corpus) and AUTHOS_PARITY_DIR, writes kotlin.jsonl:
// one answer per input (every field, or {"error": ...}), for `cargo xtask parity`.
package dev.authos.errors

import com.google.gson.JsonObject
import com.google.gson.JsonParser
import java.io.File
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable

class ParityTest {
    @Test
    @EnabledIfEnvironmentVariable(named = "AUTHOS_PARITY_IN", matches = ".+")
    fun `answers the parity corpus`() {
        val inputs = JsonParser.parseString(File(System.getenv("AUTHOS_PARITY_IN")).readText()).asJsonArray
        File(System.getenv("AUTHOS_PARITY_DIR"), "kotlin.jsonl").bufferedWriter().use { out ->
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
        println("kotlin parity: ${inputs.size()} answers")
    }
}
