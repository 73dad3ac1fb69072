// Bundles the app with esbuild (ESM, and iife through `authos-errors/init`) and
// with Rollup (ESM, node-resolve), and loads each output in headless Chromium
// (harness.js, checkApp). Neither bundler follows `new URL(..., import.meta.url)`,
// so, as docs/javascript.md says, the package's .wasm files and locales/ are copied
// beside the bundle.
import * as esbuild from "esbuild";
import { rollup } from "rollup";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { checkApp } from "./harness.js";

const here = dirname(fileURLToPath(import.meta.url));
const project = dirname(here);
const dist = join(project, "node_modules/authos-errors/dist");

function prepare(name, app) {
  const outDir = join(project, `${name}-dist`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(join(here, app, "index.html"), join(outDir, "index.html"));
  for (const file of readdirSync(dist).filter((f) => f.endsWith(".wasm"))) cpSync(join(dist, file), join(outDir, file));
  cpSync(join(dist, "locales"), join(outDir, "locales"), { recursive: true });
  return outDir;
}

const results = [];

let outDir = prepare("esbuild-esm", "app");
await esbuild.build({
  entryPoints: [join(here, "app/main.js")], bundle: true, format: "esm", platform: "browser", target: "es2022",
  outfile: join(outDir, "main.js"), logLevel: "warning",
});
results.push(await checkApp("esbuild (esm)", outDir));

outDir = prepare("esbuild-iife", "iife");
await esbuild.build({
  entryPoints: [join(here, "iife/main.js")], bundle: true, format: "iife", platform: "browser", target: "es2020",
  outfile: join(outDir, "main.js"), logLevel: "error",
});
results.push(await checkApp("esbuild (iife, authos-errors/init)", outDir));

outDir = prepare("rollup", "app");
const bundle = await rollup({ input: join(here, "app/main.js"), plugins: [nodeResolve({ browser: true })], onwarn() {} });
await bundle.write({ dir: outDir, entryFileNames: "main.js", format: "es" });
await bundle.close();
results.push(await checkApp("rollup", outDir));

process.exit(results.every(Boolean) ? 0 : 1);
