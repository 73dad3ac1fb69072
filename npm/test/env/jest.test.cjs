// Jest in its default CommonJS mode (no ESM flag, no transform): the package
// through `require` (dist/index.cjs); every vector a test. vectors.cjs is
// test/vectors.js as CommonJS, built by esbuild when the xtask sets this up.
const api = require("authos-errors");
const { check } = require("./vectors.cjs");
const { readFileSync } = require("node:fs");
const { basename } = require("node:path");

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
