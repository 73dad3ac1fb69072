// Runs browser.html in headless Firefox (Debian's firefox-esr, driven by
// puppeteer-core over WebDriver BiDi: geckodriver cannot be had here) and
// reports every failing vector by name, then one summary line.
// Env: FIREFOX (the executable), AUTHOS_VECTORS (':'-separated files).
import puppeteer from "puppeteer-core";
import { fileURLToPath } from "node:url";
import { dirname } from "node:path";
import { serve } from "./harness.js";
import { openVectorPage, report } from "./page.js";

const files = (process.env.AUTHOS_VECTORS ?? "").split(":").filter(Boolean);
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const server = await serve(root, files);
const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
  headless: true,
  protocol: "webDriverBiDi",
});
let failed = 1;
try {
  const { results, errors } = await openVectorPage(await browser.newPage(), server.address().port);
  failed = report(`firefox vectors (${await browser.version()})`, results, errors, files) ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
process.exit(failed);
