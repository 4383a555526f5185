//! Resolving references: every side and source id an item gives becomes the position of its
//! entry, once, so that checking, describing, tabulating and laying out never look an id up
//! again.

use crate::dataset::ids::Ids;
use crate::dataset::model::{Dataset, Ref};

/// The first side and the first source whose id an earlier one has, found while resolving.
pub struct Repeats {
    /// Position in `sides`.
    pub side: Option<usize>,
    /// Position in `sources`.
    pub source: Option<usize>,
}

/// Sets the position of every reference in a dataset; one that names no entry stays
/// unresolved, which validation then reports. Where ids repeat, the first entry wins; the
/// repeats are returned for validation to report.
pub fn resolve(ds: &mut Dataset) -> Repeats {
    let sides = Ids::new(ds.sides.iter().map(|s| s.id.as_str()));
    let sources = Ids::new(ds.sources.iter().map(|s| s.id.as_str()));
    let repeats = Repeats { side: sides.first_repeat(), source: sources.first_repeat() };
    let side = |r: &mut Ref<_>| point(r, &sides);
    let source = |r: &mut Ref<_>| point(r, &sources);
    source(&mut ds.article.source);
    ds.survey.sources.iter_mut().for_each(source);
    for s in &mut ds.survey.scores {
        side(&mut s.side);
        s.sources.iter_mut().for_each(source);
    }
    for e in &mut ds.events {
        side(&mut e.side);
        e.sources.iter_mut().for_each(source);
    }
    for f in &mut ds.forces {
        side(&mut f.side);
        f.sources.iter_mut().for_each(source);
    }
    let card = &mut ds.scorecard;
    card.columns.iter_mut().for_each(side);
    for row in &mut card.rows {
        row.sources.iter_mut().for_each(source);
        row.cells.iter_mut().flatten().flat_map(|c| &mut c.sources).for_each(source);
    }
    card.conclusion.sources.iter_mut().for_each(source);
    repeats
}

fn point<T>(r: &mut Ref<T>, ids: &Ids) {
    r.index = ids.position(r.id.as_str()).unwrap_or(Ref::<T>::UNRESOLVED);
}
