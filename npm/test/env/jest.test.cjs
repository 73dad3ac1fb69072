// Jest in its default CommonJS mode (no ESM flag, no transform): the package
// through `require` (dist/index.cjs); every vector a test. vectors.cjs is
// test/vectors.js as CommonJS, built by esbuild when the xtask sets this up.
const api = require("authos-errors");
const { vectorFiles, vectorTests } = require("./vectors.cjs");
const { readFileSync } = require("node:fs");

const files = vectorFiles(process.env.AUTHOS_VECTORS, (path) => readFileSync(path, "utf8"));
vectorTests(api, files, test, (problems) => expect(problems).toEqual([]));
