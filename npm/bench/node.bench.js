// The Node benchmark, run from a scratch project with the packed package installed
// (`cargo xtask bench`). Prints its rows for target/bench/summary.json as the last
// line, JSON. Env: AUTHOS_BENCH_CALLS, the calls of the memory check (default 1e6).
import * as api from "authos-errors";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { compare, memoryOver } from "./bench.js";
import { writeCatalogue } from "./catalogue.js";

const calls = Number(process.env.AUTHOS_BENCH_CALLS ?? 1_000_000);
const interpret = compare(api, writeCatalogue());
const memory = memoryOver(api, calls);

// Cold start, each in a fresh process: ours (import, instantiate, first interpret)
// against the baseline's (import a pure-JS module, read the catalogue as JSON,
// first interpret), alternating.
const cold = (which) => {
  const run = spawnSync(process.execPath, [fileURLToPath(new URL("./cold.js", import.meta.url)), which], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`cold start (${which}) failed: ${run.stderr}`);
  return JSON.parse(run.stdout).ms;
};
const ours = [];
const base = [];
for (let i = 0; i < 9; i++) {
  ours.push(cold("ours"));
  base.push(cold("baseline"));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [oursMs, baseMs] = [median(ours), median(base)];

const rows = [
  {
    name: "node-interpret", ours_ns: interpret.ours_ns, baseline_ns: interpret.baseline_ns, ratio: interpret.ratio,
    baseline: "pure JS in the same process: JSON.parse, a Map lookup of the catalogue, Retry-After, the same fields",
    leak_check: memory,
  },
  {
    name: "node-cold-start", ours_ns: oursMs * 1e6, baseline_ns: baseMs * 1e6, ratio: oursMs / baseMs,
    baseline: "a fresh process importing a pure-JS interpreter with the catalogue as JSON, then its first call",
    samples_ms: { ours, baseline: base },
  },
];
console.log(`node-interpret: ${interpret.ours_ns.toFixed(0)} ns vs ${interpret.baseline_ns.toFixed(0)} ns pure JS (ratio ${interpret.ratio.toFixed(2)})`);
console.log(`node-cold-start: ${oursMs.toFixed(2)} ms vs ${baseMs.toFixed(2)} ms pure JS (median of ${ours.length} fresh processes)`);
console.log(`node wasm memory over ${calls} calls: ${memory.wasm_bytes_start} → ${memory.wasm_bytes_end} bytes`);
console.log(JSON.stringify(rows));
