// The app of test/app for builds without top-level await or import.meta
// (esbuild's iife): the `authos-errors/init` entry, given where the module is.
import { init, interpretResponse, loadLocale } from "authos-errors/init";

(async () => {
  await init("./authos_errors_wasm_bg.wasm");
  const response = new Response('{"error":"Too many requests","error_code":"RATE_LIMIT_EXCEEDED"}', {
    status: 429,
    headers: { "Retry-After": "120" },
  });
  const answer = await interpretResponse(response, { locales: ["de-DE"] });
  document.querySelector("#message").textContent = answer.message;
  window.__app = { code: answer.code, locale: answer.locale, message: answer.message, loaded: await loadLocale("de") };
})();
