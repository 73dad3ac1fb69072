// The conformance vectors in Node, through the installed package (what users
// install: `cargo xtask test --platform node` packs it and installs the
// tarball). One test per vector, named by file, index and name.
// Usage: node --test node.test.js   (AUTHOS_VECTORS: the ':'-separated files)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { basename } from "node:path";
import * as api from "authos-errors";
import { answer, check } from "./vectors.js";

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

// The parity corpus (`cargo xtask parity`): one answer per input in node.jsonl.
const { AUTHOS_PARITY_IN: corpus, AUTHOS_PARITY_DIR: parityDir } = process.env;
if (corpus && parityDir) {
  test("parity corpus answered", async () => {
    const inputs = JSON.parse(readFileSync(corpus, "utf8"));
    const lines = [];
    for (const { input } of inputs) lines.push(JSON.stringify(await answer(api, input)));
    writeFileSync(join(parityDir, "node.jsonl"), lines.join("\n") + "\n");
    assert.equal(lines.length, inputs.length);
  });
}
