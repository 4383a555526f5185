//! The JavaScript API: `AllianceChart`, drawing, views, themes and picking. Its data API
//! (`setData`, `getData`, `defaultDataset()`, `validateDataset()`) is in `data.rs`, in the
//! full build only. Each export decodes its input, calls the core and maps errors to a JS `Error`.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::canvas::CanvasTarget;
use super::data::{embedded_dataset, read_given};
use super::measure::{CanvasMeasure, WidthCache};
use super::to_js;
use crate::chart::Chart;
use crate::dataset::model::Dataset;
use crate::draw::paint;
use crate::theme::{Theme, ThemeName};
use crate::view::ViewId;
use plotters::prelude::IntoDrawingArea;

// The page's devicePixelRatio read in one line of JS, 1 where there is none (a worker): smaller
// in the wasm and its glue than finding the global object through `web_sys::window()`.
#[wasm_bindgen(
    inline_js = "export function device_pixel_ratio() { return globalThis.devicePixelRatio || 1; }"
)]
extern "C" {
    fn device_pixel_ratio() -> f64;
}

/// Largest backing store drawn, in device pixels: browsers refuse or silently blank canvases
/// beyond a few hundred megapixels, and memory runs out well before.
const MAX_BACKING_PIXELS: f64 = 32.0 * 1024.0 * 1024.0;

/// Largest backing-store side, in device pixels.
const MAX_BACKING_SIDE: f64 = 16_384.0;

/// The device pixels per CSS px to draw at: the requested ratio, lowered so the backing store
/// stays within the limits (a huge canvas is drawn softer rather than not at all).
fn backing_scale(w: u32, h: u32, dpr: f64) -> f64 {
    let dpr = if dpr.is_finite() && dpr > 0.0 { dpr.min(8.0) } else { 1.0 };
    let (w, h) = (f64::from(w.max(1)), f64::from(h.max(1)));
    let by_side = MAX_BACKING_SIDE / w.max(h);
    let by_area = (MAX_BACKING_PIXELS / (w * h)).sqrt();
    dpr.min(by_side).min(by_area)
}

/// The dataset as the page gave it, as JSON text; `None` for the embedded dataset in a build
/// without a reader (the full build keeps the embedded dataset's text too). `getData`
/// hands back a copy of it rather than re-serialising the typed dataset (which would ship
/// serializer code), `setData` recognises the data on screen by it, and later changes to the
/// page's object do not alter it.
pub(super) type Snapshot = Option<js_sys::JsString>;

/// The dataset a chart starts with: the page's, read and validated (`data.rs`: the survey
/// build refuses it), or the embedded one.
fn initial_dataset(given: Option<JsValue>) -> Result<(Dataset, Snapshot), JsError> {
    match given {
        Some(value) => read_given(&value).map(|(dataset, text)| (dataset, Some(text))),
        None => embedded_dataset(),
    }
}

/// Size used for `toSvg()` when the canvas has no size of its own (hidden).
#[cfg(feature = "exports")]
const FALLBACK_SIZE: (f64, f64) = (800.0, 500.0);

fn option(options: &JsValue, key: &str) -> Option<JsValue> {
    if !options.is_object() {
        return None;
    }
    Reflect::get(options, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

fn string_option(options: &JsValue, key: &str) -> Result<Option<String>, JsError> {
    match option(options, key) {
        None => Ok(None),
        Some(v) => {
            v.as_string().map(Some).ok_or_else(|| JsError::new(&format!("options.{key} must be a string")))
        }
    }
}

fn theme_named(name: &str) -> Result<ThemeName, JsError> {
    ThemeName::parse(name)
        .ok_or_else(|| JsError::new(&format!("unknown theme \"{name}\"; the themes are: light, dark")))
}

fn context(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, JsError> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| JsError::new("the canvas has no 2D context (is it already used for WebGL?)"))
}

/// Prepares a canvas, whose 2D context is `ctx`, for drawing.
fn target(canvas: &HtmlCanvasElement, ctx: &CanvasRenderingContext2d) -> Result<CanvasTarget, JsError> {
    CanvasTarget::new(canvas.clone(), ctx.clone())
        .ok_or_else(|| JsError::new("the canvas could not be prepared for drawing"))
}

/// Paints a scene laid out at `w` × `h` CSS px on a canvas, at `dpr` device pixels per CSS
/// px (lowered for a huge canvas), resizing its backing store to match.
fn paint_on(
    canvas: &HtmlCanvasElement,
    target: &mut CanvasTarget,
    (w, h): (u32, u32),
    dpr: f64,
    scene: &crate::scene::Scene,
    theme: ThemeName,
) -> Result<(), JsError> {
    let dpr = backing_scale(w, h, dpr);
    let (bw, bh) = ((f64::from(w) * dpr).round() as u32, (f64::from(h) * dpr).round() as u32);
    if canvas.width() != bw || canvas.height() != bh {
        canvas.set_width(bw);
        canvas.set_height(bh);
    }
    let area = target.frame((w, h), dpr).into_drawing_area();
    paint(&area, scene, Theme::of(theme)).map_err(|e| JsError::new(&e.to_string()))
}

/// A comparison chart drawn on a `<canvas>`.
#[wasm_bindgen]
pub struct AllianceChart {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    /// The canvas as every frame draws on it.
    target: CanvasTarget,
    pub(super) chart: Chart,
    theme: ThemeName,
    /// The dataset as the page gave it (read by the full build's data API only).
    #[cfg_attr(not(feature = "datasets"), allow(dead_code))]
    pub(super) snapshot: Snapshot,
    /// Text widths measured on this chart's canvas, reused by later layouts.
    widths: WidthCache,
}

#[wasm_bindgen]
impl AllianceChart {
    /// Draws the embedded dataset (or `options.dataset`) on `canvas` at once.
    /// Options: `view` (default `"survey"`), `theme` (`"light"` or `"dark"`), `dataset`
    /// (the full build only: the survey build throws for it).
    #[wasm_bindgen(constructor)]
    pub fn new(canvas: JsValue, options: JsValue) -> Result<AllianceChart, JsError> {
        #[cfg(feature = "console_error_panic_hook")]
        console_error_panic_hook::set_once();
        let canvas: HtmlCanvasElement =
            canvas.dyn_into().map_err(|_| JsError::new("AllianceChart needs an HTMLCanvasElement"))?;
        let ctx = context(&canvas)?;
        let target = target(&canvas, &ctx)?;
        let (dataset, snapshot) = initial_dataset(option(&options, "dataset"))?;
        let mut chart = Chart::new(dataset);
        if let Some(view) = string_option(&options, "view")? {
            chart.set_view(ViewId::parse(&view)?.require_built()?);
        }
        let theme = match string_option(&options, "theme")? {
            Some(name) => theme_named(&name)?,
            None => ThemeName::Light,
        };
        let mut this =
            AllianceChart { canvas, ctx, target, chart, theme, snapshot, widths: WidthCache::default() };
        this.render()?;
        Ok(this)
    }

    /// Switches to the view with this id and redraws; throws for an unknown id.
    #[wasm_bindgen(js_name = setView)]
    pub fn set_view(&mut self, id: &str) -> Result<(), JsError> {
        #[cfg(feature = "trap-test")]
        if id == "trap" {
            core::arch::wasm32::unreachable();
        }
        self.chart.set_view(ViewId::parse(id)?.require_built()?);
        self.render()
    }

    /// The id of the view shown.
    #[wasm_bindgen(getter)]
    pub fn view(&self) -> String {
        self.chart.view().id().to_string()
    }

    /// The ids of every view, in tab order.
    #[wasm_bindgen(unchecked_return_type = "string[]")]
    pub fn views(&self) -> js_sys::Array {
        to_js::ids(ViewId::ALL.into_iter())
    }

    /// The ids of the views this build draws: all of them in the full build (`pkg/`), the
    /// survey alone in the survey-only build the element loads first.
    #[wasm_bindgen(js_name = builtViews, unchecked_return_type = "string[]")]
    pub fn built_views() -> js_sys::Array {
        to_js::ids(ViewId::built())
    }

    /// Switches between the `"light"` and `"dark"` themes and redraws.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, name: &str) -> Result<(), JsError> {
        self.theme = theme_named(name)?;
        self.render()
    }

    /// Redraws at the canvas's current CSS size and devicePixelRatio. Call it after the
    /// canvas is resized; a hidden (0×0) canvas is left alone.
    pub fn render(&mut self) -> Result<(), JsError> {
        let (w, h) = (self.canvas.client_width().max(0) as u32, self.canvas.client_height().max(0) as u32);
        if w == 0 || h == 0 {
            return Ok(());
        }
        let dpr = device_pixel_ratio();
        let measure = CanvasMeasure::new(&self.ctx, &self.widths);
        let scene = self.chart.layout(f64::from(w), f64::from(h), &measure);
        paint_on(&self.canvas, &mut self.target, (w, h), dpr, scene, self.theme)
    }

    /// Draws the current view on another canvas at `width` × `height` CSS px and `scale`
    /// device pixels per CSS px (2 for a sharp PNG export). The chart's own canvas and
    /// hit regions are untouched.
    #[cfg(feature = "exports")]
    #[wasm_bindgen(js_name = drawOn)]
    pub fn draw_on(&self, canvas: JsValue, width: u32, height: u32, scale: f64) -> Result<(), JsError> {
        let canvas: HtmlCanvasElement =
            canvas.dyn_into().map_err(|_| JsError::new("drawOn needs an HTMLCanvasElement"))?;
        let ctx = context(&canvas)?;
        let (w, h) = (width.clamp(1, 8192), height.clamp(1, 8192));
        // A layout of its own: what pick() sees on screen stays the chart's.
        let measure = CanvasMeasure::new(&ctx, &self.widths);
        let scene =
            crate::layout::layout(self.chart.view(), self.chart.dataset(), w.into(), h.into(), &measure);
        paint_on(&canvas, &mut target(&canvas, &ctx)?, (w, h), scale, &scene, self.theme)
    }

    /// A one-paragraph description of the current view, for the canvas's `aria-label`.
    pub fn summary(&self) -> String {
        crate::summary::summary(self.chart.dataset(), self.chart.view())
    }

    /// The current view's data as `{caption, columns, rows}` with sources, for a data
    /// table beside the canvas.
    pub fn table(&self) -> Result<JsValue, JsError> {
        let table = crate::table::table(self.chart.dataset(), self.chart.view());
        Ok(to_js::data_table(&table).into())
    }

    /// The current view's data as CSV text, with its sources.
    #[cfg(feature = "exports")]
    #[wasm_bindgen(js_name = toCsv)]
    pub fn to_csv(&self) -> String {
        crate::table::to_csv(&crate::table::table(self.chart.dataset(), self.chart.view()))
    }

    /// The height in CSS px at which the current view fits at its normal type size for the
    /// canvas's current width, or `undefined` when the view fits any height.
    #[wasm_bindgen(js_name = preferredHeight)]
    pub fn preferred_height(&self) -> Option<f64> {
        let width = f64::from(self.canvas.client_width());
        if width <= 0.0 {
            return None;
        }
        self.chart.preferred_height(width, &CanvasMeasure::new(&self.ctx, &self.widths))
    }

    /// How many data points the drawn view has, for keyboard navigation.
    #[wasm_bindgen(js_name = hitCount)]
    pub fn hit_count(&self) -> usize {
        self.chart.hit_count()
    }

    /// The `index`-th data point in reading order: `{x, y, width, height}` of its region
    /// in CSS px plus the fields `pick` returns, or `undefined`.
    pub fn hit(&self, index: usize) -> JsValue {
        let Some((rect, info)) = self.chart.hit(index) else {
            return JsValue::UNDEFINED;
        };
        let value = to_js::datum_info(&info);
        to_js::set_rect(&value, rect);
        value.into()
    }

    /// Every line of text the drawn view shows, as `{text, x, y, width, height}` in CSS px
    /// (widths measured on this canvas), so a page or a test can check that no text leaves
    /// its box in this browser.
    #[cfg(feature = "exports")]
    #[wasm_bindgen(js_name = textBoxes)]
    pub fn text_boxes(&self) -> js_sys::Array {
        self.chart.text_boxes().map(|(text, rect)| JsValue::from(to_js::text_box(text, rect))).collect()
    }

    /// The datum under a point given in CSS px from the canvas's top-left corner, or
    /// `undefined`: `{kind, index, label, side, value, date, sources, quote}`.
    pub fn pick(&self, x: f64, y: f64) -> JsValue {
        let Some(info) = self.chart.pick(x, y) else {
            return JsValue::UNDEFINED;
        };
        to_js::datum_info(&info).into()
    }

    /// The current view as an SVG document, written from the same layout as the canvas.
    #[cfg(feature = "exports")]
    #[wasm_bindgen(js_name = toSvg)]
    pub fn to_svg(&self) -> String {
        let (w, h) = (f64::from(self.canvas.client_width()), f64::from(self.canvas.client_height()));
        let (w, h) = if w > 0.0 && h > 0.0 { (w, h) } else { FALLBACK_SIZE };
        let measure = CanvasMeasure::new(&self.ctx, &self.widths);
        self.chart.to_svg(w, h, &measure, Theme::of(self.theme))
    }
}
