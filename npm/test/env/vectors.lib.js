// Runs every vector file named by AUTHOS_VECTORS through an API object, for
// the runners of each runtime and module system. One summary line.
import process from "node:process";
import { readFileSync } from "node:fs";
import { runVectors, vectorFiles } from "../vectors.js";
import { report } from "../page.js";

/** True when every vector passed (and there were some). */
export async function runAll(api, label) {
  const files = vectorFiles(process.env.AUTHOS_VECTORS, (path) => readFileSync(path, "utf8"));
  return report(`${label} vectors`, await runVectors(api, files), [], files);
}
