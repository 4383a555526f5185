//! Text and shape helpers that keep everything a panel draws inside a box.

use crate::scene::{Align, Paint, Rect, Scene, Shape};
use crate::text::{wrap_clamped, Font, TextMeasure};

/// A scene to draw into with the measure to fit text by.
pub(super) struct Pen<'a> {
    /// Where shapes go.
    pub scene: &'a mut Scene,
    /// How wide text is.
    pub measure: &'a dyn TextMeasure,
    /// A phone, or a grid short of room: smaller type, tighter spacing, kickers run in.
    pub tight: bool,
    /// Draw every visual at its smallest readable size: how row heights learn a panel's floor.
    pub compact: bool,
}

/// Moves the shape down by `dy`.
pub(super) fn shift(shape: &mut Shape, dy: f64) {
    match shape {
        Shape::Fill { rect, .. } | Shape::Outline { rect, .. } => rect.y += dy,
        Shape::Line { from, to, .. } => {
            from.1 += dy;
            to.1 += dy;
        }
        Shape::Dot { center, .. } => center.1 += dy,
        Shape::Polygon { points, .. } => points.iter_mut().for_each(|p| p.1 += dy),
        Shape::Text { pos, bounds, .. } => {
            pos.1 += dy;
            bounds.y += dy;
        }
    }
}

impl<'a> Pen<'a> {
    /// A pen with the same settings drawing into another scene, for dry runs.
    pub fn scratch<'b>(&self, scene: &'b mut Scene) -> Pen<'b>
    where
        'a: 'b,
    {
        Pen { scene, measure: self.measure, tight: self.tight, compact: self.compact }
    }

    /// Width of `text` in `font`.
    pub fn width(&self, text: &str, font: Font) -> f64 {
        self.measure.width(text, font)
    }

    /// One line of text at a point, with its measured width.
    pub fn text(&mut self, text: &str, pos: (f64, f64), font: Font, paint: Paint, align: Align) {
        let w = self.width(text, font);
        self.scene.text(text, pos, font, paint, align, w);
    }

    /// Wraps `text` from `y` into `w`, keeping only the lines that fit above `bottom` (at
    /// most `max_lines`, the last one ellipsized when cut); returns the y below them.
    #[allow(clippy::too_many_arguments)]
    pub fn lines(
        &mut self,
        text: &str,
        font: Font,
        paint: Paint,
        x: f64,
        y: f64,
        w: f64,
        bottom: f64,
        max_lines: usize,
    ) -> f64 {
        let lh = font.line_height();
        let room = ((bottom - y) / lh).floor().max(0.0) as usize;
        let keep = room.min(max_lines);
        // Below about one character's width even a broken word would stick out.
        if keep == 0 || w < font.size || text.trim().is_empty() {
            return y;
        }
        let mut y = y;
        for line in wrap_clamped(text, font, w, keep, self.measure) {
            let lw = self.width(&line, font);
            if lw <= w + 0.5 {
                self.scene.text(line, (x, y + lh / 2.0), font, paint, Align::Left, lw);
            }
            y += lh;
        }
        y
    }

    /// The largest of `sizes` at which `text` fits on one line of `w` px, else the smallest.
    pub fn fit(&self, text: &str, bold: bool, sizes: &[f64], w: f64) -> Font {
        let font = |s: f64| Font { size: s, bold };
        let smallest = sizes.iter().copied().fold(f64::INFINITY, f64::min);
        sizes
            .iter()
            .map(|&s| font(s))
            .find(|f| self.width(text, *f) <= w)
            .unwrap_or(font(if smallest.is_finite() { smallest } else { 12.0 }))
    }

    /// A rectangle's border drawn in short dashes: the mark of something planned, not there.
    pub fn dashed_outline(&mut self, r: Rect, paint: Paint) {
        let (x0, y0, x1, y1) = (r.x + 0.5, r.y + 0.5, r.right() - 0.5, r.bottom() - 0.5);
        let dash = Some(3.0);
        for (from, to) in
            [((x0, y0), (x1, y0)), ((x1, y0), (x1, y1)), ((x1, y1), (x0, y1)), ((x0, y1), (x0, y0))]
        {
            self.scene.shapes.push(Shape::Line { from, to, paint, width: 1.0, dash });
        }
    }
}
