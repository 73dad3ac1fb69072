// Runs browser.html in headless Chromium (Debian's, by playwright-core) and
// reports every failing vector by name, then one summary line.
// Env: CHROMIUM (the executable), AUTHOS_VECTORS (':'-separated files).
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { launch, serve } from "./harness.js";
import { openVectorPage, report } from "./page.js";

const files = (process.env.AUTHOS_VECTORS ?? "").split(":").filter(Boolean);
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const server = await serve(root, files);
const browser = await launch();
let failed = 1;
try {
  const page = await browser.newPage();
  const { results, errors } = await openVectorPage(page, server.address().port);
  failed = report(`browser vectors (Chromium ${browser.version()})`, results, errors, files) ? 0 : 1;
  // The parity corpus (`cargo xtask parity`): answered in the page, in batches.
  const { AUTHOS_PARITY_IN: corpus, AUTHOS_PARITY_DIR: parityDir } = process.env;
  if (corpus && parityDir) {
    const inputs = JSON.parse(readFileSync(corpus, "utf8")).map((v) => v.input);
    const lines = [];
    for (let start = 0; start < inputs.length; start += 500) {
      lines.push(...(await page.evaluate((batch) => window.__answerAll(batch), inputs.slice(start, start + 500))));
    }
    writeFileSync(join(parityDir, "browser.jsonl"), lines.join("\n") + "\n");
    console.log(`browser parity: ${lines.length} answers`);
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed);
