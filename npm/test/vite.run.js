// Builds test/app with Vite (untouched: no plugin, no config) and loads the
// output in headless Chromium (harness.js, checkApp).
import { build } from "vite";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { checkApp } from "./harness.js";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(dirname(here), "vite-dist");
await build({ root: join(here, "app"), logLevel: "warn", build: { outDir, emptyOutDir: true } });
process.exit((await checkApp("vite", outDir)) ? 0 : 1);
