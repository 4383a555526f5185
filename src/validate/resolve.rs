//! Resolving references: every side and source id an item gives becomes the position of its
//! entry, once, so that describing, tabulating and laying out never look an id up again.

use std::collections::HashMap;

use crate::dataset::model::{Dataset, Ref};

/// Sets the position of every reference in a dataset whose references validation has checked
/// (one that names no entry stays unresolved).
pub fn resolve(ds: &mut Dataset) {
    let sides = positions(ds.sides.iter().map(|s| s.id.as_str()));
    let sources = positions(ds.sources.iter().map(|s| s.id.as_str()));
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
}

/// Each id's position; the first wins where one repeats.
fn positions<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut at = HashMap::new();
    for (i, id) in ids.enumerate() {
        at.entry(id).or_insert(i);
    }
    at
}

fn point<T>(r: &mut Ref<T>, positions: &HashMap<&str, usize>) {
    r.index = positions.get(r.id.as_str()).copied().unwrap_or(Ref::<T>::UNRESOLVED);
}
