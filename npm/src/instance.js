// Instantiates the WebAssembly module that sits beside this file, the same way
// everywhere: browsers and bundlers fetch it by URL (`new URL(..., import.meta.url)`,
// which Vite and webpack 5 follow and emit as an asset) and compile it while it
// streams; Node 20+ reads it from disk. The Node branch's import is hidden from
// bundlers so that no browser build ever sees `node:fs`.
import init, * as lean from "./authos_errors_wasm.js";

async function instantiate(initialize, url) {
  if (url.protocol === "file:") {
    const fs = "node:fs/promises";
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ fs);
    await initialize({ module_or_path: await readFile(url) });
  } else {
    await initialize({ module_or_path: url });
  }
}

await instantiate(init, new URL("./authos_errors_wasm_bg.wasm", import.meta.url));

/** The module without the Fluent parser: English built in, other locales loaded. */
export { lean };

/** The module with the Fluent parser, instantiated on first use (`addMessages`). */
export async function loadFull() {
  const full = await import("./authos_errors_full.js");
  await instantiate(full.default, new URL("./authos_errors_full_bg.wasm", import.meta.url));
  return full;
}
