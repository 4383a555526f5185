//! The browser glue: the only code that touches web-sys. It decodes input, calls the core
//! and maps errors to JS `Error`s.

pub mod api;
mod canvas;
// The data API; a build without the `datasets` feature (the survey build) draws the embedded
// dataset only, and its stand-in refuses a page's own.
#[cfg_attr(not(feature = "datasets"), path = "no_data.rs")]
pub mod data;
mod measure;
mod to_js;

// The wasm's allocator: talc, which takes less of the module than std's default (README,
// Performance, has what it saves).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
