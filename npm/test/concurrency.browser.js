// The concurrency scenario in headless Chromium: Web Workers, each importing
// the package (its own instance), started from a page served on 127.0.0.1.
// Prints the check and the throughput with 1, 2 and 8 workers.
import { dirname } from "node:path";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launch, serve } from "./harness.js";
import { callsPerSecond, checkRuns } from "./concurrency.js";

const scenario = JSON.parse(readFileSync(new URL("./concurrency-scenario.json", import.meta.url), "utf8"));
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const server = await serve(root);
const browser = await launch();
const problems = [];
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => problems.push(`page error: ${e}`));
  await page.goto(`http://127.0.0.1:${server.address().port}/test/concurrency.html`);
  const run = (workers, data) => page.evaluate(({ workers, data }) => Promise.all(Array.from({ length: workers }, () =>
    new Promise((resolve) => {
      const worker = new Worker("/test/concurrency.worker.js", { type: "module" });
      worker.onmessage = ({ data: answer }) => {
        if (answer.ready) return worker.postMessage(data);
        resolve(answer);
        worker.terminate();
      };
      worker.onerror = (e) => resolve({ error: `worker error: ${e.message}` });
      setTimeout(() => resolve({ error: "no answer in 120 s" }), 120_000);
    }))), { workers, data });
  problems.push(...checkRuns(`concurrency browser (Web Workers, Chromium ${browser.version()})`, await run(scenario.workers, { scenario })));
  const throughput = async (control) => {
    const rows = [];
    for (const workers of [1, 2, 8]) {
      const calls = Math.floor(scenario.throughput_calls / workers);
      const results = await run(workers, { scenario, calls, control });
      for (const r of results) if (r.error) problems.push(r.error);
      rows.push(callsPerSecond(workers, calls, results));
    }
    return rows.join(", ");
  };
  console.log(`concurrency browser throughput: ${await throughput(false)}; the control (JSON.parse): ${await throughput(true)}`);
} finally {
  await browser.close();
  server.close();
}
process.exit(problems.length === 0 ? 0 : 1);
