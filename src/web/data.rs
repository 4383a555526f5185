//! The data API of the full build (the `datasets` feature): `setData`, `getData`,
//! `defaultDataset()` and `validateDataset()`. A page's object comes into the core as its JSON
//! text, which the core's reader reads (`dataset::json`); the survey build, which draws the embedded
//! dataset only, has none of it.

use js_sys::{JsString, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::api::AllianceChart;
use crate::dataset::embedded::DEFAULT_DATASET_JSON;
use crate::dataset::model::Dataset;
use crate::dataset::parse::load_json;
use crate::format::grouped;
use crate::validate::MAX_DATASET_CHARS;

// The page's value is checked for values JSON cannot hold by a walk in JS that sees what
// `JSON.stringify` sees (`toJSON` results, own enumerable keys), then written by a plain
// `JSON.stringify`: V8 runs both inline, and a stringify without a replacer takes its fast
// path (half the time of one with a replacer at 10,000 bars). Arrays and objects deeper than
// the reader's limit are not walked: the reader refuses them, and `JSON.stringify` an object
// that contains itself. Strings, most of a dataset's values, are passed over without a call.
#[wasm_bindgen(inline_js = r#"
const what = (v) => typeof v === 'function' ? 'a function' : typeof v === 'symbol' ? 'a symbol'
  : typeof v === 'bigint' ? 'a BigInt' : ArrayBuffer.isView(v) ? 'a typed array' : '';
function fault(v, key, depth, path) {
  if (typeof v === 'object' && v !== null && typeof v.toJSON === 'function') v = v.toJSON(String(key));
  const type = typeof v;
  if (type === 'string' || type === 'boolean' || v === null || v === undefined) return '';
  if (type === 'number') return isFinite(v) ? '' : 'a number that is not finite';
  if (type !== 'object' || ArrayBuffer.isView(v)) return what(v);
  if (depth > 64) return '';
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (typeof x === 'string') continue;
      const w = fault(x, i, depth + 1, path);
      if (w) return path.push(i), w;
    }
    return '';
  }
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue;
    const x = v[k];
    if (typeof x === 'string') continue;
    const w = fault(x, k, depth + 1, path);
    if (w) return path.push(k), w;
  }
  return '';
}
function json_fault(value) {
  const path = [];
  const w = fault(value, '', 0, path);
  if (!w) return '';
  const at = path.reverse().map((s, i) => typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s).join('');
  return at ? `${at}: ${w} is not a JSON value` : `${w} is not a JSON value`;
}
export function json_read(value) {
  const fault = json_fault(value);
  return fault ? [fault] : JSON.stringify(value);
}
"#)]
extern "C" {
    /// `JSON.stringify(value)`, or, when `value` holds a value JSON cannot hold, which
    /// `JSON.stringify` would drop (a function, a symbol) or change (NaN to null, a typed array
    /// to an object), the first such as `[path: what is not a JSON value]`. One call for both:
    /// a same-data redraw at a few bars is mostly calls.
    #[wasm_bindgen(catch)]
    fn json_read(value: &JsValue) -> Result<JsValue, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    /// `JSON.parse` of a JS string, which stays on the JS side (js_sys's takes a `&str`: the
    /// text would be copied into the wasm and back).
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = parse)]
    fn parse_text(text: &JsString) -> Result<JsValue, JsValue>;
}

/// A page's dataset read completely: checked for values JSON cannot hold, then its JSON text.
/// The check and `JSON.stringify` run the page value's getters, proxy traps and `toJSON`, and
/// any exception they throw (or a cycle) comes back here as an `Err`, before any chart state
/// is touched; everything after reads a plain copy that cannot throw.
fn read_text(value: &JsValue) -> Result<JsString, JsError> {
    if value.is_undefined() || value.is_null() {
        return Err(JsError::new("invalid dataset: expected an object, got nothing"));
    }
    let unreadable = |e: JsValue| {
        let why = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
        JsError::new(&format!("invalid dataset: it cannot be read as JSON: {why}"))
    };
    let text = match json_read(value).map_err(unreadable)?.dyn_into::<JsString>() {
        Ok(text) => text,
        Err(read) => {
            let Ok(fault) = read.dyn_into::<js_sys::Array>() else {
                return Err(JsError::new("invalid dataset: expected an object"));
            };
            let fault = fault.get(0).as_string().unwrap_or_default();
            return Err(JsError::new(&format!("invalid dataset: {fault}")));
        }
    };
    let length = text.length() as usize;
    if length > MAX_DATASET_CHARS {
        return Err(JsError::new(&format!(
            "invalid dataset: its JSON text has {} characters; the limit is {}",
            grouped(length as f64),
            grouped(MAX_DATASET_CHARS as f64)
        )));
    }
    Ok(text)
}

/// Reads and validates a dataset from its JSON text, copied into the wasm.
fn dataset_from(text: &JsString) -> Result<Dataset, JsError> {
    read_json(&String::from(text))
}

fn read_json(text: &str) -> Result<Dataset, JsError> {
    load_json(text).map_err(|e| JsError::new(&e.to_string()))
}

/// The embedded dataset, read from the JSON text `defaultDataset()` hands out by the reader
/// this build carries anyway: one copy of the article's data in the wasm, not two (the
/// survey build, with no reader, has it compiled in as Rust values instead).
pub(super) fn embedded_dataset() -> Result<(Dataset, Option<JsString>), JsError> {
    Ok((read_json(DEFAULT_DATASET_JSON)?, Some(JsString::from(DEFAULT_DATASET_JSON))))
}

fn default_value() -> Result<JsValue, JsError> {
    JSON::parse(DEFAULT_DATASET_JSON).map_err(|_| JsError::new("the embedded dataset is not JSON"))
}

/// A page's dataset, read and validated, with its JSON text.
pub(super) fn read_given(value: &JsValue) -> Result<(Dataset, JsString), JsError> {
    let text = read_text(value)?;
    Ok((dataset_from(&text)?, text))
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
    dataset_from(&read_text(&dataset)?).map(|_| ())
}

#[wasm_bindgen]
impl AllianceChart {
    /// Replaces the dataset and redraws. Throws an `Error` naming the bad field; the chart
    /// then keeps its previous dataset.
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(&mut self, dataset: JsValue) -> Result<(), JsError> {
        let text = read_text(&dataset)?;
        // A dataset whose JSON text is the current one's is the data on screen (frameworks
        // often set the same data on every update): it is drawn again from the layout the chart
        // keeps, which a new layout would repeat exactly (same data, view, size and measured
        // widths), without being read, validated or laid out again.
        if self.snapshot.as_ref() != Some(&text) {
            let parsed = dataset_from(&text)?;
            self.snapshot = Some(text);
            self.chart.set_data(parsed);
        }
        self.render()
    }

    /// The dataset shown, as a plain object.
    #[wasm_bindgen(js_name = getData)]
    pub fn get_data(&self) -> Result<JsValue, JsError> {
        match &self.snapshot {
            Some(text) => parse_text(text).map_err(|_| JsError::new("the dataset copy is not JSON")),
            None => default_value(),
        }
    }
}
