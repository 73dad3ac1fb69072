// What the test app does with the package, whichever entry gave it (app/main.js,
// iife/main.js): interprets a 429 for a German user and shows the message, then
// explains a code (which loads the full module, an asset the bundle must have
// too); window.__app is what the harness checks.
export async function show({ interpretResponse, loadLocale, explain }) {
  const response = new Response('{"error":"Too many requests","error_code":"RATE_LIMIT_EXCEEDED"}', {
    status: 429,
    headers: { "Retry-After": "120" },
  });
  const answer = await interpretResponse(response, { locales: ["de-DE"] });
  document.querySelector("#message").textContent = answer.message;
  const loaded = await loadLocale("de");
  const explained = await explain("WEAK_PASSWORD", { locales: ["de"] });
  window.__app = {
    code: answer.code,
    locale: answer.locale,
    message: answer.message,
    loaded,
    explained: `${explained.locale}: ${explained.description}`,
  };
}
