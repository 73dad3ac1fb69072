// The Swift idioms (Idioms.swift) against real responses from the test server
// on 127.0.0.1 (bindings/testserver.py; `cargo xtask test` starts it and names
// it in AUTHOS_TEST_SERVER).
import AuthosErrors
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

func server() throws -> URL {
    let address = ProcessInfo.processInfo.environment["AUTHOS_TEST_SERVER"] ?? ""
    guard let url = URL(string: address), !address.isEmpty else {
        throw XCTSkip("unreachable: AUTHOS_TEST_SERVER is not set (cargo xtask test sets it)")
    }
    return url
}

/// A GET, as an app would make it with URLSession.
func fetch(_ path: String, session: URLSession = .shared) async throws -> (Data, URLResponse) {
    let url = URL(string: path, relativeTo: try server())!
    return try await withCheckedThrowingContinuation { continuation in
        session.dataTask(with: url) { data, response, error in
            if let error { continuation.resume(throwing: error) } else {
                continuation.resume(returning: (data ?? Data(), response!))
            }
        }.resume()
    }
}

let quick = RetryPolicy(baseDelayMs: 10, maxDelayMs: 50, maxAttempts: 5, budgetMs: 10_000)

final class IdiomTests: XCTestCase {
    override func setUpWithError() throws {
        // Without the server these tests cannot run: that is a failure, not a skip.
        XCTAssertNotNil(ProcessInfo.processInfo.environment["AUTHOS_TEST_SERVER"], "run by cargo xtask test")
    }

    func testErrorsDescribeThemselvesWithTheLibrarysMessage() {
        XCTAssertThrowsError(try interpret(status: 301, headers: [], body: Data(), locales: [], nowMs: nil)) { error in
            XCTAssertTrue(error.localizedDescription.hasPrefix("HTTP status 301 is not an error"), error.localizedDescription)
        }
        let failure = interpretNetworkError(locales: ["de"])
        XCTAssertEqual(AuthosApiError(failure).localizedDescription, failure.message)
    }

    func testURLSessionResponsesAreInterpreted() async throws {
        let (data, response) = try await fetch("/respond?status=429&code=RATE_LIMIT_EXCEEDED&retry_after=1")
        let answer = try XCTUnwrap(interpret(data: data, response: response as! HTTPURLResponse, locales: ["en"]))
        XCTAssertEqual(answer.code, "RATE_LIMIT_EXCEEDED")
        XCTAssertEqual(answer.retryAfterMs, 1_000)
        XCTAssertEqual(answer.serverMessage, "Said by the test server")
        let (page, gateway) = try await fetch("/respond?status=502")
        XCTAssertEqual(interpret(data: page, response: gateway as! HTTPURLResponse)?.code, "SERVICE_UNAVAILABLE")
        let (ok, fine) = try await fetch("/ok")
        XCTAssertNil(interpret(data: ok, response: fine as! HTTPURLResponse), "a 200 is not an error")
        XCTAssertNoThrow(try throwIfError(data: ok, response: fine as! HTTPURLResponse))
        let (bad, refused) = try await fetch("/respond?status=400&code=INVALID_EMAIL")
        XCTAssertThrowsError(try throwIfError(data: bad, response: refused as! HTTPURLResponse, locales: ["en"])) { error in
            let api = error as? AuthosApiError
            XCTAssertEqual(api?.interpretation.field, .email)
            XCTAssertEqual(error.localizedDescription, api?.interpretation.message)
        }
    }

    func testWithRetryWaitsAndSucceeds() async throws {
        let key = UUID().uuidString
        var attempts: [UInt32] = []
        let (data, response) = try await withRetry(policy: quick) { n in
            attempts.append(n)
            return try await fetch("/flaky?key=\(key)&failures=2")
        }
        XCTAssertEqual(response.statusCode, 200)
        XCTAssertEqual(attempts, [1, 2, 3])
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("\"calls\": 3"))
    }

    func testWithRetryGivesUpWithTheInterpretation() async throws {
        do {
            _ = try await withRetry(policy: quick) { _ in try await fetch("/respond?status=400&code=INVALID_EMAIL") }
            XCTFail("no error")
        } catch let error as AuthosApiError {
            XCTAssertEqual(error.interpretation.code, "INVALID_EMAIL")
            XCTAssertNil(error.underlying)
        }
    }

    func testNoResponseIsANetworkErrorThatKeepsItsCause() async throws {
        let nowhere = RetryPolicy(baseDelayMs: 1, maxDelayMs: 1, maxAttempts: 2, budgetMs: 10_000)
        do {
            _ = try await withRetry(policy: nowhere) { _ in try await fetch("http://127.0.0.1:9/") }
            XCTFail("no error")
        } catch let error as AuthosApiError {
            XCTAssertEqual(error.interpretation.code, "NETWORK_ERROR")
            XCTAssertNotNil(error.underlying as? URLError, "the transport's error is kept")
        }
    }

    func testATimeoutIsANetworkError() async throws {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 0.3
        do {
            _ = try await fetch("/slow?seconds=3", session: URLSession(configuration: configuration))
            XCTFail("no timeout")
        } catch {
            XCTAssertFalse(isCancellation(error))
            XCTAssertEqual(interpretNetworkError(error)?.code, "NETWORK_ERROR")
        }
    }

    func testCancellationPropagatesUninterpreted() async throws {
        let task = Task {
            try await withRetry(policy: quick) { _ in
                try await Task.sleep(nanoseconds: 5_000_000_000)
                return try await fetch("/ok")
            }
        }
        try await Task.sleep(nanoseconds: 100_000_000)
        task.cancel()
        do {
            _ = try await task.value
            XCTFail("not cancelled")
        } catch {
            XCTAssertTrue(isCancellation(error), "\(error)")
            XCTAssertFalse(error is AuthosApiError)
            XCTAssertNil(interpretNetworkError(error))
        }
    }
}
