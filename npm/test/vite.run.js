// Builds test/vite-app with Vite (untouched: no plugin, no config), serves the
// output from 127.0.0.1 and loads it in headless Chromium: the wasm module and
// the German locale file must arrive as the bundle's own assets.
import { build } from "vite";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { launch, serve } from "./harness.js";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(dirname(here), "vite-dist");
await build({ root: join(here, "vite-app"), logLevel: "warn", build: { outDir, emptyOutDir: true } });
const server = await serve(outDir);
const browser = await launch();
let failed = 1;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.__app !== undefined || document.readyState === "complete", null, { timeout: 60_000 });
  await page.waitForFunction(() => window.__app !== undefined, null, { timeout: 30_000 }).catch(() => {});
  const app = await page.evaluate(() => window.__app);
  const ok = app?.code === "RATE_LIMIT_EXCEEDED" && app?.locale === "de" && app?.loaded === "de" && errors.length === 0;
  for (const e of errors) console.log(`page error: ${e}`);
  console.log(`vite app: ${ok ? "passed" : "FAILED"}: ${JSON.stringify(app)}`);
  failed = ok ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
process.exit(failed);
