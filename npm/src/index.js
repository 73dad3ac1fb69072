// The package's main entry: the API, ready on import (a top-level `await`
// instantiates the module). Node 20+ (ESM), Bun, Deno, browsers, Vite, webpack 5,
// Rollup and esbuild's ESM output use it. Where top-level await cannot be used,
// see init.js (`authos-errors/init`) and index.cjs (`require`).
import { init } from "./api.js";

await init();

export * from "./api.js";
