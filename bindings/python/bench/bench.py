"""Per-call cost of `interpret` through the Python bindings, against the same call
timed natively inside the library in the same process; then a leak check:
resident memory over many calls after warm-up. `cargo xtask bench` runs it from
the installed wheel and reads the one JSON line it prints last."""

import gc
import json
import os
import sys
import time

import authos_errors as ae

HEADERS = [ae.Header(name="content-type", value="application/json"), ae.Header(name="retry-after", value="30")]
BODY = b'{"error":"Too many requests","error_code":"RATE_LIMIT_EXCEEDED","timestamp":"2025-01-15T10:30:00Z"}'
LOCALES = ["en-US", "en"]
NOW_MS = 1_736_937_005_000
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def call():
    # What the package's response adapters call: one record across the boundary.
    return ae.interpret_error_response(ae.ErrorResponse(status=429, headers=HEADERS, body=BODY, locales=LOCALES, now_ms=NOW_MS))


def resident_kb():
    gc.collect()
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE_KB


def main():
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    assert call().code == "RATE_LIMIT_EXCEEDED"
    for _ in range(5_000):
        call()

    timed = 10_000
    best = min(timed_run(timed) for _ in range(5))
    native = min(ae.measure_native_interpret_ns(429, HEADERS, BODY, LOCALES, NOW_MS, 100_000) for _ in range(5))
    floor = min(timed_run(timed, ae.bench_floor) for _ in range(5))

    samples = [resident_kb()]
    step = max(calls // 10, 1)
    done = 0
    while done < calls:
        for _ in range(min(step, calls - done)):
            call()
        done += step
        samples.append(resident_kb())
    print(json.dumps({"name": "python-interpret", "ours_ns": best, "baseline_ns": native, "floor_ns": floor, "calls": calls,
                      "resident_kb": samples}))


def timed_run(n, function=call):
    start = time.perf_counter_ns()
    for _ in range(n):
        function()
    return (time.perf_counter_ns() - start) / n


if __name__ == "__main__":
    main()
