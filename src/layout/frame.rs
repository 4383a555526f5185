//! The frame every view shares: title, subtitle, legend at the top; source lines at the
//! bottom, inside the chart so an exported image keeps them.

use super::Ctx;
use crate::dataset::model::Role;
use crate::layout::clamp;
use crate::scene::{Align, Paint, Rect, Scene};
use crate::text::{wrap_clamped, Font};

/// The texts of a view's frame.
pub struct FrameText<'a> {
    /// Headline.
    pub title: &'a str,
    /// What is shown and how to read it.
    pub subtitle: &'a str,
    /// Colour keys: which side each colour stands for.
    pub legend: &'a [(Role, &'a str)],
    /// "Sources: …" line.
    pub sources: &'a str,
}

/// Outer padding for a canvas width.
pub fn padding(width: f64) -> f64 {
    clamp(width * 0.03, 10.0, 20.0)
}

/// Whether a canvas counts as narrow (phone-sized): smaller type and tighter spacing.
pub fn is_narrow(width: f64) -> bool {
    width < 480.0
}

/// How much of the frame to show; a short canvas gives up detail before the plot.
#[derive(Clone, Copy)]
struct FrameDetail {
    title_lines: usize,
    subtitle_lines: usize,
    legend: bool,
    source_lines: usize,
}

const DETAIL_LEVELS: [FrameDetail; 4] = [
    FrameDetail { title_lines: 3, subtitle_lines: 3, legend: true, source_lines: 6 },
    FrameDetail { title_lines: 2, subtitle_lines: 1, legend: true, source_lines: 2 },
    FrameDetail { title_lines: 1, subtitle_lines: 0, legend: true, source_lines: 1 },
    FrameDetail { title_lines: 1, subtitle_lines: 0, legend: false, source_lines: 1 },
];

/// Draws the frame and returns the rectangle left for the plot. On a short canvas the
/// subtitle, then the legend, give way so that the plot keeps at least about half the height.
pub fn frame(scene: &mut Scene, ctx: &Ctx, text: &FrameText) -> Rect {
    scene.fill(Rect::new(0.0, 0.0, ctx.width, ctx.height), Paint::Background);
    let wanted = (ctx.height * 0.5).min(220.0);
    let mut chosen = None;
    for (i, detail) in DETAIL_LEVELS.iter().enumerate() {
        let mut trial = Scene::new(ctx.width, ctx.height);
        let plot = frame_at(&mut trial, ctx, text, *detail);
        if plot.h >= wanted || i + 1 == DETAIL_LEVELS.len() {
            chosen = Some((trial, plot));
            break;
        }
    }
    let Some((trial, plot)) = chosen else { return Rect::default() };
    scene.shapes.extend(trial.shapes);
    plot
}

fn frame_at(scene: &mut Scene, ctx: &Ctx, text: &FrameText, detail: FrameDetail) -> Rect {
    let pad = padding(ctx.width);
    let narrow = is_narrow(ctx.width);
    let inner_w = ctx.width - 2.0 * pad;

    let mut y = pad;
    let title_font = Font::bold(if narrow { 15.0 } else { 18.0 });
    y = lines(scene, ctx, text.title, title_font, Paint::Text, pad, y, inner_w, detail.title_lines);
    if detail.subtitle_lines > 0 && !text.subtitle.is_empty() {
        y += 2.0;
        let sub_font = body_font(narrow);
        y = lines(scene, ctx, text.subtitle, sub_font, Paint::Muted, pad, y, inner_w, detail.subtitle_lines);
    }
    if detail.legend && !text.legend.is_empty() {
        y += 6.0;
        y = legend(scene, ctx, text.legend, pad, y, inner_w);
    }
    y += if narrow { 8.0 } else { 12.0 };

    let src_font = Font::regular(11.0);
    let src_lines = wrap_clamped(text.sources, src_font, inner_w, detail.source_lines, ctx.measure);
    let src_h = src_lines.len() as f64 * src_font.line_height();
    let mut sy = ctx.height - pad - src_h;
    let bottom = sy - if narrow { 6.0 } else { 10.0 };
    for line in src_lines {
        let w = ctx.measure.width(&line, src_font);
        scene.text(line, (pad, sy + src_font.line_height() / 2.0), src_font, Paint::Muted, Align::Left, w);
        sy += src_font.line_height();
    }
    Rect::new(pad, y, inner_w, (bottom - y).max(0.0))
}

/// The subtitle's and the legend's type: on a wide chart the size of the survey's row labels,
/// so the survey's first draw uses four fonts (each new size or weight costs the browser a font
/// lookup, 1-2 ms on a cold page).
fn body_font(narrow: bool) -> Font {
    Font::regular(if narrow { 12.0 } else { 12.5 })
}

/// Stacks wrapped lines from `y`; returns the y below them.
#[allow(clippy::too_many_arguments)]
pub fn lines(
    scene: &mut Scene,
    ctx: &Ctx,
    text: &str,
    font: Font,
    paint: Paint,
    x: f64,
    mut y: f64,
    max_w: f64,
    max_lines: usize,
) -> f64 {
    let lh = font.line_height();
    for line in wrap_clamped(text, font, max_w, max_lines, ctx.measure) {
        let w = ctx.measure.width(&line, font);
        scene.text(line, (x, y + lh / 2.0), font, paint, Align::Left, w);
        y += lh;
    }
    y
}

/// A flowing row of colour keys; returns the y below it.
fn legend(scene: &mut Scene, ctx: &Ctx, keys: &[(Role, &str)], x0: f64, y0: f64, max_w: f64) -> f64 {
    let font = body_font(is_narrow(ctx.width));
    let lh = font.line_height().max(16.0);
    let sw = 12.0;
    let (mut x, mut y) = (x0, y0);
    for (role, label) in keys {
        let tw = ctx.measure.width(label, font).min(max_w - sw - 6.0);
        let item_w = sw + 6.0 + tw;
        if x > x0 && x + item_w > x0 + max_w {
            x = x0;
            y += lh;
        }
        scene.fill(Rect::new(x, y + (lh - sw) / 2.0, sw, sw), Paint::Side(*role));
        scene.text(*label, (x + sw + 6.0, y + lh / 2.0), font, Paint::Text, Align::Left, tw);
        x += item_w + 16.0;
    }
    y + lh
}
