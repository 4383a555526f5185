//! Reading a dataset from any serde data format, with the path of the first bad field.

use serde::Deserializer;

use super::model::Dataset;
use crate::validate::{validate, DatasetError};

/// Deserialises a dataset, naming the path of the field that failed (`survey.scores[2].score`).
pub fn parse<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Dataset, DatasetError> {
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let path = err.path().to_string();
        let message = without_position(err.into_inner().to_string());
        // serde-wasm-bindgen's errors are JS errors whose text starts with "Error: ".
        let message = message.strip_prefix("Error: ").map(str::to_string).unwrap_or(message);
        DatasetError::new(if path == "." { String::new() } else { path }, message)
    })
}

/// Deserialises and validates a dataset: the one path every dataset takes, the embedded
/// default included.
pub fn load<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Dataset, DatasetError> {
    let dataset = parse(deserializer)?;
    validate(&dataset)?;
    Ok(dataset)
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
