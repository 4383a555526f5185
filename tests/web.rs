//! Browser tests of the canvas glue (wasm-bindgen-test in headless Chromium): the chart
//! really draws on a canvas, at the device pixel ratio, and survives bad input. The same
//! checks run through the element in Chromium, Firefox and WebKitGTK in tests/engines/.
#![cfg(target_arch = "wasm32")]

use alliance_charts::web::api::AllianceChart;
use alliance_charts::web::data::{default_dataset, validate_dataset};
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

/// NATO blue of the light theme.
const NATO: (u8, u8, u8) = (0x1d, 0x4e, 0xd8);
/// CSTO red of the light theme.
const CSTO: (u8, u8, u8) = (0xb9, 0x3a, 0x0c);

fn canvas(width: u32, height: u32) -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document.create_element("canvas").unwrap().dyn_into().unwrap();
    canvas.set_attribute("style", &format!("display:block;width:{width}px;height:{height}px")).unwrap();
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas
}

fn pixels(canvas: &HtmlCanvasElement) -> Vec<u8> {
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    ctx.get_image_data(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height()))
        .unwrap()
        .data()
        .to_vec()
}

fn count(pixels: &[u8], (r, g, b): (u8, u8, u8)) -> usize {
    pixels
        .chunks_exact(4)
        .filter(|p| p[0].abs_diff(r) <= 8 && p[1].abs_diff(g) <= 8 && p[2].abs_diff(b) <= 8)
        .count()
}

#[wasm_bindgen_test]
fn draws_the_survey_with_nato_and_csto_bars() {
    let canvas = canvas(800, 500);
    let _chart = AllianceChart::new(canvas.clone().into(), JsValue::UNDEFINED).expect("draws");
    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    assert_eq!(canvas.width(), (800.0 * dpr).round() as u32, "backing store is CSS size × devicePixelRatio");
    let px = pixels(&canvas);
    let scale = (dpr * dpr) as usize;
    // One bar each, roughly 300 × 20 CSS px.
    assert!(count(&px, NATO) > 2_000 * scale, "NATO pixels: {}", count(&px, NATO));
    assert!(count(&px, CSTO) > 2_000 * scale, "CSTO pixels: {}", count(&px, CSTO));
    canvas.remove();
}

#[wasm_bindgen_test]
fn bad_data_throws_and_keeps_the_chart() {
    let canvas = canvas(640, 400);
    let mut chart = AllianceChart::new(canvas.clone().into(), JsValue::UNDEFINED).expect("draws");
    let before = pixels(&canvas);
    let data = default_dataset().unwrap();
    let scores = Reflect::get(&Reflect::get(&data, &"survey".into()).unwrap(), &"scores".into()).unwrap();
    let nato = Reflect::get(&scores, &6.into()).unwrap();
    Reflect::set(&nato, &"score".into(), &9.into()).unwrap();
    let err = chart.set_data(data.clone()).map_err(JsValue::from).expect_err("score 9 is off the scale");
    let message = Reflect::get(&err, &"message".into()).unwrap().as_string().unwrap();
    assert_eq!(message, "invalid dataset: survey.scores[6].score: 9 is outside the scale 1–7");
    assert!(err.is_instance_of::<js_sys::Error>());
    assert!(validate_dataset(data).is_err());
    chart.render().expect("still renders");
    assert_eq!(pixels(&canvas), before, "the previous chart stays on screen");
    canvas.remove();
}

#[wasm_bindgen_test]
fn unknown_view_is_an_error_not_a_panic() {
    let canvas = canvas(320, 240);
    let mut chart = AllianceChart::new(canvas.clone().into(), JsValue::UNDEFINED).expect("draws");
    let err = chart.set_view("pie").map_err(JsValue::from).expect_err("no pie view");
    let message = Reflect::get(&err, &"message".into()).unwrap().as_string().unwrap();
    assert!(message.starts_with("unknown view \"pie\""), "{message}");
    assert_eq!(chart.view(), "survey");
    canvas.remove();
}

#[wasm_bindgen_test]
fn hidden_canvas_is_harmless() {
    let canvas = canvas(0, 0);
    let mut chart = AllianceChart::new(canvas.clone().into(), JsValue::UNDEFINED).expect("no error at 0×0");
    chart.render().expect("still fine");
    let svg = chart.to_svg();
    assert!(svg.contains("NATO"));
    canvas.remove();
}

#[wasm_bindgen_test]
fn unknown_fields_in_a_js_object_are_refused_like_in_json() {
    let data = default_dataset().unwrap();
    Reflect::set(&data, &"colour".into(), &"red".into()).unwrap();
    let err = validate_dataset(data).map_err(JsValue::from).expect_err("unknown field");
    let message = Reflect::get(&err, &"message".into()).unwrap().as_string().unwrap();
    assert!(message.starts_with("invalid dataset: colour: unknown field `colour`"), "{message}");
    let data = default_dataset().unwrap();
    let scores = Reflect::get(&Reflect::get(&data, &"survey".into()).unwrap(), &"scores".into()).unwrap();
    Reflect::set(&Reflect::get(&scores, &0.into()).unwrap(), &"score".into(), &f64::NAN.into()).unwrap();
    let err = validate_dataset(data).map_err(JsValue::from).expect_err("NaN");
    let message = Reflect::get(&err, &"message".into()).unwrap().as_string().unwrap();
    assert_eq!(
        message,
        "invalid dataset: survey.scores[0].score: a number that is not finite is not a JSON value"
    );
}

#[wasm_bindgen_test]
fn setting_the_same_data_draws_again_and_changed_data_is_read() {
    let canvas = canvas(640, 400);
    let mut chart = AllianceChart::new(canvas.clone().into(), JsValue::UNDEFINED).expect("draws");
    let drawn = pixels(&canvas);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    ctx.clear_rect(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height()));
    // An equal copy (not the same object) is recognised and drawn again, pixel for pixel.
    chart.set_data(chart.get_data().unwrap()).expect("the same data");
    assert!(pixels(&canvas) == drawn, "the unchanged dataset is drawn again");
    // One changed score is read: getData reports it and the bars move.
    let data = chart.get_data().unwrap();
    let scores = Reflect::get(&Reflect::get(&data, &"survey".into()).unwrap(), &"scores".into()).unwrap();
    let csto = js_sys::Array::from(&scores)
        .iter()
        .find(|s| Reflect::get(s, &"side".into()).unwrap().as_string().as_deref() == Some("csto"))
        .unwrap();
    Reflect::set(&csto, &"score".into(), &JsValue::from_f64(2.5)).unwrap();
    chart.set_data(data).expect("changed data");
    assert!(pixels(&canvas) != drawn, "the changed score is drawn");
    // And a bad dataset after that still throws.
    let bad = chart.get_data().unwrap();
    Reflect::set(&bad, &"version".into(), &JsValue::from_f64(3.0)).unwrap();
    assert!(chart.set_data(bad).is_err());
    canvas.remove();
}

#[wasm_bindgen_test]
fn values_json_cannot_hold_are_errors_with_their_path() {
    let message = |data: JsValue| {
        let err = validate_dataset(data).map_err(JsValue::from).expect_err("refused");
        Reflect::get(&err, &"message".into()).unwrap().as_string().unwrap()
    };
    let data = default_dataset().unwrap();
    let scores = Reflect::get(&Reflect::get(&data, &"survey".into()).unwrap(), &"scores".into()).unwrap();
    let score = Reflect::get(&scores, &2.into()).unwrap();
    Reflect::set(&score, &"score".into(), &js_sys::Function::new_no_args("")).unwrap();
    let text = message(data);
    assert_eq!(text, "invalid dataset: survey.scores[2].score: a function is not a JSON value");
    // An object that contains itself is refused, not followed until the stack runs out.
    let data = default_dataset().unwrap();
    let survey = Reflect::get(&data, &"survey".into()).unwrap();
    Reflect::set(&Reflect::get(&survey, &"scale".into()).unwrap(), &"again".into(), &survey).unwrap();
    let text = message(data);
    assert!(
        text.starts_with("invalid dataset: it cannot be read as JSON: Converting circular structure to JSON"),
        "{text}"
    );
}

/// A getter that throws: the JS exception is caught while the page's value is read, so it
/// comes back as an `Err` instead of unwinding through the borrowed chart, and the chart
/// keeps working.
#[wasm_bindgen_test]
fn a_throwing_getter_is_an_error_and_the_chart_keeps_working() {
    let canvas = canvas(400, 300);
    let mut chart = AllianceChart::new(canvas.clone().into(), JsValue::UNDEFINED).unwrap();
    let data = default_dataset().unwrap();
    let survey = Reflect::get(&data, &"survey".into()).unwrap();
    let descriptor = js_sys::Object::new();
    let getter = js_sys::Function::new_no_args("throw new Error('boom')");
    Reflect::set(&descriptor, &"get".into(), &getter).unwrap();
    Reflect::set(&descriptor, &"enumerable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&survey.into(), &"title".into(), &descriptor);
    let err = chart.set_data(data).map_err(JsValue::from).expect_err("the getter throws");
    let message = Reflect::get(&err, &"message".into()).unwrap().as_string().unwrap();
    assert_eq!(message, "invalid dataset: it cannot be read as JSON: boom");
    let huge = default_dataset().unwrap();
    Reflect::set(&huge, &"padding".into(), &"x".repeat(5_000_001).into()).unwrap();
    assert!(chart.set_data(huge).is_err(), "over the size limit");
    chart.set_data(default_dataset().unwrap()).expect("the next valid dataset draws");
    assert_eq!(chart.hit_count(), 7);
    canvas.remove();
}

#[wasm_bindgen_test]
fn drawing_on_another_canvas_keeps_what_pick_sees() {
    let canvas = canvas(800, 500);
    let chart = AllianceChart::new(canvas.clone().into(), JsValue::UNDEFINED).expect("draws");
    let (hits, first) = (chart.hit_count(), Reflect::get(&chart.hit(0), &"x".into()).unwrap());
    let other = self::canvas(300, 200);
    chart.draw_on(other.clone().into(), 300, 200, 2.0).expect("draws elsewhere");
    assert_eq!(other.width(), 600, "the other canvas at scale 2");
    assert!(count(&pixels(&other), NATO) > 0, "the other canvas shows the bars");
    assert_eq!(chart.hit_count(), hits);
    assert_eq!(Reflect::get(&chart.hit(0), &"x".into()).unwrap(), first, "the on-screen layout stays");
    canvas.remove();
    other.remove();
}

#[wasm_bindgen_test]
fn a_chart_redrawn_after_a_resize_and_theme_switches_draws_what_a_new_chart_draws() {
    let canvas = canvas(640, 400);
    let mut chart = AllianceChart::new(canvas.clone().into(), JsValue::UNDEFINED).expect("draws");
    chart.set_theme("dark").expect("dark");
    canvas.set_attribute("style", "display:block;width:500px;height:360px").unwrap();
    chart.render().expect("resized");
    chart.set_theme("light").expect("light");
    let fresh = self::canvas(500, 360);
    let _new = AllianceChart::new(fresh.clone().into(), JsValue::UNDEFINED).expect("draws");
    assert!(pixels(&canvas) == pixels(&fresh), "the same pixels as a new chart's");
    canvas.remove();
    fresh.remove();
}
