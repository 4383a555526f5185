//! Small reusable checks; each returns the error for one field, at its path.

use super::error::DatasetError;
use super::limits::{MAX_ITEMS, MAX_TEXT_CHARS};
use crate::dataset::at::At;
use crate::dataset::date::PartialDate;
use crate::dataset::ids::Ids;
use crate::dataset::model::Ref;
use crate::format::number;

/// A text field must be non-blank and at most [`MAX_TEXT_CHARS`] characters.
pub fn text(at: &At, value: &str) -> Result<(), DatasetError> {
    if value.trim().is_empty() {
        return Err(at.error("must not be empty"));
    }
    // A text has at most as many characters as bytes: only a long one is counted.
    if value.len() <= MAX_TEXT_CHARS {
        return Ok(());
    }
    let chars = value.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(at.error(format!("is {chars} characters long; the limit is {MAX_TEXT_CHARS}")));
    }
    Ok(())
}

/// The text field `key` of the object at `at` must be as [`text`] says.
#[inline(never)]
pub fn text_in(at: &At, key: &str, value: &str) -> Result<(), DatasetError> {
    text(&at.key(key), value)
}

/// A list of `len` items must hold between `min` and [`MAX_ITEMS`].
pub fn count(at: &At, len: usize, min: usize) -> Result<(), DatasetError> {
    if len < min {
        let what =
            if min == 1 { "must not be empty".to_string() } else { format!("needs at least {min} items") };
        return Err(at.error(what));
    }
    if len > MAX_ITEMS {
        return Err(at.error(format!("has {len} items; the limit is {MAX_ITEMS}")));
    }
    Ok(())
}

/// A number must be finite.
pub fn finite(at: &At, value: f64) -> Result<(), DatasetError> {
    if value.is_finite() {
        Ok(())
    } else {
        Err(at.error("must be a finite number"))
    }
}

/// A date must exist in the calendar.
pub fn date(at: &At, value: &PartialDate) -> Result<(), DatasetError> {
    value.check().map_err(|why| at.error(why))
}

/// Ids in the list at `at` must be valid and unique.
pub fn unique_ids<'a>(at: &At, ids: impl Iterator<Item = &'a str>) -> Result<(), DatasetError> {
    let ids = Ids::new(ids);
    ids_at(at, ids.list(), ids.first_repeat())
}

/// Ids in the list at `at` must be valid, and the one at `repeat` (the first that repeats an
/// earlier one) is reported as a duplicate.
pub fn ids_at(at: &At, ids: &[&str], repeat: Option<usize>) -> Result<(), DatasetError> {
    for (i, id) in ids.iter().enumerate() {
        let item = at.index(i);
        let field = item.key("id");
        text(&field, id)?;
        if repeat == Some(i) {
            return Err(field.error(format!("duplicate id \"{id}\"")));
        }
    }
    Ok(())
}

/// A reference must name an existing item of the kind `what`: resolution found its entry.
pub fn reference<T>(at: &At, id: &Ref<T>, what: &str) -> Result<(), DatasetError> {
    if id.index != Ref::<T>::UNRESOLVED {
        Ok(())
    } else {
        Err(at.error(format!("refers to unknown {what} \"{}\"", id.id)))
    }
}

/// Whether the entry at `index` (a resolved reference's) is met for the first time; `seen`
/// grows to hold it.
pub fn first_time(seen: &mut Vec<bool>, index: usize) -> bool {
    if seen.len() <= index {
        seen.resize(index + 1, false);
    }
    seen.get_mut(index).is_some_and(|met| !std::mem::replace(met, true))
}

/// A value must lie within a closed range.
pub fn within(at: &At, value: f64, min: f64, max: f64, what: &str) -> Result<(), DatasetError> {
    finite(at, value)?;
    if value < min || value > max {
        return Err(at.error(format!("{} is outside {what} {}–{}", number(value), number(min), number(max))));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_length_counts_characters_not_bytes() {
        let at = At::ROOT.key("label");
        let wide = "é😀".repeat(MAX_TEXT_CHARS / 2);
        assert_eq!(text(&at, &wide), Ok(()));
        let err = text(&at, &format!("{wide}ж")).expect_err("one character over");
        assert_eq!(err.to_string(), "invalid dataset: label: is 1001 characters long; the limit is 1000");
    }
}
