// Every vector through the package in whatever runtime runs this file (Bun,
// Deno, Node): the package as that runtime resolves `authos-errors` (its
// export conditions). Exit status 1 on any failure.
import process from "node:process";
import * as api from "authos-errors";
import { runAll } from "./vectors.lib.js";

const runtime = globalThis.Bun
  ? `bun ${globalThis.Bun.version}`
  : globalThis.Deno
    ? `deno ${globalThis.Deno.version.deno}`
    : `node ${process.version}`;
if (!(await runAll(api, runtime))) process.exit(1);
