//! Painting a placed table into the scene, with a hit region per row and the conclusion.

use super::table::{Gauge, TableLayout, TextBox, RULE};
use crate::dataset::model::Role;
use crate::scene::{Align, Datum, Paint, Rect, Scene};
use crate::text::TextMeasure;

/// Draws the table and adds its hit regions in reading order, leaving out any part that
/// would reach below `bottom`.
pub(super) fn paint(scene: &mut Scene, t: &TableLayout, bottom: f64, measure: &dyn TextMeasure) {
    // Fitting only fails on canvases too small to be useful; even there nothing may spill
    // over the source line or off the canvas.
    let fits = |r: &Rect| r.bottom() <= bottom + 1e-6;
    let b = t.bounds;
    for cell in t.header.iter().filter(|c| fits(&c.rect)) {
        let r = cell.rect;
        scene.fill(Rect::new(r.x, r.bottom() - RULE, r.w, RULE), Paint::Side(cell.role));
        text(scene, &cell.name, measure);
    }
    let last = t.rows.len().saturating_sub(1);
    for (i, row) in t.rows.iter().enumerate().take_while(|(_, r)| fits(&r.rect)) {
        if i < last || t.note.is_some() {
            let y = row.rect.bottom();
            scene.line((b.x, y), (b.right(), y), Paint::Grid, 1.0);
        }
        text(scene, &row.label, measure);
        for cell in &row.cells {
            text(scene, &cell.text, measure);
            match &cell.gauge {
                Some(Gauge::Bar { track, fill, role, value }) => {
                    scene.fill(*track, Paint::Tint(*role));
                    scene.fill(*fill, Paint::Side(*role));
                    text(scene, value, measure);
                }
                Some(Gauge::Missing(words)) => text(scene, words, measure),
                None => {}
            }
        }
        scene.hit(row.rect, Datum::Row(row.index));
    }
    if let Some(note) = t.note.as_ref().filter(|n| fits(&n.rect)) {
        text(scene, note, measure);
    }
    let c = &t.conclusion;
    if !fits(&c.rect) {
        return;
    }
    scene.fill(c.rect, Paint::Tint(Role::Neutral));
    scene.fill(Rect::new(c.rect.x, c.rect.y, RULE, c.rect.h), Paint::Axis);
    text(scene, &c.label, measure);
    text(scene, &c.text, measure);
    scene.hit(c.rect, Datum::Conclusion);
}

fn text(scene: &mut Scene, b: &TextBox, measure: &dyn TextMeasure) {
    let lh = b.font.line_height();
    for (i, line) in b.lines.iter().enumerate() {
        let w = measure.width(line, b.font);
        scene.text(
            line.as_str(),
            (b.rect.x, b.rect.y + lh * (i as f64 + 0.5)),
            b.font,
            b.paint,
            Align::Left,
            w,
        );
    }
}
