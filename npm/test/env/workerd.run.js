// Runs every vector in Cloudflare's workerd: bundles worker.js with esbuild as
// wrangler would (the `workerd` and `worker` conditions; the package's .wasm and
// .bin files left as modules of their own), writes a workerd config that embeds
// them (wasm as compiled modules, locales as data: wrangler's default rules),
// serves it, asks once, and prints the summary. Env: WORKERD, AUTHOS_VECTORS.
import * as esbuild from "esbuild";
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { report } from "../page.js";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(dirname(dirname(here)), "workerd-dist");
const dist = join(dirname(dirname(here)), "node_modules/authos-errors/dist");
const files = (process.env.AUTHOS_VECTORS ?? "").split(":").filter(Boolean);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "locales"), { recursive: true });
const vectors = files.map((f) => ({ file: basename(f), vectors: JSON.parse(readFileSync(f, "utf8")) }));
writeFileSync(join(here, "worker-vectors.json"), JSON.stringify(vectors));

await esbuild.build({
  entryPoints: [join(here, "worker.js")], bundle: true, format: "esm", platform: "neutral", target: "es2022",
  conditions: ["workerd", "worker"], mainFields: ["module", "main"], external: ["*.wasm", "*.bin"],
  outfile: join(out, "worker.js"), logLevel: "warning",
});
const modules = ['    (name = "worker.js", esModule = embed "worker.js"),'];
for (const wasm of readdirSync(dist).filter((f) => f.endsWith(".wasm"))) {
  cpSync(join(dist, wasm), join(out, wasm));
  modules.push(`    (name = "${wasm}", wasm = embed "${wasm}"),`);
}
for (const bin of readdirSync(join(dist, "locales"))) {
  cpSync(join(dist, "locales", bin), join(out, "locales", bin));
  modules.push(`    (name = "locales/${bin}", data = embed "locales/${bin}"),`);
}
const port = 20000 + Math.floor(Math.random() * 20000);
writeFileSync(join(out, "config.capnp"), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [
${modules.join("\n")}
  ],
  compatibilityDate = "2025-01-01",
);
`);

const server = spawn(process.env.WORKERD ?? "workerd", ["serve", join(out, "config.capnp")], { stdio: ["ignore", "inherit", "inherit"] });
let failed = 1;
try {
  let results;
  for (let i = 0; !results; i++) {
    try {
      results = await (await fetch(`http://127.0.0.1:${port}/`)).json();
    } catch (e) {
      if (i > 300) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const version = readFileSync(join(dirname(dirname(here)), "node_modules/authos-errors/package.json"), "utf8");
  failed = report(`workerd vectors (authos-errors ${JSON.parse(version).version})`, results, [], files) ? 0 : 1;
} finally {
  server.kill();
}
process.exit(failed);
