//! Reading a dataset from any serde data format, with the path of the first bad field.
//!
//! serde carries the input into a [`Value`] tree (one visitor, whatever the format); the
//! typed reader in [`super::read`] then builds the dataset and names the path of any bad
//! field. JSON text natively (tests, fuzzing) and JS objects in the browser take this path.

use serde::Deserializer;

use super::model::Dataset;
use super::read;
use super::value::{self, Value};
use crate::validate::{validate, DatasetError};

/// Reads the input into a value tree. A failure here is the format's own (bad JSON text, a
/// value JSON cannot hold such as a JS function, nesting too deep), with the path to it.
pub fn value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Value, DatasetError> {
    value::read(deserializer).map_err(|(err, path)| {
        let message = without_position(err.to_string());
        // serde-wasm-bindgen's errors are JS errors whose text starts with "Error: ".
        let message = message.strip_prefix("Error: ").map(str::to_string).unwrap_or(message);
        DatasetError::new(value::path_text(&path), message)
    })
}

/// Deserialises a dataset, naming the path of the field that failed (`survey.scores[2].score`).
pub fn parse<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Dataset, DatasetError> {
    read::dataset(&value(deserializer)?)
}

/// Deserialises and validates a dataset: the one path every dataset takes, the embedded
/// default included.
pub fn load<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Dataset, DatasetError> {
    validate(parse(deserializer)?)
}

/// Drops a text format's " at line L column C" suffix, so every input format (JSON text in
/// tests, JS objects in the browser) reports the same message for the same fault.
fn without_position(mut message: String) -> String {
    if let Some(at) = message.rfind(" at line ") {
        let tail = &message[at + " at line ".len()..];
        let looks_like_position = tail.split(" column ").count() == 2
            && tail.split(" column ").all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if looks_like_position {
            message.truncate(at);
        }
    }
    message
}
