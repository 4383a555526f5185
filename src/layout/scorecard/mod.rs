//! The scorecard: the sides in columns over the article's dimensions, each cell in the
//! article's own words, closed by the article's conclusion.
//!
//! The table must fit a canvas whose height the page fixes, so the layout tries font
//! sizes from [`NORMAL_FONT`] down to [`MIN_FONT`], and only then cuts texts short with "…"
//! (the tooltip still has them whole).
//!
//! Work: only the rows a canvas of this height could show (a line of [`MIN_FONT`] each) are
//! measured and wrapped, so r below is at most the plot's height over that line; fitting wraps
//! them at a few font sizes (a bisection) and bisects line and row limits: O(r log r).

mod content;
mod grid;
mod paint;
mod table;

pub use content::NO_SCORE;
pub use table::{Cell, ColumnHead, ConclusionBox, Gauge, Row, TableLayout, TextBox};

use self::content::Content;
use self::grid::Grid;
use self::table::Limit;
use super::fit::most;
use super::frame::{frame, FrameText};
use super::{Ctx, MAX_SIDE, MIN_SIZE};
use crate::dataset::model::{Dataset, Role};
use crate::describe::{role, row_sources, side_name, sources_line};
use crate::layout::clamp;
use crate::scene::{Rect, Scene};
use crate::text::{Font, TextMeasure};

/// Body font size when there is room for it.
pub const NORMAL_FONT: f64 = 13.0;

/// Smallest body font size; below it, texts are clamped instead.
pub const MIN_FONT: f64 = 10.0;

/// Font sizes tried, in half pixels from [`MIN_FONT`] to [`NORMAL_FONT`].
const STEPS: usize = ((NORMAL_FONT - MIN_FONT) * 2.0) as usize;

/// Rounding slack when comparing a table's height with the room for it.
const EPS: f64 = 1e-6;

/// The subtitle: what the table compares and where its words come from.
pub const SUBTITLE: &str =
    "Kazakhstan’s ties with each, dimension by dimension, as the article describes them";

/// Lays out the scorecard view.
pub fn layout(ctx: &Ctx) -> Scene {
    let mut scene = Scene::new(ctx.width, ctx.height);
    let plot = draw_frame(&mut scene, ctx);
    let table = fit(ctx, plot);
    paint::paint(&mut scene, &table, plot.bottom(), ctx.measure);
    scene
}

/// The table as [`layout`] places it, for checking geometry without the drawing.
pub fn table(ctx: &Ctx) -> TableLayout {
    let plot = draw_frame(&mut Scene::new(ctx.width, ctx.height), ctx);
    fit(ctx, plot)
}

/// Tallest canvas [`preferred_height`] asks for: a table that needs more is fitted to the
/// canvas instead, like any table on a canvas of fixed height.
pub const MAX_PREFERRED: f64 = 6_000.0;

/// The canvas height at which the whole scorecard fits at [`NORMAL_FONT`] for a width, at
/// most [`MAX_PREFERRED`].
pub fn preferred_height(ds: &Dataset, width: f64, measure: &dyn TextMeasure) -> f64 {
    const PROBE: f64 = MAX_PREFERRED;
    let width = if width.is_finite() { clamp(width, MIN_SIZE.0, MAX_SIDE) } else { MIN_SIZE.0 };
    let ctx = Ctx { ds, width, height: PROBE, measure, interactive: true };
    let plot = draw_frame(&mut Scene::new(width, PROBE), &ctx);
    let table = content(&ctx, plot, NORMAL_FONT).height(Limit::ALL);
    clamp((PROBE - plot.h + table).ceil(), MIN_SIZE.1, MAX_PREFERRED)
}

/// The colour keys of the columns; sides sharing a colour share a key.
pub fn legend(ds: &Dataset) -> Vec<(Role, String)> {
    let mut keys: Vec<(Role, String)> = Vec::new();
    for id in &ds.scorecard.columns {
        let (r, name) = (role(ds, id), side_name(ds, id));
        match keys.iter_mut().find(|(k, _)| *k == r) {
            Some((_, names)) => {
                names.push_str(", ");
                names.push_str(name);
            }
            None => keys.push((r, name.to_string())),
        }
    }
    keys
}

/// The source line: every source the rows, their cells and the conclusion cite.
pub fn sources(ds: &Dataset) -> String {
    let card = &ds.scorecard;
    sources_line(ds, card.rows.iter().flat_map(row_sources).chain(&card.conclusion.sources))
}

fn draw_frame(scene: &mut Scene, ctx: &Ctx) -> Rect {
    let ds = ctx.ds;
    let keys = legend(ds);
    let legend: Vec<(Role, &str)> = keys.iter().map(|(r, n)| (*r, n.as_str())).collect();
    let sources = sources(ds);
    let text =
        FrameText { title: &ds.scorecard.title, subtitle: SUBTITLE, legend: &legend, sources: &sources };
    frame(scene, ctx, &text)
}

/// The table's texts wrapped at one font size. Every row is at least a line of the smallest
/// font tall, so rows past the plot's height in such lines can never be shown and are not
/// wrapped: the work is bounded by the canvas, not by the dataset.
fn content(ctx: &Ctx, plot: Rect, font: f64) -> Content {
    let room = if plot.h.is_finite() { clamp(plot.h, 0.0, MAX_SIDE) } else { 0.0 };
    let max_rows = (room / Font::regular(MIN_FONT).line_height()) as usize + 1;
    let grid = Grid::new(ctx.ds, max_rows, (plot.x, plot.w), ctx.width, font, ctx.measure);
    Content::new(ctx.ds, grid, max_rows, ctx.measure)
}

/// The largest font at which the whole table fits; failing that, the fewest cuts at the
/// smallest font.
fn fit(ctx: &Ctx, plot: Rect) -> TableLayout {
    let size = |step: usize| MIN_FONT + step as f64 * 0.5;
    let fits = |c: &Content, limit: Limit| c.height(limit) <= plot.h + EPS;
    let top = content(ctx, plot, NORMAL_FONT);
    if fits(&top, Limit::ALL) {
        return top.place(plot.y, Limit::ALL, ctx.measure);
    }
    let mut bottom = content(ctx, plot, MIN_FONT);
    if !fits(&bottom, Limit::ALL) {
        bottom.grid.compact = true;
        return cut_to_fit(&bottom, plot, ctx.measure);
    }
    // Wrapping makes height fall with the font size, so a bisection finds the step.
    let (mut lo, mut hi, mut best) = (0, STEPS, bottom);
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        let c = content(ctx, plot, size(mid));
        if fits(&c, Limit::ALL) {
            (lo, best) = (mid, c);
        } else {
            hi = mid;
        }
    }
    best.place(plot.y, Limit::ALL, ctx.measure)
}

/// Cuts cells to as many lines as fit, handing spare room to the top rows; then labels and
/// the conclusion too; at one line each, leaves out rows from the end.
fn cut_to_fit(c: &Content, plot: Rect, measure: &dyn TextMeasure) -> TableLayout {
    let fits = |limit: &Limit| c.height(*limit) <= plot.h + EPS;
    let all = Limit { rows: c.rows.len(), ..Limit::ALL };
    let cells = most(1, c.max_cell_lines(), |cell_lines| fits(&Limit { cell_lines, ..all }));
    if let Some(cell_lines) = cells {
        let limit = Limit { cell_lines, ..all };
        let roomier = most(0, c.rows.len(), |roomier| fits(&Limit { roomier, ..limit }));
        return c.place(plot.y, Limit { roomier: roomier.unwrap_or(0), ..limit }, measure);
    }
    let one = Limit { cell_lines: 1, ..all };
    let limit = most(1, c.max_other_lines(), |lines| fits(&Limit { lines, ..one }))
        .map(|lines| Limit { lines, ..one })
        .unwrap_or_else(|| {
            let rows = most(0, c.rows.len().saturating_sub(1), |rows| fits(&Limit { lines: 1, rows, ..one }));
            Limit { lines: 1, rows: rows.unwrap_or(0), ..one }
        });
    c.place(plot.y, limit, measure)
}
