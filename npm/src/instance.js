// Instantiates the WebAssembly module that sits beside this file, the same way
// everywhere: browsers and bundlers fetch it by URL (`new URL(..., import.meta.url)`,
// which Vite and webpack 5 follow and emit as an asset) and compile it while it
// streams; Node 20+ reads it from disk. The Node branch's import is hidden from
// bundlers so that no browser build ever sees `node:fs`.
import init, * as glue from "./authos_errors_wasm.js";

/** Initializes a module's glue and returns the glue's namespace. */
async function instantiate(initialize, url, namespace) {
  if (url.protocol === "file:") {
    const fs = "node:fs/promises";
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ fs);
    await initialize({ module_or_path: await readFile(url) });
  } else {
    await initialize({ module_or_path: url });
  }
  return namespace;
}

/**
 * The module without the Fluent parser: English built in, other locales loaded.
 * Exported as the result of instantiating, never as a bare re-export of the
 * glue: with `sideEffects: false`, a bundler may skip a module whose exports it
 * can take from elsewhere, and this module's side effect is the instantiation.
 */
export const lean = await instantiate(init, new URL("./authos_errors_wasm_bg.wasm", import.meta.url), glue);

/** The module with the Fluent parser, instantiated on first use (`addMessages`). */
export async function loadFull() {
  const full = await import("./authos_errors_full.js");
  return instantiate(full.default, new URL("./authos_errors_full_bg.wasm", import.meta.url), full);
}
