// The public API over the wasm functions: arguments normalized and checked,
// the core's errors as classes, locales loaded when needed. No interpretation
// logic lives here: every answer comes from the Rust core. No top-level await
// either: each entry (index.js, init.js, workerd.js, index.cjs) instantiates the
// module its own way, through `init` or `initSync`.
import { instantiateLean, instantiateLeanSync, loadFull, packageFile, readBytes } from "./instance.js";
import { LOCALE_FILES, SHIPPED } from "./locales.js";
import { fromWire } from "./wire.js";

const NOT_READY =
  "authos-errors is not initialized: with the \"authos-errors/init\" entry, call `await init()` once before anything else";

/** Stands in for the module until it is instantiated: every use says what to do. */
const notReady = new Proxy({}, {
  get(_, name) {
    if (name === "memory") throw new Error(NOT_READY);
    return () => {
      throw new Error(NOT_READY);
    };
  },
});

/** The module in use: the lean one (English, no Fluent parser) until `addMessages`. */
let wasm = notReady;
let starting;

/**
 * Instantiates the WebAssembly module; call it once, and wait for it, before
 * anything else (the `authos-errors` entry does it for you with a top-level
 * `await`). `source`, optional: where the module is (a URL, a `Response`, its
 * bytes, or a compiled `WebAssembly.Module`), for hosts that serve it from
 * elsewhere; by default the file beside this one. Later calls return the first
 * call's promise.
 */
export function init(source) {
  starting ??= instantiateLean(source).then((module) => {
    if (wasm === notReady) wasm = module;
  });
  return starting;
}

/**
 * Instantiates the module synchronously from its bytes or a compiled
 * `WebAssembly.Module` (CommonJS, workers that import `.wasm` files). Once.
 */
export function initSync(source) {
  if (wasm === notReady) wasm = instantiateLeanSync(source);
  starting ??= Promise.resolve();
}

/** Base class of every error this package throws on purpose. */
// Each class names itself: the published build is minified, which renames classes.
export class AuthosError extends Error {
  static name = "AuthosError";
  constructor(message, fields) {
    super(message);
    this.name = new.target.name;
    Object.assign(this, fields);
  }
}
/** The status is 1xx, 2xx or 3xx: there is no error to interpret. */
export class NotAnError extends AuthosError {
  static name = "NotAnError";
}
/** Bytes that are not whole, valid locale data. */
export class InvalidLocaleData extends AuthosError {
  static name = "InvalidLocaleData";
}
/** A locale tag that is not BCP 47. */
export class InvalidLocale extends AuthosError {
  static name = "InvalidLocale";
}
/** Text that is not a raw HTTP response (`parseRawResponse`). */
export class InvalidRawResponse extends AuthosError {
  static name = "InvalidRawResponse";
}
/** Fluent text with errors; nothing was added (`problems` lists them all). */
export class InvalidMessages extends AuthosError {
  static name = "InvalidMessages";
}

const CLASSES = { NotAnError, InvalidLocaleData, InvalidLocale, InvalidMessages, InvalidRawResponse };

/** Calls into the module, turning the JSON `{ kind, message }` it throws into a class. */
function call(fn, ...args) {
  try {
    return fn(...args);
  } catch (thrown) {
    const error = typeof thrown === "string" ? JSON.parse(thrown) : thrown;
    if (error && typeof error === "object" && typeof error.kind === "string") {
      const { kind, message, ...fields } = error;
      if (kind === "TypeError") throw new TypeError(message);
      const Class = CLASSES[kind] ?? AuthosError;
      throw new Class(message, camelNames(fields));
    }
    throw thrown;
  }
}

/** Calls into the module for a record, which comes back as the core's JSON text (one string crosses). */
const record = (fn, ...args) => camelNames(JSON.parse(call(fn, ...args)));

/**
 * The core's JSON in JavaScript's names: every key, and every `kind` tag, in
 * camelCase (`retry_after_ms` → `retryAfterMs`, `give_up` → `giveUp`). Values
 * are the contract's spelling (`fix_input`) and are kept.
 */
function camelNames(value) {
  if (Array.isArray(value)) return value.map(camelNames);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) out[camel(key)] = key === "kind" ? camel(v) : camelNames(v);
  return out;
}

const camel = (name) => name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

const encoder = new TextEncoder();

/** A status as the core's 16-bit number; anything else is a caller's bug. */
function toStatus(status) {
  const n = typeof status === "string" && /^\d{1,5}$/.test(status.trim()) ? Number(status) : status;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > 0xffff) {
    throw new TypeError(`status must be an integer from 0 to 65535, got ${describe(status)}`);
  }
  return n;
}

function describe(value) {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  return value === null ? "null" : typeof value === "object" ? "an object" : String(value);
}

/** Any text as a string; a value that is not text becomes "" (it is ignored, not fatal). */
const text = (value) => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");

/** Headers as `Headers`, a plain object, a Map, or [name, value] pairs → flat [name, value, ...]. */
function toHeaders(headers) {
  const flat = [];
  if (headers == null) return flat;
  const add = (name, value) => {
    if (Array.isArray(value)) for (const v of value) flat.push(text(name), text(v));
    else flat.push(text(name), text(value));
  };
  if (typeof headers.forEach === "function" && typeof headers.get === "function") {
    headers.forEach((value, name) => add(name, value)); // Headers, Map
  } else if (Array.isArray(headers)) {
    for (const pair of headers) if (Array.isArray(pair)) add(pair[0], pair[1]);
  } else if (typeof headers === "object") {
    for (const name of Object.keys(headers)) add(name, headers[name]);
  }
  return flat;
}

/** A body as bytes: a string (UTF-8), bytes, an ArrayBuffer or a view; anything else is no body. */
function toBody(body) {
  if (body == null) return new Uint8Array(0);
  if (typeof body === "string") return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  return new Uint8Array(0);
}

/** Locale preferences: one tag or a list; what is not text is skipped. */
function toLocales(locales) {
  if (locales == null) return defaultLocales();
  const list = typeof locales === "string" ? [locales] : Array.isArray(locales) ? locales : [];
  return list.filter((t) => typeof t === "string");
}

/** Locale preferences as the module takes them: one string, and each tag's length in it. */
function tags(locales) {
  const list = toLocales(locales);
  return [list.join(""), Uint32Array.from(list, (tag) => tag.length)];
}

function defaultLocales() {
  const nav = globalThis.navigator;
  if (nav && Array.isArray(nav.languages) && nav.languages.length > 0) return [...nav.languages];
  if (nav && typeof nav.language === "string") return [nav.language];
  return [];
}

function toNow(now) {
  if (now instanceof Date) return now.getTime();
  if (typeof now === "number" && Number.isFinite(now)) return now;
  if (typeof now === "string" && now !== "") return Date.parse(now);
  return Date.now();
}

/**
 * Interprets one HTTP error response. Throws `NotAnError` for a 1xx–3xx status
 * and `TypeError` for a status that is not a 16-bit integer; any headers, body
 * and locales get an answer.
 */
export function interpret({ status, headers, body, locales, now } = {}) {
  const code = toStatus(status);
  // Every string crosses as one (the module cuts it by these lengths); a text
  // body is the last piece, so it is encoded once, straight into the module.
  const parts = toHeaders(headers);
  const headerCount = parts.length / 2;
  for (const tag of toLocales(locales)) parts.push(tag);
  const bodyIsText = typeof body === "string";
  if (bodyIsText) parts.push(body);
  // A plain array: the glue copies it into the module's memory either way, and
  // a typed array's allocation cost more than the copy.
  const lengths = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) lengths[i] = parts[i].length;
  const bytes = bodyIsText ? NO_BYTES : toBody(body);
  return fromWire(call(wasm.interpret, code, parts.join(""), lengths, headerCount, bodyIsText, bytes, toNow(now)));
}

const NO_BYTES = new Uint8Array(0);

/**
 * Splits a raw HTTP response as `curl -si` prints it (text or bytes) into
 * `{ status, headers, body }`, ready for `interpret`; interim 1xx responses and a
 * proxy's `200 Connection established` before it are skipped. Rejects with
 * `InvalidRawResponse` for text that does not start with a status line. The
 * first call loads the full module (`useFull`).
 */
export async function parseRawResponse(raw) {
  const bytes = toBody(raw).slice();
  await useFull();
  const { status, headers, bodyStart } = record(wasm.parseRawResponse, bytes);
  return { status, headers, body: bytes.subarray(bodyStart) };
}

/**
 * A request that got no response at all (`fetch` rejected; a `TimeoutError`
 * too): `NETWORK_ERROR`. A cancellation the caller made (`AbortError`) is not
 * interpreted: it is thrown back as it is (docs/bindings.md, "The same idioms on every platform").
 */
export function interpretNetworkError(error, { locales } = {}) {
  if (isCancellation(error)) throw error;
  return fromWire(wasm.interpretNetworkError(...tags(locales)));
}

/** An `AbortError`: the caller cancelled (a `TimeoutError` is a failure, not a cancellation). */
const isCancellation = (error) => error != null && typeof error === "object" && error.name === "AbortError";

const API_ERROR = Symbol.for("authos-errors.AuthosApiError");

/**
 * An AuthOS API error, to throw: `interpretation` is the whole answer, and
 * `message` the one that is safe to show. `cause` is the failure it came from
 * (a `fetch` rejection), if any. Recognize one with `isAuthosApiError`, which
 * also works across two copies of this package.
 */
export class AuthosApiError extends AuthosError {
  static name = "AuthosApiError";
  constructor(interpretation, { cause, ...fields } = {}) {
    super(interpretation.message, { interpretation, ...fields });
    if (cause !== undefined) this.cause = cause;
  }
  get [API_ERROR]() { return true; }
  get code() { return this.interpretation.code; }
  get status() { return this.interpretation.status; }
  get action() { return this.interpretation.action; }
  toJSON() {
    return { name: this.name, message: this.message, ...this.interpretation };
  }
}

/** Whether `value` is an `AuthosApiError`, from this copy of the package or another. */
export const isAuthosApiError = (value) => value != null && typeof value === "object" && value[API_ERROR] === true;

/**
 * Resolves with `response` when it is not an error (1xx–3xx); otherwise rejects
 * with an `AuthosApiError` holding its interpretation (for React Query, SWR and
 * plain `try/catch`). The caller's body is not consumed.
 */
export async function throwIfError(response, options = {}) {
  if (response != null && typeof response.status === "number" && response.status >= 100 && response.status < 400) {
    return response;
  }
  throw new AuthosApiError(await interpretResponse(response, options));
}

/**
 * Interprets a `fetch` `Response` without consuming the caller's body (it reads
 * a clone). Loads the message locale first if it is not loaded yet.
 */
export async function interpretResponse(response, { locales, now } = {}) {
  if (response == null || typeof response.status !== "number") {
    throw new TypeError("interpretResponse needs a fetch Response");
  }
  const preferred = toLocales(locales);
  await loadLocale(preferred);
  let body = new Uint8Array(0);
  if (response.body !== null && !response.bodyUsed && typeof response.clone === "function") {
    try {
      body = new Uint8Array(await response.clone().arrayBuffer());
    } catch {
      // A body that breaks off is read as no body: the status still says a lot.
    }
  }
  return interpret({ status: response.status, headers: response.headers, body, locales: preferred, now });
}

/**
 * The catalogue entry of a code spelled exactly, or `null`. The first call
 * loads the full module, which has the reference rows' text (`useFull`).
 */
export async function explain(code, { locales } = {}) {
  if (typeof code !== "string") return null;
  await useFull();
  return record(wasm.explain, code, ...tags(locales));
}

/** Every code of the catalogue, in catalogue order (loads the full module, as `explain`). */
export async function catalogue({ locales } = {}) {
  await useFull();
  return record(wasm.catalogue, ...tags(locales));
}

/** The default retry policy: 500 ms base, 30 s cap, 5 attempts, 2 min budget. */
export const defaultRetryPolicy = () => record(wasm.defaultRetryPolicy);

/**
 * The retry decision after attempt `attempt` (1 for the first) failed with
 * `failure`, `elapsedMs` after the first started; `random` in [0, 1).
 */
export function retryDecision(failure, { policy = defaultRetryPolicy(), attempt = 1, elapsedMs = 0, random = Math.random() } = {}) {
  const limits = fieldsOf(policy, "a retry policy", ["baseDelayMs", "maxDelayMs", "maxAttempts", "budgetMs"]);
  const numbers = limits.map((n) => (typeof n === "number" ? n : undefined));
  return record(wasm.retryDecision, ...numbers, ...failureFields(failure), attempt >>> 0, Number(elapsedMs), Number(random));
}

/** The device-flow poller's next step after a failed poll. */
export function pollStep(intervalMs, failure) {
  return record(wasm.pollStep, Number(intervalMs), ...failureFields(failure));
}

/**
 * The fields `names` of an object handed back (a policy, an interpretation),
 * read for the module, which checks them; a `TypeError` if it is not an
 * object or a field cannot be read.
 */
function fieldsOf(value, what, names) {
  if (typeof value !== "object" || value === null) throw new TypeError(`not ${what}: expected an object`);
  return names.map((name) => {
    try {
      return value[name];
    } catch {
      throw new TypeError(`not ${what}: \`${name}\` could not be read`);
    }
  });
}

/** An interpretation's fields the retry policy and the poller decide on, each as its type or absent. */
function failureFields(failure) {
  const names = ["action", "retryable", "retryAfterMs", "mappedFrom"];
  const [action, retryable, retryAfterMs, mappedFrom] = fieldsOf(failure, "an interpretation from this package", names);
  return [
    typeof action === "string" ? action : "",
    typeof retryable === "boolean" ? retryable : undefined,
    retryAfterMs == null ? undefined : typeof retryAfterMs === "number" ? retryAfterMs : NaN,
    typeof mappedFrom === "string" ? mappedFrom : "",
  ];
}

/**
 * Runs `attempt` until it succeeds or the policy gives up, waiting between
 * tries as the policy says (never less than `Retry-After`). `attempt` returns
 * a `Response`; a non-ok one or a rejection is interpreted (a `TimeoutError`
 * is `NETWORK_ERROR`). Resolves with the ok `Response`; rejects with
 * `RetryGaveUp` (an `AuthosApiError` holding the last interpretation) or, when
 * cancelled (the signal, or an `AbortError` from `attempt`), with that as it is.
 */
export async function withRetry(attempt, { policy = defaultRetryPolicy(), signal, locales, random = Math.random } = {}) {
  const started = Date.now();
  for (let n = 1; ; n++) {
    signal?.throwIfAborted();
    let failure;
    let cause;
    try {
      const response = await attempt({ signal, attempt: n });
      if (response.ok || response.status < 400) return response;
      failure = await interpretResponse(response, { locales });
    } catch (error) {
      if (signal?.aborted || error instanceof AuthosError || isAuthosApiError(error)) throw error;
      failure = interpretNetworkError(error, { locales }); // throws an AbortError back
      cause = error;
    }
    const decision = retryDecision(failure, { policy, attempt: n, elapsedMs: Date.now() - started, random: random() });
    if (decision.kind === "giveUp") throw new RetryGaveUp(failure, decision.reason, n, cause);
    await sleep(decision.delayMs, signal);
  }
}

/**
 * `withRetry` stopped: an `AuthosApiError` whose `interpretation` is the last
 * failure, with `reason` (why it stopped) and `attempts`; `cause` is the last
 * `fetch` rejection, if the last attempt got no response.
 */
export class RetryGaveUp extends AuthosApiError {
  static name = "RetryGaveUp";
  constructor(interpretation, reason, attempts, cause) {
    super(interpretation, { cause, reason, attempts });
  }
}

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener("abort", aborted);
      resolve();
    }
    function aborted() {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal?.addEventListener("abort", aborted, { once: true });
  });
}

/** Every shipped locale (`en` first); all but `en` are loaded when needed. */
export const shippedLocales = () => [...SHIPPED];

/** The locale messages would be in for these preferences with what is loaded now. */
export const negotiateLocale = (locales) => wasm.negotiateLocale(...tags(locales));

const loaded = new Map([["en", Promise.resolve()]]);

/**
 * Loads the shipped locale that best matches `locales` (one tag or a list),
 * each from its own file, once. Resolves with the tag loaded (`en` when none matches).
 */
export async function loadLocale(locales) {
  const tag = wasm.bestShippedLocale(...tags(locales));
  if (!loaded.has(tag)) {
    const file = LOCALE_FILES[tag];
    const load = file
      ? readBytes(packageFile(`locales/${tag}.bin`, file)).then(loadData)
      : Promise.reject(new InvalidLocale(`no locale file for ${tag}`, { tag }));
    loaded.set(tag, load);
    load.catch(() => loaded.delete(tag));
  }
  await loaded.get(tag);
  return tag;
}

/** Makes a locale available from locale data (`authos-errors locale-data <tag>`). */
export function loadLocaleData(bytes) {
  return loadData(toBody(bytes).slice());
}

/** Every locale data loaded into the module, in order: what `useFull` loads again. */
const loadedData = [];

function loadData(bytes) {
  const added = record(wasm.loadLocaleData, bytes);
  loadedData.push(bytes);
  return added;
}

let switching;

/**
 * Switches to the full module on first use of what the English one leaves out
 * (the Fluent parser, the reference rows' text, the raw-response reader):
 * loads it, loads into it every locale loaded so far, then uses it for
 * everything. Nothing the program loaded is lost.
 */
async function useFull() {
  if (wasm.addMessages) return;
  switching ??= (async () => {
    const full = await loadFull();
    for (const load of loaded.values()) await load.catch(() => {});
    for (const bytes of loadedData) full.loadLocaleData(bytes);
    wasm = full;
  })().catch((error) => {
    switching = undefined; // a later call tries again
    throw error;
  });
  await switching;
}

/**
 * Adds or overrides messages from Fluent text: for a shipped locale, message by
 * message; any other locale is added, and negotiation considers it from then
 * on. Text with any error changes nothing and rejects with `InvalidMessages`
 * listing every problem. The first call loads the full module, with the
 * Fluent parser (`useFull`).
 */
export async function addMessages(locale, ftl) {
  if (typeof locale !== "string" || typeof ftl !== "string") {
    throw new TypeError("addMessages(locale, ftl) takes two strings");
  }
  await useFull();
  return record(wasm.addMessages, locale, ftl);
}

/** Removes every message and locale added at run time (loaded locales too). */
export function clearAddedMessages() {
  wasm.clearAddedMessages();
  loadedData.length = 0;
  for (const tag of [...loaded.keys()]) if (tag !== "en") loaded.delete(tag);
}

/**
 * The size of the WebAssembly memory in use, in bytes: for leak checks. It grows
 * in 64 KiB pages and never shrinks, so a steady value over many calls means
 * nothing is kept between them.
 */
export function wasmMemoryBytes() {
  return wasm.memory.buffer.byteLength;
}
