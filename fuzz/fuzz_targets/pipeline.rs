//! Fuzzes the whole pipeline a page's dataset takes: JSON text → read → validate → layout →
//! SVG, in every view and at a size taken from the input. Nothing may panic; every valid
//! dataset must render; and no text our JSON reader accepts is refused by serde_json.
#![no_main]

use alliance_charts::dataset::json::JsonText;
use alliance_charts::dataset::parse::{load_json, value};
use alliance_charts::text::EstimatedMetrics;
use alliance_charts::theme::LIGHT;
use alliance_charts::{Chart, ViewId};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (size, json) = data.split_at(data.len().min(2));
    let width = 150.0 + f64::from(size.first().copied().unwrap_or(0)) * 6.0;
    let height = 120.0 + f64::from(size.get(1).copied().unwrap_or(0)) * 4.0;
    let Ok(text) = std::str::from_utf8(json) else { return };
    let mut reader = JsonText::new(text);
    if value(&mut reader).is_ok() && reader.end().is_ok() {
        assert!(serde_json::from_str::<serde_json::Value>(text).is_ok(), "accepted text JSON refuses: {text:?}");
    }
    let Ok(dataset) = load_json(text) else { return };
    let mut chart = Chart::new(dataset);
    for view in ViewId::ALL {
        chart.set_view(view);
        let svg = chart.to_svg(width, height, &EstimatedMetrics, &LIGHT);
        assert!(svg.ends_with("</svg>\n"), "a valid dataset failed to render: {svg:?}");
    }
});
