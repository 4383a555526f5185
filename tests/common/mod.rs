//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use alliance_charts::dataset::embedded::DEFAULT_DATASET_JSON;
use alliance_charts::layout::layout;
use alliance_charts::scene::Scene;
use alliance_charts::text::EstimatedMetrics;
use alliance_charts::{Dataset, DatasetError, ViewId};

/// Parses and validates a dataset from JSON text, the way the browser path does.
pub fn load_json(json: &str) -> Result<Dataset, DatasetError> {
    alliance_charts::dataset::parse::load_json(json)
}

/// The embedded default dataset.
pub fn default_dataset() -> Dataset {
    load_json(DEFAULT_DATASET_JSON).expect("the embedded dataset is valid")
}

/// The default dataset as a JSON value, to break in tests.
pub fn default_value() -> serde_json::Value {
    serde_json::from_str(DEFAULT_DATASET_JSON).expect("the embedded dataset is JSON")
}

/// Loads a modified copy of the default dataset.
pub fn load_value(value: &serde_json::Value) -> Result<Dataset, DatasetError> {
    load_json(&value.to_string())
}

/// Lays out a view with the deterministic native text metrics.
pub fn scene(view: ViewId, ds: &Dataset, width: f64, height: f64) -> Scene {
    layout(view, ds, width, height, &EstimatedMetrics)
}

/// Asserts every text box lies inside the canvas.
pub fn assert_text_inside(scene: &Scene) {
    for (text, b) in scene.text_bounds() {
        assert!(
            b.x >= -0.5 && b.y >= -0.5 && b.right() <= scene.width + 0.5 && b.bottom() <= scene.height + 0.5,
            "text {text:?} at {b:?} leaves the {}×{} canvas",
            scene.width,
            scene.height
        );
    }
}

/// Asserts no two text boxes overlap.
pub fn assert_no_text_overlap(scene: &Scene) {
    let boxes: Vec<_> = scene.text_bounds().collect();
    for (i, (ta, a)) in boxes.iter().enumerate() {
        for (tb, b) in &boxes[i + 1..] {
            assert!(!a.inset(0.5).intersects(&b.inset(0.5)), "text {ta:?} {a:?} overlaps {tb:?} {b:?}");
        }
    }
}

/// The text content of every `<text>` element of an SVG document, unescaped, in order.
pub fn svg_texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|chunk| {
            let body = &chunk[chunk.find('>')? + 1..chunk.find("</text>")?];
            Some(
                body.trim()
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'")
                    .replace("&amp;", "&"),
            )
        })
        .collect()
}
