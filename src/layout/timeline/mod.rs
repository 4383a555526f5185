//! The timeline view: NATO and CSTO milestones on two lanes around a shared year axis,
//! each mark drawn at the precision the article gives its date, with the article's own
//! date as "now".
//!
//! Work: O(n log n) for n events (sorting the lanes, packing sub-tracks by binary search).
//! Labels are wrapped and placed only in lanes of fewer than [`placement::MAX_LABELS`] marks,
//! since the placer compares every pair of labels; a fuller lane draws bare marks, each with
//! its hit region.

mod body;
mod fan;
pub mod key;
pub mod labels;
pub mod marks;
mod numbered;
pub mod placement;
mod plan;
pub mod scale;

pub use marks::{mark_of, Mark, MarkKind};
pub use scale::{year_range, TimeScale};

use super::fit::richest;
use super::frame::{frame, FrameText};
use super::Ctx;
use crate::dataset::model::{Dataset, Role};
use crate::sort::order;

use crate::describe::{role, sources_line};
use crate::scene::{Rect, Scene, Shape};
use key::KeyEntry;

/// The headline, with the years the axis covers.
pub fn title(ds: &Dataset) -> String {
    let (first, end) = year_range(ds);
    let years = if end - first <= 1 { first.to_string() } else { format!("{first}–{}", end - 1) };
    format!("Two tracks: NATO and CSTO milestones, {years}")
}

/// The subtitle: where the dates come from (the precision key says how to read the marks).
pub fn subtitle(ds: &Dataset) -> String {
    format!("Dates as {} gives them on {}", ds.article.publication, ds.article.date.label())
}

/// The name of a lane.
pub fn lane_name(role: Role) -> &'static str {
    match role {
        Role::Nato => "NATO",
        Role::Csto => "CSTO",
        Role::Neutral => "Other",
    }
}

/// Event indices of each lane in reading order: NATO, CSTO, then other sides' events if
/// any; within a lane by date, ties in dataset order.
// Event indices come from 0..ds.events.len(), positions in `ids` from 0..ids.len().
#[allow(clippy::indexing_slicing)]
pub fn lanes(ds: &Dataset) -> Vec<(Role, Vec<usize>)> {
    let mut lanes = Vec::with_capacity(3);
    for r in [Role::Nato, Role::Csto, Role::Neutral] {
        let ids: Vec<usize> = (0..ds.events.len()).filter(|i| role(ds, &ds.events[*i].side) == r).collect();
        if r == Role::Neutral && ids.is_empty() {
            continue;
        }
        let by_date = order(ids.len(), &|a, b| {
            let (ea, eb) = (&ds.events[ids[a]].when, &ds.events[ids[b]].when);
            ea.start().total_cmp(&eb.start()).then(ea.end().total_cmp(&eb.end()))
        });
        lanes.push((r, by_date.into_iter().map(|k| ids[k]).collect()));
    }
    lanes
}

/// The precision-key entries for the mark shapes the dataset uses, in a fixed order.
pub fn key_entries(ds: &Dataset) -> Vec<KeyEntry> {
    let past = |k: MarkKind| {
        ds.events.iter().any(|e| MarkKind::of(&e.when) == k && !scale::is_expected(ds, &e.when))
    };
    let kinds = [MarkKind::Day, MarkKind::Month, MarkKind::PartOfMonth, MarkKind::Year, MarkKind::Span];
    let mut entries = Vec::with_capacity(kinds.len() + 2);
    for kind in kinds {
        if past(kind) {
            entries.push(KeyEntry { kind, expected: false });
        }
    }
    if ds.events.iter().any(|e| MarkKind::of(&e.when) == MarkKind::Window) {
        entries.push(KeyEntry { kind: MarkKind::Window, expected: false });
    }
    if ds.events.iter().any(|e| scale::is_expected(ds, &e.when)) {
        entries.push(KeyEntry { kind: MarkKind::Year, expected: true });
    }
    entries
}

/// Draws the frame, leaving out the legend and then the subtitle on a canvas too short for
/// them and the lanes; returns the plot rectangle.
fn framed(scene: &mut Scene, ctx: &Ctx, text: &FrameText) -> Rect {
    let tries = [
        FrameText { legend: text.legend, ..*text },
        FrameText { legend: &[], ..*text },
        FrameText { legend: &[], subtitle: "", ..*text },
    ];
    let lay_out = |t: FrameText| {
        let mut trial = Scene::new(ctx.width, ctx.height);
        let plot = frame(&mut trial, ctx, &t);
        (trial, plot)
    };
    // The lane names carry the side colours too, so the legend goes before the lanes do.
    let fits = |(trial, plot): &(Scene, Rect)| fits_canvas(trial) && plot.h >= body::MIN_HEIGHT + 24.0;
    let Some((trial, plot)) = richest(tries, lay_out, fits) else { return Rect::default() };
    *scene = trial;
    plot
}

/// Whether every filled box and text of the scene lies on the canvas.
fn fits_canvas(scene: &Scene) -> bool {
    let canvas = Rect::new(0.0, 0.0, scene.width, scene.height);
    scene.shapes.iter().all(|s| match s {
        Shape::Fill { rect, .. } | Shape::Text { bounds: rect, .. } => canvas.encloses(rect, 0.5),
        _ => true,
    })
}

/// Lays out the timeline view.
pub fn layout(ctx: &Ctx) -> Scene {
    let ds = ctx.ds;
    let mut scene = Scene::new(ctx.width, ctx.height);
    let lanes = lanes(ds);
    let legend: Vec<(Role, &str)> = lanes
        .iter()
        .map(|(r, _)| match r {
            Role::Nato => (*r, "NATO track"),
            Role::Csto => (*r, "CSTO track"),
            Role::Neutral => (*r, "Other organisations"),
        })
        .collect();
    let sources = sources_line(ds, ds.events.iter().flat_map(|e| &e.sources).chain([&ds.article.source]));
    let (title, subtitle) = (title(ds), subtitle(ds));
    let plot = framed(
        &mut scene,
        ctx,
        &FrameText { title: &title, subtitle: &subtitle, legend: &legend, sources: &sources },
    );
    let entries = key_entries(ds);
    let (offsets, key_h) = key::precision_layout(ctx, &entries, plot.w);
    // On a canvas too short for the key and the lanes both, the lanes win.
    let area = if key_h + 6.0 + body::MIN_HEIGHT <= plot.h {
        key::precision(&mut scene, ctx, &entries, &offsets, (plot.x, plot.y));
        Rect::new(plot.x, plot.y + key_h + 6.0, plot.w, plot.h - key_h - 6.0)
    } else {
        plot
    };
    body::draw(&mut scene, ctx, &lanes, area);
    scene
}
