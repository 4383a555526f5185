//! The backend's own drawing paths, in the browser: outlines, crisp lines and turned text
//! (the views draw no turned text today; plotters may hand any backend some).

use plotters::prelude::*;
use plotters::style::{FontStyle, FontTransform};
use plotters_backend::{BackendCoord, DrawingBackend};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::{CanvasTarget, HiDpiCanvas};

wasm_bindgen_test_configure!(run_in_browser);

/// A `width` × `height` CSS px canvas with a backing store `dpr` times as large, prepared for
/// drawing.
struct Canvas {
    target: CanvasTarget,
    canvas: HtmlCanvasElement,
    size: (u32, u32),
    dpr: f64,
}

impl Canvas {
    /// A backend drawing the next frame.
    fn frame(&mut self) -> HiDpiCanvas<'_> {
        self.target.frame(self.size, self.dpr)
    }
}

fn canvas(width: u32, height: u32, dpr: f64) -> (Canvas, CanvasRenderingContext2d) {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document.create_element("canvas").unwrap().dyn_into().unwrap();
    canvas.set_width((f64::from(width) * dpr) as u32);
    canvas.set_height((f64::from(height) * dpr) as u32);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let target = CanvasTarget::new(canvas.clone(), ctx.clone()).unwrap();
    (Canvas { target, canvas, size: (width, height), dpr }, ctx)
}

/// A backend for one frame on a new canvas (see [`canvas`]).
macro_rules! backend {
    ($canvas:ident, $ctx:ident = $width:expr, $height:expr, $dpr:expr) => {
        let (mut fixture, $ctx) = canvas($width, $height, $dpr);
        #[allow(unused_mut)]
        let mut $canvas = fixture.frame();
    };
}

/// The alpha of the backing-store pixel at (x, y).
fn alpha(ctx: &CanvasRenderingContext2d, (x, y): BackendCoord) -> u8 {
    ctx.get_image_data(f64::from(x), f64::from(y), 1.0, 1.0).unwrap().data()[3]
}

/// The bounding box (x0, y0, x1, y1) of every inked backing-store pixel.
fn ink_box(ctx: &CanvasRenderingContext2d, width: u32, height: u32) -> (u32, u32, u32, u32) {
    let data = ctx.get_image_data(0.0, 0.0, f64::from(width), f64::from(height)).unwrap().data();
    let mut bounds = (u32::MAX, u32::MAX, 0, 0);
    for (i, px) in data.chunks_exact(4).enumerate() {
        if px[3] > 0 {
            let (x, y) = (i as u32 % width, i as u32 / width);
            bounds = (bounds.0.min(x), bounds.1.min(y), bounds.2.max(x), bounds.3.max(y));
        }
    }
    bounds
}

#[wasm_bindgen_test]
fn an_outline_is_stroked_in_css_px_and_left_hollow() {
    backend!(canvas, ctx = 60, 40, 2.0);
    canvas.draw_rect((10, 10), (40, 30), &RED.stroke_width(2), false).unwrap();
    // At a ratio of 2 the left edge at x = 10 CSS px is at backing x = 20.
    assert_eq!(alpha(&ctx, (20, 40)), 255, "left edge inked");
    assert_eq!(alpha(&ctx, (50, 40)), 0, "inside left empty");
    assert_eq!(alpha(&ctx, (100, 40)), 0, "right of the outline empty");
}

#[wasm_bindgen_test]
fn a_vertical_one_px_line_covers_one_pixel_column() {
    backend!(canvas, ctx = 40, 40, 1.0);
    canvas.draw_line((20, 5), (20, 35), &BLACK.stroke_width(1)).unwrap();
    // Half a pixel to the left of x = 20: column 19, fully, and nothing of column 20.
    assert_eq!(alpha(&ctx, (19, 20)), 255);
    assert_eq!(alpha(&ctx, (20, 20)), 0);
}

#[wasm_bindgen_test]
fn a_horizontal_one_px_chart_line_covers_one_pixel_row() {
    // A scene's line, painted the way every view paints its grid lines and leaders.
    backend!(canvas, ctx = 40, 40, 1.0);
    let area = canvas.into_drawing_area();
    let mut scene = crate::scene::Scene::new(40.0, 40.0);
    scene.line((5.0, 20.0), (35.0, 20.0), crate::scene::Paint::Text, 1.0);
    crate::draw::paint(&area, &scene, &crate::theme::LIGHT).unwrap();
    assert_eq!(alpha(&ctx, (20, 19)), 255, "row 19 fully inked");
    assert_eq!(alpha(&ctx, (20, 20)), 0, "row 20 untouched");
}

#[wasm_bindgen_test]
fn turned_text_runs_down_the_canvas_and_the_pen_survives_it() {
    backend!(canvas, ctx = 120, 120, 1.0);
    let font = ("sans-serif", 16).into_font().color(&BLACK);
    canvas.draw_text("MMMMMM", &font.transform(FontTransform::Rotate90), (60, 10)).unwrap();
    let (x0, y0, x1, y1) = ink_box(&ctx, 120, 120);
    assert!(y1 - y0 > 3 * (x1 - x0), "taller than wide: ({x0}, {y0})–({x1}, {y1})");
    assert!(x1 <= 60 && y0 >= 10, "turned about its anchor: ({x0}, {y0})–({x1}, {y1})");
    // Unturned text drawn next, in the same font, runs across again.
    ctx.clear_rect(0.0, 0.0, 120.0, 120.0);
    canvas.draw_text("MMMMMM", &font, (5, 60)).unwrap();
    let (x0, y0, x1, y1) = ink_box(&ctx, 120, 120);
    assert!(x1 - x0 > 3 * (y1 - y0), "wider than tall: ({x0}, {y0})–({x1}, {y1})");
}

#[wasm_bindgen_test]
fn slanted_text_is_set_in_an_italic_font_and_the_next_plain_text_is_not() {
    backend!(canvas, ctx = 120, 40, 1.0);
    let plain = ("sans-serif", 14).into_font().color(&BLACK);
    let italic = ("sans-serif", 14).into_font().style(FontStyle::Italic).color(&BLACK);
    canvas.draw_text("Slanted", &italic, (5, 20)).unwrap();
    assert!(ctx.font().starts_with("italic 14px"), "{}", ctx.font());
    canvas.draw_text("Upright", &plain, (5, 20)).unwrap();
    assert!(!ctx.font().contains("italic"), "{}", ctx.font());
}

/// Every backing-store pixel's RGBA.
fn pixels(ctx: &CanvasRenderingContext2d, canvas: &HtmlCanvasElement) -> Vec<u8> {
    let (w, h) = (f64::from(canvas.width()), f64::from(canvas.height()));
    ctx.get_image_data(0.0, 0.0, w, h).unwrap().data().to_vec()
}

/// Draws one frame: a filled rectangle in `fill`, then `texts` one below the other in `font`.
fn draw(fixture: &mut Canvas, fill: RGBColor, texts: &[&str], font: u32) {
    let mut frame = fixture.frame();
    frame.draw_rect((0, 0), (10, 10), &fill.filled(), true).unwrap();
    let style = ("sans-serif", font).into_font().color(&BLACK);
    for (i, text) in texts.iter().enumerate() {
        frame.draw_text(text, &style, (5, 15 + 20 * i as i32)).unwrap();
    }
}

/// Clears the backing store (not the context's state).
fn clear(ctx: &CanvasRenderingContext2d) {
    ctx.clear_rect(0.0, 0.0, 1e4, 1e4);
}

#[wasm_bindgen_test]
fn a_frame_after_others_draws_what_a_first_frame_draws() {
    // The frame drawn last on a fresh canvas.
    let (mut fresh, fresh_ctx) = canvas(160, 100, 2.0);
    draw(&mut fresh, BLUE, &["Alpha", "Gamma", "Delta"], 14);
    let expected = pixels(&fresh_ctx, &fresh.canvas);

    // The same frame after frames with other texts (the one just before differs in its second),
    // fewer and more of them, other colours and another font, and the canvas resized (which
    // resets the context's state) in between.
    let (mut reused, ctx) = canvas(160, 100, 2.0);
    draw(&mut reused, RED, &["Alpha", "Beta", "Delta", "Epsilon"], 12);
    reused.canvas.set_width(100);
    draw(&mut reused, GREEN, &["Omega", "Beta"], 12);
    draw(&mut reused, BLUE, &["Alpha", "Beta", "Delta"], 14);
    reused.canvas.set_width(320);
    draw(&mut reused, BLUE, &["Alpha", "Gamma", "Delta"], 14);
    assert!(pixels(&ctx, &reused.canvas) == expected, "the last frame as on a fresh canvas");

    // And drawn again over a cleared canvas, the same.
    clear(&ctx);
    draw(&mut reused, BLUE, &["Alpha", "Gamma", "Delta"], 14);
    assert!(pixels(&ctx, &reused.canvas) == expected, "the same frame again");
}
