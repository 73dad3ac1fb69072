// The Swift conformance runner, for tools that want a plain executable: every
// shared vector through the generated bindings (see Conformance.swift).
// Usage: VectorRunner <repository root>
import Foundation
#if canImport(Conformance)
import Conformance
#endif

let result = runVectors(root: URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? "."))
result.report.forEach { print($0) }
print("swift vectors: \(result.passed) passed, \(result.failed) failed")
do {
    if let answered = try answerParityCorpus() { print("swift parity: \(answered) answers") }
} catch {
    print("FAIL parity corpus: \(error)")
    exit(1)
}
exit(result.failed > 0 || result.passed == 0 ? 1 : 0)
