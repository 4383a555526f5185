//! The error a bad dataset produces: the path of the field and the rule it breaks.

use std::fmt;

/// A dataset rule broken at one field, e.g. `survey.scores[6].score: 9 is outside the scale 1–7`.
///
/// Boxed: a `Result<(), DatasetError>` is then one pointer, and each of the many `?` of the
/// reader and the checks passes on a pointer instead of copying two strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetError(Box<Broken>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Broken {
    path: String,
    message: String,
}

impl DatasetError {
    /// An error at `path` (empty for the whole dataset).
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self(Box::new(Broken { path: path.into(), message: message.into() }))
    }

    /// The field path, `survey.scores[6].score`; empty for the dataset as a whole.
    pub fn path(&self) -> &str {
        &self.0.path
    }

    /// The rule that was broken, without the path.
    pub fn message(&self) -> &str {
        &self.0.message
    }
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Broken { path, message } = &*self.0;
        if path.is_empty() {
            write!(f, "invalid dataset: {message}")
        } else {
            write!(f, "invalid dataset: {path}: {message}")
        }
    }
}

impl std::error::Error for DatasetError {}
