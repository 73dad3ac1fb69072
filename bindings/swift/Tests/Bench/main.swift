// Per-call cost of `interpret` through the Swift bindings, against the same
// call timed natively inside the library in the same process; then a leak
// check: resident memory over many calls after warm-up. `cargo xtask bench`
// runs it (release build) and reads the one JSON line it prints last.
import AuthosErrors
import Foundation

let headers = [Header(name: "content-type", value: "application/json"), Header(name: "retry-after", value: "30")]
let body = Data(#"{"error":"Too many requests","error_code":"RATE_LIMIT_EXCEEDED","timestamp":"2025-01-15T10:30:00Z"}"#.utf8)
let locales = ["en-US", "en"]
let now: Int64 = 1_736_937_005_000

func call() -> Interpretation {
    // What `interpret(data:response:)` calls: one record across the boundary. 429 never throws.
    (try? interpretErrorResponse(response: ErrorResponse(status: 429, headers: headers, body: body, locales: locales,
                                                          nowMs: now)))!
}

/// Resident memory in KiB, from /proc/self/statm (pages of 4 KiB).
func residentKb() -> Int {
    let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
    return (statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) * 4
}

let calls = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000_000
precondition(call().code == "RATE_LIMIT_EXCEEDED")
for _ in 0..<50_000 { _ = call() }

let timed = 100_000
var best = Double.greatestFiniteMagnitude
for _ in 0..<5 {
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<timed { _ = call() }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / Double(timed))
}
let native = (0..<5).map { _ in
    measureNativeInterpretNs(status: 429, headers: headers, body: body, locales: locales, nowMs: now,
                             iterations: UInt32(timed))
}.min()!

// The floor: a call across the boundary with no argument and no result.
var floor = Double.greatestFiniteMagnitude
for _ in 0..<5 {
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<timed { benchFloor() }
    floor = min(floor, Double(DispatchTime.now().uptimeNanoseconds - start) / Double(timed))
}

var samples = [residentKb()]
let step = max(calls / 10, 1)
var done = 0
while done < calls {
    for _ in 0..<min(step, calls - done) { _ = call() }
    done += step
    samples.append(residentKb())
}
print(#"{"name":"swift-interpret","ours_ns":\#(best),"baseline_ns":\#(native),"floor_ns":\#(floor),"calls":\#(calls),"resident_kb":\#(samples)}"#)
