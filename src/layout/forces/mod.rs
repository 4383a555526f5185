//! The forces view: each manpower figure of the article in a panel of its own, drawn the
//! way its data allows — blocks for a few whole units, a waffle or bar for a share, a
//! composition bar for a sum of parts, and the article's words where it gives no number.
//!
//! Work: O(n) for n figures: one panel and hit region each; rows too short to read get even
//! heights without measuring their text.

mod grid;
mod header;
mod number;
mod parts;
mod pen;
mod share;
mod units;
mod words;

use super::frame::{frame, is_narrow, FrameText};
use super::Ctx;
use crate::dataset::model::{Dataset, Figure, Ref, Role, Source};
use crate::describe::{role, side_name, sources_line};
use crate::scene::{Paint, Rect, Scene};
use crate::text::Font;
use pen::Pen;

/// The view's headline.
pub const TITLE: &str = "Forces and manning on each track";

/// How to read the panels.
pub const SUBTITLE: &str = "As the article gives them; our arithmetic is marked";

/// Shown in place of the panels when the dataset has no figures.
pub const NO_FIGURES: &str = "This dataset has no forces figures.";

/// Largest total drawn as one block per unit; larger totals get a proportion bar.
pub const MAX_UNITS: f64 = 20.0;

/// How a figure is drawn, chosen from its data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// The article's words, and no number.
    Words,
    /// A number made of parts: a composition bar.
    Parts,
    /// A few whole units out of a small whole total: one block per unit.
    Units {
        /// Units counted.
        filled: usize,
        /// Units in the whole.
        total: usize,
    },
    /// A share of a whole: a waffle of 100 cells or a proportion bar.
    Share {
        /// The figure.
        value: f64,
        /// The whole it is a share of.
        total: f64,
    },
    /// Any other number, shown as a labelled number.
    Number(f64),
}

/// Chooses how to draw a figure from what its data holds.
pub fn kind(fig: &Figure) -> Kind {
    let Some(value) = fig.value.number else { return Kind::Words };
    if !fig.parts.is_empty() {
        return Kind::Parts;
    }
    let percent = fig.value.unit.as_deref() == Some("%");
    let whole = |v: f64| v.is_finite() && v >= 0.0 && v.fract() == 0.0;
    match fig.total.or(percent.then_some(100.0)) {
        Some(t) if !percent && whole(value) && whole(t) && (1.0..=MAX_UNITS).contains(&t) && value <= t => {
            Kind::Units { filled: value as usize, total: t as usize }
        }
        Some(t) if t > 0.0 && (0.0..=t).contains(&value) => Kind::Share { value, total: t },
        _ => Kind::Number(value),
    }
}

/// The colour keys: one per role among the figures, named after the side when only one
/// side has that role, NATO and CSTO first.
pub fn legend(ds: &Dataset) -> Vec<(Role, String)> {
    let mut keys = Vec::with_capacity(3);
    for (r, name) in [(Role::Nato, "NATO"), (Role::Csto, "CSTO"), (Role::Neutral, "Other")] {
        let mut sides = ds.forces.iter().filter(|f| role(ds, &f.side) == r).map(|f| &f.side);
        if let Some(first) = sides.next() {
            let single = sides.all(|s| s.index == first.index);
            keys.push((r, if single { side_name(ds, first) } else { name }.to_string()));
        }
    }
    keys
}

/// Lays out the forces view.
pub fn layout(ctx: &Ctx) -> Scene {
    let ds = ctx.ds;
    let mut scene = Scene::new(ctx.width, ctx.height);
    let keys = legend(ds);
    let keys: Vec<(Role, &str)> = keys.iter().map(|(r, s)| (*r, s.as_str())).collect();
    let cited: Vec<&Ref<Source>> = ds.forces.iter().flat_map(|f| &f.sources).collect();
    let sources = if cited.is_empty() {
        sources_line(ds, std::iter::once(&ds.article.source))
    } else {
        sources_line(ds, cited)
    };
    let plot = frame(
        &mut scene,
        ctx,
        &FrameText { title: TITLE, subtitle: SUBTITLE, legend: &keys, sources: &sources },
    );
    let mut pen =
        Pen { scene: &mut scene, measure: ctx.measure, tight: is_narrow(ctx.width), compact: false };
    if ds.forces.is_empty() {
        pen.lines(NO_FIGURES, Font::regular(13.0), Paint::Muted, plot.x, plot.y, plot.w, plot.bottom(), 2);
    } else {
        grid::panels(&mut pen, ds, plot);
    }
    scene
}

/// Draws one figure's panel inside `r`; returns the lowest y it drew at. With `centre`,
/// the visual sits in the middle of the room under the header, so panels of one row
/// balance whatever their heights.
fn panel(pen: &mut Pen, ds: &Dataset, fig: &Figure, r: Rect, centre: bool) -> f64 {
    let role = role(ds, &fig.side);
    let label = crate::describe::marked(&fig.label, &fig.kind);
    let top = header::draw(pen, side_name(ds, &fig.side), &label, role, r);
    let body = Rect::new(r.x, top, r.w, (r.bottom() - top).max(0.0));
    if !centre {
        return visual(pen, fig, role, body);
    }
    let mut scratch = Scene::new(pen.scene.width, pen.scene.height);
    let bottom = visual(&mut pen.scratch(&mut scratch), fig, role, body);
    let dy = ((body.bottom() - bottom) / 2.0).max(0.0);
    scratch.shapes.iter_mut().for_each(|s| pen::shift(s, dy));
    pen.scene.shapes.append(&mut scratch.shapes);
    bottom + dy
}

/// The visual its kind calls for.
fn visual(pen: &mut Pen, fig: &Figure, role: Role, body: Rect) -> f64 {
    let unit = fig.value.unit.as_deref();
    match kind(fig) {
        Kind::Words => words::draw(pen, fig.value.words.as_deref().unwrap_or_default(), role, body),
        Kind::Parts => parts::draw(pen, fig, role, body),
        Kind::Units { filled, total } => units::draw(pen, unit, role, body, filled, total),
        Kind::Share { value, total } => share::draw(pen, fig, role, body, value, total),
        Kind::Number(v) => number::draw(pen, v, unit, role, body),
    }
}
