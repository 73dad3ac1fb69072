// The Node benchmark, run from a scratch project with the packed package installed
// (`cargo xtask bench`). Prints its rows for target/bench/summary.json as the last
// line, JSON. Env: AUTHOS_BENCH_CALLS, the calls of the memory check (default 1e6).
import * as api from "authos-errors";
import { echo } from "authos-errors-floor";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { compare, floorNs, INPUTS, memoryOver } from "./bench.js";
import { breakdown } from "./profile.js";
import { writeCatalogue } from "./catalogue.js";

const calls = Number(process.env.AUTHOS_BENCH_CALLS ?? 1_000_000);
const interpret = compare(api, writeCatalogue());
const floor = floorNs(echo);
const profile = await breakdown(api, INPUTS[1]);
const memory = memoryOver(api, calls);

// Cold start, each in a fresh process: ours (import, instantiate, first interpret)
// against the baseline's (import a pure-JS module, read the catalogue as JSON,
// first interpret), and the floor's (import a one-function wasm-bindgen package
// loaded the same way, first call), in turn.
const cold = (which) => {
  const run = spawnSync(process.execPath, [fileURLToPath(new URL("./cold.js", import.meta.url)), which], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`cold start (${which}) failed: ${run.stderr}`);
  return JSON.parse(run.stdout).ms;
};
const ours = [];
const base = [];
const floorCold = [];
for (let i = 0; i < 9; i++) {
  ours.push(cold("ours"));
  base.push(cold("baseline"));
  floorCold.push(cold("floor"));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [oursMs, baseMs, floorMs] = [median(ours), median(base), median(floorCold)];

const rows = [
  {
    name: "node-interpret", ours_ns: interpret.ours_ns, baseline_ns: interpret.baseline_ns, ratio: interpret.ratio,
    baseline: "pure JS in the same process: JSON.parse, a Map lookup of the catalogue, Retry-After, the same fields",
    leak_check: memory,
    profile,
  },
  {
    name: "node-cold-start", ours_ns: oursMs * 1e6, baseline_ns: baseMs * 1e6, ratio: oursMs / baseMs,
    baseline: "a fresh process importing a pure-JS interpreter with the catalogue as JSON, then its first call",
    samples_ms: { ours, baseline: base },
  },
  {
    name: "node-floor", ours_ns: interpret.ours_ns, baseline_ns: floor, ratio: interpret.ours_ns / floor,
    baseline: "a wasm-bindgen function of the same build settings: 200 bytes of text in, 200 out (authos-errors-floor)",
  },
  {
    name: "node-cold-start-floor", ours_ns: oursMs * 1e6, baseline_ns: floorMs * 1e6, ratio: oursMs / floorMs,
    baseline: "a fresh process importing a one-function wasm-bindgen package loaded the same way, then its first call",
    samples_ms: { ours, baseline: floorCold },
  },
];
console.log(`node-interpret: ${interpret.ours_ns.toFixed(0)} ns vs ${interpret.baseline_ns.toFixed(0)} ns pure JS (ratio ${interpret.ratio.toFixed(2)})`);
console.log(`node-interpret, where the time goes (V8's sampling profiler): ${JSON.stringify(profile)}`);
console.log(`node-floor: ${interpret.ours_ns.toFixed(0)} ns vs ${floor.toFixed(0)} ns for 200 bytes across and back`);
console.log(`node-cold-start-floor: ${oursMs.toFixed(2)} ms vs ${floorMs.toFixed(2)} ms for a one-function package`);
console.log(`node-cold-start: ${oursMs.toFixed(2)} ms vs ${baseMs.toFixed(2)} ms pure JS (median of ${ours.length} fresh processes)`);
console.log(`node wasm memory over ${calls} calls: ${memory.wasm_bytes_start} → ${memory.wasm_bytes_end} bytes`);
console.log(JSON.stringify(rows));
