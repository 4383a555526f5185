//! Text measured by the canvas itself (`measureText`), so layout matches what is drawn
//! without plotters' DOM-span measurement and its forced layouts.

use std::cell::RefCell;

use web_sys::CanvasRenderingContext2d;

use crate::draw::css_font;
use crate::text::{Font, TextMeasure};

/// Widths measured so far, kept by a chart across layouts: laying the same labels out again
/// (a resize, an unchanged dataset, another view and back) asks the canvas nothing.
/// Sorted by (font size bits, bold, text) for binary search.
#[derive(Default)]
pub struct WidthCache(RefCell<Vec<Entry>>);

/// A measured width: font size bits, bold, text, width in CSS px.
type Entry = (u64, bool, Box<str>, f64);

/// Most widths kept; past it the cache starts afresh (a dataset of many distinct labels).
const CAPACITY: usize = 4096;

impl WidthCache {
    fn find(entries: &[Entry], font: Font, text: &str) -> Result<usize, usize> {
        let key = (font.size.to_bits(), font.bold, text);
        entries.binary_search_by(|(size, bold, t, _)| (*size, *bold, &**t).cmp(&key))
    }

    fn get(&self, font: Font, text: &str) -> Option<f64> {
        let entries = self.0.borrow();
        Self::find(&entries, font, text).ok().and_then(|i| entries.get(i)).map(|e| e.3)
    }

    fn put(&self, font: Font, text: &str, width: f64) {
        let mut entries = self.0.borrow_mut();
        if entries.len() >= CAPACITY {
            entries.clear();
        }
        if let Err(i) = Self::find(&entries, font, text) {
            entries.insert(i, (font.size.to_bits(), font.bold, text.into(), width));
        }
    }
}

/// Measures with a canvas context through a [`WidthCache`], setting the context's font only
/// when it changes.
pub struct CanvasMeasure<'a> {
    ctx: &'a CanvasRenderingContext2d,
    cache: &'a WidthCache,
    font: RefCell<Option<Font>>,
}

impl<'a> CanvasMeasure<'a> {
    /// A measurer on this context, remembering widths in `cache`.
    pub fn new(ctx: &'a CanvasRenderingContext2d, cache: &'a WidthCache) -> Self {
        Self { ctx, cache, font: RefCell::new(None) }
    }
}

impl TextMeasure for CanvasMeasure<'_> {
    fn width(&self, text: &str, font: Font) -> f64 {
        if let Some(width) = self.cache.get(font, text) {
            return width;
        }
        let mut current = self.font.borrow_mut();
        if *current != Some(font) {
            self.ctx.set_font(&css_font(font));
            *current = Some(font);
        }
        let width = self.ctx.measure_text(text).map(|m| m.width()).unwrap_or(0.0);
        self.cache.put(font, text, width);
        width
    }
}
