// A Cloudflare worker that runs every vector: the package through its
// `workerd` condition (dist/workerd.js: the .wasm files imported as compiled
// modules, the locale files as data, no fetching, no top-level await). Bundled
// by esbuild with the vectors (workerd.run.js); answers GET with the results.
import * as api from "authos-errors";
import { runVectors } from "../vectors.js";
import files from "./worker-vectors.json";

export default {
  async fetch() {
    const results = await runVectors(api, files);
    return Response.json(results);
  },
};
