// Type test: every export used as a TypeScript app would (tsc --strict --noEmit).
import {
  type Action, type Code, type Interpretation, type KnownCode, type PollStep, type RetryDecision,
  AuthosError, InvalidLocale, InvalidLocaleData, InvalidMessages, InvalidRawResponse, NotAnError, RetryGaveUp,
  addMessages, catalogue, clearAddedMessages, defaultRetryPolicy, explain, interpret, interpretNetworkError,
  interpretResponse, loadLocale, loadLocaleData, negotiateLocale, pollStep, retryDecision, shippedLocales, wasmMemoryBytes, withRetry,
  parseRawResponse, type RawResponse, AuthosApiError, isAuthosApiError, throwIfError,
} from "authos-errors";

const known: KnownCode = "TOKEN_EXPIRED";
const newer: Code = "A_CODE_FROM_A_NEWER_SERVER"; // unknown codes type-check
// @ts-expect-error: not a known code
const wrong: KnownCode = "NOT_A_CODE";

function next(i: Interpretation): string {
  switch (i.action) {
    case "refresh_token": return "refresh";
    case "retry": case "wait": return `wait ${i.retryAfterMs ?? 0} ms`;
    default: { const other: Action = i.action; return `${other}: ${i.message}`; }
  }
}

async function main(): Promise<void> {
  const a: Interpretation = interpret({ status: 429, headers: { "Retry-After": "30" }, body: "{}", locales: ["de"] });
  const b = await interpretResponse(new Response("", { status: 503 }), { locales: "fr" });
  const c = interpretNetworkError(new TypeError("fetch failed"));
  const d: RetryDecision = retryDecision(a, { policy: defaultRetryPolicy(), attempt: 1, elapsedMs: 0, random: 0.5 });
  const s: PollStep = pollStep(5000, b);
  if (d.kind === "retryAfter") console.log(d.delayMs); else console.log(d.reason);
  if (s.kind === "slowDown" || s.kind === "continue") console.log(s.intervalMs);
  const entry = await explain(known, { locales: ["ja"] });
  console.log(entry?.description, (await catalogue()).length, shippedLocales(), negotiateLocale(["ar"]));
  console.log(await loadLocale(["ko-KR"]), loadLocaleData(new Uint8Array(0)).newLocale);
  const added = await addMessages("en", "TOKEN_EXPIRED = Sign in again.");
  console.log(added.messages, next(c), newer, wrong);
  clearAddedMessages();
  const bytes: number = wasmMemoryBytes();
  const raw: RawResponse = await parseRawResponse("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 5\r\n\r\n{}");
  console.log(interpret(raw).retryAfterMs, raw.body.byteLength, new InvalidRawResponse("x") instanceof AuthosError);
  console.log(bytes);
  const controller = new AbortController();
  const ok: Response = await withRetry(({ signal }) => fetch("https://example.com", { signal }), { signal: controller.signal });
  console.log(ok.status);
  try {
    await throwIfError(await fetch("https://example.com"), { locales: ["de"] });
  } catch (e) {
    if (isAuthosApiError(e)) console.log(e.code, e.status, e.action, e.interpretation.retryAfterMs, e.cause, e.toJSON().message);
  }
  const thrown = new AuthosApiError(c, { cause: new TypeError("fetch failed") });
  console.log(thrown instanceof AuthosError, thrown.message);
  try {
    interpret({ status: 204 });
  } catch (e) {
    if (e instanceof NotAnError) console.log(e.status);
    else if (e instanceof InvalidMessages) console.log(e.problems.join());
    else if (e instanceof RetryGaveUp) console.log(e.interpretation.code, e.reason, e.attempts);
    else if (e instanceof InvalidLocale || e instanceof InvalidLocaleData || e instanceof AuthosError) console.log(e.message);
  }
}
void main();
