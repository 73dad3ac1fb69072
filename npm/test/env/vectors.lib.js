// Runs every vector file named by AUTHOS_VECTORS through an API object, for
// the runners of each runtime and module system. One summary line.
import process from "node:process";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { check } from "../vectors.js";

/** True when every vector passed (and there were some). */
export async function runAll(api, label) {
  const files = (process.env.AUTHOS_VECTORS ?? "").split(":").filter(Boolean);
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const vectors = JSON.parse(readFileSync(file, "utf8"));
    for (const [i, vector] of vectors.entries()) {
      let problems;
      try {
        problems = await check(api, vector);
      } catch (e) {
        problems = [`threw ${e}`];
      }
      if (problems.length === 0) passed++;
      else {
        failed++;
        console.log(`FAIL ${basename(file)} #${i} ${vector.name ?? "(unnamed)"}`);
        for (const p of problems) console.log(`    ${p}`);
      }
    }
  }
  console.log(`${label} vectors: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0;
}

