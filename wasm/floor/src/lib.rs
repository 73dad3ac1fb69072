//! What no WebAssembly library called from JavaScript can beat: a string in, a
//! string out, across wasm-bindgen's boundary, built with the settings of the
//! npm package's modules (`cargo xtask npm`, the same allocator). `cargo xtask
//! bench` sets the package's calls and its cold start beside this one's
//! (`node-floor`, `browser-floor`, `node-cold-start-floor`).

use wasm_bindgen::prelude::wasm_bindgen;

#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The text it is given: the cost of crossing, both ways.
#[wasm_bindgen]
pub fn echo(text: String) -> String {
    text
}
