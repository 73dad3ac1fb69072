// Runs conformance vectors through the package's public API; shared by the
// Node runner and the browser page, so both check exactly the same things.

/** The vectors' snake_case field → the package's camelCase field. */
export const FIELDS = {
  code: "code", known: "known", derived: "derived", status: "status", category: "category",
  audience: "audience", action: "action", field: "field", retryable: "retryable",
  retry_after_ms: "retryAfterMs", server_message: "serverMessage", timestamp: "timestamp",
  clock_skew_ms: "clockSkewMs", locale: "locale", message: "message", request_id: "requestId", mapped_from: "mappedFrom",
};

function bytes(input) {
  if (typeof input.body_base64 === "string") {
    const binary = atob(input.body_base64);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  }
  return input.body ?? "";
}

/** A value as a failure message shows it: long ones shortened, never compared so. */
function short(value) {
  const s = JSON.stringify(value) ?? "undefined";
  return s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s;
}

/**
 * One input's answer in the vectors' spelling: every field, or `{ error }` for a
 * status that is not an error (the parity corpus's line; JSON.stringify it).
 */
export async function answer(api, input) {
  await api.loadLocale(input.locales ?? []);
  try {
    const actual = api.interpret({
      status: input.status, headers: input.headers ?? {}, body: bytes(input),
      locales: input.locales ?? [], now: input.now,
    });
    return Object.fromEntries(Object.entries(FIELDS).map(([field, name]) => [field, actual[name]]));
  } catch (e) {
    return { error: e instanceof api.NotAnError ? "not_an_error" : String(e) };
  }
}

/** The mismatches of one vector (empty when it passes). */
export async function check(api, vector) {
  const input = vector.input ?? {};
  await api.loadLocale(input.locales ?? []);
  const call = () =>
    api.interpret({
      status: input.status, headers: input.headers ?? {}, body: bytes(input),
      locales: input.locales ?? [], now: input.now,
    });
  if ("expect_error" in vector) {
    try {
      call();
      return [`expected error ${vector.expect_error}, got an interpretation`];
    } catch (e) {
      return vector.expect_error === "not_an_error" && e instanceof api.NotAnError ? [] : [`unexpected ${e}`];
    }
  }
  const actual = call();
  const problems = [];
  for (const [field, expected] of Object.entries(vector.expect ?? {})) {
    if (!(field in FIELDS)) problems.push(`expect.${field}: not a field of the interpretation`);
    else if (JSON.stringify(actual[FIELDS[field]]) !== JSON.stringify(expected)) {
      problems.push(`${field}: expected ${short(expected)}, actual ${short(actual[FIELDS[field]])}`);
    }
  }
  return problems;
}

/**
 * The vector files named in `list` (AUTHOS_VECTORS: ':'-separated paths), each
 * `{ file, vectors }` by its base name, or `{ file, error }` if it could not be
 * read or parsed; `read(path)` gives a file's text (the runtime's own reader).
 */
export function vectorFiles(list, read) {
  return (list ?? "").split(":").filter(Boolean).map((path) => {
    const file = path.split(/[\\/]/).pop();
    try {
      return { file, vectors: JSON.parse(read(path)) };
    } catch (error) {
      return { file, error };
    }
  });
}

/** How every runner names a vector: its file, its index and its name. */
const vectorName = (file, i, vector) => `${file} #${i} ${vector.name ?? "(unnamed)"}`;

/**
 * One test per vector, for the runners that make them (node:test, Jest,
 * Vitest): `test(name, fn)` is the runner's, `pass(problems)` its assertion
 * that a list of problems is empty. An unreadable file, or none at all, is a
 * failing test.
 */
export function vectorTests(api, files, test, pass) {
  test("there are vectors to run", () => pass(files.length > 0 ? [] : ["AUTHOS_VECTORS names no file"]));
  for (const { file, vectors, error } of files) {
    if (error !== undefined) {
      test(`${file}: readable`, () => pass([String(error)]));
      continue;
    }
    vectors.forEach((vector, i) => test(vectorName(file, i, vector), async () => pass(await check(api, vector))));
  }
}

/**
 * Runs every vector of each `{ file, vectors }` (or `{ file, error }` for a file
 * that could not be read) and tallies them: `{ passed, failed, failures }`, each
 * failure `{ name, problems }`. Every runner but Node's and the CommonJS ones
 * (which make one test per vector) reports through this.
 */
export async function runVectors(api, files) {
  const results = { passed: 0, failed: 0, failures: [] };
  for (const { file, vectors, error } of files) {
    if (error !== undefined) {
      results.failed++;
      results.failures.push({ name: `${file}: unreadable`, problems: [String(error)] });
      continue;
    }
    for (const [i, vector] of vectors.entries()) {
      let problems;
      try {
        problems = await check(api, vector);
      } catch (e) {
        problems = [`threw ${e}`];
      }
      if (problems.length === 0) results.passed++;
      else {
        results.failed++;
        results.failures.push({ name: vectorName(file, i, vector), problems });
      }
    }
  }
  // Not a vector: the full module, which `explain` loads on first use, loads in
  // this environment too and answers from the reference, word for word.
  const problems = await fullModuleProblems(api);
  if (problems.length > 0) {
    results.failed++;
    results.failures.push({ name: "the full module (explain)", problems });
  }
  return results;
}

async function fullModuleProblems(api) {
  try {
    const entry = await api.explain("WEAK_PASSWORD", { locales: ["en"] });
    const expected = "Password doesn’t meet requirements";
    return entry?.description === expected ? [] : [`description ${JSON.stringify(entry?.description)}, not ${expected}`];
  } catch (e) {
    return [`threw ${e}`];
  }
}
