// Runs browser.html in WebKit (Debian's WebKitGTK MiniBrowser through its
// WebKitWebDriver, by raw WebDriver calls) and reports every failing vector by
// name, then one summary line. WebKitGTK needs a display: run under xvfb-run.
// Env: AUTHOS_VECTORS (':'-separated files), WEBKIT_DRIVER (the driver).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname } from "node:path";
import { serve } from "./harness.js";
import { report, vectorPageUrl, waitForResults } from "./page.js";

const files = (process.env.AUTHOS_VECTORS ?? "").split(":").filter(Boolean);
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const server = await serve(root, files);
const port = 4000 + Math.floor(Math.random() * 20000);
const driver = spawn(process.env.WEBKIT_DRIVER ?? "WebKitWebDriver", [`--port=${port}`], { stdio: "ignore" });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function call(method, path, body) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method, headers: { "content-type": "application/json" }, body: body && JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}

let failed = 1;
let session;
try {
  for (let i = 0; ; i++) {
    try {
      await call("GET", "/status");
      break;
    } catch (e) {
      if (i > 100) throw e;
      await sleep(100);
    }
  }
  const created = await call("POST", "/session", { capabilities: { alwaysMatch: { browserName: "MiniBrowser" } } });
  session = created.sessionId;
  const version = created.capabilities?.browserVersion ?? "?";
  await call("POST", `/session/${session}/url`, { url: vectorPageUrl(server.address().port) });
  const script = { script: "return window.__results ?? null", args: [] };
  const results = await waitForResults(() => call("POST", `/session/${session}/execute/sync`, script));
  failed = report(`webkit vectors (WebKitGTK ${version})`, results, [], files) ? 0 : 1;
} finally {
  if (session) await call("DELETE", `/session/${session}`).catch(() => {});
  driver.kill();
  server.close();
}
process.exit(failed);
