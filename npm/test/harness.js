// For the browser tests: a static server on 127.0.0.1 (the scratch project's
// files, plus the vector files under /vectors/<n>, their list at /vectors), and
// Debian's Chromium launched headless by playwright-core.
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
