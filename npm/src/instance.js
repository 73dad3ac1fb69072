// Instantiates the WebAssembly module that sits beside this file, the same way
// everywhere: browsers and bundlers fetch it by URL (`new URL(..., import.meta.url)`,
// which Vite and webpack 5 follow and emit as an asset) and compile it while it
// streams; Node 20+ reads it from disk. The Node branch's import is hidden from
// bundlers so that no browser build ever sees `node:fs`.
import * as glue from "./authos_errors_wasm.js";

/**
 * Instantiates a module through its glue (`glue.default` is wasm-bindgen's async
 * init, `glue.initSync` the synchronous one): its functions, and its memory (for
 * leak checks).
 */
async function instantiate(glue, url) {
  let exports;
  if (url.protocol === "file:") {
    // Node: compile off the main thread, then instantiate. Not the async init,
    // which touches the global `Response` and so loads Node's fetch (~40 ms).
    const module = await WebAssembly.compile(await readBytes(url));
    exports = glue.initSync({ module });
  } else {
    // Browsers and bundlers: a URL streams, compiled while it downloads.
    exports = await glue.default({ module_or_path: url });
  }
  return Object.freeze({ ...glue, memory: exports.memory });
}

/** The bytes of a file of this package: read from disk in Node, fetched elsewhere. */
export async function readBytes(url) {
  if (url.protocol === "file:") {
    const fs = "node:fs/promises";
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ fs);
    return readFile(url);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The module without the Fluent parser: English built in, other locales loaded.
 * Exported as the result of instantiating, never as a bare re-export of the
 * glue: with `sideEffects: false`, a bundler may skip a module whose exports it
 * can take from elsewhere, and this module's side effect is the instantiation.
 */
export const lean = await instantiate(glue, new URL("./authos_errors_wasm_bg.wasm", import.meta.url));

/** The module with the Fluent parser, instantiated on first use (`addMessages`). */
export async function loadFull() {
  return instantiate(await import("./authos_errors_full.js"), new URL("./authos_errors_full_bg.wasm", import.meta.url));
}
