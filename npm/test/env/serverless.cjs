// A serverless function as AWS Lambda, Netlify and Vercel build them: this file
// bundled by esbuild (`--bundle --platform=node --format=cjs`), then run alone
// in a folder with no node_modules and nothing copied beside the bundle. The
// `require` entry carries the package's files, so English, a loaded locale and
// the full module (explain) all answer.
const assert = require("node:assert/strict");
const ae = require("authos-errors");

const checks = {
  "English, compiled in": async () => {
    const answer = ae.interpret({ status: 401, body: '{"error_code":"TOKEN_EXPIRED"}', locales: ["en"] });
    assert.deepEqual([answer.code, answer.action, answer.locale], ["TOKEN_EXPIRED", "refresh_token", "en"]);
  },
  "a locale loaded from the bundle": async () => {
    assert.equal(await ae.loadLocale(["de-AT"]), "de");
    const answer = ae.interpret({ status: 429, headers: [["Retry-After", "30"]], locales: ["de"] });
    assert.deepEqual([answer.code, answer.retryAfterMs, answer.locale], ["RATE_LIMIT_EXCEEDED", 30000, "de"]);
  },
  "the full module from the bundle": async () => {
    const entry = await ae.explain("MFA_REQUIRED", { locales: ["de"] });
    assert.deepEqual([entry.code, entry.action, entry.locale], ["MFA_REQUIRED", "complete_mfa", "de"]);
  },
};

(async () => {
  let passed = 0;
  let failed = 0;
  for (const [name, check] of Object.entries(checks)) {
    try {
      await check();
      passed += 1;
    } catch (e) {
      failed += 1;
      console.log(`FAIL ${name}: ${e.stack ?? e}`);
    }
  }
  console.log(`node bundle (esbuild --platform=node --format=cjs, run alone): ${passed} passed, ${failed} failed`);
  if (failed > 0 || passed === 0) process.exit(1);
})();
