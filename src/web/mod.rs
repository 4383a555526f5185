//! The browser glue: the only code that touches web-sys. It decodes input, calls the core
//! and maps errors to JS `Error`s.

pub mod api;
mod canvas;
#[cfg(feature = "datasets")]
pub mod data;
mod measure;
mod to_js;
