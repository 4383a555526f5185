//! Keys: which mark shape means which date precision, and the numbered list of events
//! used when the canvas is too small to label marks in place.

use super::labels::{self, LabelBlock};
use super::marks::{self, Ink, MarkKind, MARK_H};
use crate::layout::clamp;
use crate::layout::Ctx;
use crate::scene::{Align, Paint, Scene};
use crate::text::{ellipsize, Font, TextMeasure};

const SWATCH_W: f64 = 18.0;
const KEY_FONT: Font = Font::regular(11.0);
/// Key swatches show shape only, so they take neutral colours instead of a side's.
const KEY_INK: Ink = Ink { solid: Paint::Muted, tint: Paint::Grid };

/// One entry of the precision key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyEntry {
    /// Mark shape.
    pub kind: MarkKind,
    /// Drawn as after the article's date.
    pub expected: bool,
}

fn words(e: KeyEntry) -> &'static str {
    match (e.expected, e.kind) {
        (true, _) => "Expected",
        (false, MarkKind::Day) => "Exact day",
        (false, MarkKind::Month) => "Month",
        (false, MarkKind::PartOfMonth) => "Part of month",
        (false, MarkKind::Year) => "Year",
        (false, MarkKind::Span) => "Period",
        (false, MarkKind::Window) => "Date not given",
    }
}

/// Where each precision-key entry goes in a flowing row `width` wide: offsets of each
/// entry from the key's top-left, and the key's height.
pub fn precision_layout(ctx: &Ctx, entries: &[KeyEntry], width: f64) -> (Vec<(f64, f64)>, f64) {
    let lh = KEY_FONT.line_height().max(MARK_H + 4.0);
    let (mut x, mut y) = (0.0, 0.0);
    let mut offsets = Vec::with_capacity(entries.len());
    for e in entries {
        let item_w = SWATCH_W + 5.0 + ctx.measure.width(words(*e), KEY_FONT);
        if x > 0.0 && x + item_w > width {
            x = 0.0;
            y += lh;
        }
        offsets.push((x, y));
        x += item_w + 14.0;
    }
    (offsets, if entries.is_empty() { 0.0 } else { y + lh })
}

/// Draws the precision key with its top-left at `(x, y)`, as [`precision_layout`] placed it.
pub fn precision(
    scene: &mut Scene,
    ctx: &Ctx,
    entries: &[KeyEntry],
    offsets: &[(f64, f64)],
    (x, y): (f64, f64),
) {
    let lh = KEY_FONT.line_height().max(MARK_H + 4.0);
    for (e, (dx, dy)) in entries.iter().zip(offsets) {
        let (left, cy) = (x + dx, y + dy + lh / 2.0);
        let (s0, s1) = match e.kind {
            MarkKind::Day => (left + (SWATCH_W - MARK_H) / 2.0, left + (SWATCH_W + MARK_H) / 2.0),
            _ => (left, left + SWATCH_W),
        };
        marks::draw(scene, e.kind, e.expected, (s0, s1), cy, KEY_INK);
        let text = words(*e);
        let tw = ctx.measure.width(text, KEY_FONT);
        scene.text(text, (left + SWATCH_W + 5.0, cy), KEY_FONT, Paint::Muted, Align::Left, tw);
    }
}

/// One line of the numbered list: a number in its side's colour and the event's block.
pub struct Numbered {
    /// "1", "2", …
    pub number: String,
    /// Colour of the number.
    pub paint: Paint,
    /// Label and date, wrapped to the column.
    pub block: LabelBlock,
}

/// The numbered list laid out in columns: where each entry goes, and the note on entries
/// left out for lack of room.
pub struct ListPlan {
    /// Entry index and top-left of its number.
    pub cells: Vec<(usize, f64, f64)>,
    /// "+N more…" when not every entry fits.
    pub more: Option<String>,
    /// Height used.
    pub height: f64,
}

/// Width the numbers column takes in the list.
pub const NUMBER_W: f64 = 22.0;

/// Columns of at least 240 px, up to three.
pub fn columns(width: f64) -> (usize, f64) {
    let n = clamp(((width + 16.0) / 256.0).floor(), 1.0, 3.0) as usize;
    (n, (width - 16.0 * (n as f64 - 1.0)) / n as f64)
}

/// Lays the entries out row by row in `columns(width)`, stopping before `max_h`.
/// `interactive` says whether the note on entries left out may send the reader to the marks.
pub fn plan(entries: &[Numbered], width: f64, max_h: f64, more_h: f64, interactive: bool) -> ListPlan {
    let (n, col_w) = columns(width);
    let mut cells = Vec::new();
    let mut y = 0.0;
    // Entries of several lines need a little air between them; one-line entries do not.
    let air = if entries.iter().any(|e| e.block.lines.len() > 1) { 4.0 } else { 0.0 };
    for (r, row) in entries.chunks(n).enumerate() {
        let h = row.iter().map(|e| e.block.height).fold(0.0, f64::max) + air;
        let last = (r + 1) * n >= entries.len();
        let room = if last { max_h } else { max_h - more_h };
        if y + h > room {
            break;
        }
        for (c, _) in row.iter().enumerate() {
            cells.push((r * n + c, c as f64 * (col_w + 16.0), y));
        }
        y += h;
    }
    let left_out = entries.len() - cells.len();
    let more = (left_out > 0).then(|| {
        if interactive {
            format!("+{left_out} more: hover or tap a mark for details")
        } else {
            format!("+{left_out} more in the data")
        }
    });
    let height = y + if more.is_some() { more_h } else { 0.0 };
    ListPlan { cells, more, height }
}

/// Draws a planned list with its top-left at `(x, y)`.
pub fn draw_list(
    scene: &mut Scene,
    ctx: &Ctx,
    entries: &[Numbered],
    plan: &ListPlan,
    (x, y): (f64, f64),
    width: f64,
) {
    for &(i, dx, dy) in &plan.cells {
        let Some(e) = entries.get(i) else { continue };
        let font = Font::bold(e.block.font.size);
        let w = ctx.measure.width(&e.number, font);
        let cy = y + dy + font.line_height() / 2.0;
        scene.text(e.number.clone(), (x + dx + NUMBER_W - 6.0, cy), font, e.paint, Align::Right, w);
        labels::draw(scene, &e.block, (x + dx + NUMBER_W, y + dy), false, ctx.measure);
    }
    if let Some(more) = &plan.more {
        let font = Font::regular(11.0);
        let more = ellipsize_to(more, font, width, ctx.measure);
        let w = ctx.measure.width(&more, font);
        scene.text(more, (x, y + plan.height - font.line_height() / 2.0), font, Paint::Muted, Align::Left, w);
    }
}

/// The text itself if it fits `width`, else shortened with "…".
pub fn ellipsize_to(text: &str, font: Font, width: f64, m: &dyn TextMeasure) -> String {
    if m.width(text, font) <= width {
        text.to_string()
    } else {
        ellipsize(text, font, width, m)
    }
}
