// The cold-start baseline: a pure-JS interpreter whose catalogue is a JSON file
// read at import (written by node.bench.js from the package's own catalogue).
import { readFileSync } from "node:fs";
import { baseline } from "./bench.js";

export const interpret = baseline(JSON.parse(readFileSync(new URL("./catalogue.json", import.meta.url), "utf8")));
