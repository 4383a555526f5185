//! The survey build's stand-in for the data API (`data.rs`): it draws the embedded dataset
//! only, so a page's own dataset is refused with what to load instead.

use js_sys::JsString;
use wasm_bindgen::prelude::*;

use crate::dataset::model::Dataset;

/// Refuses a page's dataset: this build has no reader.
pub(super) fn read_given(_: &JsValue) -> Result<(Dataset, JsString), JsError> {
    Err(JsError::new(
        "this build draws the embedded dataset only; a page's own dataset needs the full build (pkg/)",
    ))
}

/// The embedded dataset, compiled in as Rust values: this build carries no reader for its JSON.
pub(super) fn embedded_dataset() -> Result<(Dataset, Option<JsString>), JsError> {
    Ok((crate::views::embedded_dataset(), None))
}
