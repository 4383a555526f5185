//! A HiDPI drawing backend: plotters-canvas drawing in CSS px on a backing store of
//! CSS size × devicePixelRatio.
//!
//! plotters-canvas reports the backing-store size and draws one unit per backing pixel, so
//! at a ratio of 2 a chart would come out half-size or blurry. This wrapper reports the CSS
//! size, scales the context once, and fills rectangles with `fillRect` directly, setting
//! `fillStyle` only when the colour changes.

use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// plotters-canvas, seen at CSS-pixel size.
pub struct HiDpiCanvas {
    inner: CanvasBackend,
    ctx: CanvasRenderingContext2d,
    css_size: (u32, u32),
    fill: Option<((u8, u8, u8), f64)>,
}

impl HiDpiCanvas {
    /// Wraps a canvas whose backing store is already CSS size × `dpr`, and scales its context.
    pub fn new(
        canvas: HtmlCanvasElement,
        ctx: CanvasRenderingContext2d,
        css_size: (u32, u32),
        dpr: f64,
    ) -> Option<Self> {
        ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0).ok()?;
        let inner = CanvasBackend::with_canvas_object(canvas)?;
        Some(Self { inner, ctx, css_size, fill: None })
    }

    fn set_fill(&mut self, color: BackendColor) {
        let key = (color.rgb, color.alpha);
        if self.fill != Some(key) {
            let (r, g, b) = color.rgb;
            let css = if color.alpha >= 1.0 {
                format!("rgb({r},{g},{b})")
            } else {
                format!("rgba({r},{g},{b},{})", color.alpha)
            };
            self.ctx.set_fill_style_str(&css);
            self.fill = Some(key);
        }
    }
}

type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;
type Result<T> = std::result::Result<T, DrawingErrorKind<CanvasError>>;

impl DrawingBackend for HiDpiCanvas {
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
        self.fill = None;
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result<()> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        ul: BackendCoord,
        br: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<()> {
        if !fill {
            return self.inner.draw_rect(ul, br, style, fill);
        }
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.set_fill(color);
        let (x0, y0) = (f64::from(ul.0), f64::from(ul.1));
        self.ctx.fill_rect(x0, y0, f64::from(br.0) - x0, f64::from(br.1) - y0);
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<()> {
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<()> {
        self.fill = None;
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<()> {
        self.fill = None;
        self.inner.fill_polygon(vert, style)
    }

    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, pos: BackendCoord) -> Result<()> {
        self.fill = None;
        self.inner.draw_text(text, style, pos)
    }

    fn estimate_text_size<T: BackendTextStyle>(&self, text: &str, style: &T) -> Result<(u32, u32)> {
        self.ctx.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        ));
        let m = self
            .ctx
            .measure_text(text)
            .map_err(|_| DrawingErrorKind::FontError("measureText failed".into()))?;
        let h = m.font_bounding_box_ascent() + m.font_bounding_box_descent();
        Ok((m.width().ceil() as u32, h.ceil() as u32))
    }
}
