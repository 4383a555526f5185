//! Drawing: a laid-out [`Scene`] painted on any plotters `DrawingBackend` (the browser
//! canvas), or written as an SVG document ([`svg`]).

pub mod svg;

use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontFamily,
    FontStyle,
};

use crate::scene::{Align, Paint, Scene, Shape};
use crate::text::Font;
use crate::theme::{Rgb, Theme};
use crate::views::DRAWS_MARKS;

/// The font family every text is set in, on canvas and in SVG.
pub const FONT_FAMILY: &str = "system-ui, sans-serif";

/// A drawing failure reported by the backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawError(pub String);

impl std::fmt::Display for DrawError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "drawing failed: {}", self.0)
    }
}

impl std::error::Error for DrawError {}

fn color(theme: &Theme, paint: Paint) -> BackendColor {
    let Rgb(r, g, b) = theme.color(paint);
    BackendColor { alpha: 1.0, rgb: (r, g, b) }
}

fn px(v: f64) -> i32 {
    if v.is_finite() {
        crate::layout::clamp(v.round(), -1e6, 1e6) as i32
    } else {
        0
    }
}

fn pt(p: (f64, f64)) -> (i32, i32) {
    (px(p.0), px(p.1))
}

/// An opaque colour and a line width in whole px, as the backend's `draw_*` take them.
struct Pen {
    color: BackendColor,
    width: u32,
}

impl BackendStyle for Pen {
    fn color(&self) -> BackendColor {
        self.color
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// A line width in whole px, at least 1.
fn line_width(width: f64) -> u32 {
    width.round().max(1.0) as u32
}

/// A font of the charts' family, its colour and where it sits on its anchor point (its
/// vertical centre, on the left, the centre or the right).
struct TextFace {
    font: Font,
    color: BackendColor,
    align: Align,
}

impl BackendTextStyle for TextFace {
    type FontError = std::convert::Infallible;

    fn color(&self) -> BackendColor {
        self.color
    }

    fn size(&self) -> f64 {
        self.font.size
    }

    fn style(&self) -> FontStyle {
        if self.font.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }

    fn anchor(&self) -> Pos {
        let h = match self.align {
            Align::Left => HPos::Left,
            Align::Center => HPos::Center,
            Align::Right => HPos::Right,
        };
        Pos::new(h, VPos::Center)
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(FONT_FAMILY)
    }

    /// Unused: the backends set text themselves and measure with the canvas.
    fn layout_box(&self, _: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        Ok(((0, 0), (0, 0)))
    }

    /// Unused: no backend here draws text pixel by pixel.
    fn draw<E, DrawFunc: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _: &str,
        _: BackendCoord,
        _: DrawFunc,
    ) -> Result<Result<(), E>, Self::FontError> {
        Ok(Ok(()))
    }
}

/// Paints every shape of the scene, in order, straight onto the backend.
pub fn paint<DB: DrawingBackend>(backend: &mut DB, scene: &Scene, theme: &Theme) -> Result<(), DrawError> {
    let err = |e: DrawingErrorKind<DB::ErrorType>| DrawError(e.to_string());
    for shape in &scene.shapes {
        match shape {
            Shape::Fill { rect, paint } => {
                let (x0, y0, x1, y1) = (px(rect.x), px(rect.y), px(rect.right()), px(rect.bottom()));
                if x1 > x0 && y1 > y0 {
                    let pen = Pen { color: color(theme, *paint), width: 0 };
                    backend.draw_rect((x0, y0), (x1, y1), &pen, true).map_err(err)?;
                }
            }
            Shape::Outline { rect, paint, width } => {
                let (a, b) = (pt((rect.x, rect.y)), pt((rect.right(), rect.bottom())));
                let pen = Pen { color: color(theme, *paint), width: line_width(*width) };
                let (ul, br) = ((a.0.min(b.0), a.1.min(b.1)), (a.0.max(b.0), a.1.max(b.1)));
                backend.draw_rect(ul, br, &pen, false).map_err(err)?;
            }
            Shape::Line { from, to, paint, width, dash } => {
                // draw_line, not a path: the canvas backend's half-pixel alignment keeps a
                // 1 px line one pixel wide.
                let pen = Pen { color: color(theme, *paint), width: line_width(*width) };
                for (a, b) in dashes(*from, *to, *dash) {
                    backend.draw_line(pt(a), pt(b), &pen).map_err(err)?;
                }
            }
            // Only builds that register a view drawing them carry the code to paint them: a
            // match arm is reached at run time as far as the linker knows.
            Shape::Dot { center, radius, paint } if DRAWS_MARKS => {
                let r = radius.round().max(1.0) as i32;
                let pen = Pen { color: color(theme, *paint), width: 1 };
                backend.draw_circle(pt(*center), r.max(0) as u32, &pen, true).map_err(err)?;
            }
            Shape::Polygon { points, paint } if DRAWS_MARKS => {
                backend.fill_polygon(points.iter().copied().map(pt), &color(theme, *paint)).map_err(err)?;
            }
            Shape::Dot { .. } | Shape::Polygon { .. } => {}
            Shape::Text { text, pos, font, paint, align, .. } => {
                let face = TextFace { font: *font, color: color(theme, *paint), align: *align };
                backend.draw_text(text, &face, pt(*pos)).map_err(err)?;
            }
        }
    }
    Ok(())
}

/// Splits a line into dash segments (the whole line when `dash` is `None`).
pub fn dashes(from: (f64, f64), to: (f64, f64), dash: Option<f64>) -> Vec<((f64, f64), (f64, f64))> {
    let Some(dash) = dash.filter(|d| *d >= 1.0) else {
        return vec![(from, to)];
    };
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let len = (dx * dx + dy * dy).sqrt();
    if !len.is_finite() || len <= dash {
        return vec![(from, to)];
    }
    let n = ((len / dash).ceil() as usize).min(10_000);
    let mut segments = Vec::with_capacity(n.div_ceil(2));
    // Every other dash-length piece, from the start.
    for k in (0..n).filter(|k| k % 2 == 0) {
        let t0 = k as f64 * dash / len;
        let t1 = ((k + 1) as f64 * dash / len).min(1.0);
        segments.push(((from.0 + dx * t0, from.1 + dy * t0), (from.0 + dx * t1, from.1 + dy * t1)));
    }
    segments
}

/// The CSS `font` shorthand the canvas backend sets for a font, so measuring matches drawing.
pub fn css_font(font: Font) -> String {
    css_font_styled(if font.bold { "bold" } else { "normal" }, font.size)
}

/// The CSS `font` shorthand in the charts' family for a style word (`normal`, `bold`, `italic`,
/// `oblique`, as plotters' `FontStyle::as_str` gives them) and a size in px.
pub fn css_font_styled(style: &str, size: f64) -> String {
    format!("{style} {}px {FONT_FAMILY}", crate::format::number(size))
}
