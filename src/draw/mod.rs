//! Drawing: a laid-out [`Scene`] painted through plotters on any `DrawingBackend` (the
//! browser canvas), or written as an SVG document ([`svg`]).

pub mod svg;

use plotters::coord::Shift;
use plotters::element::{Drawable, PointCollection};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;
use plotters_backend::{BackendCoord, DrawingErrorKind};

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

fn color(theme: &Theme, paint: Paint) -> RGBColor {
    let Rgb(r, g, b) = theme.color(paint);
    RGBColor(r, g, b)
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

/// The plotters text style of a font.
pub fn text_style(font: Font, paint: RGBColor, align: Align) -> TextStyle<'static> {
    let style = if font.bold { FontStyle::Bold } else { FontStyle::Normal };
    let h = match align {
        Align::Left => HPos::Left,
        Align::Center => HPos::Center,
        Align::Right => HPos::Right,
    };
    TextStyle {
        font: FontDesc::new(FontFamily::Name(FONT_FAMILY), font.size, style),
        color: paint.to_backend_color(),
        pos: Pos::new(h, VPos::Center),
    }
}

/// A straight line between two points, drawn with the backend's `draw_line` (a path would
/// miss the canvas backend's half-pixel alignment, which keeps a 1 px line one pixel wide).
struct Segment {
    ends: [(i32, i32); 2],
    style: ShapeStyle,
}

impl<'a> PointCollection<'a, (i32, i32)> for &'a Segment {
    type Point = &'a (i32, i32);
    type IntoIter = &'a [(i32, i32)];
    fn point_iter(self) -> &'a [(i32, i32)] {
        &self.ends
    }
}

impl<DB: DrawingBackend> Drawable<DB> for Segment {
    fn draw<I: Iterator<Item = BackendCoord>>(
        &self,
        mut points: I,
        backend: &mut DB,
        _: (u32, u32),
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        match (points.next(), points.next()) {
            (Some(from), Some(to)) => backend.draw_line(from, to, &self.style),
            _ => Ok(()),
        }
    }
}

/// Paints every shape of the scene, in order, onto the drawing area.
pub fn paint<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scene: &Scene,
    theme: &Theme,
) -> Result<(), DrawError> {
    let err = |e: DrawingAreaErrorKind<DB::ErrorType>| DrawError(e.to_string());
    for shape in &scene.shapes {
        match shape {
            Shape::Fill { rect, paint } => {
                let (x0, y0, x1, y1) = (px(rect.x), px(rect.y), px(rect.right()), px(rect.bottom()));
                if x1 > x0 && y1 > y0 {
                    area.draw(&Rectangle::new([(x0, y0), (x1, y1)], color(theme, *paint).filled()))
                        .map_err(err)?;
                }
            }
            Shape::Outline { rect, paint, width } => {
                let style = color(theme, *paint).stroke_width(width.round().max(1.0) as u32);
                area.draw(&Rectangle::new([pt((rect.x, rect.y)), pt((rect.right(), rect.bottom()))], style))
                    .map_err(err)?;
            }
            Shape::Line { from, to, paint, width, dash } => {
                let style = color(theme, *paint).stroke_width(width.round().max(1.0) as u32);
                for (a, b) in dashes(*from, *to, *dash) {
                    area.draw(&Segment { ends: [pt(a), pt(b)], style }).map_err(err)?;
                }
            }
            // Only builds that register a view drawing them carry the code to paint them: a
            // match arm is reached at run time as far as the linker knows.
            Shape::Dot { .. } | Shape::Polygon { .. } if DRAWS_MARKS => paint_mark(area, shape, theme)?,
            Shape::Dot { .. } | Shape::Polygon { .. } => {}
            Shape::Text { text, pos, font, paint, align, .. } => {
                let style = text_style(*font, color(theme, *paint), *align);
                area.draw_text(text, &style, pt(*pos)).map_err(err)?;
            }
        }
    }
    Ok(())
}

/// Paints a circle or a polygon.
fn paint_mark<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    shape: &Shape,
    theme: &Theme,
) -> Result<(), DrawError> {
    let err = |e: DrawingAreaErrorKind<DB::ErrorType>| DrawError(e.to_string());
    match shape {
        Shape::Dot { center, radius, paint } => {
            let r = radius.round().max(1.0) as i32;
            area.draw(&Circle::new(pt(*center), r, color(theme, *paint).filled())).map_err(err)
        }
        Shape::Polygon { points, paint } => {
            let points: Vec<(i32, i32)> = points.iter().copied().map(pt).collect();
            area.draw(&Polygon::new(points, color(theme, *paint).filled())).map_err(err)
        }
        _ => Ok(()),
    }
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

/// The CSS `font` shorthand plotters-canvas sets for a font, so measuring matches drawing.
pub fn css_font(font: Font) -> String {
    css_font_styled(if font.bold { "bold" } else { "normal" }, font.size)
}

/// The CSS `font` shorthand in the charts' family for a style word (`normal`, `bold`, `italic`,
/// `oblique`, as plotters' `FontStyle::as_str` gives them) and a size in px.
pub fn css_font_styled(style: &str, size: f64) -> String {
    format!("{style} {}px {FONT_FAMILY}", crate::format::number(size))
}
