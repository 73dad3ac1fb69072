// The playground: every answer comes from the package (parseRawResponse,
// interpret, loadLocale); this file only fills the page.
import * as authos from "authos-errors";

const $ = (id) => document.getElementById(id);

/** A vector's input as the raw response `curl -si` would show. */
function rawFromVector({ status, headers = {}, body = "", body_base64 }) {
  const lines = [`HTTP/1.1 ${status}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  const text = typeof body_base64 === "string" ? new TextDecoder().decode(Uint8Array.from(atob(body_base64), (c) => c.charCodeAt(0))) : body;
  return `${lines.join("\n")}\n\n${text}`;
}

/** Right to left for the locales written so (Arabic here), from the browser's own data. */
function direction(tag) {
  const locale = new Intl.Locale(tag);
  const info = typeof locale.getTextInfo === "function" ? locale.getTextInfo() : locale.textInfo;
  return info?.direction === "rtl" ? "rtl" : "ltr";
}

/**
 * The page stays left to right in every locale: only the answer's text takes
 * the locale's direction (`dir` and `lang` on its elements), and each other
 * value, which may come from a server in any script, is isolated in a `<bdi>`.
 */
function show(answer, problem, tag) {
  const dir = direction(tag);
  $("problem").hidden = !problem;
  $("problem").textContent = problem ?? "";
  const output = $("output");
  output.dataset.code = answer?.code ?? "";
  $("message").textContent = answer?.message ?? "";
  $("message").lang = tag;
  $("message").dir = dir;
  // textContent only: server text is shown as text, never as markup.
  const rows = answer ? Object.entries(answer) : [];
  $("fields").tBodies[0].replaceChildren(...rows.map(([name, value]) => {
    const row = document.createElement("tr");
    const th = document.createElement("th");
    const td = document.createElement("td");
    th.textContent = name;
    if (name === "message") {
      td.lang = tag;
      td.dir = dir;
      td.textContent = JSON.stringify(value);
    } else {
      const isolated = document.createElement("bdi");
      isolated.textContent = JSON.stringify(value);
      td.append(isolated);
    }
    row.append(th, td);
    return row;
  }));
}

async function run() {
  const tag = $("locale").value;
  try {
    await authos.loadLocale(tag);
    const response = await authos.parseRawResponse($("raw").value.replace(/\r?\n/g, "\r\n"));
    const answer = authos.interpret({ ...response, locales: [tag] });
    show(answer, null, answer.locale);
  } catch (e) {
    if (e instanceof authos.NotAnError) show(null, `Status ${e.status} is not an error: nothing to interpret.`, "en");
    else if (e instanceof authos.InvalidRawResponse) show(null, e.message, "en");
    else throw e;
  }
  document.body.dataset.ready = "true";
}

async function start() {
  for (const tag of authos.shippedLocales()) $("locale").add(new Option(tag, tag));
  $("locale").value = authos.negotiateLocale(navigator.languages);
  // vectors.json: the repository's conformance vectors, written by `cargo xtask playground`.
  const vectors = await fetch("./vectors.json").then((r) => (r.ok ? r.json() : []), () => []);
  for (const [i, v] of vectors.entries()) $("sample").add(new Option(`${v.file}: ${v.name}`, String(i)));
  $("sample").addEventListener("change", async () => {
    const vector = vectors[Number($("sample").value)];
    if (!vector) return;
    $("raw").value = rawFromVector(vector.input);
    // The shipped locale the vector's preferences lead to (loadLocale says which).
    if (vector.input.locales?.length) $("locale").value = await authos.loadLocale(vector.input.locales);
    await run();
  });
  $("go").addEventListener("click", run);
  $("locale").addEventListener("change", run);
  await run();
}

start();
