//! Validation: every rule the schema implies, checked in pure Rust, each failure naming the
//! field path and the rule.

mod checks;
mod error;
mod limits;
mod resolve;
mod sections;

pub use error::DatasetError;
pub use limits::{MAX_DATASET_CHARS, MAX_ITEMS, MAX_TEXT_CHARS};

use crate::dataset::at::At;
use crate::dataset::model::{Dataset, SCHEMA_VERSION};
use checks::{count, ids_at, reference, text_in, unique_ids};
use resolve::Repeats;
use sections::Section;

/// Resolves a parsed dataset's references and checks it; returns the first broken rule.
pub fn validate(mut ds: Dataset) -> Result<Dataset, DatasetError> {
    let repeats = resolve::resolve(&mut ds);
    check(&ds, &repeats)?;
    Ok(ds)
}

/// Returns the first broken rule of a parsed dataset whose references are resolved (a
/// reference that found no entry is one).
fn check(ds: &Dataset, repeats: &Repeats) -> Result<(), DatasetError> {
    let root = At::ROOT;
    if ds.version != SCHEMA_VERSION {
        return Err(root.key("version").error(format!(
            "version {} is not supported; this widget reads version {SCHEMA_VERSION}",
            ds.version
        )));
    }
    text_in(&root, "title", &ds.title)?;
    let (sides, sources) = (root.key("sides"), root.key("sources"));
    count(&sides, ds.sides.len(), 1)?;
    count(&sources, ds.sources.len(), 1)?;
    let side_ids: Vec<&str> = ds.sides.iter().map(|s| s.id.as_str()).collect();
    ids_at(&sides, &side_ids, repeats.side)?;
    let source_ids: Vec<&str> = ds.sources.iter().map(|s| s.id.as_str()).collect();
    ids_at(&sources, &source_ids, repeats.source)?;
    for (i, side) in ds.sides.iter().enumerate() {
        text_in(&sides.index(i), "name", &side.name)?;
    }
    for (i, source) in ds.sources.iter().enumerate() {
        source.check(&sources.index(i))?;
    }
    let article = root.key("article");
    text_in(&article, "publication", &ds.article.publication)?;
    checks::date(&article.key("date"), &ds.article.date)?;
    reference(&article.key("source"), &ds.article.source, "source")?;
    ds.survey.check(&root.key("survey"))?;
    let events = root.key("events");
    count(&events, ds.events.len(), 0)?;
    unique_ids(&events, ds.events.iter().map(|e| e.id.as_str()))?;
    for (i, event) in ds.events.iter().enumerate() {
        event.check(&events.index(i))?;
    }
    let forces = root.key("forces");
    count(&forces, ds.forces.len(), 0)?;
    unique_ids(&forces, ds.forces.iter().map(|f| f.id.as_str()))?;
    for (i, figure) in ds.forces.iter().enumerate() {
        figure.check(&forces.index(i))?;
    }
    ds.scorecard.check(&root.key("scorecard"))
}
