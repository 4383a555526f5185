//! A panel's header: the side's name as a coloured kicker, then the figure's label.

use super::pen::Pen;
use crate::dataset::model::Role;
use crate::scene::{Align, Paint, Rect, Shape};
use crate::text::{ellipsize, Font};

/// Widest side name, as a share of the panel, that runs into the label's first line.
const INLINE_SHARE: f64 = 0.3;

/// Most lines a label may take; the tooltip carries the rest.
const MAX_LABEL_LINES: usize = 3;

/// Draws the header at the top of `r`; returns the y where the visual may start.
pub(super) fn draw(pen: &mut Pen, side: &str, label: &str, role: Role, r: Rect) -> f64 {
    let top = r.y + if pen.tight { 4.0 } else { 8.0 };
    let kicker = Font::bold(11.0);
    let text = Font::bold(if pen.tight { 12.5 } else { 13.5 });
    // When room is tight a short side name runs into the label's first line: a line saved
    // per panel counts there. A long one would squeeze the label, so it keeps its own line.
    let inline = pen.tight && pen.width(side, kicker) <= r.w * INLINE_SHARE;
    let lh = if inline { text.line_height() } else { kicker.line_height() };
    if top + lh > r.bottom() || r.w < 40.0 {
        return top;
    }
    let name = ellipsize_to(pen, side, kicker, r.w - 13.0);
    let name_w = pen.width(&name, kicker);
    pen.scene.shapes.push(Shape::Dot {
        center: (r.x + 4.0, top + lh / 2.0),
        radius: 4.0,
        paint: Paint::Side(role),
    });
    pen.text(&name, (r.x + 13.0, top + lh / 2.0), kicker, Paint::ink(role), Align::Left);
    let y = if inline {
        let indent = 13.0 + name_w + 10.0;
        let (first, rest) = first_line(pen, label, text, r.w - indent);
        if !first.is_empty() {
            pen.text(&first, (r.x + indent, top + lh / 2.0), text, Paint::Text, Align::Left);
        }
        let left = MAX_LABEL_LINES - usize::from(!first.is_empty());
        pen.lines(&rest, text, Paint::Text, r.x, top + lh, r.w, r.bottom(), left).max(top + lh)
    } else {
        pen.lines(label, text, Paint::Text, r.x, top + lh + 1.0, r.w, r.bottom(), MAX_LABEL_LINES)
    };
    y + if pen.tight { 4.0 } else { 8.0 }
}

/// `text` itself when it fits `w`, else shortened with an ellipsis.
fn ellipsize_to(pen: &Pen, text: &str, font: Font, w: f64) -> String {
    if pen.width(text, font) <= w {
        text.to_string()
    } else {
        ellipsize(text, font, w, pen.measure)
    }
}

/// The words of `text` that fit in `w` on a first line, and the rest.
fn first_line(pen: &Pen, text: &str, font: Font, w: f64) -> (String, String) {
    let mut first = String::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.peek() {
        let candidate = if first.is_empty() { word.to_string() } else { format!("{first} {word}") };
        if pen.width(&candidate, font) > w {
            break;
        }
        first = candidate;
        words.next();
    }
    (first, crate::text::spaced(words))
}
