//! The rules of each part of the dataset.

use std::collections::HashSet;

use super::checks::{count, date, finite, reference, text, unique_ids, within};
use super::error::DatasetError;
use crate::dataset::date::When;
use crate::dataset::model::{Event, Figure, Quantity, Scorecard, Source, Survey};
use crate::format::number;

/// The ids that references may point to.
pub struct Index<'a> {
    /// Side ids.
    pub sides: HashSet<&'a str>,
    /// Source ids.
    pub sources: HashSet<&'a str>,
}

/// A part of the dataset that can check itself at a path.
pub trait Section {
    /// Returns the first broken rule under `path`.
    fn check(&self, path: &str, index: &Index) -> Result<(), DatasetError>;
}

fn provenance(path: &str, sources: &[String], quote: &str, index: &Index) -> Result<(), DatasetError> {
    count(&format!("{path}.sources"), sources, 1)?;
    for (i, id) in sources.iter().enumerate() {
        reference(&format!("{path}.sources[{i}]"), id, &index.sources, "source")?;
    }
    text(&format!("{path}.quote"), quote)
}

impl Section for Source {
    fn check(&self, path: &str, _: &Index) -> Result<(), DatasetError> {
        text(&format!("{path}.name"), &self.name)?;
        if let Some(d) = &self.date {
            date(&format!("{path}.date"), d)?;
        }
        if let Some(note) = &self.note {
            text(&format!("{path}.note"), note)?;
        }
        Ok(())
    }
}

impl Section for Survey {
    fn check(&self, path: &str, index: &Index) -> Result<(), DatasetError> {
        text(&format!("{path}.title"), &self.title)?;
        if self.respondents == 0 {
            return Err(DatasetError::new(format!("{path}.respondents"), "must be at least 1"));
        }
        let scale = &self.scale;
        finite(&format!("{path}.scale.min"), scale.min)?;
        finite(&format!("{path}.scale.max"), scale.max)?;
        if scale.min >= scale.max {
            return Err(DatasetError::new(
                format!("{path}.scale.max"),
                format!("{} must be greater than scale.min {}", number(scale.max), number(scale.min)),
            ));
        }
        text(&format!("{path}.scale.low"), &scale.low)?;
        text(&format!("{path}.scale.high"), &scale.high)?;
        provenance(path, &self.sources, &self.quote, index)?;
        count(&format!("{path}.scores"), &self.scores, 1)?;
        let mut scored = HashSet::new();
        for (i, s) in self.scores.iter().enumerate() {
            let at = format!("{path}.scores[{i}]");
            reference(&format!("{at}.side"), &s.side, &index.sides, "side")?;
            if !scored.insert(s.side.as_str()) {
                return Err(DatasetError::new(
                    format!("{at}.side"),
                    format!("\"{}\" is scored twice", s.side),
                ));
            }
            within(&format!("{at}.score"), s.score, scale.min, scale.max, "the scale")?;
            provenance(&at, &s.sources, &s.quote, index)?;
        }
        Ok(())
    }
}

impl Section for Event {
    fn check(&self, path: &str, index: &Index) -> Result<(), DatasetError> {
        reference(&format!("{path}.side"), &self.side, &index.sides, "side")?;
        text(&format!("{path}.label"), &self.label)?;
        match &self.when {
            When::On(d) => date(&format!("{path}.when.on"), d)?,
            When::Span { from, to } | When::Between { from, to } => {
                let kind = if matches!(self.when, When::Span { .. }) { "span" } else { "between" };
                date(&format!("{path}.when.{kind}.from"), from)?;
                date(&format!("{path}.when.{kind}.to"), to)?;
                if to.end() <= from.start() || to.start() < from.start() {
                    return Err(DatasetError::new(
                        format!("{path}.when.{kind}.to"),
                        format!("{} is before the start, {}", to.label(), from.label()),
                    ));
                }
            }
        }
        if let Some(detail) = &self.detail {
            text(&format!("{path}.detail"), detail)?;
        }
        provenance(path, &self.sources, &self.quote, index)
    }
}

fn quantity(path: &str, q: &Quantity) -> Result<(), DatasetError> {
    match (q.number, &q.words) {
        (Some(n), None) => {
            finite(&format!("{path}.number"), n)?;
            if n < 0.0 {
                return Err(DatasetError::new(format!("{path}.number"), "must not be negative"));
            }
            if let Some(unit) = &q.unit {
                text(&format!("{path}.unit"), unit)?;
            }
            Ok(())
        }
        (None, Some(words)) => {
            if q.unit.is_some() {
                return Err(DatasetError::new(format!("{path}.unit"), "goes only with a number"));
            }
            text(&format!("{path}.words"), words)
        }
        (Some(_), Some(_)) => Err(DatasetError::new(path, "has both number and words; give one")),
        (None, None) => Err(DatasetError::new(path, "needs a number or the article's words")),
    }
}

impl Section for Figure {
    fn check(&self, path: &str, index: &Index) -> Result<(), DatasetError> {
        reference(&format!("{path}.side"), &self.side, &index.sides, "side")?;
        text(&format!("{path}.label"), &self.label)?;
        quantity(&format!("{path}.value"), &self.value)?;
        let value = self.value.number;
        if let Some(total) = self.total {
            let at = format!("{path}.total");
            finite(&at, total)?;
            match value {
                None => return Err(DatasetError::new(at, "goes only with a numeric value")),
                Some(v) if total <= 0.0 || v > total => {
                    return Err(DatasetError::new(
                        at,
                        format!("{} must be positive and at least the value {}", number(total), number(v)),
                    ))
                }
                Some(_) => {}
            }
        }
        if !self.parts.is_empty() {
            let at = format!("{path}.parts");
            count(&at, &self.parts, 2)?;
            let Some(v) = value else {
                return Err(DatasetError::new(at, "go only with a numeric value"));
            };
            for (i, part) in self.parts.iter().enumerate() {
                text(&format!("{at}[{i}].label"), &part.label)?;
                within(&format!("{at}[{i}].number"), part.number, 0.0, v, "the range")?;
                if let Some(note) = &part.note {
                    text(&format!("{at}[{i}].note"), note)?;
                }
            }
            let sum: f64 = self.parts.iter().map(|p| p.number).sum();
            if (sum - v).abs() > 1e-9 * v.abs().max(1.0) {
                return Err(DatasetError::new(
                    at,
                    format!("add up to {}, not to the value {}", number(sum), number(v)),
                ));
            }
        }
        provenance(path, &self.sources, &self.quote, index)
    }
}

impl Section for Scorecard {
    fn check(&self, path: &str, index: &Index) -> Result<(), DatasetError> {
        text(&format!("{path}.title"), &self.title)?;
        count(&format!("{path}.columns"), &self.columns, 1)?;
        for (i, id) in self.columns.iter().enumerate() {
            let at = format!("{path}.columns[{i}]");
            reference(&at, id, &index.sides, "side")?;
            if self.columns[..i].contains(id) {
                return Err(DatasetError::new(at, format!("\"{id}\" is a column twice")));
            }
        }
        count(&format!("{path}.rows"), &self.rows, 1)?;
        unique_ids(&format!("{path}.rows"), self.rows.iter().map(|r| r.id.as_str()))?;
        for (i, row) in self.rows.iter().enumerate() {
            let at = format!("{path}.rows[{i}]");
            text(&format!("{at}.label"), &row.label)?;
            if row.cells.len() != self.columns.len() {
                return Err(DatasetError::new(
                    format!("{at}.cells"),
                    format!("has {} cells for {} columns", row.cells.len(), self.columns.len()),
                ));
            }
            for (j, cell) in row.cells.iter().enumerate() {
                if let Some(cell) = cell {
                    text(&format!("{at}.cells[{j}]"), cell)?;
                }
            }
            provenance(&at, &row.sources, &row.quote, index)?;
        }
        text(&format!("{path}.conclusion.text"), &self.conclusion.text)?;
        provenance(&format!("{path}.conclusion"), &self.conclusion.sources, &self.conclusion.quote, index)
    }
}
