// A Cloudflare worker that runs every vector: the package through its
// `workerd` condition (dist/workerd.js: the .wasm files imported as compiled
// modules, the locale files as data, no fetching, no top-level await). Bundled
// by esbuild with the vectors (workerd.run.js); answers GET with the results.
import * as api from "authos-errors";
import { check } from "../vectors.js";
import files from "./worker-vectors.json";

export default {
  async fetch() {
    const results = { passed: 0, failed: 0, failures: [] };
    for (const { file, vectors } of files) {
      for (const [i, vector] of vectors.entries()) {
        let problems;
        try {
          problems = await check(api, vector);
        } catch (e) {
          problems = [`threw ${e}`];
        }
        if (problems.length === 0) results.passed++;
        else {
          results.failed++;
          results.failures.push({ name: `${file} #${i} ${vector.name ?? "(unnamed)"}`, problems });
        }
      }
    }
    return Response.json(results);
  },
};
