//! The JS strings the frames drawn on one canvas hand its context (colours, fonts, keywords,
//! texts), kept between frames, and the context's bindings that take them.

use js_sys::JsString;
use plotters_backend::FontStyle;
use wasm_bindgen::prelude::*;

use crate::draw::css_font_styled;

/// A colour as plotters hands it over: RGB and alpha.
pub type Color = ((u8, u8, u8), f64);

// The context's setters and `fillText` taking a JS string the wasm keeps, where web-sys's take
// a `&str` that the glue decodes into a new JS string on every call. `fillText` and the
// six-number `setTransform` throw for no string and no number (the HTML standard), so they are
// bound without web-sys's `catch` wrapper.
#[wasm_bindgen]
extern "C" {
    /// A `CanvasRenderingContext2D` seen through these bindings.
    pub type Context;
    #[wasm_bindgen(method, setter = fillStyle)]
    pub fn set_fill_style(this: &Context, value: &JsString);
    #[wasm_bindgen(method, setter = strokeStyle)]
    pub fn set_stroke_style(this: &Context, value: &JsString);
    #[wasm_bindgen(method, setter = font)]
    pub fn set_font(this: &Context, value: &JsString);
    #[wasm_bindgen(method, setter = textAlign)]
    pub fn set_text_align(this: &Context, value: &JsString);
    #[wasm_bindgen(method, setter = textBaseline)]
    pub fn set_text_baseline(this: &Context, value: &JsString);
    #[wasm_bindgen(method, js_name = fillText)]
    pub fn fill_text(this: &Context, text: &JsString, x: f64, y: f64);
    #[wasm_bindgen(method, js_name = setTransform)]
    pub fn set_transform(this: &Context, a: f64, b: f64, c: f64, d: f64, e: f64, f: f64);
}

/// Most colours, fonts or keywords kept; past it that list starts afresh (a theme has about 20
/// colours, a view a handful of fonts).
const KEPT: usize = 64;

/// The JS string kept for `key` in `list`, made by `make` the first time (`None` never happens).
fn kept<K: PartialEq + Copy>(
    list: &mut Vec<(K, JsString)>,
    key: K,
    make: impl FnOnce() -> String,
) -> Option<&JsString> {
    let at = match list.iter().position(|(k, _)| *k == key) {
        Some(at) => at,
        None => {
            if list.len() >= KEPT {
                list.clear();
            }
            list.push((key, JsString::from(make())));
            list.len() - 1
        }
    };
    list.get(at).map(|(_, value)| value)
}

/// The JS strings the frames drawn on one canvas hand its context, kept between frames.
#[derive(Default)]
pub struct JsStrings {
    /// CSS colours by RGB and alpha.
    colors: Vec<(Color, JsString)>,
    /// CSS fonts by size (its bits) and style (`FontStyle as u8`).
    fonts: Vec<((u64, u8), JsString)>,
    /// `textAlign` and `textBaseline` keywords.
    words: Vec<(&'static str, JsString)>,
    /// The texts of the last frame, in the order it drew them: the same scene drawn again
    /// finds each at its place.
    texts: Vec<(Box<str>, JsString)>,
}

impl JsStrings {
    pub fn color(&mut self, color: Color) -> Option<&JsString> {
        kept(&mut self.colors, color, || css_color(color.0, color.1))
    }

    pub fn font(&mut self, size: f64, face: FontStyle) -> Option<&JsString> {
        kept(&mut self.fonts, (size.to_bits(), face as u8), || css_font_styled(face.as_str(), size))
    }

    pub fn word(&mut self, word: &'static str) -> Option<&JsString> {
        kept(&mut self.words, word, || word.into())
    }

    /// The frame's `index`-th text, `text`: the last frame's at that place when it is the same
    /// (`None` never happens).
    pub fn text(&mut self, index: usize, text: &str) -> Option<&JsString> {
        match self.texts.get_mut(index) {
            Some((kept, _)) if **kept == *text => {}
            Some(entry) => *entry = (text.into(), JsString::from(text)),
            None => self.texts.push((text.into(), JsString::from(text))),
        }
        self.texts.get(index).map(|(_, value)| value)
    }

    /// Forgets the last frame's texts after the first `count` (a frame drew `count` texts).
    pub fn keep_texts(&mut self, count: usize) {
        self.texts.truncate(count);
    }
}

/// A CSS colour, `rgb(r,g,b)` or `rgba(r,g,b,0.5)` (alpha to 1/1000).
fn css_color((r, g, b): (u8, u8, u8), alpha: f64) -> String {
    if alpha >= 1.0 {
        return format!("rgb({r},{g},{b})");
    }
    let milli = (alpha.max(0.0) * 1000.0).round() as u32;
    let digits = format!("{milli:03}");
    format!("rgba({r},{g},{b},0.{})", digits.trim_end_matches('0'))
}
