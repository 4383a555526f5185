//! Golden SVG snapshots: every view of the article's dataset at 360, 800 and 1440 px wide,
//! drawn natively (estimated text metrics, light theme) and compared with `tests/golden/`.
//! A change to any view shows there as a reviewable text diff; `make golden` (UPDATE_GOLDEN=1)
//! rewrites the files after a change that is meant.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use alliance_charts::text::EstimatedMetrics;
use alliance_charts::theme::LIGHT;
use alliance_charts::{Chart, ViewId};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");

/// The screenshot sizes: a phone, a laptop column, a wide desktop.
const SIZES: [(f64, f64); 3] = [(360.0, 640.0), (800.0, 500.0), (1440.0, 900.0)];

#[test]
fn every_view_matches_its_golden_svg() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for view in ViewId::ALL {
        for (w, h) in SIZES {
            let mut chart = Chart::new(common::default_dataset());
            chart.set_view(view);
            let svg = chart.to_svg(w, h, &EstimatedMetrics, &LIGHT);
            let path = format!("{DIR}/{}-{w}.svg", view.id());
            if update {
                std::fs::write(&path, &svg).expect("write the golden file");
            }
            if std::fs::read_to_string(&path).unwrap_or_default() != svg {
                stale.push(path);
            }
        }
    }
    assert!(stale.is_empty(), "out of date (run `make golden` if the change is meant): {stale:?}");
}
