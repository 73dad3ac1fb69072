//! authos-errors for JavaScript, through wasm-bindgen. Translates types and calls
//! the core; no logic of its own. The npm package (`npm/src`) wraps these
//! functions in the public, typed API: it normalizes arguments, turns the
//! errors below into classes, and loads locales.
//!
//! Records cross as the core's own JSON text (absent values `null`), which the
//! package parses and names in camelCase, except interpretations, the hot
//! path, which cross in a compact form (`wire`); errors are thrown as JSON
//! `{ kind, message, ... }` (`js`).

mod js;
pub mod wire;

/// Talc, not dlmalloc: smaller in this single-threaded module (docs/performance.md).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

use authos_errors::Request;
use js::{error, to_json};
use wasm_bindgen::prelude::*;

/// Interprets one response. Its strings cross as one: `text` holds the header
/// names and values (`header_count` pairs), then the locale tags, then the body
/// if `body_is_text`, back to back, cut by `lengths` in UTF-16 units (how
/// JavaScript counts); otherwise the body is `body`, as bytes. One string
/// instead of one per header and tag made a call about twice as fast.
/// Throws only for a 1xx–3xx status.
#[wasm_bindgen]
pub fn interpret(
    status: u16,
    text: &str,
    lengths: &[u32],
    header_count: u32,
    body_is_text: bool,
    body: &[u8],
    now_ms: Option<f64>,
) -> Result<String, JsValue> {
    let mut parts = wire::cut(text, lengths).into_iter();
    let pairs: Vec<(&str, &str)> =
        (0..header_count).map_while(|_| Some((parts.next()?, parts.next().unwrap_or_default()))).collect();
    let mut locales: Vec<&str> = parts.collect();
    let body = match body_is_text {
        true => locales.pop().unwrap_or_default().as_bytes(),
        false => body,
    };
    // wasm32-unknown-unknown has no clock: the package passes `Date.now()`.
    let now_ms = now_ms.filter(|n| n.is_finite()).map(|n| n as i64);
    let request = Request { status, headers: &pairs, body, locales: &locales, now_ms };
    match authos_errors::interpret(&request) {
        Ok(answer) => Ok(wire::write(&answer)),
        Err(e) => Err(error(&e)),
    }
}

/// A raw HTTP response as `curl -si` prints it, split into `{ status, headers,
/// bodyStart }` (headers as [name, value] pairs; the body is the input from
/// `bodyStart` on). In the full module.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = parseRawResponse)]
pub fn parse_raw_response(input: &[u8]) -> Result<String, JsValue> {
    authos_errors::parse_raw_response(input)
        .map(|r| to_json(&js::Raw::new(input, &r)))
        .map_err(|e| js::thrown("InvalidRawResponse", &e.to_string()))
}

// Locale preferences cross as one string, `tags`, cut by `lengths` in UTF-16
// units, as in `interpret`: an array of strings would cost its conversion code
// in the module and in the glue.

/// A request that got no response at all: `NETWORK_ERROR`.
#[wasm_bindgen(js_name = interpretNetworkError)]
pub fn interpret_network_error(tags: &str, lengths: &[u32]) -> String {
    wire::write(&authos_errors::interpret_network_error(&wire::cut(tags, lengths)))
}

/// The catalogue entry of a code spelled exactly, or `null`. In the full module.
#[cfg(feature = "full")]
#[wasm_bindgen]
pub fn explain(code: &str, tags: &str, lengths: &[u32]) -> String {
    let locales = wire::cut(tags, lengths);
    to_json(&authos_errors::lookup(code).map(|e| authos_errors::Explained::new(e, &locales)))
}

/// Every code of the catalogue, in catalogue order. In the full module.
#[cfg(feature = "full")]
#[wasm_bindgen]
pub fn catalogue(tags: &str, lengths: &[u32]) -> String {
    let locales = wire::cut(tags, lengths);
    let entries: Vec<_> = authos_errors::entries().iter().map(|e| authos_errors::Explained::new(e, &locales)).collect();
    to_json(&entries)
}

/// The retry policy's decision after a failed attempt: the policy's fields
/// and the failure's (an interpretation this module returned), as `js::policy`
/// and `js::failure` take them. Throws a `TypeError`-kind error for anything else.
#[allow(clippy::too_many_arguments)]
#[wasm_bindgen(js_name = retryDecision)]
pub fn retry_decision(
    base_delay_ms: Option<f64>,
    max_delay_ms: Option<f64>,
    max_attempts: Option<f64>,
    budget_ms: Option<f64>,
    action: &str,
    retryable: Option<bool>,
    retry_after_ms: Option<f64>,
    mapped_from: &str,
    attempt: u32,
    elapsed_ms: f64,
    random: f64,
) -> Result<String, JsValue> {
    let policy = js::policy([base_delay_ms, max_delay_ms, max_attempts, budget_ms])?;
    let failure = js::failure(action, retryable, retry_after_ms, mapped_from)?;
    Ok(to_json(&policy.decide(failure, attempt, js::ms(elapsed_ms), random)))
}

/// The default retry policy, as a plain object.
#[wasm_bindgen(js_name = defaultRetryPolicy)]
pub fn default_retry_policy() -> String {
    to_json(&authos_errors::RetryPolicy::default())
}

/// The device-flow poller's next step after a failed poll (the failure's
/// fields as `js::failure` takes them).
#[wasm_bindgen(js_name = pollStep)]
pub fn poll_step(
    interval_ms: f64,
    action: &str,
    retryable: Option<bool>,
    retry_after_ms: Option<f64>,
    mapped_from: &str,
) -> Result<String, JsValue> {
    let failure = js::failure(action, retryable, retry_after_ms, mapped_from)?;
    Ok(to_json(&authos_errors::poll_step(js::ms(interval_ms), failure)))
}

/// The locale messages would be in for these preferences now.
#[wasm_bindgen(js_name = negotiateLocale)]
pub fn negotiate_locale(tags: &str, lengths: &[u32]) -> String {
    authos_errors::negotiate_tag(&wire::cut(tags, lengths)).into_owned()
}

/// The shipped locale to load for these preferences.
#[wasm_bindgen(js_name = bestShippedLocale)]
pub fn best_shipped_locale(tags: &str, lengths: &[u32]) -> String {
    authos_errors::best_shipped_locale(&wire::cut(tags, lengths)).to_owned()
}

/// Makes a locale available from its locale data (a file of the package's `locales/`).
#[wasm_bindgen(js_name = loadLocaleData)]
pub fn load_locale_data(data: &[u8]) -> Result<String, JsValue> {
    authos_errors::load_locale_data(data).map(|a| to_json(&a)).map_err(|e| error(&e))
}

/// Adds or overrides messages from Fluent text. In the full module.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = addMessages)]
pub fn add_messages(locale: &str, ftl: &str) -> Result<String, JsValue> {
    authos_errors::add_messages(locale, ftl).map(|a| to_json(&a)).map_err(|e| error(&e))
}

/// Removes every message and locale added at run time.
#[wasm_bindgen(js_name = clearAddedMessages)]
pub fn clear_added_messages() {
    authos_errors::clear_added_messages();
}
