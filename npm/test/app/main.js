// A small app bundled by Vite, webpack 5, esbuild and Rollup with the package as
// installed: no plugin, no loader, no config for it.
import * as api from "authos-errors";
import { show } from "./show.js";

await show(api);
