//! Validation: every rule the schema implies, checked in pure Rust, each failure naming the
//! field path and the rule.

mod checks;
mod error;
mod limits;
mod sections;

pub use error::DatasetError;
pub use limits::{MAX_ITEMS, MAX_TEXT_CHARS};

use crate::dataset::model::{Dataset, SCHEMA_VERSION};
use checks::{count, reference, text, unique_ids};
use sections::{Index, Section};

/// Checks a parsed dataset; returns the first broken rule.
pub fn validate(ds: &Dataset) -> Result<(), DatasetError> {
    if ds.version != SCHEMA_VERSION {
        return Err(DatasetError::new(
            "version",
            format!("version {} is not supported; this widget reads version {SCHEMA_VERSION}", ds.version),
        ));
    }
    text("title", &ds.title)?;
    count("sides", &ds.sides, 1)?;
    count("sources", &ds.sources, 1)?;
    let index = Index {
        sides: unique_ids("sides", ds.sides.iter().map(|s| s.id.as_str()))?,
        sources: unique_ids("sources", ds.sources.iter().map(|s| s.id.as_str()))?,
    };
    for (i, side) in ds.sides.iter().enumerate() {
        text(&format!("sides[{i}].name"), &side.name)?;
    }
    for (i, source) in ds.sources.iter().enumerate() {
        source.check(&format!("sources[{i}]"), &index)?;
    }
    text("article.publication", &ds.article.publication)?;
    checks::date("article.date", &ds.article.date)?;
    reference("article.source", &ds.article.source, &index.sources, "source")?;
    ds.survey.check("survey", &index)?;
    count("events", &ds.events, 0)?;
    unique_ids("events", ds.events.iter().map(|e| e.id.as_str()))?;
    for (i, event) in ds.events.iter().enumerate() {
        event.check(&format!("events[{i}]"), &index)?;
    }
    count("forces", &ds.forces, 0)?;
    unique_ids("forces", ds.forces.iter().map(|f| f.id.as_str()))?;
    for (i, figure) in ds.forces.iter().enumerate() {
        figure.check(&format!("forces[{i}]"), &index)?;
    }
    ds.scorecard.check("scorecard", &index)
}
