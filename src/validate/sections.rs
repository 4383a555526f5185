//! The rules of each part of the dataset.

use super::checks::{count, date, finite, first_time, reference, text, text_in, unique_ids, within};
use super::error::DatasetError;
use crate::dataset::at::At;
use crate::dataset::date::When;
use crate::dataset::model::{Event, Figure, Quantity, Ref, Scorecard, Source, Statement, Survey};
use crate::format::number;

/// A part of the dataset that can check itself at a path.
pub trait Section {
    /// Returns the first broken rule under the path `at`.
    fn check(&self, at: &At) -> Result<(), DatasetError>;
}

fn provenance(at: &At, sources: &[Ref<Source>], quote: &str) -> Result<(), DatasetError> {
    let list = at.key("sources");
    count(&list, sources.len(), 1)?;
    cited(&list, sources)?;
    text_in(at, "quote", quote)
}

fn cited(list: &At, sources: &[Ref<Source>]) -> Result<(), DatasetError> {
    for (i, id) in sources.iter().enumerate() {
        reference(&list.index(i), id, "source")?;
    }
    Ok(())
}

/// A derived item's derivation is a text like any other.
fn statement(at: &At, kind: &Statement) -> Result<(), DatasetError> {
    match kind {
        Statement::Derived(derivation) => text_in(at, "derivation", derivation),
        Statement::Reported | Statement::Author => Ok(()),
    }
}

impl Section for Source {
    fn check(&self, at: &At) -> Result<(), DatasetError> {
        text_in(at, "name", &self.name)?;
        if let Some(d) = &self.date {
            date(&at.key("date"), d)?;
        }
        if let Some(note) = &self.note {
            text_in(at, "note", note)?;
        }
        Ok(())
    }
}

impl Section for Survey {
    fn check(&self, at: &At) -> Result<(), DatasetError> {
        text_in(at, "title", &self.title)?;
        if self.respondents == 0 {
            return Err(at.key("respondents").error("must be at least 1"));
        }
        let scale = &self.scale;
        let scale_at = at.key("scale");
        let max_at = scale_at.key("max");
        finite(&scale_at.key("min"), scale.min)?;
        finite(&max_at, scale.max)?;
        if scale.min >= scale.max {
            return Err(max_at.error(format!(
                "{} must be greater than scale.min {}",
                number(scale.max),
                number(scale.min)
            )));
        }
        text_in(&scale_at, "low", &scale.low)?;
        text_in(&scale_at, "high", &scale.high)?;
        provenance(at, &self.sources, &self.quote)?;
        let scores = at.key("scores");
        count(&scores, self.scores.len(), 1)?;
        let mut scored = Vec::new();
        for (i, s) in self.scores.iter().enumerate() {
            let item = scores.index(i);
            let side = item.key("side");
            reference(&side, &s.side, "side")?;
            if !first_time(&mut scored, s.side.index) {
                return Err(side.error(format!("\"{}\" is scored twice", s.side.id)));
            }
            within(&item.key("score"), s.score, scale.min, scale.max, "the scale")?;
            statement(&item, &s.kind)?;
            provenance(&item, &s.sources, &s.quote)?;
        }
        Ok(())
    }
}

impl Section for Event {
    fn check(&self, at: &At) -> Result<(), DatasetError> {
        reference(&at.key("side"), &self.side, "side")?;
        text_in(at, "label", &self.label)?;
        let when = at.key("when");
        match &self.when {
            When::On(d) => date(&when.key("on"), d)?,
            When::Span { from, to } | When::Between { from, to } => {
                let kind = when.key(if matches!(self.when, When::Span { .. }) { "span" } else { "between" });
                let to_at = kind.key("to");
                date(&kind.key("from"), from)?;
                date(&to_at, to)?;
                if to.end() <= from.start() || to.start() < from.start() {
                    return Err(to_at.error(format!("{} is before the start, {}", to.label(), from.label())));
                }
            }
        }
        if let Some(detail) = &self.detail {
            text_in(at, "detail", detail)?;
        }
        statement(at, &self.kind)?;
        provenance(at, &self.sources, &self.quote)
    }
}

fn quantity(at: &At, q: &Quantity) -> Result<(), DatasetError> {
    match (q.number, &q.words) {
        (Some(n), None) => {
            let number_at = at.key("number");
            finite(&number_at, n)?;
            if n < 0.0 {
                return Err(number_at.error("must not be negative"));
            }
            if let Some(unit) = &q.unit {
                text_in(at, "unit", unit)?;
            }
            Ok(())
        }
        (None, Some(words)) => {
            if q.unit.is_some() {
                return Err(at.key("unit").error("goes only with a number"));
            }
            text_in(at, "words", words)
        }
        (Some(_), Some(_)) => Err(at.error("has both number and words; give one")),
        (None, None) => Err(at.error("needs a number or the article's words")),
    }
}

impl Section for Figure {
    fn check(&self, at: &At) -> Result<(), DatasetError> {
        reference(&at.key("side"), &self.side, "side")?;
        text_in(at, "label", &self.label)?;
        quantity(&at.key("value"), &self.value)?;
        let value = self.value.number;
        if let Some(total) = self.total {
            let total_at = at.key("total");
            finite(&total_at, total)?;
            match value {
                None => return Err(total_at.error("goes only with a numeric value")),
                Some(v) if total <= 0.0 || v > total => {
                    return Err(total_at.error(format!(
                        "{} must be positive and at least the value {}",
                        number(total),
                        number(v)
                    )))
                }
                Some(_) => {}
            }
        }
        if !self.parts.is_empty() {
            let parts = at.key("parts");
            count(&parts, self.parts.len(), 2)?;
            let Some(v) = value else {
                return Err(parts.error("go only with a numeric value"));
            };
            for (i, part) in self.parts.iter().enumerate() {
                let item = parts.index(i);
                text_in(&item, "label", &part.label)?;
                within(&item.key("number"), part.number, 0.0, v, "the range")?;
                if let Some(note) = &part.note {
                    text_in(&item, "note", note)?;
                }
                statement(&item, &part.kind)?;
            }
            let sum: f64 = self.parts.iter().map(|p| p.number).sum();
            if (sum - v).abs() > 1e-9 * v.abs().max(1.0) {
                return Err(parts.error(format!(
                    "add up to {}, not to the value {}",
                    number(sum),
                    number(v)
                )));
            }
        }
        statement(at, &self.kind)?;
        provenance(at, &self.sources, &self.quote)
    }
}

impl Section for Scorecard {
    fn check(&self, at: &At) -> Result<(), DatasetError> {
        text_in(at, "title", &self.title)?;
        let columns = at.key("columns");
        count(&columns, self.columns.len(), 1)?;
        let mut seen = Vec::new();
        for (i, id) in self.columns.iter().enumerate() {
            let column = columns.index(i);
            reference(&column, id, "side")?;
            if !first_time(&mut seen, id.index) {
                return Err(column.error(format!("\"{}\" is a column twice", id.id)));
            }
        }
        let rows = at.key("rows");
        count(&rows, self.rows.len(), 1)?;
        unique_ids(&rows, self.rows.iter().map(|r| r.id.as_str()))?;
        for (i, row) in self.rows.iter().enumerate() {
            let item = rows.index(i);
            text_in(&item, "label", &row.label)?;
            let cells = item.key("cells");
            if row.cells.len() != self.columns.len() {
                return Err(cells.error(format!(
                    "has {} cells for {} columns",
                    row.cells.len(),
                    self.columns.len()
                )));
            }
            for (j, cell) in row.cells.iter().enumerate() {
                let Some(cell) = cell else { continue };
                let cell_at = cells.index(j);
                text(&cell_at, &cell.text)?;
                statement(&cell_at, &cell.kind)?;
                cited(&cell_at.key("sources"), &cell.sources)?;
                if let Some(quote) = &cell.quote {
                    text_in(&cell_at, "quote", quote)?;
                }
            }
            statement(&item, &row.kind)?;
            provenance(&item, &row.sources, &row.quote)?;
        }
        let conclusion = at.key("conclusion");
        text_in(&conclusion, "text", &self.conclusion.text)?;
        statement(&conclusion, &self.conclusion.kind)?;
        provenance(&conclusion, &self.conclusion.sources, &self.conclusion.quote)
    }
}
