// One cold start, in a fresh process: `node cold.js ours|baseline` prints {"ms"}.
// Timed from before the import to after the first interpret returns.
import { INPUTS } from "./bench.js";

const which = process.argv[2];
const start = performance.now();
if (which === "ours") {
  const api = await import("authos-errors");
  api.interpret(INPUTS[0]);
} else if (which === "baseline") {
  const { interpret } = await import("./cold-baseline.js");
  interpret(INPUTS[0]);
} else {
  throw new Error("usage: node cold.js ours|baseline");
}
console.log(JSON.stringify({ ms: performance.now() - start }));
