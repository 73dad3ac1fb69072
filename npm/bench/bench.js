// The package's interpret against an honest pure-JS baseline doing the same work
// (JSON.parse of the body, a catalogue lookup by code, a Retry-After header read,
// the same record of fields), run alternately in the same process. Shared by the
// Node benchmark and the browser page, so both measure exactly the same thing.

/** Typical AuthOS error responses: the native benchmark's five bodies. */
const BODIES = [
  [401, '{"error":"JWT has expired","error_code":"TOKEN_EXPIRED","timestamp":"2025-01-15T10:30:00Z"}'],
  [429, '{"error":"Too many requests","error_code":"RATE_LIMIT_EXCEEDED","timestamp":"2025-01-15T10:30:00Z"}'],
  [400, '{"error":"Password doesn\'t meet requirements","error_code":"WEAK_PASSWORD","timestamp":"2025-01-15T10:30:00Z"}'],
  [403, '{"error":"Organization suspended/pending","error_code":"ORGANIZATION_NOT_ACTIVE","timestamp":"2025-01-15T10:30:00Z"}'],
  [400, '{"error":"User hasn\'t authorized yet","error_code":"DEVICE_CODE_PENDING","timestamp":"2025-01-15T10:30:00Z"}'],
];
const HEADERS = { "content-type": "application/json", "retry-after": "30" };
const LOCALES = ["en-US", "en"];
const NOW = 1_736_937_005_000;

export const INPUTS = BODIES.map(([status, body]) => ({ status, headers: HEADERS, body, locales: LOCALES, now: NOW }));

/**
 * The baseline: what a hand-written JS interpreter minimally does for the same
 * fields, given the catalogue's entries (`catalogue()`) as its data.
 */
export function baseline(entries) {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const fallback = byCode.get("UNKNOWN_ERROR") ?? entries[0];
  return ({ status, headers, body }) => {
    let json = null;
    try {
      json = JSON.parse(body);
    } catch {
      json = null;
    }
    const raw = json !== null && typeof json.error_code === "string" ? json.error_code : null;
    const entry = (raw !== null && byCode.get(raw)) || fallback;
    const after = headers["retry-after"];
    const seconds = typeof after === "string" && /^\d+$/.test(after) ? Number(after) * 1000 : null;
    return {
      code: raw ?? entry.code, known: raw !== null && byCode.has(raw), derived: raw === null, status,
      category: entry.category, audience: entry.audience, action: entry.action, field: entry.field,
      retryable: entry.retryable, retryAfterMs: seconds,
      serverMessage: typeof json?.error === "string" ? json.error : null,
      timestamp: typeof json?.timestamp === "string" ? json.timestamp : null,
      clockSkewMs: null, locale: entry.locale, message: entry.message, mappedFrom: null,
    };
  };
}

/** Nanoseconds per call of `fn`, over `calls` calls cycling through the inputs. */
function batch(fn, calls) {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < calls; i++) sink += fn(INPUTS[i % INPUTS.length]).code.length;
  const ns = ((performance.now() - start) * 1e6) / calls;
  if (sink === 0) throw new Error("the benchmark's calls returned nothing");
  return ns;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Ours and the baseline, alternating batches so both see the same machine state;
 * the medians of the batches, and their ratio. Each batch runs long enough
 * (≥ 20 ms) that the browser's coarse timer does not matter. `entries`: the
 * catalogue (`catalogue()`, called elsewhere so that `api` stays on the English
 * module, the one measured).
 */
export function compare(api, entries, { rounds = 15, calls = 5000 } = {}) {
  const ours = (input) => api.interpret(input);
  const base = baseline(entries);
  // The same answers for the fields the baseline can know, or it is not the same
  // work. (It does less: no sanitizing, no negotiation, no "in 30 seconds".)
  for (const input of INPUTS) {
    const [a, b] = [ours(input), base(input)];
    for (const field of ["code", "status", "category", "audience", "action", "retryable", "retryAfterMs", "timestamp"]) {
      if (a[field] !== b[field]) throw new Error(`baseline differs on ${field}: ${a[field]} vs ${b[field]}`);
    }
  }
  batch(ours, calls * 2); // warm-up: JIT and the module's caches
  batch(base, calls * 2);
  const oursNs = [];
  const baseNs = [];
  for (let r = 0; r < rounds; r++) {
    oursNs.push(batch(ours, calls));
    baseNs.push(batch(base, calls));
  }
  return { ours_ns: median(oursNs), baseline_ns: median(baseNs), ratio: median(oursNs) / median(baseNs) };
}

/** 200 bytes of text: about what one interpretation's input is, crossing. */
export const FLOOR_TEXT = "x".repeat(200);

/**
 * The floor (`authos-errors-floor`'s `echo`: 200 bytes in, 200 bytes out,
 * across wasm-bindgen's boundary), measured as `compare` measures: the median
 * of batches, in ns per call.
 */
export function floorNs(echo, { rounds = 15, calls = 5000 } = {}) {
  const call = () => ({ code: echo(FLOOR_TEXT) });
  batch(call, calls * 2);
  const ns = [];
  for (let r = 0; r < rounds; r++) ns.push(batch(call, calls));
  return median(ns);
}

/**
 * The WebAssembly memory over `calls` interprets after a warm-up: sampled every
 * tenth of the run. It grows in 64 KiB pages and never shrinks, so any leak shows.
 */
export function memoryOver(api, calls) {
  const warmUp = Math.min(100_000, calls / 10);
  for (let i = 0; i < warmUp; i++) api.interpret(INPUTS[i % INPUTS.length]);
  const samples = [api.wasmMemoryBytes()];
  const step = Math.max(1, Math.floor(calls / 10));
  for (let i = 1; i <= calls; i++) {
    api.interpret(INPUTS[i % INPUTS.length]);
    if (i % step === 0) samples.push(api.wasmMemoryBytes());
  }
  return { calls, wasm_bytes_start: samples[0], wasm_bytes_end: samples.at(-1), wasm_bytes_samples: samples };
}
