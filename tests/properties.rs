//! Property tests: arbitrary datasets either validate or fail with a field-path error, and
//! every valid one lays out and renders to SVG in every view without panicking, with all
//! geometry finite and inside the canvas.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use alliance_charts::layout::axis::{Range, MAX_TICKS};
use alliance_charts::layout::layout;
use alliance_charts::scene::{Scene, Shape};
use alliance_charts::text::EstimatedMetrics;
use alliance_charts::theme::{DARK, LIGHT};
use alliance_charts::{Chart, ViewId};
use common::load_value;
use proptest::prelude::*;
use serde_json::{json, Value};

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z][A-Za-z ]{0,24}",
        2 => "\\PC{0,40}",
        1 => "[А-Яа-я][А-Яа-я ]{0,30}",
        1 => Just("Коллективные силы оперативного реагирования".to_string()),
        1 => Just("x".repeat(400)),
        1 => Just("<img src=x onerror=alert(1)>".to_string()),
    ]
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![4 => 1.0..7.0f64, 1 => -10.0..20.0f64, 1 => 0.0..10_000.0f64, 1 => Just(1.0), 1 => Just(7.0), 1 => Just(1e300)]
}

fn date() -> impl Strategy<Value = Value> {
    let month = prop_oneof![6 => (1..=12u8).prop_map(Some), 1 => Just(None), 1 => (0..15u8).prop_map(Some)];
    let day = prop_oneof![3 => Just(None), 3 => (1..=28u8).prop_map(Some), 1 => (0..33u8).prop_map(Some)];
    let part = prop_oneof![4 => Just(None), 1 => (0..4usize).prop_map(Some)];
    (1990..2030i32, month, day, part).prop_map(|(year, month, day, part)| {
        let mut d = json!({ "year": year });
        if let Some(m) = month {
            d["month"] = json!(m);
        }
        if let Some(day) = day {
            d["day"] = json!(day);
        }
        if let Some(p) = part.and_then(|p| ["early", "mid", "late"].get(p)) {
            d["part"] = json!(p);
        }
        d
    })
}

fn when() -> impl Strategy<Value = Value> {
    prop_oneof![
        date().prop_map(|d| json!({ "on": d })),
        (date(), 0..5i32).prop_map(|(a, k)| json!({ "span": { "from": a, "to": { "year": a["year"].as_i64().unwrap_or(2000) + i64::from(k) } } })),
        (date(), 0..5i32).prop_map(|(a, k)| json!({ "between": { "from": a, "to": { "year": a["year"].as_i64().unwrap_or(2000) + i64::from(k) } } })),
        (date(), date()).prop_map(|(a, b)| json!({ "span": { "from": a, "to": b } })),
    ]
}

/// A dataset of the right shape with arbitrary content: references, numbers, dates and
/// texts that may or may not be valid.
fn dataset() -> impl Strategy<Value = Value> {
    let sides = prop::collection::vec((text(), 0..3usize), 1..8);
    let scores = prop::collection::vec(number(), 0..8);
    let events = prop::collection::vec((0..8usize, text(), when()), 0..24);
    let forces = prop::collection::vec(
        (0..8usize, text(), prop::option::of(0.0..10_000.0f64), prop::option::of(1.0..3.0f64), 0..4usize),
        0..6,
    );
    let rows = prop::collection::vec(
        (text(), prop::collection::vec(prop::option::of(text()), 1..4), any::<bool>()),
        1..10,
    );
    (sides, scores, events, forces, rows, text()).prop_map(|(sides, scores, events, forces, rows, title)| {
        let side_id = |i: usize| format!("s{}", i % sides.len().max(1));
        let cite = json!({ "sources": ["src"], "quote": "q" });
        let with_cite = |mut v: Value| {
            v["sources"] = cite["sources"].clone();
            v["quote"] = cite["quote"].clone();
            v
        };
        let columns: Vec<String> = (0..rows.first().map_or(1, |r| r.1.len())).map(side_id).collect();
        json!({
            "version": 1,
            "title": title,
            "article": { "publication": "P", "date": { "year": 2012, "month": 10, "day": 17 }, "source": "src" },
            "sides": sides.iter().enumerate().map(|(i, (name, role))| {
                let role = ["nato", "csto", "neutral"][*role];
                json!({ "id": format!("s{i}"), "name": name, "role": role })
            }).collect::<Vec<_>>(),
            "sources": [{ "id": "src", "name": "Source" }],
            "survey": with_cite(json!({
                "title": "Survey", "respondents": 35,
                "scale": { "min": 1, "max": 7, "low": "low", "high": "high" },
                "scores": scores.iter().take(sides.len()).enumerate().map(|(s, v)| with_cite(json!({ "side": side_id(s), "score": v }))).collect::<Vec<_>>(),
            })),
            "events": events.iter().enumerate().map(|(i, (s, label, when))| with_cite(json!({
                "id": format!("e{i}"), "side": side_id(*s), "label": label, "when": when
            }))).collect::<Vec<_>>(),
            "forces": forces.iter().enumerate().map(|(i, (s, label, n, total, parts))| {
                let mut f = json!({ "id": format!("f{i}"), "side": side_id(*s), "label": label,
                    "value": match n { Some(n) => json!({ "number": n.round() }), None => json!({ "words": "almost entirely" }) } });
                if let (Some(n), Some(t)) = (n, total) { f["total"] = json!((n * t).round().max(1.0)); }
                if let (Some(n), 2..) = (n, *parts) {
                    // Parts that add up exactly: the rounded value split into whole numbers.
                    let n = n.round();
                    let each = (n / *parts as f64).floor();
                    let mut list: Vec<Value> = (1..*parts).map(|k| json!({ "label": format!("part {k}"), "number": each })).collect();
                    list.push(json!({ "label": "rest", "number": n - each * (*parts as f64 - 1.0) }));
                    f["parts"] = Value::Array(list);
                }
                with_cite(f)
            }).collect::<Vec<_>>(),
            "scorecard": {
                "title": "Scorecard",
                "columns": columns,
                "rows": rows.iter().enumerate().map(|(i, (label, cells, measure))| {
                    let mut r = json!({ "id": format!("r{i}"), "label": label, "cells": cells });
                    if *measure { r["measure"] = json!("survey"); }
                    with_cite(r)
                }).collect::<Vec<_>>(),
                "conclusion": with_cite(json!({ "text": "Conclusion" })),
            },
        })
    })
}

/// Makes most generated datasets valid, so the layout properties get exercised: fixes dates,
/// span order, scores, blank texts and cell counts. Left unrepaired, a dataset almost always
/// breaks some rule and only the error path would be tested.
fn repair(v: &mut Value) {
    fn fix_date(d: &mut Value) {
        let month = d["month"].as_u64();
        if let Some(m) = month.filter(|m| !(1..=12).contains(m)) {
            d["month"] = json!(m % 12 + 1);
        }
        let has_month = d.get("month").is_some();
        let obj = d.as_object_mut();
        if let Some(o) = obj {
            if !has_month {
                o.remove("day");
                o.remove("part");
            }
            if o.contains_key("day") {
                o.remove("part");
                let day = o["day"].as_u64().unwrap_or(1).clamp(1, 28);
                o.insert("day".into(), json!(day));
            }
        }
    }
    fn fix_text(t: &mut Value) {
        if t.as_str().is_some_and(|s| s.trim().is_empty()) {
            *t = json!("x");
        }
    }
    fix_text(&mut v["title"]);
    if let Some(sides) = v["sides"].as_array_mut() {
        sides.iter_mut().for_each(|s| fix_text(&mut s["name"]));
    }
    if let Some(scores) = v["survey"]["scores"].as_array_mut() {
        for s in scores.iter_mut() {
            let x = s["score"].as_f64().unwrap_or(1.0);
            s["score"] = json!(if x.is_finite() { x.clamp(1.0, 7.0) } else { 4.0 });
        }
        if scores.is_empty() {
            scores.push(json!({ "side": "s0", "score": 4.0, "sources": ["src"], "quote": "q" }));
        }
    }
    if let Some(events) = v["events"].as_array_mut() {
        for e in events.iter_mut() {
            fix_text(&mut e["label"]);
            let when = &mut e["when"];
            if when.get("on").is_some() {
                fix_date(&mut when["on"]);
            }
            for kind in ["span", "between"] {
                if when.get(kind).is_some() {
                    fix_date(&mut when[kind]["from"]);
                    fix_date(&mut when[kind]["to"]);
                    let (a, b) = (when[kind]["from"]["year"].as_i64(), when[kind]["to"]["year"].as_i64());
                    // Whole years in order are always a valid span.
                    when[kind] = json!({ "from": { "year": a.min(b) }, "to": { "year": a.max(b) } });
                }
            }
        }
    }
    if let Some(forces) = v["forces"].as_array_mut() {
        forces.iter_mut().for_each(|f| fix_text(&mut f["label"]));
    }
    let columns = v["scorecard"]["columns"].as_array().map_or(1, Vec::len);
    if let Some(rows) = v["scorecard"]["rows"].as_array_mut() {
        for r in rows.iter_mut() {
            fix_text(&mut r["label"]);
            if let Some(cells) = r["cells"].as_array_mut() {
                cells.resize(columns, Value::Null);
                cells.iter_mut().for_each(fix_text);
            }
        }
    }
}

fn assert_geometry_sane(view: ViewId, scene: &Scene) {
    let (w, h) = (scene.width, scene.height);
    let view = view.id();
    let inside = |x: f64, y: f64| {
        x.is_finite() && y.is_finite() && x >= -1.0 && y >= -1.0 && x <= w + 1.0 && y <= h + 1.0
    };
    for shape in &scene.shapes {
        match shape {
            Shape::Fill { rect, .. } | Shape::Outline { rect, .. } => {
                assert!(rect.w >= 0.0 && rect.h >= 0.0, "{view}: negative size {rect:?}");
                assert!(
                    inside(rect.x, rect.y) && inside(rect.right(), rect.bottom()),
                    "{view}: {rect:?} outside {w}×{h}"
                );
            }
            Shape::Line { from, to, .. } => assert!(
                inside(from.0, from.1) && inside(to.0, to.1),
                "{view}: line {from:?}→{to:?} outside {w}×{h}"
            ),
            Shape::Dot { center, radius, .. } => assert!(inside(center.0, center.1) && radius.is_finite()),
            Shape::Polygon { points, .. } => {
                assert!(points.iter().all(|p| inside(p.0, p.1)), "{view}: polygon {points:?}")
            }
            Shape::Text { text, bounds, .. } => {
                assert!(
                    inside(bounds.x, bounds.y) && inside(bounds.right(), bounds.bottom()),
                    "{view}: text {text:?} at {bounds:?} outside {w}×{h}"
                )
            }
        }
    }
    for hit in &scene.hits {
        assert!(
            hit.rect.x.is_finite()
                && hit.rect.y.is_finite()
                && hit.rect.w.is_finite()
                && hit.rect.h.is_finite()
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn datasets_validate_or_name_a_field(mut value in dataset(), fix in prop::bool::weighted(0.8), width in 0.0..2000.0f64, height in 0.0..1400.0f64) {
        if fix {
            repair(&mut value);
        }
        match load_value(&value) {
            Err(err) => {
                let message = err.to_string();
                prop_assert!(message.starts_with("invalid dataset: "));
                prop_assert!(!err.path().is_empty() || message.contains("expected"), "{message}");
            }
            Ok(ds) => {
                for view in ViewId::ALL {
                    let scene = layout(view, &ds, width, height, &EstimatedMetrics);
                    assert_geometry_sane(view, &scene);
                    let mut chart = Chart::new(ds.clone());
                    chart.set_view(view);
                    let svg = chart.to_svg(width, height, &EstimatedMetrics, if width > 1000.0 { &DARK } else { &LIGHT });
                    prop_assert!(svg.ends_with("</svg>\n"));
                    prop_assert!(!svg.contains("<img"), "text is escaped in SVG");
                }
            }
        }
    }
}

/// Any pair of floats, the degenerate ones often: subnormal, huge, equal, non-finite.
fn end() -> impl Strategy<Value = f64> {
    prop_oneof![
        3 => any::<f64>(),
        2 => -1e6..1e6f64,
        1 => prop::sample::select(vec![0.0, 1e-323, 5e-324, f64::MIN_POSITIVE, f64::MAX, -f64::MAX, 1e300, f64::NAN, f64::INFINITY]),
    ]
}

/// A valid survey scale: `min < max`, from ordinary to degenerate.
fn scale() -> impl Strategy<Value = (f64, f64)> {
    prop_oneof![
        (-1e6..1e6f64, 1e-9..1e6f64).prop_map(|(min, w)| (min, min + w)),
        Just((0.0, 1e-323)),
        Just((0.0, 5e-324)),
        Just((-f64::MAX, f64::MAX)),
        Just((1e300, 1e300 * (1.0 + f64::EPSILON))),
        (1e10..1e16f64).prop_map(|m| (m, m + m * 4.0 * f64::EPSILON)),
        (-1e300..1e300f64).prop_map(|m: f64| (m, m + m.abs().max(1e-300) * 1e-9)),
    ]
    .prop_filter("min < max", |(a, b)| a < b)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn ranges_give_few_finite_ticks_inside_them(a in end(), b in end(), target in 0usize..500, p0 in -2000.0..2000.0f64) {
        let range = Range::new(a, b);
        prop_assert!(range.lo().is_finite() && range.hi().is_finite() && range.lo() < range.hi());
        let ticks = range.ticks(target);
        prop_assert!(!ticks.is_empty() && ticks.len() <= MAX_TICKS, "{} ticks", ticks.len());
        prop_assert!(ticks.windows(2).all(|w| w[0] < w[1]), "{ticks:?}");
        prop_assert!(ticks.iter().all(|t| t.is_finite() && *t >= range.lo() && *t <= range.hi()), "{ticks:?} in {range:?}");
        let x = range.onto(p0, p0 + 600.0);
        prop_assert!(ticks.iter().all(|t| x.px(*t).is_finite() && x.px(*t) >= p0 - 1e-6 && x.px(*t) <= p0 + 600.0 + 1e-6));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    /// Degenerate scales and item counts far past the article's seven draw every view with
    /// finite geometry inside the canvas.
    #[test]
    fn every_scale_and_item_count_that_validates_draws(
        (min, max) in scale(),
        at in prop::collection::vec(0.0..=1.0f64, 1..4),
        count in prop_oneof![1usize..8, 8usize..300, Just(2_000usize)],
        width in 200.0..1600.0f64,
        height in 150.0..1000.0f64,
    ) {
        let mut value = common::default_value();
        let mut sides = value["sides"].as_array().cloned().unwrap_or_default();
        sides.extend((0..count).map(|k| json!({ "id": format!("x{k}"), "name": format!("Org {k}"), "role": "neutral" })));
        let score = |k: usize| {
            let t = at[k % at.len()];
            (min + t * (max / 2.0 - min / 2.0) * 2.0).clamp(min, max)
        };
        let scores: Vec<Value> = (0..count)
            .map(|k| json!({ "side": format!("x{k}"), "score": score(k), "sources": ["edm-2012-10-17"], "quote": "q" }))
            .collect();
        value["sides"] = json!(sides);
        value["survey"]["scale"]["min"] = json!(min);
        value["survey"]["scale"]["max"] = json!(max);
        value["survey"]["scores"] = json!(scores);
        let events: Vec<Value> = (0..count)
            .map(|k| json!({ "id": format!("e{k}"), "side": format!("x{k}"), "label": format!("Event {k}"),
                "when": { "on": { "year": 2006 + (k % 9) as i64 } }, "sources": ["edm-2012-10-17"], "quote": "q" }))
            .collect();
        value["events"] = json!(events);
        let ds = load_value(&value).map_err(|e| TestCaseError::fail(e.to_string()))?;
        for view in ViewId::ALL {
            assert_geometry_sane(view, &layout(view, &ds, width, height, &EstimatedMetrics));
        }
    }
}

/// The scale that once asked the axis for i64::MAX ticks: every view draws it with finite
/// geometry, the survey with just its two end ticks.
#[test]
fn a_subnormal_scale_draws_every_view() {
    let mut value = common::default_value();
    value["survey"]["scale"]["min"] = json!(0);
    value["survey"]["scale"]["max"] = json!(1e-323);
    for s in value["survey"]["scores"].as_array_mut().into_iter().flatten() {
        s["score"] = json!(0);
    }
    let ds = load_value(&value).expect("a valid dataset");
    for view in ViewId::ALL {
        assert_geometry_sane(view, &layout(view, &ds, 800.0, 500.0, &EstimatedMetrics));
    }
    let survey = layout(ViewId::Survey, &ds, 800.0, 500.0, &EstimatedMetrics);
    let top = alliance_charts::format::number(1e-323);
    let labelled =
        survey.shapes.iter().filter(|s| matches!(s, Shape::Text { text, .. } if *text == top)).count();
    assert_eq!(labelled, 1, "one tick at the scale's top, {top}");
    let lines = survey.shapes.iter().filter(|s| matches!(s, Shape::Line { .. })).count();
    assert!(lines <= 4, "two grid lines and the axis, not {lines}");
}
