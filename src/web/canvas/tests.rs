//! The backend's own drawing paths, in the browser: outlines, crisp lines and turned text
//! (the views draw no turned text today; plotters may hand any backend some).

use plotters::prelude::*;
use plotters::style::{FontStyle, FontTransform};
use plotters_backend::{BackendCoord, DrawingBackend};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::HiDpiCanvas;

wasm_bindgen_test_configure!(run_in_browser);

/// A `width` × `height` CSS px canvas with a backing store `dpr` times as large.
fn backend(width: u32, height: u32, dpr: f64) -> (HiDpiCanvas, CanvasRenderingContext2d) {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document.create_element("canvas").unwrap().dyn_into().unwrap();
    canvas.set_width((f64::from(width) * dpr) as u32);
    canvas.set_height((f64::from(height) * dpr) as u32);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    (HiDpiCanvas::new(canvas, ctx.clone(), (width, height), dpr).unwrap(), ctx)
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
    let (mut canvas, ctx) = backend(60, 40, 2.0);
    canvas.draw_rect((10, 10), (40, 30), &RED.stroke_width(2), false).unwrap();
    // At a ratio of 2 the left edge at x = 10 CSS px is at backing x = 20.
    assert_eq!(alpha(&ctx, (20, 40)), 255, "left edge inked");
    assert_eq!(alpha(&ctx, (50, 40)), 0, "inside left empty");
    assert_eq!(alpha(&ctx, (100, 40)), 0, "right of the outline empty");
}

#[wasm_bindgen_test]
fn a_vertical_one_px_line_covers_one_pixel_column() {
    let (mut canvas, ctx) = backend(40, 40, 1.0);
    canvas.draw_line((20, 5), (20, 35), &BLACK.stroke_width(1)).unwrap();
    // Half a pixel to the left of x = 20: column 19, fully, and nothing of column 20.
    assert_eq!(alpha(&ctx, (19, 20)), 255);
    assert_eq!(alpha(&ctx, (20, 20)), 0);
}

#[wasm_bindgen_test]
fn a_horizontal_one_px_chart_line_covers_one_pixel_row() {
    // A scene's line, painted the way every view paints its grid lines and leaders.
    let (canvas, ctx) = backend(40, 40, 1.0);
    let area = canvas.into_drawing_area();
    let mut scene = crate::scene::Scene::new(40.0, 40.0);
    scene.line((5.0, 20.0), (35.0, 20.0), crate::scene::Paint::Text, 1.0);
    crate::draw::paint(&area, &scene, &crate::theme::LIGHT).unwrap();
    assert_eq!(alpha(&ctx, (20, 19)), 255, "row 19 fully inked");
    assert_eq!(alpha(&ctx, (20, 20)), 0, "row 20 untouched");
}

#[wasm_bindgen_test]
fn turned_text_runs_down_the_canvas_and_the_pen_survives_it() {
    let (mut canvas, ctx) = backend(120, 120, 1.0);
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
    let (mut canvas, ctx) = backend(120, 40, 1.0);
    let plain = ("sans-serif", 14).into_font().color(&BLACK);
    let italic = ("sans-serif", 14).into_font().style(FontStyle::Italic).color(&BLACK);
    canvas.draw_text("Slanted", &italic, (5, 20)).unwrap();
    assert!(ctx.font().starts_with("italic 14px"), "{}", ctx.font());
    canvas.draw_text("Upright", &plain, (5, 20)).unwrap();
    assert!(!ctx.font().contains("italic"), "{}", ctx.font());
}
