// The concurrency scenario (tests/concurrency/scenario.json, copied beside
// this file as concurrency-scenario.json) for JavaScript, shared by Node's
// worker_threads and the browser's Web Workers. Each worker has its own
// instance of the package: within it, the mutations interleave with the
// answers as far as one thread allows (an addition between two answers), every
// answer must be one the instance gives for that input after some prefix of
// the mutations, and every worker must answer identically (the same trace).

/** One worker's run: `{ calls, wrong, trace, memory }`, where `trace` is the SHA-256 of every answer in order. */
export async function runScenario(api, scenario) {
  const answer = (input) => JSON.stringify(api.interpret({
    status: input.status, headers: input.headers, body: input.body, locales: input.locales, now: input.now,
  }));
  const apply = async (mutation) => {
    if (mutation.add_messages) await api.addMessages(mutation.add_messages.locale, mutation.add_messages.ftl);
    else if (mutation.load_locale_data) await api.loadLocale(mutation.load_locale_data);
    else if (mutation.clear_added_messages === true) api.clearAddedMessages();
    else throw new Error(`an unknown mutation: ${JSON.stringify(mutation)}`);
  };
  const { inputs, mutations, rounds } = scenario;
  api.clearAddedMessages();
  const allowed = inputs.map((input) => new Set([answer(input)]));
  for (const mutation of mutations) {
    await apply(mutation);
    inputs.forEach((input, i) => allowed[i].add(answer(input)));
  }
  api.clearAddedMessages();
  if (!allowed.some((set) => set.size > 1)) throw new Error("the mutations change no answer: the scenario proves nothing");

  const trace = [];
  const wrong = [];
  let memoryAfterFirst = 0;
  for (let round = 0; round < rounds; round++) {
    for (const mutation of mutations) {
      await apply(mutation);
      inputs.forEach((input, i) => {
        const got = answer(input);
        if (!allowed[i].has(got)) wrong.push(`input ${i}: ${got}`);
        trace.push(got);
      });
    }
    if (round === 0) memoryAfterFirst = api.wasmMemoryBytes();
  }
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(trace.join("\n")));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return { calls: trace.length, wrong: wrong.slice(0, 5), wrongCount: wrong.length, trace: hex,
    memory: [memoryAfterFirst, api.wasmMemoryBytes()] };
}

/**
 * `calls` interpretations, as fast as they go: the milliseconds they took. The
 * control instead parses the same bodies with JSON.parse and shares nothing:
 * how far this machine's cores scale for any JavaScript.
 */
export function runCalls(api, scenario, calls, control = false) {
  const { inputs } = scenario;
  let kept = 0;
  const start = performance.now();
  for (let n = 0; n < calls; n++) {
    const input = inputs[n % inputs.length];
    if (control) {
      try { kept += Object.keys(JSON.parse(input.body)).length; } catch { kept += 1; }
    } else {
      api.interpret({ status: input.status, headers: input.headers, body: input.body, locales: input.locales, now: input.now });
    }
  }
  const ms = performance.now() - start;
  return kept < 0 ? -1 : ms;
}

/** The main side: every worker's run checked, and one summary line; the problems. */
export function checkRuns(label, runs) {
  const problems = [];
  for (const [i, run] of runs.entries()) {
    if (run.error) problems.push(`worker ${i}: ${run.error}`);
    else {
      if (run.wrongCount > 0) problems.push(`worker ${i}: ${run.wrongCount} answers of no single-threaded state, first: ${run.wrong[0]}`);
      if (run.memory[1] > run.memory[0]) problems.push(`worker ${i}: WebAssembly memory grew ${run.memory[0]} → ${run.memory[1]}`);
    }
  }
  const traces = new Set(runs.map((r) => r.trace));
  if (traces.size !== 1) problems.push(`the workers answered differently: ${traces.size} different traces`);
  const calls = runs.reduce((sum, r) => sum + (r.calls ?? 0), 0);
  console.log(`${label}: ${runs.length} workers, ${calls} answers, ${problems.length === 0 ? "all identical and allowed" : "FAILED"}`);
  for (const p of problems) console.log(`FAIL ${p}`);
  return problems;
}

/** Calls per second of `workers` workers that ran at once, each timing its own `calls`. */
export function callsPerSecond(workers, calls, results) {
  const slowest = Math.max(...results.map((r) => r.ms ?? Infinity));
  return `${workers} worker(s) ${Math.round((calls * workers) / (slowest / 1000))} calls/s`;
}
