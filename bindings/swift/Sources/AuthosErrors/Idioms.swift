// What a Swift developer expects beside the generated bindings (AuthosErrors.swift):
// errors that describe themselves with the library's message, an `Error` that
// carries the interpretation, what URLSession hands over interpreted, and
// retrying with `async`/`await`. Cancellation is never interpreted: it propagates
// (docs/bindings.md, "The same idioms on every platform").
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension AuthosError: LocalizedError {
    /// The library's message for this error: the same text on every platform.
    public var detail: String {
        switch self {
        case let .NotAnError(_, detail), let .InvalidLocale(_, detail), let .InvalidLocaleData(_, detail),
             let .InvalidMessages(_, _, detail), let .Other(detail):
            return detail
        }
    }

    public var errorDescription: String? { detail }
}

/// An AuthOS API error, to throw: the interpretation of a failed response (or
/// of no response at all), and the failure it came from, if any.
/// `errorDescription` is the message that is safe to show to the person.
public struct AuthosApiError: Error, LocalizedError, Sendable {
    public let interpretation: Interpretation
    /// The transport's own error, for a request that got no response.
    public let underlying: (any Error & Sendable)?

    public init(_ interpretation: Interpretation, underlying: (any Error & Sendable)? = nil) {
        self.interpretation = interpretation
        self.underlying = underlying
    }

    public var errorDescription: String? { interpretation.message }
}

/// Whether `error` is a cancellation the caller made, which no platform interprets.
public func isCancellation(_ error: any Error) -> Bool {
    if error is CancellationError { return true }
    if let url = error as? URLError, url.code == .cancelled { return true }
    return false
}

/// Interprets what URLSession hands over; `nil` for a 1xx–3xx response, which is not an error.
public func interpret(data: Data, response: HTTPURLResponse, locales: [String] = Locale.preferredLanguages,
                      nowMs: Int64? = nil) -> Interpretation? {
    let headers = response.allHeaderFields.compactMap { name, value in
        (name as? String).map { Header(name: $0, value: "\(value)") }
    }
    // One record crosses in one buffer, where `interpret` takes four.
    return try? interpretErrorResponse(response: ErrorResponse(
        status: UInt16(clamping: response.statusCode), headers: headers, body: data, locales: locales, nowMs: nowMs))
}

/// The interpretation of a request that got no response (`NETWORK_ERROR`; a
/// timeout is one); `nil` for a cancellation, which the caller rethrows.
public func interpretNetworkError(_ error: any Error, locales: [String] = Locale.preferredLanguages) -> Interpretation? {
    isCancellation(error) ? nil : interpretNetworkError(locales: locales)
}

/// Throws `AuthosApiError` for an error response; a 1xx–3xx response passes.
public func throwIfError(data: Data, response: HTTPURLResponse, locales: [String] = Locale.preferredLanguages) throws {
    if let failure = interpret(data: data, response: response, locales: locales) {
        throw AuthosApiError(failure)
    }
}

/// Runs `attempt` (numbered from 1) until it answers with a response that is
/// not an error, waiting between attempts as the retry policy says (never less
/// than `Retry-After`). Throws `AuthosApiError` with the last failure when the
/// policy gives up; a cancellation (the task's, or URLSession's) propagates as it is.
public func withRetry(
    policy: RetryPolicy = retryPolicyDefault(),
    locales: [String] = Locale.preferredLanguages,
    random: () -> Double = { Double.random(in: 0..<1) },
    _ attempt: (UInt32) async throws -> (Data, URLResponse)
) async throws -> (Data, HTTPURLResponse) {
    let started = DispatchTime.now().uptimeNanoseconds
    var n: UInt32 = 1
    while true {
        try Task.checkCancellation()
        let failure: Interpretation
        var underlying: (any Error & Sendable)?
        do {
            let (data, response) = try await attempt(n)
            guard let http = response as? HTTPURLResponse else {
                throw URLError(.badServerResponse)
            }
            guard let interpreted = interpret(data: data, response: http, locales: locales) else { return (data, http) }
            failure = interpreted
        } catch {
            if isCancellation(error) || error is AuthosApiError { throw error }
            failure = interpretNetworkError(locales: locales)
            underlying = error as (any Error & Sendable)
        }
        let elapsedMs = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        switch retryDecision(policy: policy, failure: failure, attempt: n, elapsedMs: elapsedMs, random: random()) {
        case let .retryAfter(delayMs):
            try await Task.sleep(nanoseconds: delayMs.multipliedReportingOverflow(by: 1_000_000).partialValue)
        case .giveUp:
            throw AuthosApiError(failure, underlying: underlying)
        }
        n += 1
    }
}
