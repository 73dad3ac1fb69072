// The Swift package tested the way Swift packages are (`swift test`): every
// shared vector, the API, hostile input, and resident memory over a million calls.
import AuthosErrors
import Conformance
import Foundation
import XCTest

/// The repository root, above bindings/swift/Tests/AuthosErrorsTests/.
let repository = (0..<5).reduce(URL(fileURLWithPath: #filePath)) { url, _ in url.deletingLastPathComponent() }

let rateLimitedBody = Data(#"{"error":"Too many requests","error_code":"RATE_LIMIT_EXCEEDED"}"#.utf8)

func rateLimited() throws -> Interpretation {
    try interpret(status: 429, headers: [Header(name: "Retry-After", value: "30")], body: rateLimitedBody,
                  locales: ["en"], nowMs: 0)
}

final class VectorTests: XCTestCase {
    func testEveryVectorPasses() {
        let result = runVectors(root: repository)
        result.report.forEach { print($0) }
        print("swift vectors: \(result.passed) passed, \(result.failed) failed")
        XCTAssertGreaterThan(result.passed, 0, "no vectors ran")
        XCTAssertEqual(result.failed, 0, result.report.joined(separator: "\n"))
    }
}

final class ApiTests: XCTestCase {
    func testASuccessStatusIsNotAnErrorWithTheCoresMessage() {
        XCTAssertThrowsError(try interpret(status: 204, headers: [], body: Data(), locales: [], nowMs: nil)) { error in
            guard case let AuthosError.NotAnError(status, detail) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(status, 204)
            XCTAssertTrue(detail.hasPrefix("HTTP status 204 is not an error"), detail)
        }
    }

    func testTheRecordFormAnswersAsInterpret() throws {
        let headers = [Header(name: "Retry-After", value: "3")]
        let record = ErrorResponse(status: 429, headers: headers, body: rateLimitedBody, locales: ["de"], nowMs: 0)
        XCTAssertEqual(try interpretErrorResponse(response: record),
                       try interpret(status: 429, headers: headers, body: rateLimitedBody, locales: ["de"], nowMs: 0))
    }

    func testNetworkErrorsAndTheCatalogue() {
        let network = interpretNetworkError(locales: ["ja"])
        XCTAssertEqual(network.code, "NETWORK_ERROR")
        XCTAssertEqual(network.action, .retry)
        XCTAssertEqual(network.locale, "ja")
        let all = catalogue(locale: "en")
        XCTAssertFalse(all.isEmpty)
        XCTAssertTrue(all.allSatisfy { $0.knownCode != nil })
        XCTAssertEqual(explain(code: "WEAK_PASSWORD", locale: "en")?.description, "Password doesn’t meet requirements")
        XCTAssertEqual(explain(code: "UNAUTHORIZED", locale: "en")?.derivedFrom, ["401"])
        XCTAssertNil(explain(code: "NOPE", locale: "en"))
    }

    func testLocalesAreTheFoldersOfCoreMessages() throws {
        let folders = try FileManager.default.contentsOfDirectory(
            atPath: repository.appendingPathComponent("core/messages").path)
        XCTAssertEqual(Set(shippedLocales()), Set(folders))
        XCTAssertEqual(shippedLocales().first, "en")
        XCTAssertEqual(negotiateLocale(preferred: ["pt_PT"]), "pt-BR")
        XCTAssertEqual(negotiateLocale(preferred: ["zh-SG"]), "zh-Hans")
    }

    func testRetryPolicyAndDeviceFlow() throws {
        let decision = retryDecision(policy: retryPolicyDefault(), failure: try rateLimited(), attempt: 1, elapsedMs: 0,
                                     random: 0.5)
        XCTAssertEqual(decision, .retryAfter(delayMs: 30_000))
        let spent = retryDecision(policy: retryPolicyDefault(), failure: try rateLimited(), attempt: 99, elapsedMs: 0,
                                  random: 0.5)
        XCTAssertEqual(spent, .giveUp(reason: .attemptsExhausted))
        let slow = try interpret(status: 400, headers: [], body: Data(#"{"error":"slow_down"}"#.utf8), locales: [],
                                 nowMs: 0)
        XCTAssertEqual(pollStep(intervalMs: 5_000, failure: slow), .slowDown(intervalMs: 10_000))
        let expired = try interpret(status: 400, headers: [], body: Data(#"{"error":"expired_token"}"#.utf8),
                                    locales: [], nowMs: 0)
        XCTAssertEqual(pollStep(intervalMs: 5_000, failure: expired), .restart)
    }

    func testOverridesAndLocaleData() throws {
        defer { clearAddedMessages() }
        let added = try addMessages(locale: "en", ftl: "RATE_LIMIT_EXCEEDED = Slow down, please.")
        XCTAssertEqual(added.messages, 1)
        XCTAssertEqual(try rateLimited().message, "Slow down, please.")
        clearAddedMessages()
        XCTAssertNotEqual(try rateLimited().message, "Slow down, please.")
        XCTAssertThrowsError(try addMessages(locale: "en", ftl: "TOKEN_EXPIRED = Hi { $name }")) { error in
            guard case AuthosError.InvalidMessages = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try loadLocaleData(data: Data([1, 2, 3]))) { error in
            guard case AuthosError.InvalidLocaleData = error else { return XCTFail("\(error)") }
        }
    }
}

final class HostileInputTests: XCTestCase {
    func testOddInputGetsAnAnswer() throws {
        let tenMegabytes = Data(repeating: 0x7B, count: 10 * 1024 * 1024)
        XCTAssertEqual(try interpret(status: 500, headers: [], body: tenMegabytes, locales: [], nowMs: 0).code,
                       "INTERNAL_SERVER_ERROR")
        let invalidUtf8 = Data([0xFF, 0xFE, 0x7B, 0x22, 0xC3])
        XCTAssertEqual(try interpret(status: 401, headers: [], body: invalidUtf8, locales: [], nowMs: 0).code,
                       "UNAUTHORIZED")
        let oddLocales = ["", "!!", String(repeating: "en-", count: 1_000), "\u{202E}ar", "x-private"]
            + Array(repeating: "zz", count: 1_000)
        XCTAssertEqual(try interpret(status: 404, headers: [], body: Data(), locales: oddLocales, nowMs: 0).locale, "en")
        let oddHeaders = [Header(name: "", value: ""), Header(name: "Retry-After", value: "\u{0}\u{FEFF}9"),
                          Header(name: String(repeating: "X", count: 100_000), value: "\u{1F600}")]
        XCTAssertEqual(try interpret(status: 429, headers: oddHeaders, body: Data(), locales: [], nowMs: nil).code,
                       "RATE_LIMIT_EXCEEDED")
        XCTAssertNil(explain(code: String(repeating: "\u{0}", count: 10_000), locale: "\u{202E}"))
        // A normal call still gives the normal answer.
        XCTAssertEqual(try rateLimited().retryAfterMs, 30_000)
    }
}

final class LeakTests: XCTestCase {
    /// Resident memory after a warm-up and after a million calls: any allocation
    /// leaked per call costs at least 32 bytes in glibc's malloc, so growth above
    /// 16 bytes per call is a leak.
    func testNoLeakOverAMillionCalls() throws {
        let calls = 1_000_000
        for _ in 0..<50_000 { _ = try rateLimited() }
        let start = residentKilobytes()
        for _ in 0..<calls { _ = try rateLimited() }
        let end = residentKilobytes()
        let perCall = Double(max(end - start, 0) * 1024) / Double(calls)
        print("swift leak check: \(calls) calls, resident \(start) KiB after warm-up, \(end) KiB at the end: \(perCall) bytes per call")
        XCTAssertLessThanOrEqual(perCall, 16)
    }
}

/// This process's resident memory, from /proc/self/statm (in pages of 4 KiB).
func residentKilobytes() -> Int {
    let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
    let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    return pages * 4
}
