//! The error a bad dataset produces: the path of the field and the rule it breaks.

use std::fmt;

/// A dataset rule broken at one field, e.g. `survey.scores[6].score: 9 is outside the scale 1–7`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetError {
    path: String,
    message: String,
}

impl DatasetError {
    /// An error at `path` (empty for the whole dataset).
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self { path: path.into(), message: message.into() }
    }

    /// The field path, `survey.scores[6].score`; empty for the dataset as a whole.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The rule that was broken, without the path.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "invalid dataset: {}", self.message)
        } else {
            write!(f, "invalid dataset: {}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for DatasetError {}
