//! The benefit survey: horizontal bars ranked by score on the survey's own scale.

use super::axis::{ticks, Linear};
use super::frame::{frame, is_narrow, FrameText};
use super::Ctx;
use crate::dataset::model::{Dataset, Role};
use crate::describe::{role, side_name, sources_line};
use crate::format::number;
use crate::scene::{Align, Datum, Paint, Rect, Scene};
use crate::text::{wrap_clamped, Font};

/// Score indices from highest to lowest; ties keep dataset order.
pub fn ranking(ds: &Dataset) -> Vec<usize> {
    let mut order: Vec<usize> = (0..ds.survey.scores.len()).collect();
    order.sort_by(|&a, &b| ds.survey.scores[b].score.total_cmp(&ds.survey.scores[a].score));
    order
}

/// The subtitle: who answered and how to read the scale.
pub fn subtitle(ds: &Dataset) -> String {
    let s = &ds.survey;
    format!(
        "Mean scores from {} specialists · {} = {}, {} = {}",
        s.respondents,
        number(s.scale.min),
        s.scale.low,
        number(s.scale.max),
        s.scale.high
    )
}

/// The colour keys for the roles present in the survey, NATO and CSTO first.
pub fn legend_roles(ds: &Dataset) -> Vec<(Role, &'static str)> {
    let present = |r: Role| ds.survey.scores.iter().any(|s| role(ds, &s.side) == r);
    [(Role::Nato, "NATO"), (Role::Csto, "CSTO"), (Role::Neutral, "Other organisations")]
        .into_iter()
        .filter(|(r, _)| present(*r))
        .collect()
}

/// Lays out the survey view.
pub fn layout(ctx: &Ctx) -> Scene {
    let ds = ctx.ds;
    let mut scene = Scene::new(ctx.width, ctx.height);
    let subtitle = subtitle(ds);
    let legend = legend_roles(ds);
    let sources =
        sources_line(ds, ds.survey.sources.iter().chain(ds.survey.scores.iter().flat_map(|s| &s.sources)));
    let plot = frame(
        &mut scene,
        ctx,
        &FrameText { title: &ds.survey.title, subtitle: &subtitle, legend: &legend, sources: &sources },
    );
    bars(&mut scene, ctx, plot);
    scene
}

fn bars(scene: &mut Scene, ctx: &Ctx, plot: Rect) {
    let ds = ctx.ds;
    let scale = &ds.survey.scale;
    let narrow = is_narrow(ctx.width);
    let label_font = Font::regular(if narrow { 11.0 } else { 12.5 });
    let value_font = Font::bold(if narrow { 11.0 } else { 12.5 });
    let tick_font = Font::regular(11.0);
    let order = ranking(ds);

    // Axis area under the bars: tick labels and the axis caption.
    let axis_h = tick_font.line_height() * 2.0 + 10.0;
    let rows = Rect::new(plot.x, plot.y, plot.w, (plot.h - axis_h).max(0.0));
    let band = if order.is_empty() { 0.0 } else { rows.h / order.len() as f64 };
    let show_text = band >= label_font.line_height();
    let two_lines = band >= 2.0 * label_font.line_height() + 4.0;

    let widest = ds
        .survey
        .scores
        .iter()
        .map(|s| ctx.measure.width(side_name(ds, &s.side), label_font))
        .fold(0.0, f64::max);
    let label_w = if show_text { widest.min(plot.w * if narrow { 0.38 } else { 0.34 }).ceil() } else { 0.0 };
    let value_w = if show_text {
        ds.survey.scores.iter().map(|s| ctx.measure.width(&number(s.score), value_font)).fold(0.0, f64::max)
            + 8.0
    } else {
        0.0
    };
    let gap = if show_text { 10.0 } else { 0.0 };
    let x = Linear { d0: scale.min, d1: scale.max, p0: rows.x + label_w + gap, p1: rows.right() - value_w };

    for t in ticks(scale.min, scale.max, 6) {
        let px = x.px(t);
        scene.line((px, rows.y), (px, rows.bottom()), Paint::Grid, 1.0);
        let label = number(t);
        let w = ctx.measure.width(&label, tick_font);
        scene.text(
            label,
            (px, rows.bottom() + 4.0 + tick_font.line_height() / 2.0),
            tick_font,
            Paint::Muted,
            Align::Center,
            w,
        );
    }
    let caption =
        format!("Mean score ({} = {}, {} = {})", number(scale.min), scale.low, number(scale.max), scale.high);
    let caption = wrap_clamped(&caption, tick_font, x.p1 - rows.x, 1, ctx.measure).remove(0);
    let cw = ctx.measure.width(&caption, tick_font);
    let cx = ((x.p0 + x.p1) / 2.0).clamp(rows.x + cw / 2.0, rows.right() - cw / 2.0);
    scene.text(
        caption,
        (cx, rows.bottom() + 6.0 + tick_font.line_height() * 1.5),
        tick_font,
        Paint::Muted,
        Align::Center,
        cw,
    );

    let bar_h = (band * 0.68).clamp(band.min(1.0), 30.0);
    for (rank, &i) in order.iter().enumerate() {
        let s = &ds.survey.scores[i];
        let mid = rows.y + band * (rank as f64 + 0.5);
        let end = x.px(s.score);
        let paint = Paint::Side(role(ds, &s.side));
        scene.fill(Rect::new(x.p0, mid - bar_h / 2.0, (end - x.p0).max(0.0), bar_h), paint);
        if show_text {
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
            let value = number(s.score);
            let w = ctx.measure.width(&value, value_font);
            // Grey bars are too light for text contrast; their values take the muted text colour.
            let value_paint = if paint == Paint::Side(Role::Neutral) { Paint::Muted } else { paint };
            scene.text(value, (end + 6.0, mid), value_font, value_paint, Align::Left, w);
        }
        scene.hit(Rect::new(rows.x, mid - band / 2.0, rows.w, band), Datum::Score(i));
    }
    scene.line((x.p0, rows.y), (x.p0, rows.bottom()), Paint::Axis, 1.0);
}
