// Node's CommonJS: `require("authos-errors")` resolves the package's `require`
// condition (dist/index.cjs), ready when require returns. Every vector.
const api = require("authos-errors");

(async () => {
  // The runner is shared with the ESM runtimes; a CommonJS file imports ESM dynamically.
  const process = require("node:process");
  const { runAll } = await import("./vectors.lib.js");
  if (!(await runAll(api, `node ${process.version} require()`))) process.exit(1);
})();
