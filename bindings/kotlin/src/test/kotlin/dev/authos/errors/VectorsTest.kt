// Every shared vector through the generated bindings, one JUnit test per vector
// named by its file, number and name, so that a failure (the canary's too) names it.
package dev.authos.errors

import com.google.gson.JsonArray
import com.google.gson.JsonParser
import java.io.File
import org.junit.jupiter.api.DynamicNode
import org.junit.jupiter.api.DynamicContainer.dynamicContainer
import org.junit.jupiter.api.DynamicTest.dynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.fail

class VectorsTest {
    @TestFactory
    fun vectors(): List<DynamicNode> = vectorFiles().map { file ->
        val vectors = try {
            JsonParser.parseString(file.readText()).asJsonArray
        } catch (e: Exception) {
            return@map dynamicTest(file.path) { fail("${file.path}: $e") }
        }
        dynamicContainer(file.name, tests(file, vectors))
    }

    private fun tests(file: File, vectors: JsonArray) = vectors.mapIndexed { i, element ->
        val vector = element.asJsonObject
        val label = "${file.name} #$i \"${vector.get("name")?.asString ?: "(unnamed)"}\""
        dynamicTest(label) {
            val problems = try { mismatches(vector) } catch (e: Exception) { listOf("threw $e") }
            if (problems.isNotEmpty()) fail("$label\n" + problems.joinToString("\n") { "    $it" })
        }
    }

    @Test
    fun `the shipped vectors are there`() {
        val count = vectorFiles().filter { it.parentFile == File(root, "tests/vectors") }
            .sumOf { JsonParser.parseString(it.readText()).asJsonArray.size() }
        expect(count > 0) { "no vectors in ${File(root, "tests/vectors")}" }
    }
}
