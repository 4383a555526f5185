//! A figure made of parts: the total, a bar split in proportion, and one row per part.

use super::pen::Pen;
use crate::dataset::model::{Figure, Role};
use crate::describe::mark;
use crate::format::grouped;
use crate::layout::clamp;
use crate::scene::{Align, Paint, Rect, Scene, Shape};
use crate::text::Font;

/// The bar's least height.
const MIN_BAR: f64 = 10.0;

/// Side colour and tint alternate so neighbouring segments stay apart.
pub(super) fn paint(i: usize, role: Role) -> Paint {
    if i % 2 == 0 {
        Paint::Side(role)
    } else {
        Paint::Tint(role)
    }
}

/// How much of each part's row to show.
#[derive(Debug, Clone, Copy)]
struct PartsDetail {
    /// Most lines of the part's label.
    label_lines: usize,
    /// Whether notes are shown.
    notes: bool,
}

/// From everything down to one line per part: notes go first, then label lines, so every
/// part keeps its number as long as possible. A derived part's mark is no note: it stays.
const DETAILS: [PartsDetail; 3] = [
    PartsDetail { label_lines: 2, notes: true },
    PartsDetail { label_lines: 2, notes: false },
    PartsDetail { label_lines: 1, notes: false },
];

/// Draws the total, the bar and the part rows; returns the lowest y drawn at.
pub(super) fn draw(pen: &mut Pen, fig: &Figure, role: Role, r: Rect) -> f64 {
    let value = fig.value.number.unwrap_or_else(|| fig.parts.iter().map(|p| p.number).sum());
    let mut y = total(pen, value, fig.value.unit.as_deref(), role, r);
    let gap = if pen.tight { 6.0 } else { 10.0 };
    let room = r.bottom() - y - gap - MIN_BAR;
    let fitted: Vec<(PartsDetail, f64)> = DETAILS
        .iter()
        .map(|&d| {
            let mut scratch = Scene::new(0.0, 0.0);
            (d, rows(&mut pen.scratch(&mut scratch), fig, role, Rect::new(r.x, 0.0, r.w, 10_000.0), d))
        })
        .collect();
    let least = (PartsDetail { label_lines: 1, notes: false }, 0.0);
    let (detail, rows_h) =
        fitted.iter().find(|(_, h)| *h <= room).or(fitted.last()).copied().unwrap_or(least);
    // The bar gives up height before the rows give up lines: the rows carry the numbers.
    let ideal = if pen.compact { MIN_BAR } else { clamp(r.w / 17.0, 14.0, 32.0) };
    let bar_h = ideal.min(r.bottom() - y - gap - rows_h).max(MIN_BAR);
    if y + bar_h <= r.bottom() {
        bar(pen, fig, role, Rect::new(r.x, y, r.w, bar_h));
        y += bar_h + gap;
    }
    rows(pen, fig, role, Rect::new(r.x, y, r.w, (r.bottom() - y).max(0.0)), detail)
}

/// "4,000 personnel in total" with the number large.
fn total(pen: &mut Pen, value: f64, unit: Option<&str>, role: Role, r: Rect) -> f64 {
    let text = grouped(value);
    let sizes: &[f64] = match (pen.tight || pen.compact, r.w >= 560.0) {
        (true, _) => &[18.0, 16.0],
        (false, false) => &[26.0, 20.0, 16.0],
        (false, true) => &[32.0, 26.0, 20.0, 16.0],
    };
    let big = pen.fit(&text, true, sizes, r.w);
    let lh = big.line_height();
    if lh > r.h || pen.width(&text, big) > r.w {
        return r.y;
    }
    pen.text(&text, (r.x, r.y + lh / 2.0), big, Paint::ink(role), Align::Left);
    let rest = match unit {
        Some(unit) => format!("{unit} in total"),
        None => "in total".to_string(),
    };
    let small = Font::regular(13.0);
    let x = r.x + pen.width(&text, big) + 6.0;
    pen.lines(
        &rest,
        small,
        Paint::Muted,
        x,
        r.y + (lh - small.line_height()) / 2.0,
        r.right() - x,
        r.y + lh,
        1,
    );
    r.y + lh + 4.0
}

/// Segments as wide as their parts, split by thin gaps painted over the seams so the
/// segment widths themselves stay exact.
fn bar(pen: &mut Pen, fig: &Figure, role: Role, r: Rect) {
    let sum: f64 = fig.parts.iter().map(|p| p.number).sum();
    if sum <= 0.0 || !sum.is_finite() {
        return;
    }
    let mut x = r.x;
    let mut seams = Vec::new();
    for (i, part) in fig.parts.iter().enumerate() {
        let w = r.w * part.number / sum;
        pen.scene.fill(Rect::new(x, r.y, w, r.h), paint(i, role));
        x += w;
        if i + 1 < fig.parts.len() {
            seams.push(x);
        }
    }
    for s in seams {
        pen.scene.line((s, r.y), (s, r.bottom()), Paint::Background, 2.0);
    }
}

/// One row per part: swatch, number, label and note, numbers right-aligned in a column.
fn rows(pen: &mut Pen, fig: &Figure, role: Role, r: Rect, detail: PartsDetail) -> f64 {
    let size = if pen.tight { 12.0 } else { 12.5 };
    let (num_font, label_font, note_font) = (Font::bold(size), Font::regular(size), Font::regular(11.5));
    let lh = label_font.line_height();
    let sw = 10.0;
    let num_w = fig.parts.iter().map(|p| pen.width(&grouped(p.number), num_font)).fold(0.0, f64::max);
    let num_right = r.x + sw + 6.0 + num_w;
    let label_x = num_right + 8.0;
    let label_w = r.right() - label_x;
    let mut y = r.y;
    for (i, part) in fig.parts.iter().enumerate() {
        if y + lh > r.bottom() || num_right > r.right() {
            break;
        }
        let swatch = Rect::new(r.x, y + (lh - sw) / 2.0, sw, sw);
        pen.scene.fill(swatch, paint(i, role));
        if i % 2 == 1 {
            pen.scene.shapes.push(Shape::Outline { rect: swatch, paint: Paint::Side(role), width: 1.0 });
        }
        pen.text(&grouped(part.number), (num_right, y + lh / 2.0), num_font, Paint::Text, Align::Right);
        let mut below = pen.lines(
            &part.label,
            label_font,
            Paint::Text,
            label_x,
            y,
            label_w,
            r.bottom(),
            detail.label_lines,
        );
        // A part that is not the article's own figure keeps its mark at every size.
        let note = match (mark(&part.kind), part.note.as_ref().filter(|_| detail.notes)) {
            (Some(m), Some(note)) => Some(format!("{m}; {note}")),
            (Some(m), None) => Some(m),
            (None, note) => note.cloned(),
        };
        if let Some(note) = note {
            below = pen.lines(
                &format!("({note})"),
                note_font,
                Paint::Muted,
                label_x,
                below,
                label_w,
                r.bottom(),
                2,
            );
        }
        y = below.max(y + lh) + if pen.tight { 2.0 } else { 4.0 };
    }
    y
}
