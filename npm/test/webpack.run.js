// Builds test/app with webpack 5 (production mode, no loader or plugin: the
// wasm module and locale files are found through `new URL(..., import.meta.url)`)
// and loads the output in headless Chromium (harness.js, checkApp).
import webpack from "webpack";
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { checkApp } from "./harness.js";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(dirname(here), "webpack-dist");
const compiler = webpack({
  mode: "production",
  context: here,
  entry: "./app/main.js",
  output: { path: outDir, filename: "main.js", clean: true },
  performance: { hints: false },
});
const stats = await new Promise((resolve, reject) => compiler.run((e, s) => (e ? reject(e) : resolve(s))));
await new Promise((resolve) => compiler.close(resolve));
if (stats.hasErrors()) {
  console.log(stats.toString("errors-only"));
  console.log("webpack app: FAILED to build");
  process.exit(1);
}
// The app's page, loading webpack's (classic-script) bundle.
await writeFile(join(outDir, "index.html"), '<!doctype html>\n<meta charset="utf-8">\n<p id="message"></p>\n<script src="./main.js"></script>\n');
process.exit((await checkApp("webpack", outDir)) ? 0 : 1);
