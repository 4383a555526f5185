//! The benefit survey: horizontal bars ranked by score on the survey's own scale.
//!
//! Up to a few hundred organisations every bar gets its own band. Drawing coordinates are
//! whole CSS px, so when a band would be thinner than [`DENSE_BAND`] the bars are packed
//! honestly instead of being rounded away: consecutive ranks share a pixel row, which runs
//! from the scale minimum to the row's highest score in the colour of the most important
//! role in it (NATO, then the CSTO, then the rest), with a lighter end from the row's lowest
//! to its highest score. Every bar keeps its own (fractional) hit region.
//!
//! Work: O(n log n) for n scores (the ranking); names and values are measured only when the
//! bands are tall enough for text, and dense bars are drawn one pixel row per group of ranks.

use super::axis::{Linear, Range};
use super::frame::{frame, is_narrow, FrameText};
use super::{clamp, Ctx};
use crate::dataset::model::{Dataset, Role};
use crate::describe::{side_name, sources_line};
use crate::format::{grouped, label, number};
use crate::scene::{Align, Datum, Paint, Rect, Scene};
use crate::text::{wrap_clamped, Font};

/// Thinnest band, in CSS px, in which a bar is drawn on its own; denser bars share pixel rows.
pub const DENSE_BAND: f64 = 2.0;

/// In a shared row, the solid part keeps at least this many px before the lighter range, so
/// the row's colour (a NATO or CSTO bar in it) stays visible even when its range reaches the
/// scale minimum.
const MIN_SOLID: f64 = 2.0;

/// A lighter range narrower than this many px would not show; it is left out.
const MIN_RANGE: f64 = 0.5;

/// Score indices from highest to lowest; ties keep dataset order.
pub fn ranking(ds: &Dataset) -> Vec<usize> {
    // Sorting (score, index) pairs in place is several times faster than sorting indices
    // that look their scores up, which counts at 10,000 bars; the index breaks ties, so the
    // order is total and an unstable sort gives it exactly.
    let mut keyed: Vec<(f64, usize)> = ds.survey.scores.iter().map(|s| s.score).zip(0..).collect();
    crate::sort::sort_by(&mut keyed, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// The subtitle: who answered, where the article has the survey from, and how to read the scale.
pub fn subtitle(ds: &Dataset) -> String {
    let s = &ds.survey;
    let cited = s.sources.iter().find(|id| id.index != ds.article.source.index);
    let cited = cited.map(|id| format!(" ({})", crate::describe::source_label(ds, id))).unwrap_or_default();
    format!(
        "Scores (points) from a survey of {} specialists{cited} · {} = {}, {} = {}",
        s.respondents,
        number(s.scale.min),
        s.scale.low,
        number(s.scale.max),
        s.scale.high
    )
}

/// The subtitle when `bars` bars share `rows` pixel rows: how to read a shared row. The scale's
/// words give way to it (the axis caption under the bars still carries them), so the note
/// fits a phone's three subtitle lines.
pub fn dense_subtitle(ds: &Dataset, bars: usize, rows: usize) -> String {
    format!(
        "Scores (points) from a survey of {} specialists · {} bars in {} pixel rows: each row spans its highest score; \
         the lighter end shows the row’s range",
        ds.survey.respondents,
        grouped(bars as f64),
        grouped(rows as f64)
    )
}

/// The role of each score's side, by score index (neutral when not resolved).
pub fn score_roles(ds: &Dataset) -> Vec<Role> {
    ds.survey.scores.iter().map(|s| crate::describe::role(ds, &s.side)).collect()
}

/// The colour keys for the roles present in the survey, NATO and CSTO first.
pub fn legend_roles(ds: &Dataset) -> Vec<(Role, &'static str)> {
    keys(&score_roles(ds))
}

// priority() is 0, 1 or 2, for an array of three.
#[allow(clippy::indexing_slicing)]
fn keys(roles: &[Role]) -> Vec<(Role, &'static str)> {
    let mut present = [false; 3];
    for &role in roles {
        present[priority(role)] = true;
    }
    let mut keys = Vec::with_capacity(3);
    for (r, name) in [(Role::Nato, "NATO"), (Role::Csto, "CSTO"), (Role::Neutral, "Other organisations")] {
        if present[priority(r)] {
            keys.push((r, name));
        }
    }
    keys
}

/// Which role wins a shared pixel row: lower is more important. A highlighted side must
/// never disappear among neutral ones.
fn priority(role: Role) -> usize {
    match role {
        Role::Nato => 0,
        Role::Csto => 1,
        Role::Neutral => 2,
    }
}

/// How the ranked bars share the height of the bar area.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Packing {
    /// Every bar has its own band of this many px.
    Bands(f64),
    /// `rows` rows of `height / rows` px (at least 1 px each) starting at `top`, a whole
    /// pixel; rank `k` of `n` falls in row `k * rows / n`.
    Rows { top: f64, height: f64, rows: usize },
}

impl Packing {
    fn of(bars: usize, area: Rect) -> Packing {
        let band = if bars == 0 { 0.0 } else { area.h / bars as f64 };
        if bars == 0 || band >= DENSE_BAND {
            return Packing::Bands(band);
        }
        // Whole-pixel rows, so that every row is drawn exactly one (or more) px tall.
        let top = area.y.ceil();
        let height = (area.bottom().floor() - top).max(0.0);
        Packing::Rows { top, height, rows: bars.min(height as usize) }
    }

    /// How many pixel rows the bars share, when they share any (fewer rows than bars).
    fn shared_rows(&self, bars: usize) -> Option<usize> {
        match *self {
            Packing::Rows { rows, .. } if rows < bars => Some(rows),
            _ => None,
        }
    }
}

/// Lays out the survey view.
pub fn layout(ctx: &Ctx) -> Scene {
    let ds = ctx.ds;
    let n = ds.survey.scores.len();
    let roles = score_roles(ds);
    let legend = keys(&roles);
    let sources =
        sources_line(ds, ds.survey.sources.iter().chain(ds.survey.scores.iter().flat_map(|s| &s.sources)));
    let plain = subtitle(ds);
    let axis_h = axis_height();

    // The subtitle's note names the number of pixel rows, which depends on the height the
    // frame leaves, which depends on how many lines the subtitle takes. Lay the frame out
    // again until the rows named are rows that fit (two or three cheap passes in practice).
    let mut named: Option<usize> = None;
    let mut passes = 0;
    loop {
        passes += 1;
        let mut scene = Scene::new(ctx.width, ctx.height);
        let subtitle = match named {
            Some(rows) => dense_subtitle(ds, n, rows),
            None => plain.clone(),
        };
        let plot = frame(
            &mut scene,
            ctx,
            &FrameText { title: &ds.survey.title, subtitle: &subtitle, legend: &legend, sources: &sources },
        );
        let area = Rect::new(plot.x, plot.y, plot.w, (plot.h - axis_h).max(0.0));
        let packing = Packing::of(n, area);
        let packing = match (packing, packing.shared_rows(n), named) {
            // Bars share rows: draw as many one-pixel rows as the note names, once they fit.
            (Packing::Rows { top, .. }, Some(rows), Some(wanted)) if rows >= wanted => {
                Packing::Rows { top, height: wanted as f64, rows: wanted }
            }
            (_, Some(rows), _) if passes < 8 => {
                named = Some(rows);
                continue;
            }
            // The note only ever takes height away, so bars that shared rows without it
            // still do with it; should that ever fail, start over without the note.
            (_, None, Some(_)) if passes < 8 => {
                named = None;
                continue;
            }
            // Bars with a band each, or (never in practice) no agreement after 8 passes.
            _ => packing,
        };
        bars(&mut scene, ctx, &roles, plot, packing);
        return scene;
    }
}

fn tick_font() -> Font {
    Font::regular(11.0)
}

/// Height under the bars for the tick labels and the axis caption.
fn axis_height() -> f64 {
    tick_font().line_height() * 2.0 + 10.0
}

fn bars(scene: &mut Scene, ctx: &Ctx, roles: &[Role], plot: Rect, packing: Packing) {
    let ds = ctx.ds;
    let narrow = is_narrow(ctx.width);
    let label_font = Font::regular(if narrow { 11.0 } else { 12.5 });
    let value_font = Font::bold(if narrow { 11.0 } else { 12.5 });
    let order = ranking(ds);

    let rows = Rect::new(plot.x, plot.y, plot.w, (plot.h - axis_height()).max(0.0));
    let band = match packing {
        Packing::Bands(band) => band,
        Packing::Rows { .. } => 0.0,
    };
    let show_text = band >= label_font.line_height();
    let two_lines = band >= 2.0 * label_font.line_height() + 4.0;
    let (label_w, value_w, gap) = if show_text {
        let label_w = widest_name(ctx, label_font).min(plot.w * if narrow { 0.38 } else { 0.34 }).ceil();
        (label_w, widest_value(ctx, value_font) + 8.0, 10.0)
    } else {
        (0.0, 0.0, 0.0)
    };
    let range = Range::new(ds.survey.scale.min, ds.survey.scale.max);
    let x = range.onto(rows.x + label_w + gap, rows.right() - value_w);
    axis(scene, ctx, &range, rows, x);

    match packing {
        Packing::Bands(band) => {
            let text = if show_text { Some((label_font, value_font, label_w, two_lines)) } else { None };
            banded(scene, ctx, roles, &order, rows, x, band, text);
        }
        Packing::Rows { top, height, rows: count } => {
            shared(scene, ds, roles, &order, Rect::new(rows.x, top, rows.w, height), x, count);
        }
    }
    scene.line((x.p0, rows.y), (x.p0, rows.bottom()), Paint::Axis, 1.0);
}

/// The widest side name, measured only when labels are drawn: thousands of names would cost a
/// measurement each.
fn widest_name(ctx: &Ctx, font: Font) -> f64 {
    let ds = ctx.ds;
    ds.survey.scores.iter().map(|s| ctx.measure.width(side_name(ds, &s.side), font)).fold(0.0, f64::max)
}

/// The widest value label, with its mark.
fn widest_value(ctx: &Ctx, font: Font) -> f64 {
    let marked = |s: &crate::dataset::model::SurveyScore| crate::describe::marked(&label(s.score), &s.kind);
    ctx.ds.survey.scores.iter().map(|s| ctx.measure.width(&marked(s), font)).fold(0.0, f64::max)
}

/// The grid lines and tick labels of the scale under the bars, and its caption.
fn axis(scene: &mut Scene, ctx: &Ctx, range: &Range, rows: Rect, x: Linear) {
    let scale = &ctx.ds.survey.scale;
    let tick_font = tick_font();
    for t in range.ticks(6) {
        let px = x.px(t);
        scene.line((px, rows.y), (px, rows.bottom()), Paint::Grid, 1.0);
        let label = number(t);
        let w = ctx.measure.width(&label, tick_font);
        // Long labels (1e-323, -1.79e308) at the ends stay on the canvas.
        let cx = clamp(px, w / 2.0, scene.width - w / 2.0);
        let y = rows.bottom() + 4.0 + tick_font.line_height() / 2.0;
        scene.text(label, (cx, y), tick_font, Paint::Muted, Align::Center, w);
    }
    let caption =
        format!("Points ({} = {}, {} = {})", number(scale.min), scale.low, number(scale.max), scale.high);
    let caption = wrap_clamped(&caption, tick_font, x.p1 - rows.x, 1, ctx.measure).remove(0);
    let cw = ctx.measure.width(&caption, tick_font);
    let cx = clamp((x.p0 + x.p1) / 2.0, rows.x + cw / 2.0, rows.right() - cw / 2.0);
    let y = rows.bottom() + 6.0 + tick_font.line_height() * 1.5;
    scene.text(caption, (cx, y), tick_font, Paint::Muted, Align::Center, cw);
}

/// One bar per band, with its name and value when the band is tall enough for text.
#[allow(clippy::too_many_arguments)]
// `order` and `roles` hold one entry per score: indices from 0..scores.len().
#[allow(clippy::indexing_slicing)]
fn banded(
    scene: &mut Scene,
    ctx: &Ctx,
    roles: &[Role],
    order: &[usize],
    rows: Rect,
    x: Linear,
    band: f64,
    text: Option<(Font, Font, f64, bool)>,
) {
    let ds = ctx.ds;
    let bar_h = clamp(band * 0.68, band.min(1.0), 30.0);
    for (rank, &i) in order.iter().enumerate() {
        let s = &ds.survey.scores[i];
        let mid = rows.y + band * (rank as f64 + 0.5);
        let end = x.px(s.score);
        let paint = Paint::Side(roles[i]);
        scene.fill(Rect::new(x.p0, mid - bar_h / 2.0, (end - x.p0).max(0.0), bar_h), paint);
        if let Some((label_font, value_font, label_w, two_lines)) = text {
            let name = side_name(ds, &s.side);
            let max_lines = if two_lines { 2 } else { 1 };
            let lines = wrap_clamped(name, label_font, label_w, max_lines, ctx.measure);
            let lh = label_font.line_height();
            let top = mid - lh * lines.len() as f64 / 2.0;
            for (k, line) in lines.into_iter().enumerate() {
                let w = ctx.measure.width(&line, label_font);
                scene.text(
                    line,
                    (rows.x + label_w, top + lh * (k as f64 + 0.5)),
                    label_font,
                    Paint::Text,
                    Align::Right,
                    w,
                );
            }
            let value = crate::describe::marked(&label(s.score), &s.kind);
            let w = ctx.measure.width(&value, value_font);
            scene.text(value, (end + 6.0, mid), value_font, Paint::ink(roles[i]), Align::Left, w);
        }
        scene.hit(Rect::new(rows.x, mid - band / 2.0, rows.w, band), Datum::Score(i));
    }
}

/// Bars too dense for a band each: consecutive ranks share a row of `area.h / count` px
/// (one whole pixel when there are more bars than pixels). A row is one bar from the scale
/// minimum to its highest score, in the colour of its most important role, with the stretch
/// from its lowest to its highest score in that colour's tint. Each bar keeps a hit region
/// of its own: its row, split evenly among the row's bars in rank order, so a pointer
/// anywhere in a row picks one of that row's bars.
// `order` and `roles` hold one entry per score; groups are ranges within `order`.
#[allow(clippy::indexing_slicing)]
fn shared(
    scene: &mut Scene,
    ds: &Dataset,
    roles: &[Role],
    order: &[usize],
    area: Rect,
    x: Linear,
    count: usize,
) {
    let n = order.len();
    if count == 0 {
        for &i in order {
            scene.hit(Rect::new(area.x, area.y, area.w, 0.0), Datum::Score(i));
        }
        return;
    }
    let row_h = area.h / count as f64;
    let mut start = 0;
    // Tints go after every solid bar: each lies only on its own row's bar, and drawing them
    // together sets the canvas colour a few times instead of twice per row.
    let mut tints = Vec::new();
    for row in 0..count {
        // Rank k lies in row k * count / n (rounded down): the ranks up to this bound.
        let end = ((row + 1) * n).div_ceil(count).min(n);
        let members = &order[start..end];
        start = end;
        if members.is_empty() {
            continue;
        }
        let y = area.y + row_h * row as f64;
        let (mut lo, mut hi, mut top) = (f64::INFINITY, f64::NEG_INFINITY, Role::Neutral);
        let each = row_h / members.len() as f64;
        for (k, &i) in members.iter().enumerate() {
            let s = &ds.survey.scores[i];
            lo = lo.min(s.score);
            hi = hi.max(s.score);
            let role = roles[i];
            if priority(role) < priority(top) {
                top = role;
            }
            scene.hit(Rect::new(area.x, y + each * k as f64, area.w, each), Datum::Score(i));
        }
        let (lo_px, hi_px) = (x.px(lo), x.px(hi));
        scene.fill(Rect::new(x.p0, y, (hi_px - x.p0).max(0.0), row_h), Paint::Side(top));
        let tint_from = lo_px.max(x.p0 + MIN_SOLID);
        if hi_px - tint_from >= MIN_RANGE {
            tints.push((Rect::new(tint_from, y, hi_px - tint_from, row_h), Paint::Tint(top)));
        }
    }
    for (rect, paint) in tints {
        scene.fill(rect, paint);
    }
}
