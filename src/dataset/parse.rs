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
    read::dataset(&mut value(deserializer)?)
}

/// Deserialises and validates a dataset: the one path every dataset takes, the embedded
/// default included.
pub fn load<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Dataset, DatasetError> {
    validate(parse(deserializer)?)
}

/// Drops a text format's " at line L column C" suffix, so every input format (JSON text in
/// tests, JS objects in the browser) reports the same message for the same fault. Read from
/// the end with suffix tests: no substring search in the wasm.
fn without_position(mut message: String) -> String {
    let kept = before_number(&message)
        .and_then(|rest| rest.strip_suffix(" column "))
        .and_then(before_number)
        .and_then(|rest| rest.strip_suffix(" at line "))
        .map(str::len);
    if let Some(len) = kept {
        message.truncate(len);
    }
    message
}

/// `text` without the digits it ends with; `None` when it does not end with one.
fn before_number(text: &str) -> Option<&str> {
    let rest = text.trim_end_matches(|c: char| c.is_ascii_digit());
    (rest.len() < text.len()).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::without_position;

    #[test]
    fn a_position_suffix_goes_and_other_text_stays() {
        let cut = |m: &str| without_position(m.to_string());
        assert_eq!(cut("expected `,` or `}` at line 3 column 14"), "expected `,` or `}`");
        assert_eq!(cut("trailing characters at line 1 column 2"), "trailing characters");
        assert_eq!(cut("refused at line 3"), "refused at line 3");
        assert_eq!(cut("at line x column 2"), "at line x column 2");
        assert_eq!(cut("x at line 1 column "), "x at line 1 column ");
        assert_eq!(cut("nested more than 64 deep"), "nested more than 64 deep");
    }
}
