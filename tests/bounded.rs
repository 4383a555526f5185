//! Bounded work: every view lays out the documented maximum, 20,000 items in a list, in its
//! worst case (the same day, the same lane, the same score, the longest labels) and says
//! what it drew. `cargo test --release --test bounded -- --nocapture` prints the times.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::cell::Cell;
use std::time::Instant;

use alliance_charts::layout::layout;
use alliance_charts::layout::scorecard::{preferred_height, MAX_PREFERRED};
use alliance_charts::layout::timeline::placement::MAX_LABELS;
use alliance_charts::scene::{Scene, Shape};
use alliance_charts::text::{EstimatedMetrics, Font, TextMeasure};
use alliance_charts::validate::{MAX_ITEMS, MAX_TEXT_CHARS};
use alliance_charts::{Dataset, ViewId};
use common::{default_value, load_value};
use serde_json::{json, Value};

/// A label of the longest length allowed, in words so it wraps.
fn longest(tag: usize) -> String {
    let words = format!("Item {tag} ") + &"reorganisation ".repeat(80);
    words.chars().take(MAX_TEXT_CHARS).collect::<String>().trim_end().to_string()
}

fn cite(mut item: Value) -> Value {
    item["sources"] = json!(["edm-2012-10-17"]);
    item["quote"] = json!("q");
    item
}

/// The article's dataset with one list replaced by `MAX_ITEMS` items.
fn with(edit: impl FnOnce(&mut Value)) -> Dataset {
    let mut value = default_value();
    edit(&mut value);
    load_value(&value).expect("the worst-case dataset is valid")
}

fn survey_worst() -> Dataset {
    with(|v| {
        let sides: Vec<Value> = (0..MAX_ITEMS)
            .map(|k| {
                let role = ["nato", "csto", "neutral"][k % 3];
                json!({ "id": format!("s{k}"), "name": longest(k), "role": role })
            })
            .collect();
        let scores: Vec<Value> =
            (0..MAX_ITEMS).map(|k| cite(json!({ "side": format!("s{k}"), "score": 4.0 }))).collect();
        let sources = v["sources"].clone();
        v["sides"] = json!(sides);
        v["sources"] = sources;
        v["survey"]["scores"] = json!(scores);
        v["events"] = json!([]);
        v["forces"] = json!([]);
        v["scorecard"]["columns"] = json!(["s0", "s1"]);
    })
}

fn timeline_worst(count: usize) -> Dataset {
    with(|v| {
        many_sides(v);
        let events: Vec<Value> = (0..count)
            .map(|k| {
                cite(json!({ "id": format!("e{k}"), "side": "nato", "label": longest(k),
                    "when": { "on": { "year": 2010, "month": 5, "day": 4 } } }))
            })
            .collect();
        v["events"] = json!(events);
    })
}

/// As many sides as the lists allow, so a lookup by side id per item would be quadratic.
fn many_sides(v: &mut Value) {
    let mut sides: Vec<Value> = v["sides"].as_array().cloned().unwrap_or_default();
    sides.extend(
        (sides.len()..MAX_ITEMS)
            .map(|k| json!({ "id": format!("s{k}"), "name": longest(k), "role": "neutral" })),
    );
    v["sides"] = json!(sides);
}

fn forces_worst() -> Dataset {
    with(|v| {
        many_sides(v);
        let forces: Vec<Value> = (0..MAX_ITEMS)
            .map(|k| {
                let side = if k == 0 {
                    "nato".to_string()
                } else {
                    format!("s{}", MAX_ITEMS - 1 - k % (MAX_ITEMS - 100))
                };
                cite(json!({ "id": format!("f{k}"), "side": side, "label": longest(k),
                    "value": { "number": 4000, "unit": "personnel" }, "total": 8000,
                    "parts": [{ "label": longest(k), "number": 3500 }, { "label": "b", "number": 500 }] }))
            })
            .collect();
        v["forces"] = json!(forces);
    })
}

fn scorecard_worst() -> Dataset {
    with(|v| {
        let rows: Vec<Value> = (0..MAX_ITEMS)
            .map(|k| cite(json!({ "id": format!("r{k}"), "label": longest(k), "cells": [longest(k), longest(k + 1)] })))
            .collect();
        v["scorecard"]["rows"] = json!(rows);
    })
}

/// The native metrics, counting the characters they measure: the work a browser's
/// `measureText` would do, which no layout may let grow with the length of a list.
#[derive(Default)]
struct Counted(Cell<usize>);

impl TextMeasure for Counted {
    fn width(&self, text: &str, font: Font) -> f64 {
        self.0.set(self.0.get() + text.len());
        EstimatedMetrics.width(text, font)
    }
}

/// Most characters a layout at one size may measure, whatever the dataset (the article's
/// own views measure some thousands; 399 events on one day measured 9.2 million before
/// wrapping stopped at the lines a label shows).
const MAX_MEASURED: usize = 2_500_000;

/// Lays the view out at the three widths the screenshots use; returns the widest scene.
fn lay_out(view: ViewId, ds: &Dataset) -> Scene {
    let mut last = Scene::default();
    for (w, h) in [(360.0, 640.0), (800.0, 500.0), (1440.0, 900.0)] {
        let measure = Counted::default();
        let started = Instant::now();
        last = layout(view, ds, w, h, &measure);
        let ms = started.elapsed().as_secs_f64() * 1e3;
        let measured = measure.0.get();
        eprintln!("{} at {w}×{h}: {ms:.1} ms, {measured} characters measured", view.id());
        assert!(measured < MAX_MEASURED, "{} at {w}: {measured} characters measured", view.id());
        assert_finite(&last);
    }
    last
}

fn assert_finite(scene: &Scene) {
    let finite = |v: &[f64]| v.iter().all(|x| x.is_finite());
    for shape in &scene.shapes {
        let ok = match shape {
            Shape::Fill { rect, .. } | Shape::Outline { rect, .. } | Shape::Text { bounds: rect, .. } => {
                finite(&[rect.x, rect.y, rect.w, rect.h])
            }
            Shape::Line { from, to, .. } => finite(&[from.0, from.1, to.0, to.1]),
            Shape::Dot { center, radius, .. } => finite(&[center.0, center.1, *radius]),
            Shape::Polygon { points, .. } => points.iter().all(|p| finite(&[p.0, p.1])),
        };
        assert!(ok, "non-finite shape {shape:?}");
    }
}

#[test]
fn the_survey_lays_out_twenty_thousand_tied_bars() {
    let s = lay_out(ViewId::Survey, &survey_worst());
    assert_eq!(s.hits.len(), MAX_ITEMS, "every bar keeps a hit region");
}

#[test]
fn the_timeline_lays_out_twenty_thousand_events_on_one_day() {
    let s = lay_out(ViewId::Timeline, &timeline_worst(MAX_ITEMS));
    assert_eq!(s.hits.len(), MAX_ITEMS, "every event keeps a hit region");
}

#[test]
fn the_timeline_tries_labels_up_to_the_placers_limit() {
    // The most marks a lane may have and still be offered labels: wrapped, then placed.
    let s = lay_out(ViewId::Timeline, &timeline_worst(MAX_LABELS - 1));
    assert_eq!(s.hits.len(), MAX_LABELS - 1);
}

#[test]
fn the_forces_view_lays_out_twenty_thousand_figures() {
    let s = lay_out(ViewId::Forces, &forces_worst());
    assert!(!s.hits.is_empty());
}

#[test]
fn the_scorecard_lays_out_twenty_thousand_rows() {
    let ds = scorecard_worst();
    let s = lay_out(ViewId::Scorecard, &ds);
    let shown = s.hits.len() - 1; // the conclusion picks too
    assert!(shown > 0 && shown < 100, "{shown} rows shown");
    let note = format!("{} more rows do not fit at this size", MAX_ITEMS - shown);
    assert!(s.shapes.iter().any(|sh| matches!(sh, Shape::Text { text, .. } if *text == note)), "{note}");
    let started = Instant::now();
    let tall = preferred_height(&ds, 360.0, &EstimatedMetrics);
    eprintln!("scorecard preferred height at 360 px: {:.1} ms", started.elapsed().as_secs_f64() * 1e3);
    assert_eq!(tall, MAX_PREFERRED);
}
