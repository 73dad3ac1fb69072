// Vitest: the package as an ES module (`import`, top-level await in the entry);
// every vector a test.
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import * as api from "authos-errors";
import { vectorFiles, vectorTests } from "../vectors.js";

const files = vectorFiles(process.env.AUTHOS_VECTORS, (path) => readFileSync(path, "utf8"));
vectorTests(api, files, test, (problems) => expect(problems).toEqual([]));
