// The shared conformance vectors (tests/vectors and AUTHOS_EXTRA_VECTORS)
// through the generated bindings, for the vector runner and the XCTest target
// alike. Foundation only.
import Foundation
#if canImport(AuthosErrors)
import AuthosErrors
#endif

private let fields = ["code", "known", "derived", "status", "category", "audience", "action", "field", "retryable",
              "retry_after_ms", "server_message", "timestamp", "clock_skew_ms", "locale", "message", "request_id", "mapped_from"]

/// `deviceFlow` → `device_flow`: the vectors' spelling of an enum case.
private func snake<T>(_ value: T) -> String {
    var out = ""
    for ch in String(describing: value) {
        if ch.isUppercase { out += "_" + ch.lowercased() } else { out.append(ch) }
    }
    return out
}

private func spelled(_ i: Interpretation) -> [String: Any] {
    func opt(_ v: Any?) -> Any { v ?? NSNull() }
    return [
        "code": i.code, "known": i.known, "derived": i.derived, "status": Int(i.status),
        "category": snake(i.category), "audience": snake(i.audience), "action": snake(i.action),
        "field": opt(i.field.map { snake($0) }), "retryable": i.retryable,
        "retry_after_ms": opt(i.retryAfterMs.map { Int64($0) }), "server_message": opt(i.serverMessage),
        "timestamp": opt(i.timestamp), "clock_skew_ms": opt(i.clockSkewMs), "locale": i.locale,
        "message": i.message, "request_id": opt(i.requestId), "mapped_from": opt(i.mappedFrom),
    ]
}

private func same(_ a: Any, _ b: Any) -> Bool {
    switch (a, b) {
    case (is NSNull, is NSNull): return true
    case let (x as Bool, y as Bool): return x == y
    case let (x as String, y as String): return x == y
    case let (x as NSNumber, y as NSNumber): return x == y
    case let (x as Int, y as NSNumber): return NSNumber(value: x) == y
    case let (x as Int64, y as NSNumber): return NSNumber(value: x) == y
    default: return false
    }
}

/// RFC 3339 to milliseconds, exactly: the whole seconds by the formatter, the
/// fraction's first three digits as integers (a Double would round some away).
private func epochMs(_ text: String) -> Int64? {
    var whole = text, fractionMs: Int64 = 0
    if let dot = text.firstIndex(of: ".") {
        let digits = text[text.index(after: dot)...].prefix { $0.isNumber }
        let ms = (digits + "000").prefix(3)
        fractionMs = Int64(ms) ?? 0
        whole = String(text[..<dot]) + String(text[text.index(after: dot)...].dropFirst(digits.count))
    }
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    return f.date(from: whole).map { Int64($0.timeIntervalSince1970) * 1000 + fractionMs }
}

private func malformed(_ what: String) -> NSError {
    NSError(domain: "vectors", code: 2, userInfo: [NSLocalizedDescriptionKey: what])
}

/// The headers in order received: an object of names to values, or `[name, value]`
/// pairs (where a name repeats). The xtask checks a vector file's shape first; a
/// shape it would refuse throws here too, never read as empty values.
private func readHeaders(_ value: Any?) throws -> [Header] {
    switch value {
    case nil: return []
    case let object as [String: Any]:
        return try object.map { name, v in
            guard let text = v as? String else { throw malformed("input.headers.\(name) is not a string") }
            return Header(name: name, value: text)
        }
    case let pairs as [Any]:
        return try pairs.map { pair in
            guard let parts = pair as? [Any], parts.count == 2, let name = parts[0] as? String, let text = parts[1] as? String
            else { throw malformed("input.headers: \(pair) is not a [name, value] pair") }
            return Header(name: name, value: text)
        }
    default: throw malformed("input.headers is neither an object nor [name, value] pairs")
    }
}

private func call(_ input: [String: Any]) throws -> Interpretation {
    let headers = try readHeaders(input["headers"])
    var body = Data()
    if let b64 = input["body_base64"] as? String {
        guard let bytes = Data(base64Encoded: b64) else { throw malformed("input.body_base64 is not base64") }
        body = bytes
    } else if let text = input["body"] as? String { body = Data(text.utf8) }
    else if input["body"] != nil { throw malformed("input.body is not a string") }
    let locales: [String]
    switch input["locales"] {
    case nil: locales = []
    case let list as [String]: locales = list
    default: throw malformed("input.locales is not an array of strings")
    }
    let now = (input["now"] as? String).flatMap(epochMs)
    guard let status = input["status"] as? Int, (0...0xFFFF).contains(status) else {
        throw NSError(domain: "vectors", code: 1, userInfo: [NSLocalizedDescriptionKey: "input.status is not an HTTP status"])
    }
    return try interpret(status: UInt16(status), headers: headers, body: body, locales: locales, nowMs: now)
}

private func check(_ vector: [String: Any]) -> [String] {
    let input = vector["input"] as? [String: Any] ?? [:]
    if let wanted = vector["expect_error"] as? String {
        do { _ = try call(input); return ["expected error \(wanted), got an interpretation"] }
        catch AuthosError.NotAnError { return wanted == "not_an_error" ? [] : ["unexpected NotAnError"] }
        catch { return ["unexpected \(error)"] }
    }
    let actual: [String: Any]
    do { actual = spelled(try call(input)) } catch { return ["threw \(error)"] }
    var problems: [String] = []
    for (field, expected) in vector["expect"] as? [String: Any] ?? [:] {
        guard fields.contains(field) else { problems.append("expect.\(field): not a field of the interpretation"); continue }
        if !same(actual[field] ?? NSNull(), expected) {
            problems.append("\(field): expected \(String(describing: expected).prefix(300)), actual \(String(describing: actual[field] ?? NSNull()).prefix(300))")
        }
    }
    return problems
}

/// With `AUTHOS_PARITY_IN` (a corpus) and `AUTHOS_PARITY_DIR`, writes
/// `swift.jsonl`: one answer per input (every field, or `{"error": ...}`), for
/// `cargo xtask parity`. How many inputs were answered; nil without a corpus.
public func answerParityCorpus() throws -> Int? {
    let env = ProcessInfo.processInfo.environment
    guard let corpus = env["AUTHOS_PARITY_IN"], let dir = env["AUTHOS_PARITY_DIR"] else { return nil }
    let data = try Data(contentsOf: URL(fileURLWithPath: corpus))
    let inputs = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
    var out = Data()
    for vector in inputs {
        let answer: [String: Any]
        do {
            let all = spelled(try call(vector["input"] as? [String: Any] ?? [:]))
            answer = Dictionary(uniqueKeysWithValues: fields.map { ($0, all[$0] ?? NSNull()) })
        } catch AuthosError.NotAnError {
            answer = ["error": "not_an_error"]
        } catch {
            answer = ["error": "\(error)"]
        }
        out.append(try JSONSerialization.data(withJSONObject: answer))
        out.append(0x0A)
    }
    try out.write(to: URL(fileURLWithPath: dir).appendingPathComponent("swift.jsonl"))
    return inputs.count
}

/// Every vector file: tests/vectors/*.json under `root`, then each file named
/// in `AUTHOS_EXTRA_VECTORS` (`:`-separated).
public func vectorFiles(root: URL) -> [URL] {
    let dir = root.appendingPathComponent("tests/vectors")
    let shipped = ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? [])
        .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    let extra = (ProcessInfo.processInfo.environment["AUTHOS_EXTRA_VECTORS"] ?? "").split(separator: ":")
    return shipped + extra.map { URL(fileURLWithPath: String($0)) }
}

/// Runs every vector: how many passed and failed, and a report naming each
/// failing vector with its expected and actual values.
public func runVectors(root: URL) -> (passed: Int, failed: Int, report: [String]) {
    var passed = 0, failed = 0, report: [String] = []
    for file in vectorFiles(root: root) {
        guard let data = try? Data(contentsOf: file),
              let vectors = (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) as? [[String: Any]] else {
            failed += 1; report.append("FAIL \(file.path): unreadable"); continue
        }
        for (i, vector) in vectors.enumerated() {
            let problems = check(vector)
            if problems.isEmpty { passed += 1 } else {
                failed += 1
                report.append("FAIL \(file.lastPathComponent) #\(i) \"\(vector["name"] as? String ?? "(unnamed)")\"")
                report += problems.map { "    \($0)" }
            }
        }
    }
    return (passed, failed, report)
}
