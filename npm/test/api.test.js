// The package's API beyond the vectors, in Node, from the installed package.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as ae from "authos-errors";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

// The installed package's own files, from which the expected lists are derived.
const PACKAGE = dirname(createRequire(import.meta.url).resolve("authos-errors/package.json"));
const packageText = (name) => readFileSync(join(PACKAGE, name), "utf8");

import { check } from "./vectors.js";

const RATE_LIMITED = '{"error":"Too many requests","error_code":"RATE_LIMIT_EXCEEDED"}';

test("a 1xx–3xx status throws NotAnError; a status that is not 16-bit throws TypeError", () => {
  assert.throws(() => ae.interpret({ status: 204 }), (e) => e instanceof ae.NotAnError && e.status === 204);
  assert.throws(() => ae.interpret({ status: 204 }), ae.AuthosError);
  assert.throws(() => ae.interpret({ status: 204 }), { message: /^HTTP status 204 is not an error/ }, "the core's message");
  for (const status of [-1, 65536, 1.5, NaN, null, undefined, {}, "abc"]) {
    assert.throws(() => ae.interpret({ status }), TypeError, `status ${String(status)}`);
  }
  assert.equal(ae.interpret({ status: "429" }).code, "RATE_LIMIT_EXCEEDED");
});

test("every error class keeps its name in the minified build, as does each error it throws", () => {
  const classes = Object.entries(ae).filter(([, value]) => typeof value === "function" && value.prototype instanceof Error);
  // Every class index.d.ts declares as an Error, and no other.
  const declared = [...packageText("index.d.ts").matchAll(/export class (\w+) extends (\w+)/g)].map((m) => m[1]);
  assert.ok(declared.length > 0, "index.d.ts declares no error class");
  assert.deepEqual(classes.map(([name]) => name).sort(), declared.sort());
  for (const [name, Class] of classes) {
    assert.equal(Class.name, name);
    assert.equal(new Class(Class === ae.AuthosApiError || Class === ae.RetryGaveUp ? { message: "m" } : "m").name, name);
  }
});

test("headers as Headers, a plain object, a Map or pairs read the same", () => {
  const forms = [
    new Headers({ "Retry-After": "30" }), { "Retry-After": "30" }, new Map([["Retry-After", "30"]]), [["Retry-After", "30"]],
  ];
  for (const headers of forms) {
    const answer = ae.interpret({ status: 429, headers, body: RATE_LIMITED, locales: ["en"] });
    assert.equal(answer.code, "RATE_LIMIT_EXCEEDED");
    assert.equal(answer.retryAfterMs, 30_000);
    assert.equal(answer.retryable, true);
  }
});

test("interpretResponse reads a fetch Response without consuming the caller's body", async () => {
  const response = new Response(RATE_LIMITED, { status: 429, headers: { "Retry-After": "2" } });
  const answer = await ae.interpretResponse(response, { locales: ["de-DE"] });
  assert.equal(answer.code, "RATE_LIMIT_EXCEEDED");
  assert.equal(answer.locale, "de");
  assert.equal(answer.retryAfterMs, 2000);
  assert.equal(await response.text(), RATE_LIMITED, "the caller can still read the body");
  await assert.rejects(ae.interpretResponse(new Response("", { status: 302 })), ae.NotAnError);
  await assert.rejects(ae.interpretResponse({}), TypeError);
});

test("a failed fetch is NETWORK_ERROR", () => {
  const answer = ae.interpretNetworkError(new TypeError("fetch failed"), { locales: ["en"] });
  assert.equal(answer.code, "NETWORK_ERROR");
  assert.equal(answer.retryable, true);
  assert.equal(answer.status, 0);
});

test("locales load lazily, once, from their own files", async () => {
  assert.deepEqual(ae.shippedLocales().slice(0, 1), ["en"]);
  assert.equal(await ae.loadLocale(["ja-JP"]), "ja");
  assert.equal(ae.negotiateLocale(["ja"]), "ja");
  assert.equal(await ae.loadLocale("xx-unknown"), "en");
  assert.throws(() => ae.loadLocaleData(new Uint8Array([1, 2, 3])), ae.InvalidLocaleData);
});

test("shippedLocales is the core's list: each loads from its own file and is then negotiated", async () => {
  const shipped = ae.shippedLocales();
  // English is compiled in; every other shipped locale is a file of the package.
  const files = readdirSync(join(PACKAGE, "dist/locales")).map((f) => f.replace(/\.bin$/, ""));
  assert.deepEqual([...shipped].sort(), ["en", ...files].sort());
  assert.equal(shipped[0], "en");
  assert.equal(new Set(shipped).size, shipped.length);
  const count = shipped.length;
  for (const tag of shipped) {
    assert.equal(await ae.loadLocale(tag), tag);
    assert.equal(ae.negotiateLocale([tag]), tag);
  }
  shipped.pop();
  assert.equal(ae.shippedLocales().length, count, "each call gives a copy");
});

test("explain and catalogue give the catalogue, localized", async () => {
  await ae.loadLocale("fr");
  const entry = await ae.explain("TOKEN_EXPIRED", { locales: ["fr"] });
  assert.equal(entry.code, "TOKEN_EXPIRED");
  assert.equal(entry.action, "refresh_token");
  assert.equal(entry.locale, "fr");
  assert.equal(await ae.explain("NO_SUCH_CODE"), null);
  assert.equal(await ae.explain(42), null);
  // Exactly the codes of the generated KnownCode union, in catalogue order.
  const union = packageText("dist/vocabulary.d.ts").split("export type KnownCode =")[1].split(";")[0];
  const known = [...union.matchAll(/"([A-Z0-9_]+)"/g)].map((m) => m[1]);
  assert.ok(known.length > 0, "vocabulary.d.ts has no KnownCode");
  assert.deepEqual((await ae.catalogue({ locales: ["en"] })).map((e) => e.code), known);
  // The core's JSON, named in camelCase by the package's one rule.
  assert.deepEqual((await ae.explain("UNAUTHORIZED")).derivedFrom, ["401"]);
  assert.deepEqual((await ae.explain("UNAUTHORIZED")).also[0].category, "general");
  assert.deepEqual((await ae.explain("INTERNAL_SERVER_ERROR")).derivedFrom, ["500", "5xx", "other"]);
  assert.equal((await ae.explain("WEAK_PASSWORD")).description, "Password doesn’t meet requirements", "the reference, word for word");
  assert.equal(ae.negotiateLocale(["fr"]), "fr", "the locale loaded before is still loaded in the full module");
  assert.equal(ae.interpret({ status: 401, body: '{"error_code":"TOKEN_EXPIRED"}', locales: ["fr"] }).locale, "fr");
  assert.deepEqual(Object.keys(ae.defaultRetryPolicy()), ["baseDelayMs", "maxDelayMs", "maxAttempts", "budgetMs"]);
});

test("retry decisions and device-flow steps come from the core", () => {
  const failure = ae.interpret({ status: 429, headers: { "retry-after": "3" }, body: RATE_LIMITED });
  const decision = ae.retryDecision(failure, { attempt: 1, random: 0 });
  assert.deepEqual(decision, { kind: "retryAfter", delayMs: 3000 });
  const spent = ae.retryDecision(failure, { attempt: 99, random: 0.5 });
  assert.deepEqual(spent, { kind: "giveUp", reason: "attempts_exhausted" });
  const slow = ae.interpret({ status: 400, body: '{"error":"slow_down"}' });
  assert.deepEqual(ae.pollStep(5000, slow), { kind: "slowDown", intervalMs: 10000 });
  // Only the facts the decisions read are needed: action, retryable, retryAfterMs, mappedFrom.
  const facts = { action: "continue_polling", retryable: true, retryAfterMs: null, mappedFrom: null };
  assert.deepEqual(ae.pollStep(5000, facts), { kind: "continue", intervalMs: 5000 });
  assert.throws(() => ae.retryDecision({ code: 1 }), TypeError);
  assert.throws(() => ae.pollStep(5000, null), TypeError);
  assert.equal(ae.defaultRetryPolicy().maxAttempts, 5);
});

test("withRetry waits per the policy and stops on an AbortSignal", async () => {
  let calls = 0;
  const policy = { ...ae.defaultRetryPolicy(), baseDelayMs: 1, maxDelayMs: 2 };
  const ok = await ae.withRetry(async () => (++calls < 3 ? new Response("", { status: 503 }) : new Response("ok")), { policy });
  assert.equal(await ok.text(), "ok");
  assert.equal(calls, 3);
  await assert.rejects(
    ae.withRetry(async () => new Response('{"error_code":"INVALID_CREDENTIALS"}', { status: 401 }), { policy }),
    (e) => e instanceof ae.RetryGaveUp && e.reason === "not_retryable" && e.interpretation.code === "INVALID_CREDENTIALS",
  );
  const controller = new AbortController();
  const waiting = ae.withRetry(async () => new Response("", { status: 429, headers: { "retry-after": "60" } }), {
    signal: controller.signal,
  });
  setTimeout(() => controller.abort(new Error("user left")), 20);
  await assert.rejects(waiting, /user left/);
});

test("cancellation propagates; a timeout is NETWORK_ERROR with its cause kept (docs/bindings.md, the same idioms on every platform)", async () => {
  const policy = { ...ae.defaultRetryPolicy(), baseDelayMs: 1, maxDelayMs: 2, maxAttempts: 2 };
  const abort = new DOMException("The operation was aborted.", "AbortError");
  assert.throws(() => ae.interpretNetworkError(abort), (e) => e === abort, "an AbortError is thrown back");
  let calls = 0;
  await assert.rejects(ae.withRetry(async () => { calls++; throw abort; }, { policy }), (e) => e === abort);
  assert.equal(calls, 1, "a cancellation is not retried");
  const timeout = new DOMException("The operation timed out.", "TimeoutError");
  assert.equal(ae.interpretNetworkError(timeout).code, "NETWORK_ERROR");
  await assert.rejects(ae.withRetry(async () => { throw timeout; }, { policy }), (e) =>
    e instanceof ae.RetryGaveUp && ae.isAuthosApiError(e) && e.code === "NETWORK_ERROR" && e.cause === timeout && e.attempts === 2);
});

test("AuthosApiError carries the interpretation; throwIfError turns a non-2xx Response into one", async () => {
  const ok = new Response("fine");
  assert.equal(await ae.throwIfError(ok), ok);
  const failed = new Response('{"error":"Too many","error_code":"RATE_LIMIT_EXCEEDED"}', { status: 429, headers: { "retry-after": "5" } });
  const error = await ae.throwIfError(failed, { locales: ["en"] }).catch((e) => e);
  assert.ok(error instanceof ae.AuthosApiError && error instanceof ae.AuthosError && error instanceof Error);
  assert.equal(error.message, error.interpretation.message, "the message is the safe one");
  assert.equal(error.name, "AuthosApiError");
  assert.deepEqual([error.code, error.status, error.action, error.interpretation.retryAfterMs], ["RATE_LIMIT_EXCEEDED", 429, "retry", 5000]);
  assert.equal(await failed.text(), '{"error":"Too many","error_code":"RATE_LIMIT_EXCEEDED"}', "the body is not consumed");
  assert.equal(JSON.parse(JSON.stringify(error)).code, "RATE_LIMIT_EXCEEDED");
  // A copy of the package elsewhere in the bundle brands its errors the same way.
  const foreign = { [Symbol.for("authos-errors.AuthosApiError")]: true };
  assert.ok(ae.isAuthosApiError(foreign) && !ae.isAuthosApiError(new Error("x")) && !ae.isAuthosApiError(null));
});

test("addMessages loads the Fluent parser, keeps loaded locales, and refuses broken text whole", async () => {
  await ae.loadLocale("de");
  const added = await ae.addMessages("en", "TOKEN_EXPIRED = Please sign in again, friend.\n");
  assert.equal(added.messages, 1);
  assert.equal(ae.interpret({ status: 401, body: '{"error_code":"TOKEN_EXPIRED"}', locales: ["en"] }).message,
    "Please sign in again, friend.");
  assert.equal(ae.interpret({ status: 401, body: '{"error_code":"TOKEN_EXPIRED"}', locales: ["de"] }).locale, "de");
  await assert.rejects(ae.addMessages("en", "TOKEN_EXPIRED = { $nope }\nBROKEN ="),
    (e) => e instanceof ae.InvalidMessages && e.problems.length >= 1);
  await assert.rejects(ae.addMessages("en", 42), TypeError);
  ae.clearAddedMessages();
  assert.notEqual(ae.interpret({ status: 401, body: '{"error_code":"TOKEN_EXPIRED"}', locales: ["en"] }).message,
    "Please sign in again, friend.");
});

test("hostile input gets an answer and the module keeps working", () => {
  const hostile = [
    { status: 502, body: new Uint8Array(1_000_000).fill(0xff) },
    { status: 400, body: "[".repeat(200_000) },
    { status: 400, body: '{"error_code":"\ud800"}' },
    { status: 400, body: { not: "a body" }, headers: { a: { b: 1 } }, locales: [1, null, "x".repeat(100_000)] },
    { status: 429, headers: [["retry-after", "9".repeat(1_000_000)]], body: 12 },
  ];
  for (const input of hostile) {
    const answer = ae.interpret(input);
    assert.equal(typeof answer.code, "string");
    assert.ok(answer.message.length > 0);
    assert.equal(ae.interpret({ status: 401, body: '{"error_code":"TOKEN_EXPIRED"}' }).code, "TOKEN_EXPIRED");
  }
});

test("parseRawResponse reads `curl -si` output for interpret, and refuses what is not a response", async () => {
  const raw = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\nContent-Type: application/json\r\n\r\n"
    + '{"error":"Too many requests","error_code":"RATE_LIMIT_EXCEEDED"}';
  const parsed = await ae.parseRawResponse(raw);
  assert.equal(parsed.status, 429);
  assert.deepEqual(parsed.headers, [["Retry-After", "30"], ["Content-Type", "application/json"]]);
  assert.ok(parsed.body instanceof Uint8Array);
  const answer = ae.interpret({ ...parsed, locales: ["en"] });
  assert.equal(answer.code, "RATE_LIMIT_EXCEEDED");
  assert.equal(answer.retryAfterMs, 30_000);
  assert.equal((await ae.parseRawResponse(new TextEncoder().encode(raw))).status, 429);
  for (const bad of ["", "not http", "HTTP/1.1 abc\r\n\r\n", new Uint8Array([0xff, 0xfe])]) {
    await assert.rejects(ae.parseRawResponse(bad), ae.InvalidRawResponse, JSON.stringify(String(bad)));
  }
});

test("wasmMemoryBytes reports the module's memory", () => {
  const input = { status: 503, body: "<html>bad gateway</html>" };
  for (let i = 0; i < 1_000; i++) ae.interpret(input); // warm-up
  const before = ae.wasmMemoryBytes();
  assert.ok(before >= 65536 && before % 65536 === 0);
  for (let i = 0; i < 10_000; i++) ae.interpret(input);
  assert.equal(ae.wasmMemoryBytes(), before);
});

test("server text with the compact form's separators and astral characters arrives whole", () => {
  const error = "😀 ; , é \u0001;;,,";
  const answer = ae.interpret({ status: 400, body: JSON.stringify({ error, error_code: "BAD_REQUEST" }), locales: ["en"] });
  assert.equal(answer.serverMessage, "😀 ; , é ;;,,");
  assert.equal(answer.code, "BAD_REQUEST");
  assert.equal(answer.locale, "en");
  assert.ok(answer.message.length > 0);
});

test("authos-errors/init: every call before init says what to do; initSync refuses a URL; init makes it work", () => {
  // A fresh process: in this one the main entry has instantiated the shared module already.
  const script = `
    import * as api from "authos-errors/init";
    const out = {};
    try { api.interpret({ status: 429 }); } catch (e) { out.before = e.message; }
    try { api.initSync(new URL("file:///x.wasm")); } catch (e) { out.url = e.constructor.name; }
    await api.init();
    await api.init();
    out.after = api.interpret({ status: 429, body: '{"error_code":"RATE_LIMIT_EXCEEDED"}' }).code;
    console.log(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout);
  assert.match(out.before, /not initialized: .*await init\(\)/);
  assert.equal(out.url, "TypeError");
  assert.equal(out.after, "RATE_LIMIT_EXCEEDED");
});

test("the first explain switches to the full module and keeps every locale loaded before, by file or by bytes", () => {
  // A fresh process: in this one earlier tests have switched already.
  const script = `
    import * as api from "authos-errors";
    import { readFileSync } from "node:fs";
    import { createRequire } from "node:module";
    const dist = createRequire(import.meta.url).resolve("authos-errors").replace(/index\\.cjs$/, "");
    const out = {};
    await api.loadLocale("de");
    api.loadLocaleData(readFileSync(dist + "locales/ja.bin"));
    out.before = api.wasmMemoryBytes() > 0 && api.negotiateLocale(["ja"]);
    out.explained = (await api.explain("TOKEN_EXPIRED", { locales: ["ja"] })).locale;
    out.after = [api.negotiateLocale(["de"]), api.negotiateLocale(["ja"])];
    out.message = api.interpret({ status: 429, body: '{"error_code":"RATE_LIMIT_EXCEEDED"}', locales: ["de"] }).locale;
    console.log(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), { before: "ja", explained: "ja", after: ["de", "ja"], message: "de" });
});

test("the vector check compares whole values: a difference after the 300th character fails", async () => {
  const long = (last) => `${"x".repeat(400)}${last}`;
  const api = { loadLocale: async () => "en", interpret: () => ({ serverMessage: long("a") }) };
  const vector = (text) => ({ input: { status: 400 }, expect: { server_message: text } });
  assert.deepEqual(await check(api, vector(long("a"))), []);
  const problems = await check(api, vector(long("b")));
  assert.equal(problems.length, 1, "two strings of one length, the same for their first 400 characters");
  assert.match(problems[0], /^server_message: expected /);
});
