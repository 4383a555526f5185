//! The data API of the full build (the `datasets` feature): `setData`, `getData`,
//! `defaultDataset()` and `validateDataset()`. serde-wasm-bindgen carries a page's object into
//! the core's reader; the survey build, which draws the embedded dataset only, has none of it.

use js_sys::{JsString, JSON};
use wasm_bindgen::prelude::*;

use super::api::AllianceChart;
use crate::dataset::embedded::{self, DEFAULT_DATASET_JSON};
use crate::dataset::model::Dataset;
use crate::dataset::parse::load;

/// The dataset as the page gave it, as JSON text: `getData` hands back a copy of it rather
/// than re-serialising the typed dataset (which would ship serializer code), and `setData`
/// recognises the data on screen by it.
pub(super) type Snapshot = JsString;

/// Reads and validates a page's dataset.
fn dataset_from(value: JsValue) -> Result<Dataset, JsError> {
    if value.is_undefined() || value.is_null() {
        return Err(JsError::new("invalid dataset: expected an object, got nothing"));
    }
    load(serde_wasm_bindgen::Deserializer::from(value)).map_err(|e| JsError::new(&e.to_string()))
}

/// A frozen copy of a validated dataset, so later changes to the caller's object do not
/// alter what `getData` reports.
fn snapshot(value: &JsValue) -> Result<Snapshot, JsError> {
    JSON::stringify(value).map_err(|_| JsError::new("invalid dataset: it cannot be written as JSON"))
}

fn default_value() -> Result<JsValue, JsError> {
    JSON::parse(DEFAULT_DATASET_JSON).map_err(|_| JsError::new("the embedded dataset is not JSON"))
}

/// The dataset a chart starts with: the page's, read and validated, or the embedded one,
/// which needs no reading (it is compiled in as Rust values).
pub(super) fn initial_dataset(given: Option<JsValue>) -> Result<(Dataset, Snapshot), JsError> {
    match given {
        Some(value) => Ok((dataset_from(value.clone())?, snapshot(&value)?)),
        None => Ok((embedded::dataset(), snapshot(&default_value()?)?)),
    }
}

/// The article's dataset (Eurasia Daily Monitor, 17 October 2012) as a plain object, to
/// read, copy or modify and pass back to `setData`.
#[wasm_bindgen(js_name = defaultDataset)]
pub fn default_dataset() -> Result<JsValue, JsError> {
    default_value()
}

/// Checks a dataset without drawing it; throws an `Error` naming the first bad field,
/// e.g. `invalid dataset: survey.scores[6].score: 9 is outside the scale 1–7`.
#[wasm_bindgen(js_name = validateDataset)]
pub fn validate_dataset(dataset: JsValue) -> Result<(), JsError> {
    dataset_from(dataset).map(|_| ())
}

#[wasm_bindgen]
impl AllianceChart {
    /// Replaces the dataset and redraws. Throws an `Error` naming the bad field; the chart
    /// then keeps its previous dataset.
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(&mut self, dataset: JsValue) -> Result<(), JsError> {
        // A dataset whose JSON text is the current one's is the data on screen: it is laid out
        // and drawn again without being read and validated again (frameworks often set the
        // same data on every update).
        let text = if dataset.is_object() { snapshot(&dataset).ok() } else { None };
        if text.as_ref() == Some(&self.snapshot) {
            self.chart.relayout();
            return self.render();
        }
        let parsed = dataset_from(dataset.clone())?;
        self.snapshot = match text {
            Some(text) => text,
            None => snapshot(&dataset)?,
        };
        self.chart.set_data(parsed);
        self.render()
    }

    /// The dataset shown, as a plain object.
    #[wasm_bindgen(js_name = getData)]
    pub fn get_data(&self) -> Result<JsValue, JsError> {
        JSON::parse(&String::from(&self.snapshot)).map_err(|_| JsError::new("the dataset copy is not JSON"))
    }
}
