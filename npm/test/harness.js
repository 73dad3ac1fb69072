// For the browser tests: a static server on 127.0.0.1 (the scratch project's
// files, plus the vector files under /vectors/<n>, their list at /vectors),
// Debian's Chromium launched headless by playwright-core, and the check of the
// bundled app (test/app) that the Vite and webpack builds share.
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { basename, extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json", ".wasm": "application/wasm", ".css": "text/css", ".png": "image/png",
};

export function serve(root, vectorFiles = []) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    try {
      let body;
      let type;
      if (path === "/vectors") {
        body = JSON.stringify(vectorFiles.map((f) => basename(f)));
        type = TYPES[".json"];
      } else if (path.startsWith("/vectors/")) {
        body = await readFile(vectorFiles[Number(path.slice("/vectors/".length))]);
        type = TYPES[".json"];
      } else {
        const file = join(root, normalize(path === "/" ? "/index.html" : path));
        if (!file.startsWith(root)) throw new Error("outside the root");
        body = await readFile(file);
        type = TYPES[extname(file)] ?? "application/octet-stream";
      }
      response.writeHead(200, { "content-type": type, "cache-control": "no-store" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * Serves a bundler's build of test/app and loads it in Chromium: the app must
 * show the German message for a 429, with the wasm module and the German locale
 * file arriving as the bundle's own assets. Prints one line; true if it passed.
 */
export async function checkApp(bundler, outDir) {
  const server = await serve(outDir);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.__app !== undefined, null, { timeout: 30_000 }).catch(() => {});
    const app = await page.evaluate(() => window.__app);
    const explained = "de: Password doesn’t meet requirements"; // the full module answered, in the loaded locale
    const ok = app?.code === "RATE_LIMIT_EXCEEDED" && app?.locale === "de" && app?.loaded === "de"
      && app?.explained === explained && errors.length === 0;
    for (const e of errors) console.log(`page error: ${e}`);
    console.log(`${bundler} app: ${ok ? "passed" : "FAILED"}: ${JSON.stringify(app)}`);
    return ok;
  } finally {
    await browser.close();
    server.close();
  }
}
