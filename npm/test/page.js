// What the vector runners share: opening browser.html and waiting for its
// results (Chromium, Firefox, WebKit), and the summary every runner prints.

/**
 * Each failing vector by name, page errors, one line of counts (browsers,
 * workerd, Bun, Deno, Node require). True if all passed.
 */
export function report(label, results, errors, files) {
  for (const { name, problems } of results.failures) {
    console.log(`FAIL ${name}`);
    for (const p of problems) console.log(`    ${p}`);
  }
  for (const e of errors) console.log(`page error: ${e}`);
  console.log(`${label}: ${results.passed} passed, ${results.failed} failed`);
  return results.failed === 0 && results.passed > 0 && files.length > 0 && errors.length === 0;
}

/** Where the harness serves browser.html. */
export const vectorPageUrl = (port) => `http://127.0.0.1:${port}/test/browser.html`;

/** Polls `read` (null until the page has them) for browser.html's results, for up to 120 s. */
export async function waitForResults(read) {
  for (let waited = 0; waited < 120_000; waited += 250) {
    const results = await read();
    if (results !== null && results !== undefined) return results;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the page gave no results in 120 s");
}

/** browser.html opened on a playwright or puppeteer page: its results and its page errors. */
export async function openVectorPage(page, port) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(vectorPageUrl(port));
  const results = await waitForResults(() => page.evaluate(() => window.__results ?? null));
  return { results, errors };
}
