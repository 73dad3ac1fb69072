// Runs every vector file named by AUTHOS_VECTORS through an API object, for
// the runners of each runtime and module system. One summary line.
import process from "node:process";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { runVectors } from "../vectors.js";
import { report } from "../page.js";

/** True when every vector passed (and there were some). */
export async function runAll(api, label) {
  const names = (process.env.AUTHOS_VECTORS ?? "").split(":").filter(Boolean);
  const files = names.map((f) => {
    try {
      return { file: basename(f), vectors: JSON.parse(readFileSync(f, "utf8")) };
    } catch (error) {
      return { file: basename(f), error };
    }
  });
  return report(`${label} vectors`, await runVectors(api, files), [], names);
}
