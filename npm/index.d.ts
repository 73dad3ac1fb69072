// Types of the `authos-errors` package. The unions are generated from the core
// (dist/vocabulary.d.ts); everything here mirrors src/index.js.
import type { Action, Audience, Category, Field, KnownCode } from "./dist/vocabulary.js";

export type { Action, Audience, Category, Field, KnownCode };

/** A code: one the catalogue knows, or any other a newer server sends. */
export type Code = KnownCode | (string & {});

/** Headers in any form `fetch` users have. */
export type HeadersLike = Headers | Record<string, string | string[]> | Map<string, string> | Iterable<[string, string]>;

/** A body: text (UTF-8), bytes, or nothing. */
export type BodyLike = string | Uint8Array | ArrayBuffer | ArrayBufferView | null | undefined;

/** Locale preferences: one BCP 47 tag or a list, most preferred first. Default: `navigator.languages`. */
export type Locales = string | readonly string[];

/** What an error response means: the same answer on every platform. */
export interface Interpretation {
  /** The AuthOS code: from the body (verbatim, even if unknown), else derived from the status. */
  code: Code;
  /** `code` is in the catalogue. */
  known: boolean;
  /** `code` was derived from the status or transport, not read from the body. */
  derived: boolean;
  /** The HTTP status as received; 0 for no response. */
  status: number;
  category: Category;
  audience: Audience;
  /** What the client should do next. */
  action: Action;
  /** The form field at fault, for `fix_input`. */
  field: Field | null;
  /** Repeating the same request later can succeed with nothing else changed. */
  retryable: boolean;
  /** From `Retry-After`, in milliseconds; `null` where absent or unreadable. */
  retryAfterMs: number | null;
  /** The body's own text, sanitized: for logs, never to be shown as markup. */
  serverMessage: string | null;
  /** The body's `timestamp`, if valid RFC 3339. */
  timestamp: string | null;
  /** `now` minus `timestamp`, in milliseconds. */
  clockSkewMs: number | null;
  /** The shipped locale `message` is in. */
  locale: string;
  /** For the person at the screen: never empty, never the server's text, never markup. */
  message: string;
  /**
   * The request's id for support: `x-request-id`, `request-id` or `x-correlation-id`
   * (the first present), else a W3C `traceparent`'s trace-id; sanitized; `null` where
   * absent, empty or over 128 characters.
   */
  requestId: string | null;
  /** The OAuth error token the code was mapped from (`slow_down`), if any. */
  mappedFrom: string | null;
}

export interface ResponseLike {
  status: number;
  headers: Headers;
  body: unknown;
  bodyUsed: boolean;
  clone(): { arrayBuffer(): Promise<ArrayBuffer> };
}

export interface InterpretInput {
  /** An integer from 0 to 65535 (or its decimal string); 0 means no response. */
  status: number | string;
  headers?: HeadersLike;
  body?: BodyLike;
  locales?: Locales;
  /** The clock for `Retry-After` dates and clock skew. Default: `Date.now()`. */
  now?: Date | number | string;
}

/**
 * Instantiates the WebAssembly module. The `authos-errors` entry has done it on
 * import (a top-level `await`); with `authos-errors/init`, call `await init()` once
 * before anything else. `source`: where the module is, if not beside the package's
 * JavaScript (a URL, a `Response`, its bytes or a compiled module). Later calls
 * return the first call's promise.
 */
export function init(source?: URL | string | Response | BufferSource | WebAssembly.Module): Promise<void>;

/** Instantiates the module synchronously from its bytes or a compiled `WebAssembly.Module`. Once. */
export function initSync(source: BufferSource | WebAssembly.Module): void;

/**
 * Interprets one HTTP error response.
 * @throws {NotAnError} for a 1xx–3xx status.
 * @throws {TypeError} for a status that is not an integer from 0 to 65535.
 */
export function interpret(input: InterpretInput): Interpretation;

/** A raw response split into its parts. */
export interface RawResponse {
  status: number;
  /** In the order received, names as sent. */
  headers: [string, string][];
  /** The bytes after the headers (a copy: the input may change while the module loads). */
  body: Uint8Array;
}

/**
 * Splits a raw HTTP response as `curl -si` prints it (text or bytes) into its
 * parts, ready for `interpret`; interim 1xx responses and a proxy's
 * `200 Connection established` before it are skipped. The first call loads the
 * full module, which has the raw-response reader.
 * Rejects with `InvalidRawResponse` for text that does not start with a status line.
 */
export function parseRawResponse(raw: string | Uint8Array | ArrayBuffer | ArrayBufferView): Promise<RawResponse>;

/**
 * Interprets a `fetch` `Response` without consuming the caller's body, loading
 * the message locale first if needed.
 */
export function interpretResponse(
  response: Response | ResponseLike,
  options?: { locales?: Locales; now?: Date | number | string },
): Promise<Interpretation>;

/**
 * A request that got no response at all (`fetch` rejected, a `TimeoutError`):
 * `NETWORK_ERROR`. An `AbortError` (the caller cancelled) is thrown back as it is.
 */
export function interpretNetworkError(error?: unknown, options?: { locales?: Locales }): Interpretation;

/**
 * Resolves with `response` when it is not an error (1xx–3xx); otherwise rejects
 * with an `AuthosApiError` holding its interpretation. The body is not consumed.
 */
export function throwIfError<R extends Response | ResponseLike>(
  response: R,
  options?: { locales?: Locales; now?: Date | number | string },
): Promise<R>;

/** Whether `value` is an `AuthosApiError`, from this copy of the package or another. */
export function isAuthosApiError(value: unknown): value is AuthosApiError;

/** Everything the catalogue says of one code. */
export interface CatalogueEntry {
  code: KnownCode;
  status: number;
  category: Category;
  /** The AuthOS reference's description, word for word. */
  description: string;
  resolution: string | null;
  /** Another reference row of a code documented in two sections. */
  also: { category: Category; description: string; resolution: string | null }[];
  audience: Audience;
  action: Action;
  field: Field | null;
  retryable: boolean;
  /** The library's own code, never sent by the server. */
  library: boolean;
  /** The statuses that give this code when a body has none: a status (`"401"`), `"4xx"`, `"5xx"` or `"other"`. */
  derivedFrom: string[];
  /** The locale `message` is in. */
  locale: string;
  message: string;
}

/**
 * The catalogue entry of a code spelled exactly, or `null`. The first call
 * loads the full module, which has the reference rows' text.
 */
export function explain(code: string, options?: { locales?: Locales }): Promise<CatalogueEntry | null>;
/** Every code of the catalogue, in catalogue order (loads the full module, as `explain`). */
export function catalogue(options?: { locales?: Locales }): Promise<CatalogueEntry[]>;

export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
  budgetMs: number;
}
export type GiveUpReason = "not_retryable" | "attempts_exhausted" | "budget_exhausted";
export type RetryDecision = { kind: "retryAfter"; delayMs: number } | { kind: "giveUp"; reason: GiveUpReason };
export type PollStep =
  | { kind: "continue"; intervalMs: number }
  | { kind: "slowDown"; intervalMs: number }
  | { kind: "restart" }
  | { kind: "stop" };

/** 500 ms base, 30 s cap, 5 attempts, 2 min budget. */
export function defaultRetryPolicy(): RetryPolicy;
/** Full jitter, `Retry-After` as a floor, a budget of attempts and time. */
export function retryDecision(
  failure: Interpretation,
  options?: { policy?: RetryPolicy; attempt?: number; elapsedMs?: number; random?: number },
): RetryDecision;
/** RFC 8628: continue, slow down (+5 s), restart or stop. */
export function pollStep(intervalMs: number, failure: Interpretation): PollStep;
/** Retries `attempt` as the policy says; resolves with the first ok response. */
export function withRetry<R extends Response | ResponseLike>(
  attempt: (context: { signal?: AbortSignal; attempt: number }) => Promise<R>,
  options?: { policy?: RetryPolicy; signal?: AbortSignal; locales?: Locales; random?: () => number },
): Promise<R>;

export interface AddedMessages {
  locale: string;
  messages: number;
  newLocale: boolean;
}
/** Every shipped locale (`en` first); all but `en` are loaded when needed. */
export function shippedLocales(): string[];
/** The locale messages would be in for these preferences, with what is loaded now. */
export function negotiateLocale(locales?: Locales): string;
/** Loads the best shipped locale for these preferences, once; resolves with its tag. */
export function loadLocale(locales?: Locales): Promise<string>;
/** Makes a locale available from locale data (`authos-errors locale-data <tag>`). */
export function loadLocaleData(data: Uint8Array | ArrayBuffer): AddedMessages;
/** Adds or overrides messages from Fluent text (loads the Fluent parser on first use). */
export function addMessages(locale: string, ftl: string): Promise<AddedMessages>;
/** Removes every message and locale added at run time. */
export function clearAddedMessages(): void;
/**
 * The size of the WebAssembly memory in use, in bytes, for leak checks: it grows
 * in 64 KiB pages and never shrinks, so a steady value over many calls means
 * nothing is kept between them.
 */
export function wasmMemoryBytes(): number;

/** Base class of the errors this package throws on purpose. */
export class AuthosError extends Error {}
/** The status is 1xx, 2xx or 3xx: there is no error to interpret. */
export class NotAnError extends AuthosError {
  status: number;
}
/** A locale tag that is not BCP 47. */
export class InvalidLocale extends AuthosError {
  tag: string;
}
/** Bytes that are not whole, valid locale data. */
export class InvalidLocaleData extends AuthosError {
  reason?: string;
}
/** Text that is not a raw HTTP response. */
export class InvalidRawResponse extends AuthosError {}
/** Fluent text with errors; nothing was added. */
export class InvalidMessages extends AuthosError {
  locale: string;
  problems: string[];
}
/** An AuthOS API error, to throw: `message` is the one that is safe to show. */
export class AuthosApiError extends AuthosError {
  constructor(interpretation: Interpretation, options?: { cause?: unknown });
  readonly interpretation: Interpretation;
  readonly code: string;
  readonly status: number;
  readonly action: Action;
  /** The failure it came from (a `fetch` rejection), if any. */
  cause?: unknown;
  toJSON(): Interpretation & { name: string; message: string };
}
/** `withRetry` gave up: the last failure, why, and after how many attempts. */
export class RetryGaveUp extends AuthosApiError {
  reason: GiveUpReason;
  attempts: number;
}
