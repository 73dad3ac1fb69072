// One cold start, in a fresh process: `node cold.js ours|baseline|floor` prints {"ms"}.
// Timed from before the import to after the first interpret returns.
import { FLOOR_TEXT, INPUTS } from "./bench.js";

const which = process.argv[2];
const start = performance.now();
if (which === "ours") {
  const api = await import("authos-errors");
  api.interpret(INPUTS[0]);
} else if (which === "baseline") {
  const { interpret } = await import("./cold-baseline.js");
  interpret(INPUTS[0]);
} else if (which === "floor") {
  const { echo } = await import("authos-errors-floor");
  echo(FLOOR_TEXT);
} else {
  throw new Error("usage: node cold.js ours|baseline|floor");
}
console.log(JSON.stringify({ ms: performance.now() - start }));
