// The catalogue for the baselines, from the package in a child process: the first
// `catalogue()` loads the full module, and the benchmarks measure the English
// one, so the process that measures never calls it. Writes bench/catalogue.json
// (the cold-start baseline reads it; so does the browser page) and returns it.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";

export function writeCatalogue() {
  const script = 'import { catalogue } from "authos-errors"; console.log(JSON.stringify(await catalogue()));';
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`catalogue() failed: ${run.stderr}`);
  writeFileSync(new URL("./catalogue.json", import.meta.url), run.stdout);
  return JSON.parse(run.stdout);
}
