// Instantiates the WebAssembly modules that sit beside this file. Browsers and
// bundlers fetch them by URL (`new URL(..., import.meta.url)`, which Vite, webpack
// 5 and Rollup follow and emit as assets) and compile them while they stream;
// Node, Bun and Deno read them from disk; CommonJS and workerd hand over bytes or
// a compiled module (`instantiateLeanSync`). The Node branch's import is hidden
// from bundlers so that no browser build ever sees `node:fs`.
import * as glue from "./authos_errors_wasm.js";

/**
 * Where the package's files are when `init` was given the module's URL: beside
 * it. Builds without `import.meta.url` (esbuild's iife) need that; otherwise the
 * files are found beside this module, as bundlers that follow
 * `new URL(..., import.meta.url)` expect.
 */
let base;

/** A file of the package: beside the URL `init` was given, else `beside()` (this module's). */
export function packageFile(relative, beside) {
  return base ? new URL(relative, base) : beside();
}

/** Where each module is, unless an entry says otherwise (`setSources`). */
const sources = {
  lean: () => new URL("./authos_errors_wasm_bg.wasm", import.meta.url),
  full: () => packageFile("authos_errors_full_bg.wasm", () => new URL("./authos_errors_full_bg.wasm", import.meta.url)),
};

/**
 * For entries whose host cannot fetch files (workerd): the modules, or functions
 * giving them, as `WebAssembly.Module`s or bytes.
 */
export function setSources(given) {
  Object.assign(sources, given);
}

/** A source `initSync` can take: a compiled module, or its bytes. */
const isModuleOrBytes = (source) =>
  source instanceof WebAssembly.Module || ArrayBuffer.isView(source) || source instanceof ArrayBuffer;

/** The module's functions and its memory (for leak checks), frozen. */
function adopt(glue, exports) {
  return Object.freeze({ ...glue, memory: exports.memory });
}

/**
 * Instantiates a module through its glue (`glue.default` is wasm-bindgen's async
 * init, `glue.initSync` the synchronous one) from a URL, a `Response`, bytes or
 * a compiled module.
 */
async function instantiate(glue, source) {
  if (source instanceof URL && source.protocol === "file:") {
    // Node: compile off the main thread, then instantiate. Not the async init,
    // which touches the global `Response` and so loads Node's fetch.
    const module = await WebAssembly.compile(await readBytes(source));
    return adopt(glue, glue.initSync({ module }));
  }
  if (isModuleOrBytes(source)) return adopt(glue, glue.initSync({ module: source }));
  // Browsers and bundlers: a URL (or a Response) streams, compiled while it downloads.
  return adopt(glue, await glue.default({ module_or_path: source }));
}

/** The module without the Fluent parser: English compiled in, other locales loaded. */
export async function instantiateLean(source) {
  if (typeof source === "string") source = new URL(source, globalThis.location?.href);
  if (source instanceof URL) base = new URL(".", source);
  return instantiate(glue, await (source ?? sources.lean()));
}

/** The same, synchronously, from bytes or a compiled `WebAssembly.Module`. */
export function instantiateLeanSync(source) {
  if (!isModuleOrBytes(source)) {
    throw new TypeError("initSync takes the module's bytes or a WebAssembly.Module; use `await init()` for a URL");
  }
  return adopt(glue, glue.initSync({ module: source }));
}

/** The full module (the Fluent parser, the reference rows' text, the raw-response reader), instantiated on first use. */
export async function loadFull() {
  return instantiate(await import("./authos_errors_full.js"), await sources.full());
}

let readFileSync;

/**
 * For the CommonJS entry: reads `file:` URLs with `require("node:fs")`, since a
 * dynamic `import()` fails where CommonJS code runs in a VM (Jest).
 */
export function setFileReader(read) {
  readFileSync = read;
}

/** The bytes of a file of this package: read from disk in Node, fetched elsewhere. */
export async function readBytes(url) {
  if (!(url instanceof URL)) return url; // already bytes (an entry that imports its files)
  if (url.protocol === "file:" && readFileSync) return readFileSync(url);
  if (url.protocol === "file:") {
    const fs = "node:fs/promises";
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ fs);
    return readFile(url);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
