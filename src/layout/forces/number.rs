//! The fallback for any other figure: the number, large, with its unit beside it.

use super::pen::Pen;
use crate::dataset::model::Role;
use crate::format::grouped;
use crate::scene::{Align, Paint, Rect};
use crate::text::Font;

/// Draws the number and its unit; returns the lowest y drawn at.
pub(super) fn draw(pen: &mut Pen, value: f64, unit: Option<&str>, role: Role, r: Rect) -> f64 {
    let text = grouped(value);
    let sizes: &[f64] =
        if pen.tight || pen.compact { &[24.0, 18.0, 14.0] } else { &[30.0, 24.0, 18.0, 14.0] };
    let big = pen.fit(&text, true, sizes, r.w);
    let lh = big.line_height();
    if lh > r.h || pen.width(&text, big) > r.w {
        return r.y;
    }
    pen.text(&text, (r.x, r.y + lh / 2.0), big, Paint::ink(role), Align::Left);
    if let Some(unit) = unit {
        let x = r.x + pen.width(&text, big) + 6.0;
        let small = Font::regular(13.0);
        let top = r.y + (lh - small.line_height()) / 2.0;
        pen.lines(unit, small, Paint::Muted, x, top, r.right() - x, r.y + lh, 1);
    }
    r.y + lh
}
