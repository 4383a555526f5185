//! Reading a dataset from any serde data format, with the path of the first bad field.
//!
//! serde carries the input into a [`Value`] tree (one visitor, whatever the format); the
//! typed reader in [`super::read`] then builds the dataset and names the path of any bad
//! field. Every dataset takes this path as JSON text: a page's object as `JSON.stringify` wrote it,
//! the embedded dataset, files on the command line, tests and fuzzing, read by [`super::json`].

use serde::Deserializer;

use super::model::Dataset;
use super::read;
use super::value::{self, Value};
use crate::validate::{validate, DatasetError};

/// Reads the input into a value tree. A failure here is the format's own (bad JSON text, a
/// number out of range, nesting too deep), with the path to it.
pub fn value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Value<'de>, DatasetError> {
    value::read(deserializer)
        .map_err(|(err, path)| DatasetError::new(value::path_text(&path), err.to_string()))
}

/// Deserialises a dataset, naming the path of the field that failed (`survey.scores[2].score`).
pub fn parse<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Dataset, DatasetError> {
    read::dataset(&mut value(deserializer)?)
}

/// Deserialises and validates a dataset: the one path every dataset takes, the embedded
/// default included.
pub fn load<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Dataset, DatasetError> {
    validate(parse(deserializer)?)
}

/// Reads and validates a dataset from its JSON text: what the JS API reads (a page's object
/// as `JSON.stringify` wrote it, the embedded dataset) and the command line.
#[cfg(feature = "datasets")]
pub fn load_json(text: &str) -> Result<Dataset, DatasetError> {
    let mut reader = super::json::JsonText::new(text);
    let dataset = load(&mut reader)?;
    reader.end().map_err(|e| DatasetError::new("", e.to_string()))?;
    Ok(dataset)
}
