//! A figure the article gives only in words: its words, quoted large, and never a mark
//! that would suggest a number.

use super::pen::Pen;
use crate::dataset::model::Role;
use crate::scene::{Paint, Rect};
use crate::text::{wrap, Font};

/// The note under the words.
pub const NO_FIGURE: &str = "The article gives no figure";

/// Smallest size worth keeping a quote on one line for.
const ONE_LINE_MIN: f64 = 22.0;

/// Most lines the quoted words may take.
const MAX_LINES: usize = 3;

/// Draws the quoted words with a rule in the side colour and the note; returns the lowest y.
pub(super) fn draw(pen: &mut Pen, words: &str, role: Role, r: Rect) -> f64 {
    let quoted = format!("“{words}”");
    let note = Font::regular(12.0);
    let note_h = note.line_height() + 4.0;
    let indent = 14.0;
    let (x, w) = (r.x + indent, (r.w - indent).max(0.0));
    let sizes: &[f64] = match (pen.tight, r.w >= 560.0) {
        (true, _) => &[24.0, 20.0, 17.0, 14.0],
        (false, false) => &[32.0, 26.0, 22.0, 18.0, 15.0],
        (false, true) => &[40.0, 32.0, 26.0, 22.0, 18.0, 15.0],
    };
    let fits = |size: f64, max_lines: usize| {
        let font = Font::bold(size);
        let n = wrap(&quoted, font, w, pen.measure).len();
        n <= max_lines && n as f64 * font.line_height() + note_h <= r.h
    };
    let smallest = sizes.last().copied().unwrap_or(14.0);
    // A short quote reads best whole on one line, even a size smaller; a longer one takes
    // the largest size at which it and the note fit, else the smallest, clamped.
    let size = if pen.compact {
        smallest
    } else {
        (sizes.iter().copied().find(|&s| s >= ONE_LINE_MIN && fits(s, 1)))
            .or_else(|| sizes.iter().copied().find(|&s| fits(s, MAX_LINES)))
            .unwrap_or(smallest)
    };
    let y = pen.lines(&quoted, Font::bold(size), Paint::Text, x, r.y, w, r.bottom(), MAX_LINES);
    if y <= r.y {
        return r.y;
    }
    pen.scene.line((r.x + 1.5, r.y + 3.0), (r.x + 1.5, y - 3.0), Paint::Side(role), 3.0);
    pen.lines(NO_FIGURE, note, Paint::Muted, x, y + 4.0, w, r.bottom(), 2).max(y)
}
