//! A HiDPI drawing backend: plotters-canvas drawing in CSS px on a backing store of
//! CSS size × devicePixelRatio.
//!
//! plotters-canvas reports the backing-store size and draws one unit per backing pixel, so
//! at a ratio of 2 a chart would come out half-size or blurry. This wrapper reports the CSS
//! size and scales the context once. Rectangles, lines, paths and text go straight to the
//! context, setting `fillStyle`, `strokeStyle`, `lineWidth`, `font`, `textAlign` and
//! `textBaseline` only when they change: plotters-canvas sets each, from a freshly formatted
//! string, for every primitive, and its colour and font strings print floats with core's
//! formatting (about 3 KB of gzipped wasm), which this wrapper thereby leaves out. Circles
//! and polygons (timeline and forces views only) are drawn here the same way; only single
//! pixels, which no view draws, are plotters-canvas's own.
//!
//! A [`CanvasTarget`] keeps, for every frame drawn on one canvas, its context, plotters-canvas's
//! backend and the JS strings the frames hand the context ([`JsStrings`]): colours, fonts,
//! keywords and the texts of the last frame. Drawing the same scene again then formats and
//! decodes no string and sets up no backend. The context state a frame tracks starts unknown
//! at every frame: a resize or another user of the context may have reset or changed it.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use plotters_canvas::CanvasBackend;
use std::f64::consts::TAU;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::format::number;
use strings::{Color, Context, JsStrings};

mod strings;

/// A `fillText` or `measureText` call that threw. A type of its own rather than a message
/// string: plotters boxes it as an error, and a boxed `String` would bring in formatting code.
#[derive(Debug)]
struct TextRefused;

impl std::fmt::Display for TextRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the canvas refused to draw or measure text")
    }
}

impl std::error::Error for TextRefused {}

/// The context state this wrapper last set; `None` is unknown (plotters-canvas may have
/// changed it).
#[derive(Default)]
struct ContextState {
    fill: Option<Color>,
    stroke: Option<Color>,
    line_width: Option<u32>,
    /// Size (its bits) and style (`FontStyle as u8`).
    font: Option<(u64, u8)>,
    align: Option<&'static str>,
    baseline: Option<&'static str>,
}

/// Records `value` in `slot` and says whether it differs from what was there: the context
/// property needs setting only then.
fn changed<T: PartialEq>(slot: &mut Option<T>, value: T) -> bool {
    if slot.as_ref() == Some(&value) {
        return false;
    }
    *slot = Some(value);
    true
}

/// A canvas prepared once for every frame drawn on it: its 2D context (the same object for
/// the canvas's lifetime, through resizes and a lost context), plotters-canvas's backend on it
/// and the strings the frames reuse.
pub struct CanvasTarget {
    ctx: CanvasRenderingContext2d,
    inner: CanvasBackend,
    strings: JsStrings,
}

impl CanvasTarget {
    /// Prepares a canvas whose 2D context is `ctx`.
    pub fn new(canvas: HtmlCanvasElement, ctx: CanvasRenderingContext2d) -> Option<Self> {
        let inner = CanvasBackend::with_canvas_object(canvas)?;
        Some(Self { ctx, inner, strings: JsStrings::default() })
    }

    /// A backend drawing one frame at `css_size` on the canvas, whose backing store is already
    /// CSS size × `dpr`; it scales the context.
    pub fn frame(&mut self, css_size: (u32, u32), dpr: f64) -> HiDpiCanvas<'_> {
        let Self { ctx, inner, strings } = self;
        let js: &Context = ctx.unchecked_ref();
        js.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
        HiDpiCanvas { inner, ctx, js, css_size, state: ContextState::default(), strings, texts: 0 }
    }
}

/// plotters-canvas, seen at CSS-pixel size: one frame on a [`CanvasTarget`].
pub struct HiDpiCanvas<'a> {
    inner: &'a mut CanvasBackend,
    ctx: &'a CanvasRenderingContext2d,
    /// The same context, through this module's own bindings.
    js: &'a Context,
    css_size: (u32, u32),
    state: ContextState,
    strings: &'a mut JsStrings,
    /// Texts drawn so far in this frame.
    texts: usize,
}

impl Drop for HiDpiCanvas<'_> {
    /// Forgets the texts of the last frame beyond those this one drew.
    fn drop(&mut self) {
        self.strings.keep_texts(self.texts);
    }
}

impl HiDpiCanvas<'_> {
    fn set_fill(&mut self, color: BackendColor) {
        if changed(&mut self.state.fill, (color.rgb, color.alpha)) {
            if let Some(value) = self.strings.color((color.rgb, color.alpha)) {
                self.js.set_fill_style(value);
            }
        }
    }

    fn set_line(&mut self, color: BackendColor, width: u32) {
        if changed(&mut self.state.stroke, (color.rgb, color.alpha)) {
            if let Some(value) = self.strings.color((color.rgb, color.alpha)) {
                self.js.set_stroke_style(value);
            }
        }
        if changed(&mut self.state.line_width, width) {
            self.ctx.set_line_width(f64::from(width));
        }
    }

    /// Traces an open polyline from `start` through `rest` as the context's current path.
    fn trace(&self, start: BackendCoord, rest: impl Iterator<Item = BackendCoord>) {
        self.ctx.begin_path();
        self.ctx.move_to(f64::from(start.0), f64::from(start.1));
        for next in rest {
            self.ctx.line_to(f64::from(next.0), f64::from(next.1));
        }
    }

    /// Fills the current path, or strokes it `width` px wide.
    fn paint(&mut self, color: BackendColor, width: u32, fill: bool) {
        if fill {
            self.set_fill(color);
            self.ctx.fill();
        } else {
            self.set_line(color, width);
            self.ctx.stroke();
        }
    }

    /// Lets plotters-canvas draw: afterwards the context's state is unknown.
    fn by_plotters(&mut self) -> &mut CanvasBackend {
        self.state = ContextState::default();
        self.inner
    }
}

type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;
type Result<T> = std::result::Result<T, DrawingErrorKind<CanvasError>>;

impl DrawingBackend for HiDpiCanvas<'_> {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.css_size
    }

    fn ensure_prepared(&mut self) -> Result<()> {
        Ok(())
    }

    fn present(&mut self) -> Result<()> {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<()> {
        self.by_plotters().draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result<()> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        // A horizontal or vertical line moves half a pixel up or left onto the pixel centres,
        // so that a 1 px line covers one row or column of pixels instead of blurring into two.
        let nudge = |a: i32, b: i32| if a == b { f64::from(a) - 0.5 } else { f64::from(a) };
        self.set_line(color, style.stroke_width());
        self.ctx.begin_path();
        self.ctx.move_to(nudge(from.0, to.0), nudge(from.1, to.1));
        self.ctx.line_to(nudge(to.0, from.0), nudge(to.1, from.1));
        self.ctx.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        ul: BackendCoord,
        br: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<()> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (x0, y0) = (f64::from(ul.0), f64::from(ul.1));
        let (w, h) = (f64::from(br.0) - x0, f64::from(br.1) - y0);
        if fill {
            self.set_fill(color);
            self.ctx.fill_rect(x0, y0, w, h);
        } else {
            self.set_line(color, style.stroke_width());
            self.ctx.stroke_rect(x0, y0, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<()> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let mut path = path.into_iter();
        let Some(start) = path.next() else {
            return Ok(());
        };
        self.trace(start, path);
        self.paint(color, style.stroke_width(), false);
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<()> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.ctx.begin_path();
        // `arc` throws only for a negative radius, which a `u32` cannot be.
        let _ = self.ctx.arc(f64::from(center.0), f64::from(center.1), f64::from(radius), 0.0, TAU);
        self.paint(color, style.stroke_width(), fill);
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<()> {
        let color = style.color();
        let mut vert = vert.into_iter();
        let Some(start) = vert.next().filter(|_| color.alpha > 0.0) else {
            return Ok(());
        };
        self.trace(start, vert);
        self.ctx.close_path();
        self.paint(color, 0, true);
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, pos: BackendCoord) -> Result<()> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        // The charts use one family (draw::FONT_FAMILY), so size and style name the font.
        let (size, face) = (style.size(), style.style());
        if changed(&mut self.state.font, (size.to_bits(), face as u8)) {
            if let Some(value) = self.strings.font(size, face) {
                self.js.set_font(value);
            }
        }
        let anchor = style.anchor();
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if changed(&mut self.state.baseline, baseline) {
            if let Some(value) = self.strings.word(baseline) {
                self.js.set_text_baseline(value);
            }
        }
        let align = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        if changed(&mut self.state.align, align) {
            if let Some(value) = self.strings.word(align) {
                self.js.set_text_align(value);
            }
        }
        self.set_fill(color);
        let (x, y) = (f64::from(pos.0), f64::from(pos.1));
        let quarter_turns = match style.transform() {
            FontTransform::None => 0,
            FontTransform::Rotate90 => 1,
            FontTransform::Rotate180 => 2,
            FontTransform::Rotate270 => 3,
        };
        let index = self.texts;
        self.texts += 1;
        let Some(text) = self.strings.text(index, text) else {
            return Ok(());
        };
        if quarter_turns == 0 {
            self.js.fill_text(text, x, y);
            return Ok(());
        }
        // Turned about its anchor; restore() brings back the context state as saved here.
        self.ctx.save();
        let turned = self
            .ctx
            .translate(x, y)
            .and_then(|()| self.ctx.rotate(f64::from(quarter_turns) * std::f64::consts::FRAC_PI_2))
            .map(|()| self.js.fill_text(text, 0.0, 0.0));
        self.ctx.restore();
        turned.map_err(|_| DrawingErrorKind::FontError(Box::new(TextRefused)))
    }

    fn estimate_text_size<T: BackendTextStyle>(&self, text: &str, style: &T) -> Result<(u32, u32)> {
        // Measures in the style's font, then puts back the font the state knows is set.
        let previous = self.ctx.font();
        self.ctx.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            number(style.size()),
            style.family().as_str()
        ));
        let m = self.ctx.measure_text(text);
        self.ctx.set_font(&previous);
        let m = m.map_err(|_| DrawingErrorKind::FontError(Box::new(TextRefused)))?;
        let h = m.font_bounding_box_ascent() + m.font_bounding_box_descent();
        Ok((m.width().ceil() as u32, h.ceil() as u32))
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;
