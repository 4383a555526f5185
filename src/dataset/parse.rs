//! Reading a dataset from any serde data format, with the path of the first bad field.
//!
//! serde carries the input into a [`Value`] tree (one visitor, whatever the format); the
//! typed reader in [`super::read`] then builds the dataset and names the path of any bad
//! field. Every dataset takes this path as JSON text: a page's object as `JSON.stringify` wrote it,
//! the embedded dataset, files on the command line, tests and fuzzing.

use serde::Deserializer;

use super::model::Dataset;
use super::read;
use super::value::{self, Value};
use crate::validate::{validate, DatasetError};

/// Reads the input into a value tree. A failure here is the format's own (bad JSON text, a
/// number out of range, nesting too deep), with the path to it.
pub fn value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Value<'de>, DatasetError> {
    value::read(deserializer)
        .map_err(|(err, path)| DatasetError::new(value::path_text(&path), without_position(err.to_string())))
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
    let mut reader = serde_json::Deserializer::from_str(text);
    let dataset = load(&mut reader)?;
    reader.end().map_err(|_| DatasetError::new("", "text follows the dataset's JSON"))?;
    Ok(dataset)
}

/// Drops serde_json's " at line L column C" suffix: an error names its field by path, and in
/// the browser the position would point into a JSON text the page never sees. Read from the
/// end with suffix tests: no substring search in the wasm.
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
