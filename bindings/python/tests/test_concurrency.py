"""The concurrency scenario (tests/concurrency/scenario.json) with a
ThreadPoolExecutor: workers interpret the inputs in a loop while one more
thread adds messages, loads locale data and clears, over and over. Every
answer must be one the library gives single-threaded for that input after some
prefix of the mutations. Then the throughput with 1, 2 and 8 workers, and
memory over batches."""

import functools
import json
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import authos_errors as ae
from conftest import ROOT, call, spelled

SCENARIO = json.loads((ROOT / "tests" / "concurrency" / "scenario.json").read_text(encoding="utf-8"))
INPUTS = SCENARIO["inputs"]
# A lock for the whole file: the added messages are process-wide.
ONE_AT_A_TIME = threading.Lock()


def answer(input_):
    return json.dumps(spelled(call(input_)), sort_keys=True, ensure_ascii=False)


@functools.cache  # read once: the mutator applies it every round
def locale_data(tag):
    folder = os.environ.get("AUTHOS_LOCALE_DATA")
    assert folder, "AUTHOS_LOCALE_DATA: the folder of the shipped locales' data (cargo xtask test sets it)"
    return (Path(folder) / f"{tag}.bin").read_bytes()


def apply(mutation):
    if "add_messages" in mutation:
        ae.add_messages(mutation["add_messages"]["locale"], mutation["add_messages"]["ftl"])
    elif "load_locale_data" in mutation:
        ae.load_locale_data(locale_data(mutation["load_locale_data"]))
    else:
        assert mutation == {"clear_added_messages": True}, mutation
        ae.clear_added_messages()


def allowed():
    """For each input, every answer after none, or the first k, of the mutations."""
    ae.clear_added_messages()
    sets = [{answer(i)} for i in INPUTS]
    for mutation in SCENARIO["mutations"]:
        apply(mutation)
        for s, i in zip(sets, INPUTS):
            s.add(answer(i))
    ae.clear_added_messages()
    return sets


def resident_kb():
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def test_every_answer_under_contention_is_one_of_a_single_threaded_state(capsys):
    with ONE_AT_A_TIME:
        sets = allowed()
        assert any(len(s) > 1 for s in sets), "the mutations change no answer: the scenario proves nothing"
        workers = SCENARIO["workers"]
        assert workers >= 8
        done = threading.Event()
        wrong = []

        def work(worker):
            n = 0
            i = worker % len(INPUTS)
            while not done.is_set():
                got = answer(INPUTS[i])
                if got not in sets[i]:
                    wrong.append(f"input {i}: {got}")
                n += 1
                i = (i + 1) % len(INPUTS)
            return n

        deadline = time.monotonic() + SCENARIO["seconds"]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(work, w) for w in range(workers)]
            rounds = 0
            while rounds < SCENARIO["rounds"] and time.monotonic() < deadline:
                for mutation in SCENARIO["mutations"]:
                    apply(mutation)
                rounds += 1
            done.set()
            calls = sum(f.result() for f in futures)
        ae.clear_added_messages()
        with capsys.disabled():
            print(f"\nconcurrency python: {workers} workers, {calls} answers, {rounds} rounds, {len(wrong)} wrong")
        assert rounds > 0 and calls > 0
        assert not wrong, f"{len(wrong)} answers of no single-threaded state, first: {wrong[0]}"


def test_throughput_with_one_two_and_eight_workers_and_memory_after(capsys):
    with ONE_AT_A_TIME:
        ae.clear_added_messages()
        calls = SCENARIO["throughput_calls"] // 10  # ctypes marshalling: ~100x the native cost
        report = []
        for workers in (1, 2, 8):
            per_worker = calls // workers

            def work(worker, per_worker=per_worker):
                for n in range(per_worker):
                    call(INPUTS[(worker + n) % len(INPUTS)])

            start = time.perf_counter()
            with ThreadPoolExecutor(max_workers=workers) as pool:
                list(pool.map(work, range(workers)))
            report.append(f"{workers} worker(s) {per_worker * workers / (time.perf_counter() - start):.0f} calls/s")

        # Memory: the same pool answers in batches while the mutations run.
        resident = []
        with ThreadPoolExecutor(max_workers=SCENARIO["workers"]) as pool:
            for _ in range(11):
                batch = [pool.submit(lambda w: [call(INPUTS[(w + n) % len(INPUTS)]) for n in range(100)], w)
                         for w in range(SCENARIO["workers"])]
                for _ in range(20):
                    for mutation in SCENARIO["mutations"]:
                        apply(mutation)
                for f in batch:
                    f.result()
                ae.clear_added_messages()
                resident.append(resident_kb())
        with capsys.disabled():
            print(f"\nconcurrency python throughput: {', '.join(report)}; resident {resident[0]} → {resident[-1]} KiB")
        assert resident[-1] <= resident[0] + 2048, f"resident memory grew: {resident}"
