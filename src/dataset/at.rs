//! A field path such as `survey.scores[2].score`, kept on the stack as the reader and the
//! validator walk the dataset, and written out only for an error.

use crate::validate::DatasetError;

/// One step of a path: the root, an object key or an array index.
#[derive(Clone, Copy)]
enum Step<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

/// A path such as `survey.scores[2].score`, as a chain of steps back to the root.
#[derive(Clone, Copy)]
pub struct At<'a> {
    parent: Option<&'a At<'a>>,
    step: Step<'a>,
}

impl<'a> At<'a> {
    /// The whole dataset; its path is empty.
    pub const ROOT: At<'static> = At { parent: None, step: Step::Root };

    /// The field `key` of the object here.
    pub fn key(&'a self, key: &'a str) -> At<'a> {
        At { parent: Some(self), step: Step::Key(key) }
    }

    /// The item `index` of the array here.
    pub fn index(&'a self, index: usize) -> At<'a> {
        At { parent: Some(self), step: Step::Index(index) }
    }

    fn write(&self, out: &mut String) {
        if let Some(parent) = self.parent {
            parent.write(out);
        }
        match self.step {
            Step::Root => {}
            Step::Key(key) => push_key(out, key),
            Step::Index(index) => push_index(out, index),
        }
    }

    /// The error `message` at this path.
    pub fn error(&self, message: impl Into<String>) -> DatasetError {
        let mut path = String::new();
        self.write(&mut path);
        DatasetError::new(path, message)
    }
}

/// Appends a field to a written path: `survey` then `.scores`.
pub fn push_key(out: &mut String, key: &str) {
    if !out.is_empty() {
        out.push('.');
    }
    out.push_str(key);
}

/// Appends an array index to a written path: `[2]`.
pub fn push_index(out: &mut String, index: usize) {
    out.push('[');
    out.push_str(&index.to_string());
    out.push(']');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_like_field_accesses() {
        let survey = At::ROOT.key("survey");
        let scores = survey.key("scores");
        let second = scores.index(2);
        let score = second.key("score");
        assert_eq!(score.error("x").path(), "survey.scores[2].score");
        assert_eq!(At::ROOT.error("x").path(), "");
        let item = At::ROOT.index(0);
        assert_eq!(item.key("a").error("x").path(), "[0].a");
    }
}
