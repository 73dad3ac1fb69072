// The concurrency scenario (tests/concurrency/scenario.json) with a TaskGroup,
// compiled in the Swift 6 language mode: workers interpret the inputs in a
// loop while one more task adds messages, loads locale data and clears, over
// and over. Every answer must be one the library gives single-threaded for
// that input after some prefix of the mutations. Then the throughput with 1, 2
// and 8 workers, and resident memory over batches.
import AuthosErrors
import Foundation
import XCTest

/// One input, as plain values a task can carry.
struct ScenarioInput: Sendable {
    let status: UInt16
    let headers: [String: String]
    let body: Data
    let locales: [String]
    let nowMs: Int64

    func answer() throws -> Interpretation {
        try interpret(status: status, headers: headers.map { Header(name: $0.key, value: $0.value) }, body: body,
                      locales: locales, nowMs: nowMs)
    }
}

enum Mutation: Sendable {
    case addMessages(locale: String, ftl: String)
    case loadLocaleData(Data)
    case clear

    func apply() throws {
        switch self {
        case let .addMessages(locale, ftl): _ = try AuthosErrors.addMessages(locale: locale, ftl: ftl)
        case let .loadLocaleData(data): _ = try AuthosErrors.loadLocaleData(data: data)
        case .clear: clearAddedMessages()
        }
    }
}

struct Scenario: Sendable {
    let workers: Int
    let rounds: Int
    let seconds: Double
    let throughputCalls: Int
    let inputs: [ScenarioInput]
    let mutations: [Mutation]

    static func load() throws -> Scenario {
        let url = repository.appendingPathComponent("tests/concurrency/scenario.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        let formatter = ISO8601DateFormatter()
        let inputs = (json["inputs"] as? [[String: Any]] ?? []).map { i in
            ScenarioInput(status: UInt16(i["status"] as? Int ?? 0), headers: i["headers"] as? [String: String] ?? [:],
                          body: Data((i["body"] as? String ?? "").utf8), locales: i["locales"] as? [String] ?? [],
                          nowMs: Int64((formatter.date(from: i["now"] as? String ?? "")?.timeIntervalSince1970 ?? 0) * 1000))
        }
        let mutations = try (json["mutations"] as? [[String: Any]] ?? []).map { m -> Mutation in
            if let add = m["add_messages"] as? [String: String] {
                return .addMessages(locale: add["locale"] ?? "", ftl: add["ftl"] ?? "")
            }
            if let tag = m["load_locale_data"] as? String {
                guard let folder = ProcessInfo.processInfo.environment["AUTHOS_LOCALE_DATA"] else {
                    throw XCTSkip("unreachable: AUTHOS_LOCALE_DATA is not set (cargo xtask test sets it)")
                }
                return .loadLocaleData(try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent("\(tag).bin")))
            }
            return .clear
        }
        return Scenario(workers: json["workers"] as? Int ?? 0, rounds: json["rounds"] as? Int ?? 0,
                        seconds: json["seconds"] as? Double ?? 0, throughputCalls: json["throughput_calls"] as? Int ?? 0,
                        inputs: inputs, mutations: mutations)
    }

    /// For each input, every answer after none, or the first k, of the mutations.
    func allowed() throws -> [Set<Interpretation>] {
        clearAddedMessages()
        defer { clearAddedMessages() }
        var sets = try inputs.map { Set([try $0.answer()]) }
        for mutation in mutations {
            try mutation.apply()
            for (i, input) in inputs.enumerated() { sets[i].insert(try input.answer()) }
        }
        return sets
    }
}

/// Whether the workers should stop; set once, by the mutating task.
final class Stop: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return stopped }
    func set() { lock.lock(); stopped = true; lock.unlock() }
}

func residentKb() -> Int {
    let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
    return (Int(statm.split(separator: " ").dropFirst().first ?? "") ?? 0) * 4
}

final class ConcurrencyTests: XCTestCase {
    func testEveryAnswerUnderContentionIsOneOfASingleThreadedState() async throws {
        let scenario = try Scenario.load()
        let allowed = try scenario.allowed()
        XCTAssertTrue(allowed.contains { $0.count > 1 }, "the mutations change no answer: the scenario proves nothing")
        XCTAssertGreaterThanOrEqual(scenario.workers, 8)
        let stop = Stop()
        let deadline = Date().addingTimeInterval(scenario.seconds)
        let (calls, wrong, rounds) = try await withThrowingTaskGroup(of: (Int, [String], Int).self) { group in
            for worker in 0..<scenario.workers {
                group.addTask {
                    var (n, wrong, i) = (0, [String](), worker % scenario.inputs.count)
                    while !stop.isSet {
                        let got = try scenario.inputs[i].answer()
                        if !allowed[i].contains(got) { wrong.append("input \(i): \(got)") }
                        n += 1
                        i = (i + 1) % scenario.inputs.count
                        await Task.yield()
                    }
                    return (n, wrong, 0)
                }
            }
            group.addTask {
                var rounds = 0
                while rounds < scenario.rounds && Date() < deadline {
                    for mutation in scenario.mutations { try mutation.apply() }
                    rounds += 1
                    await Task.yield()
                }
                stop.set()
                return (0, [], rounds)
            }
            return try await group.reduce((0, [String](), 0)) { ($0.0 + $1.0, $0.1 + $1.1, $0.2 + $1.2) }
        }
        clearAddedMessages()
        print("concurrency swift: \(scenario.workers) workers, \(calls) answers, \(rounds) rounds of mutations, \(wrong.count) wrong")
        XCTAssertGreaterThan(calls, 0)
        XCTAssertGreaterThan(rounds, 0)
        XCTAssertTrue(wrong.isEmpty, "\(wrong.count) answers of no single-threaded state, first: \(wrong.first ?? "")")
    }

    func testThroughputWithOneTwoAndEightWorkersAndMemoryAfter() async throws {
        let scenario = try Scenario.load()
        clearAddedMessages()
        var report: [String] = []
        for workers in [1, 2, 8] {
            let perWorker = scenario.throughputCalls / workers
            let start = Date()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<workers {
                    group.addTask {
                        for n in 0..<perWorker { _ = try scenario.inputs[(worker + n) % scenario.inputs.count].answer() }
                    }
                }
                try await group.waitForAll()
            }
            report.append("\(workers) worker(s) \(Int(Double(perWorker * workers) / Date().timeIntervalSince(start))) calls/s")
        }
        var resident: [Int] = []
        for _ in 0..<11 {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<scenario.workers {
                    group.addTask {
                        for n in 0..<200 { _ = try scenario.inputs[(worker + n) % scenario.inputs.count].answer() }
                    }
                }
                group.addTask { for _ in 0..<20 { for mutation in scenario.mutations { try mutation.apply() } } }
                try await group.waitForAll()
            }
            clearAddedMessages()
            resident.append(residentKb())
        }
        print("concurrency swift throughput: \(report.joined(separator: ", ")); resident \(resident[0]) → \(resident[10]) KiB")
        XCTAssertLessThanOrEqual(resident[10], resident[0] + 2048, "resident memory grew: \(resident)")
    }
}
