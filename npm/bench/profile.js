// Where one Node call's time goes, from V8's sampling profiler: `interpret`
// called in a loop for a while, each sample's function sorted by where it lives.
// The package's JavaScript is bundled and minified, so its own functions (the
// input's encoding, the answer's decoding) and wasm-bindgen's glue are one
// group; the module's code is the Rust work.
import { Session } from "node:inspector/promises";

/** The share of samples (0–1) per group, over `ms` milliseconds of calls. */
export async function breakdown(api, input, ms = 2000) {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 50 });
  await session.post("Profiler.start");
  const end = performance.now() + ms;
  let sink = 0;
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i++) sink += api.interpret(input).code.length;
  }
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  if (sink === 0) throw new Error("the profiled calls returned nothing");

  const groups = {};
  for (const node of profile.nodes) {
    const group = groupOf(node.callFrame);
    if (group !== null) groups[group] = (groups[group] ?? 0) + node.hitCount;
  }
  const total = Object.values(groups).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, Math.round((v / total) * 1000) / 1000]));
}

function groupOf({ functionName, url }) {
  if (url.startsWith("wasm://")) return "the module (Rust, as WebAssembly)";
  if (url.includes("/authos-errors/dist/")) return "the package's JavaScript and wasm-bindgen's glue";
  if (functionName === "(garbage collector)") return "garbage collection";
  if (url === "" && !functionName.startsWith("(")) return "V8 built-ins (TextEncoder, TextDecoder, typed arrays)";
  if (url.includes("/bench/")) return "the benchmark's loop";
  return null; // (program), (idle), (root): not the call
}
