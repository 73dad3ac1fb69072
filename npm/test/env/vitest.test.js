// Vitest: the package as an ES module (`import`, top-level await in the entry);
// every vector a test.
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import * as api from "authos-errors";
import { check } from "../vectors.js";

const files = (process.env.AUTHOS_VECTORS ?? "").split(":").filter(Boolean);
test("there are vectors to run", () => expect(files.length).toBeGreaterThan(0));
for (const file of files) {
  const vectors = JSON.parse(readFileSync(file, "utf8"));
  vectors.forEach((vector, i) => {
    test(`${basename(file)} #${i} ${vector.name ?? "(unnamed)"}`, async () => {
      expect(await check(api, vector)).toEqual([]);
    });
  });
}
