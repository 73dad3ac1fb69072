// The source of `dist/index.cjs`, the `require("authos-errors")` entry (Node's
// CommonJS, Jest's default mode): `cargo xtask npm` bundles it with esbuild into
// CommonJS. The module is read and instantiated synchronously, so the API is
// ready when `require` returns, as CommonJS callers expect.
import { readFileSync } from "node:fs";
import { initSync } from "./api.js";
import { setFileReader } from "./instance.js";

setFileReader(readFileSync);
initSync(readFileSync(new URL("./authos_errors_wasm_bg.wasm", import.meta.url)));

export * from "./api.js";
