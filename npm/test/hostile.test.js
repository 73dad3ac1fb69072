// Hostile input through every export of the installed package: random bytes,
// huge strings, lone surrogates, objects where strings are expected, missing
// fields. Each call must give an answer or throw one of the package's typed
// errors (or TypeError for a caller's bug): never a wasm trap (RuntimeError),
// never a poisoned module. After every hostile call a normal interpret must
// still give the normal answer, and the WebAssembly memory must stay bounded.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as ae from "authos-errors";

const NORMAL = { status: 401, body: '{"error_code":"TOKEN_EXPIRED"}', locales: ["en"] };
const EXPECTED = ae.interpret(NORMAL);

/** A deterministic generator, so a failure names an input that can be replayed. */
function random(seed) {
  let x = seed >>> 0 || 1;
  return () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 2 ** 32);
}

function bytes(next, length) {
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

/** Runs one hostile call: an answer or a typed error, and the module still works after. */
/** Runs `call` (its promise awaited): it answers or throws one of the package's errors, never traps. */
async function survive(name, call) {
  try {
    await call();
  } catch (e) {
    assert.ok(e instanceof ae.AuthosError || e instanceof TypeError, `${name}: threw ${e?.name}: ${e?.message}`);
    assert.ok(!(e instanceof WebAssembly.RuntimeError), `${name}: the module trapped`);
  }
  assert.deepEqual(ae.interpret(NORMAL), EXPECTED, `${name}: the module answers differently afterwards`);
}

const LONE = "\ud800";
const HUGE = "x".repeat(10_000_000);
const ODD_VALUES = [undefined, null, 0, -1, NaN, Infinity, 1e300, true, {}, [], [[]], () => 1, Symbol("s"), 10n,
  LONE, `${LONE}${LONE}\udfff`, "\u0000", HUGE, new Uint8Array(3), new ArrayBuffer(2), new Map([[1, 2]]),
  Object.create(null)];

test("interpret: random bytes, huge and odd values in every field", async () => {
  const next = random(7);
  for (let i = 0; i < 200; i++) {
    await survive(`random body #${i}`, () => ae.interpret({ status: 400 + (i % 200), body: bytes(next, Math.floor(next() * 4096)) }));
  }
  for (const value of ODD_VALUES) {
    const label = typeof value === "string" ? `string(${value.length})` : String(typeof value);
    await survive(`status ${label}`, () => ae.interpret({ status: value }));
    await survive(`headers ${label}`, () => ae.interpret({ status: 429, headers: value }));
    await survive(`header value ${label}`, () => ae.interpret({ status: 429, headers: { "retry-after": value, [LONE]: value } }));
    await survive(`header pairs ${label}`, () => ae.interpret({ status: 429, headers: [[value, value], value] }));
    await survive(`body ${label}`, () => ae.interpret({ status: 502, body: value }));
    await survive(`locales ${label}`, () => ae.interpret({ status: 502, locales: value }));
    await survive(`locale list ${label}`, () => ae.interpret({ status: 502, locales: [value, "en"] }));
    await survive(`now ${label}`, () => ae.interpret({ status: 503, now: value, body: '{"timestamp":"2025-01-15T10:30:00Z"}' }));
    await survive(`whole input ${label}`, () => ae.interpret(value));
  }
});

test("interpret: huge and pathological bodies", async () => {
  const bodies = [
    "[".repeat(1_000_000), "{\"a\":".repeat(500_000), `{"error":"${"\\u0000".repeat(200_000)}"}`,
    `{"error_code":"${"A".repeat(1_000_000)}","error":"${"\u202e".repeat(100_000)}"}`,
    `{"error":"${LONE}${"\\ud800".repeat(1000)}","error_code":"${LONE}"}`, HUGE,
  ];
  for (const [i, body] of bodies.entries()) {
    await survive(`body #${i}`, () => {
      const answer = ae.interpret({ status: 400, body, locales: ["en"] });
      assert.ok(answer.message.length > 0 && answer.message.length < 1000);
      assert.ok((answer.serverMessage ?? "").length <= 513, "server text stays capped");
    });
  }
});

test("every other export, with odd values for every argument", async () => {
  const failure = ae.interpret({ status: 503, body: "" });
  for (const value of ODD_VALUES) {
    const label = typeof value === "string" ? `string(${value.length})` : String(typeof value);
    await survive(`parseRawResponse ${label}`, () => ae.parseRawResponse(value));
    await survive(`explain ${label}`, () => ae.explain(value, { locales: value }));
    await survive(`catalogue ${label}`, () => ae.catalogue({ locales: value }));
    await survive(`interpretNetworkError ${label}`, () => ae.interpretNetworkError(value, { locales: value }));
    await survive(`retryDecision failure ${label}`, () => ae.retryDecision(value));
    await survive(`retryDecision policy ${label}`, () => ae.retryDecision(failure, { policy: value, attempt: value, elapsedMs: value, random: value }));
    await survive(`retryDecision policy fields ${label}`, () => ae.retryDecision(failure, { policy: { baseDelayMs: value, maxDelayMs: value, maxAttempts: value, budgetMs: value } }));
    await survive(`retryDecision failure fields ${label}`, () => ae.retryDecision({ ...failure, code: value, status: value, retryAfterMs: value, category: value }));
    await survive(`pollStep ${label}`, () => ae.pollStep(value, value));
    await survive(`negotiateLocale ${label}`, () => ae.negotiateLocale(value));
    await survive(`loadLocaleData ${label}`, () => ae.loadLocaleData(value));
  }
  const next = random(11);
  for (let i = 0; i < 200; i++) {
    await survive(`loadLocaleData random #${i}`, () => ae.loadLocaleData(bytes(next, Math.floor(next() * 3000))));
    await survive(`parseRawResponse random #${i}`, () => ae.parseRawResponse(bytes(next, Math.floor(next() * 2000))));
  }
  ae.clearAddedMessages();
});

test("addMessages: broken, huge and hostile Fluent text is refused whole; the module keeps working", async () => {
  const texts = [LONE, `TOKEN_EXPIRED = ${LONE}`, "TOKEN_EXPIRED = {".repeat(10_000), "x".repeat(2_000_000),
    "TOKEN_EXPIRED = \u202e evil", "TOKEN_EXPIRED = { NUMBER($x) }", "= =\n".repeat(10_000)];
  for (const [i, ftl] of texts.entries()) {
    try {
      await ae.addMessages("en", ftl);
    } catch (e) {
      assert.ok(e instanceof ae.AuthosError || e instanceof TypeError, `ftl #${i}: ${e}`);
    }
    ae.clearAddedMessages(); // some are valid overrides (a lone surrogate arrives as U+FFFD)
    assert.deepEqual(ae.interpret(NORMAL), EXPECTED, `ftl #${i}: the module answers differently afterwards`);
  }
  for (const value of ODD_VALUES.slice(0, 12)) {
    await ae.addMessages(value, value).catch((e) => assert.ok(e instanceof ae.AuthosError || e instanceof TypeError, String(e)));
  }
  ae.clearAddedMessages();
  assert.deepEqual(ae.interpret(NORMAL), EXPECTED);
});

test("after all of it, WebAssembly memory stays bounded over more hostile calls", async () => {
  const next = random(3);
  for (let i = 0; i < 2_000; i++) ae.interpret({ status: 400, body: bytes(next, 512) }); // warm-up
  const before = ae.wasmMemoryBytes();
  for (let i = 0; i < 20_000; i++) ae.interpret({ status: 400, body: bytes(next, 512), headers: { "retry-after": LONE } });
  assert.equal(ae.wasmMemoryBytes(), before);
});
