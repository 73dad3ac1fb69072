// A small app bundled by Vite and by webpack 5 with the package as installed:
// no plugin, no loader, no config for it.
import { interpretResponse, loadLocale } from "authos-errors";

const response = new Response('{"error":"Too many requests","error_code":"RATE_LIMIT_EXCEEDED"}', {
  status: 429,
  headers: { "Retry-After": "120" },
});
const answer = await interpretResponse(response, { locales: ["de-DE"] });
document.querySelector("#message").textContent = answer.message;
window.__app = { code: answer.code, locale: answer.locale, message: answer.message, loaded: await loadLocale("de") };
