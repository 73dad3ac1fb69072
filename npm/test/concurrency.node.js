// The concurrency scenario in Node: worker_threads, each importing the
// package (its own instance). Prints the check and the throughput with 1, 2
// and 8 workers; exits non-zero on any problem.
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { callsPerSecond, checkRuns, runCalls, runScenario } from "./concurrency.js";

const scenario = JSON.parse(readFileSync(new URL("./concurrency-scenario.json", import.meta.url), "utf8"));

if (!isMainThread) {
  const api = await import("authos-errors");
  try {
    const { calls, control } = workerData;
    const result = calls ? { ms: runCalls(api, scenario, calls, control) } : await runScenario(api, scenario);
    parentPort.postMessage(result);
  } catch (e) {
    parentPort.postMessage({ error: String(e?.stack ?? e) });
  }
} else {
  const run = (data) => new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: data });
    worker.once("message", (m) => { resolve(m); worker.terminate(); });
    worker.once("error", (e) => resolve({ error: String(e?.stack ?? e) }));
  });
  const runs = await Promise.all(Array.from({ length: scenario.workers }, () => run({})));
  const problems = checkRuns("concurrency node (worker_threads)", runs);
  const throughput = async (control) => {
    const rows = [];
    for (const workers of [1, 2, 8]) {
      const calls = Math.floor(scenario.throughput_calls / workers);
      const results = await Promise.all(Array.from({ length: workers }, () => run({ calls, control })));
      for (const r of results) if (r.error) problems.push(r.error);
      rows.push(callsPerSecond(workers, calls, results));
    }
    return rows.join(", ");
  };
  console.log(`concurrency node throughput: ${await throughput(false)}; the control (JSON.parse): ${await throughput(true)}`);
  process.exit(problems.length === 0 ? 0 : 1);
}
