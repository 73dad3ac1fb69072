// The browser benchmark: bench.html in headless Chromium (Debian's, by
// playwright-core), served from 127.0.0.1. Prints its row for
// target/bench/summary.json as the last line, JSON. Env: CHROMIUM, AUTHOS_BENCH_CALLS.
import { fileURLToPath } from "node:url";
import { dirname } from "node:path";
import { launch, serve } from "../test/harness.js";
import { writeCatalogue } from "./catalogue.js";

const calls = Number(process.env.AUTHOS_BENCH_CALLS ?? 1_000_000);
const root = dirname(dirname(fileURLToPath(import.meta.url)));
writeCatalogue(); // bench/catalogue.json, which the page reads for its baseline
const server = await serve(root);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/bench.html?calls=${calls}`);
  await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 600_000 });
  const result = await page.evaluate(() => window.__bench);
  if (result.error) throw new Error(`the benchmark page failed: ${result.error}`);
  const { interpret, floor, memory } = result;
  console.log(`browser-interpret: ${interpret.ours_ns.toFixed(0)} ns vs ${interpret.baseline_ns.toFixed(0)} ns pure JS (ratio ${interpret.ratio.toFixed(2)}, Chromium ${browser.version()})`);
  console.log(`browser-floor: ${interpret.ours_ns.toFixed(0)} ns vs ${floor.toFixed(0)} ns for 200 bytes across and back`);
  console.log(`browser wasm memory over ${calls} calls: ${memory.wasm_bytes_start} → ${memory.wasm_bytes_end} bytes`);
  console.log(JSON.stringify([{
    name: "browser-interpret", ours_ns: interpret.ours_ns, baseline_ns: interpret.baseline_ns, ratio: interpret.ratio,
    baseline: `pure JS in the same page: JSON.parse, a Map lookup of the catalogue, Retry-After, the same fields (Chromium ${browser.version()})`,
    leak_check: memory,
  }, {
    name: "browser-floor", ours_ns: interpret.ours_ns, baseline_ns: floor, ratio: interpret.ours_ns / floor,
    baseline: `a wasm-bindgen function of the same build settings: 200 bytes of text in, 200 out (Chromium ${browser.version()})`,
  }]));
} finally {
  await browser.close();
  server.close();
}
