// The test app for builds without top-level await or import.meta (esbuild's
// iife): the `authos-errors/init` entry, given where the module is.
import * as api from "authos-errors/init";
import { show } from "../app/show.js";

(async () => {
  await api.init("./authos_errors_wasm_bg.wasm");
  await show(api);
})();
