//! Text measured by the canvas itself (`measureText`), so layout matches what is drawn
//! without plotters' DOM-span measurement and its forced layouts.

use std::cell::RefCell;

use web_sys::CanvasRenderingContext2d;

use crate::draw::css_font;
use crate::text::{Font, TextMeasure};

/// Measures with a canvas context, setting its font only when it changes.
pub struct CanvasMeasure<'a> {
    ctx: &'a CanvasRenderingContext2d,
    font: RefCell<Option<Font>>,
}

impl<'a> CanvasMeasure<'a> {
    /// A measurer on this context.
    pub fn new(ctx: &'a CanvasRenderingContext2d) -> Self {
        Self { ctx, font: RefCell::new(None) }
    }
}

impl TextMeasure for CanvasMeasure<'_> {
    fn width(&self, text: &str, font: Font) -> f64 {
        let mut current = self.font.borrow_mut();
        if *current != Some(font) {
            self.ctx.set_font(&css_font(font));
            *current = Some(font);
        }
        self.ctx.measure_text(text).map(|m| m.width()).unwrap_or(0.0)
    }
}
