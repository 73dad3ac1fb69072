// The conformance vectors in Node, through the installed package (what users
// install: `cargo xtask test --platform node` packs it and installs the
// tarball). One test per vector, named by file, index and name.
// Usage: node --test node.test.js   (AUTHOS_VECTORS: the ':'-separated files)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import * as api from "authos-errors";
import { check } from "./vectors.js";

const files = (process.env.AUTHOS_VECTORS ?? "").split(":").filter(Boolean);
test("there are vectors to run", () => assert.ok(files.length > 0, "AUTHOS_VECTORS names no file"));

for (const file of files) {
  let vectors;
  try {
    vectors = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    test(`${basename(file)}: readable`, () => assert.fail(`${file}: ${e.message}`));
    continue;
  }
  vectors.forEach((vector, i) => {
    test(`${basename(file)} #${i} ${vector.name ?? "(unnamed)"}`, async () => {
      const problems = await check(api, vector);
      assert.deepEqual(problems, [], problems.join("\n"));
    });
  });
}
