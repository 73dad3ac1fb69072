// Loads the playground (examples/playground, built into $PLAYGROUND by the xtask)
// in headless Chromium: picks the Retry-After vector, interprets it in English
// and in Arabic, checks the page shows the package's answers with only the
// answer's text right to left in Arabic (the page, its labels and the other
// values stay left to right), and saves a screenshot of each beside the site.
import { join } from "node:path";
import { launch, serve } from "./harness.js";

const site = process.env.PLAYGROUND;
if (!site) throw new Error("PLAYGROUND: the built playground's folder");
const server = await serve(site);
const browser = await launch();
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.on("pageerror", (e) => problems.push(`page error: ${e}`));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector("body[data-ready]", { timeout: 30_000 });
  const sample = await page.$eval("#sample", (select) =>
    [...select.options].find((o) => o.text === "retry-after: Retry-After 30 seconds")?.value);
  if (sample === undefined) problems.push("no sample `retry-after: Retry-After 30 seconds` in the list");
  else await page.selectOption("#sample", sample);
  for (const [locale, dir, words] of [["en", "ltr", "30 seconds"], ["ar", "rtl", "30"]]) {
    await page.evaluate(() => delete document.body.dataset.ready);
    await page.selectOption("#locale", locale);
    await page.waitForSelector("body[data-ready]", { timeout: 30_000 });
    const shown = await page.evaluate(() => ({
      code: document.getElementById("output").dataset.code,
      message: document.getElementById("message").textContent,
      dir: document.getElementById("message").dir,
      shownDirection: getComputedStyle(document.getElementById("message")).direction,
      page: getComputedStyle(document.body).direction,
      labels: getComputedStyle(document.querySelector("#input label")).direction,
      messageCell: [...document.querySelectorAll("#fields tr")].find((r) => r.cells[0].textContent === "message")?.cells[1].dir,
      isolated: document.querySelectorAll("#fields td > bdi").length,
      rows: document.querySelectorAll("#fields tr").length,
    }));
    if (shown.code !== "RATE_LIMIT_EXCEEDED") problems.push(`${locale}: code ${shown.code}`);
    if (shown.dir !== dir || shown.shownDirection !== dir) {
      problems.push(`${locale}: the answer's direction ${shown.dir}/${shown.shownDirection}, wanted ${dir}`);
    }
    if (shown.messageCell !== dir) problems.push(`${locale}: the message cell's direction ${shown.messageCell}, wanted ${dir}`);
    if (shown.page !== "ltr" || shown.labels !== "ltr") problems.push(`${locale}: the page is ${shown.page}, its labels ${shown.labels}: wanted ltr`);
    if (shown.isolated !== shown.rows - 1) problems.push(`${locale}: ${shown.isolated} of ${shown.rows - 1} other values in <bdi>`);
    if (!shown.message.includes(words)) problems.push(`${locale}: message ${JSON.stringify(shown.message)}`);
    if (shown.rows < 10) problems.push(`${locale}: ${shown.rows} field rows`);
    const file = join(site, `screenshot-${locale}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`playground ${locale} (${dir}): ${JSON.stringify(shown.message)}; screenshot ${file}`);
  }
} finally {
  await browser.close();
  server.close();
}
for (const p of problems) console.log(`FAIL ${p}`);
console.log(`playground: ${problems.length === 0 ? "passed" : "FAILED"}`);
process.exit(problems.length === 0 ? 0 : 1);
