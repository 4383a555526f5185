//! Small reusable checks; each returns the error for one field path.

use std::collections::HashSet;

use super::error::DatasetError;
use super::limits::{MAX_ITEMS, MAX_TEXT_CHARS};
use crate::dataset::date::PartialDate;
use crate::format::number;

/// A text field must be non-blank and at most [`MAX_TEXT_CHARS`] characters.
pub fn text(path: &str, value: &str) -> Result<(), DatasetError> {
    if value.trim().is_empty() {
        return Err(DatasetError::new(path, "must not be empty"));
    }
    let chars = value.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(DatasetError::new(
            path,
            format!("is {chars} characters long; the limit is {MAX_TEXT_CHARS}"),
        ));
    }
    Ok(())
}

/// A list must hold between `min` and [`MAX_ITEMS`] items.
pub fn count<T>(path: &str, items: &[T], min: usize) -> Result<(), DatasetError> {
    if items.len() < min {
        let what =
            if min == 1 { "must not be empty".to_string() } else { format!("needs at least {min} items") };
        return Err(DatasetError::new(path, what));
    }
    if items.len() > MAX_ITEMS {
        return Err(DatasetError::new(path, format!("has {} items; the limit is {MAX_ITEMS}", items.len())));
    }
    Ok(())
}

/// A number must be finite.
pub fn finite(path: &str, value: f64) -> Result<(), DatasetError> {
    if value.is_finite() {
        Ok(())
    } else {
        Err(DatasetError::new(path, "must be a finite number"))
    }
}

/// A date must exist in the calendar.
pub fn date(path: &str, value: &PartialDate) -> Result<(), DatasetError> {
    value.check().map_err(|why| DatasetError::new(path, why))
}

/// Ids in a list must be valid and unique; returns the set of them.
pub fn unique_ids<'a>(
    path: &str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<HashSet<&'a str>, DatasetError> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        let at = format!("{path}[{i}].id");
        text(&at, id)?;
        if !seen.insert(id) {
            return Err(DatasetError::new(at, format!("duplicate id \"{id}\"")));
        }
    }
    Ok(seen)
}

/// A reference must name an existing item of the kind `what`.
pub fn reference(path: &str, id: &str, known: &HashSet<&str>, what: &str) -> Result<(), DatasetError> {
    if known.contains(id) {
        Ok(())
    } else {
        Err(DatasetError::new(path, format!("refers to unknown {what} \"{id}\"")))
    }
}

/// A value must lie within a closed range.
pub fn within(path: &str, value: f64, min: f64, max: f64, what: &str) -> Result<(), DatasetError> {
    finite(path, value)?;
    if value < min || value > max {
        return Err(DatasetError::new(
            path,
            format!("{} is outside {what} {}–{}", number(value), number(min), number(max)),
        ));
    }
    Ok(())
}
