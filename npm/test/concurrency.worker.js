// A browser Web Worker of the concurrency scenario: its own instance of the
// package (import maps do not reach workers, so by path), answering one run.
import * as api from "/node_modules/authos-errors/dist/index.js";
import { runCalls, runScenario } from "./concurrency.js";

self.onmessage = async ({ data }) => {
  try {
    const { calls, control, scenario } = data;
    self.postMessage(calls ? { ms: runCalls(api, scenario, calls, control) } : await runScenario(api, scenario));
  } catch (e) {
    self.postMessage({ error: String(e?.stack ?? e) });
  }
};
// The package is ready (its top-level await is done): the page may send the run.
self.postMessage({ ready: true });
