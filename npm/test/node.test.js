// The conformance vectors in Node, through the installed package (what users
// install: `cargo xtask test --platform node` packs it and installs the
// tarball). One test per vector, named by file, index and name.
// Usage: node --test node.test.js   (AUTHOS_VECTORS: the ':'-separated files)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as api from "authos-errors";
import { answer, vectorFiles, vectorTests } from "./vectors.js";

const files = vectorFiles(process.env.AUTHOS_VECTORS, (path) => readFileSync(path, "utf8"));
vectorTests(api, files, test, (problems) => assert.deepEqual(problems, [], problems.join("\n")));

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
