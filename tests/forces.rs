//! The forces view: one panel per figure, drawn the way its data allows.

mod common;

use alliance_charts::dataset::model::Role;
use alliance_charts::describe::side_name;
use alliance_charts::layout::forces::{kind, Kind, NO_FIGURES};
use alliance_charts::scene::{Datum, Paint, Rect, Scene, Shape};
use alliance_charts::text::EstimatedMetrics;
use alliance_charts::theme::LIGHT;
use alliance_charts::{Chart, Dataset, ViewId};
use common::{
    assert_no_text_overlap, assert_text_inside, default_dataset, default_value, load_value, scene, svg_texts,
};
use serde_json::json;

const SIZES: [(f64, f64); 4] = [(360.0, 560.0), (480.0, 600.0), (800.0, 500.0), (1440.0, 800.0)];

fn index(ds: &Dataset, id: &str) -> usize {
    ds.forces.iter().position(|f| f.id == id).expect(id)
}

/// The hit region of `forces[i]`: the panel it is drawn in.
fn panel(s: &Scene, i: usize) -> Rect {
    s.hits.iter().find(|h| h.datum == Datum::Figure(i)).map(|h| h.rect).expect("every figure has a panel")
}

/// The filled rectangles inside a panel, background aside.
fn fills_in(s: &Scene, r: Rect) -> Vec<(Rect, Paint)> {
    s.shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Fill { rect, paint } if *paint != Paint::Background && r.encloses(rect, 0.5) => {
                Some((*rect, *paint))
            }
            _ => None,
        })
        .collect()
}

fn texts_in(s: &Scene, r: Rect) -> Vec<&str> {
    s.text_bounds().filter(|(_, b)| r.encloses(b, 0.5)).map(|(t, _)| t).collect()
}

fn forces_scene(ds: &Dataset, w: f64, h: f64) -> Scene {
    scene(ViewId::Forces, ds, w, h)
}

#[test]
fn each_figure_gets_the_panel_its_data_calls_for() {
    let ds = default_dataset();
    let of = |id: &str| kind(&ds.forces[index(&ds, id)]);
    assert_eq!(of("kazbrig"), Kind::Units { filled: 1, total: 3 });
    assert_eq!(of("contract-target"), Kind::Share { value: 65.0, total: 100.0 });
    assert_eq!(of("air-assault-37"), Kind::Words);
    assert_eq!(of("csto-peacekeepers"), Kind::Parts);

    let mut fig = ds.forces[index(&ds, "kazbrig")].clone();
    fig.total = Some(10_000.0);
    assert_eq!(kind(&fig), Kind::Share { value: 1.0, total: 10_000.0 }, "no unit chart of 10,000 blocks");
    fig.total = None;
    assert_eq!(kind(&fig), Kind::Number(1.0));
    fig.value.unit = Some("%".into());
    assert_eq!(kind(&fig), Kind::Share { value: 1.0, total: 100.0 });
}

#[test]
fn svg_shows_every_label_number_note_and_source() {
    let ds = default_dataset();
    let labels: Vec<String> = ds.forces.iter().map(|f| f.label.clone()).collect();
    let mut chart = Chart::new(ds);
    chart.set_view(ViewId::Forces);
    let svg = chart.to_svg(800.0, 500.0, &EstimatedMetrics, &LIGHT);
    // Wrapped labels are consecutive lines, so joining all text restores them.
    let joined = svg_texts(&svg).join(" ");
    for label in &labels {
        assert!(joined.contains(label.as_str()), "label {label:?} missing from: {joined}");
    }
    for text in [
        "Forces and manning on each track",
        "our arithmetic is marked",
        "1 of 3 battalions",
        "65%",
        "target",
        "“almost entirely”",
        "The article gives no figure",
        "4,000",
        "3,500",
        "500",
        "Defense ministries",
        "Law-enforcement and emergencies",
        "(computed: 4,000 − 3,500)",
        "Sources: Eurasia Daily Monitor, 11 September 2012; Interfax, 3 October 2012; Eurasia Daily Monitor, 17 October 2012",
        "Kazakhstan–NATO",
        "Kazakhstan–CSTO",
        "CSTO",
        "Kazakhstan’s Armed Forces",
    ] {
        assert!(joined.contains(text), "{text:?} missing from SVG text: {joined}");
    }
}

#[test]
fn the_words_only_figure_is_never_drawn_as_a_bar_or_a_number() {
    let ds = default_dataset();
    let i = index(&ds, "air-assault-37");
    for (w, h) in SIZES {
        let s = forces_scene(&ds, w, h);
        let r = panel(&s, i);
        let wide: Vec<_> = fills_in(&s, r).into_iter().filter(|(f, _)| f.w > 4.0 || f.h > 4.0).collect();
        assert!(wide.is_empty(), "at {w}×{h} the words panel has filled shapes {wide:?}");
        assert!(!s.shapes.iter().any(|sh| matches!(sh, Shape::Polygon { .. })));
        let texts = texts_in(&s, r);
        // The quoted words may wrap; their lines read in order.
        assert!(texts.join(" ").contains("“almost entirely”"), "at {w}×{h}: {texts:?}");
        let numeric = |t: &&str| t.contains('%') || t.replace(',', "").parse::<f64>().is_ok();
        assert!(!texts.iter().any(numeric), "at {w}×{h} the words panel shows a number: {texts:?}");
    }
}

#[test]
fn the_unit_chart_has_one_block_per_planned_battalion() {
    let ds = default_dataset();
    let i = index(&ds, "kazbrig");
    for (w, h) in SIZES {
        let s = forces_scene(&ds, w, h);
        let blocks: Vec<_> = fills_in(&s, panel(&s, i)).into_iter().filter(|(f, _)| f.w >= 10.0).collect();
        let formed = blocks.iter().filter(|(_, p)| *p == Paint::Side(Role::Nato)).count();
        let planned = blocks.iter().filter(|(_, p)| *p == Paint::Tint(Role::Nato)).count();
        assert_eq!((formed, planned, blocks.len()), (1, 2, 3), "at {w}×{h}: {blocks:?}");
        assert!(texts_in(&s, panel(&s, i)).contains(&"1 of 3 battalions"));
    }
}

#[test]
fn composition_segments_are_proportional_to_the_parts() {
    let ds = default_dataset();
    let i = index(&ds, "csto-peacekeepers");
    for (w, h) in SIZES {
        let s = forces_scene(&ds, w, h);
        let r = panel(&s, i);
        let mut segments: Vec<Rect> =
            fills_in(&s, r).into_iter().filter(|(f, _)| f.w > 12.0 && f.h >= 10.0).map(|(f, _)| f).collect();
        segments.sort_by(|a, b| a.x.total_cmp(&b.x));
        let [a, b] = segments[..] else { panic!("at {w}×{h}, two segments expected: {segments:?}") };
        let whole = a.w + b.w;
        assert!((whole - r.w).abs() < 1.0, "the bar spans the panel");
        assert!((a.w - whole * 3500.0 / 4000.0).abs() <= 1.0, "{a:?}");
        assert!((b.w - whole * 500.0 / 4000.0).abs() <= 1.0, "{b:?}");
        assert!((a.right() - b.x).abs() < 1e-9 && a.y == b.y, "segments adjoin");
    }
}

/// How much of a share panel's cells or bar is filled, whichever it draws.
fn filled_share(fills: &[(Rect, Paint)], role: Role) -> f64 {
    let area = |p: Paint| fills.iter().filter(|(_, q)| *q == p).map(|(r, _)| r.w * r.h).sum::<f64>();
    let (on, off) = (area(Paint::Side(role)), area(Paint::Tint(role)));
    if fills.len() == 100 {
        on / (on + off)
    } else {
        on / off
    }
}

#[test]
fn the_percentage_fills_65_of_100_waffle_cells() {
    let ds = default_dataset();
    let i = index(&ds, "contract-target");
    let s = forces_scene(&ds, 800.0, 500.0);
    let cells = fills_in(&s, panel(&s, i));
    let filled = cells.iter().filter(|(_, p)| *p == Paint::Side(Role::Neutral)).count();
    let empty = cells.iter().filter(|(_, p)| *p == Paint::Tint(Role::Neutral)).count();
    assert_eq!((filled, empty), (65, 35));
    let texts = texts_in(&s, panel(&s, i));
    assert!(texts.contains(&"65%") && texts.contains(&"target"), "{texts:?}");
    // Where a waffle does not fit, the share is a bar filled to 65 % of its track.
    for (w, h) in SIZES.into_iter().chain([(640.0, 420.0)]) {
        let s = forces_scene(&ds, w, h);
        let share = filled_share(&fills_in(&s, panel(&s, i)), Role::Neutral);
        assert!((share - 0.65).abs() < 1e-9, "at {w}×{h}: {share}");
    }
}

#[test]
fn a_share_of_another_whole_is_a_proportion_bar() {
    let mut value = default_value();
    value["forces"][1]["value"] = json!({"number": 650, "unit": "officer"});
    value["forces"][1]["total"] = json!(1000);
    let ds = load_value(&value).expect("valid");
    for (w, h) in SIZES {
        let s = forces_scene(&ds, w, h);
        let r = panel(&s, 1);
        let fills = fills_in(&s, r);
        assert_eq!(fills.len(), 2, "track and fill at {w}×{h}");
        assert!((filled_share(&fills, Role::Neutral) - 0.65).abs() < 1e-9);
        assert!(texts_in(&s, r).contains(&"650 of 1,000 officers"));
    }
}

#[test]
fn text_stays_inside_and_apart_and_every_panel_can_be_picked() {
    for (w, h) in SIZES {
        let mut chart = Chart::new(default_dataset());
        chart.set_view(ViewId::Forces);
        let s = chart.layout(w, h, &EstimatedMetrics).clone();
        assert_text_inside(&s);
        assert_no_text_overlap(&s);
        let data: Vec<Datum> = s.hits.iter().map(|h| h.datum).collect();
        assert_eq!(data, (0..4).map(Datum::Figure).collect::<Vec<_>>(), "reading order");
        let ds = default_dataset();
        for (k, hit) in s.hits.iter().enumerate() {
            let r = hit.rect;
            let side = side_name(&ds, &ds.forces[k].side);
            assert!(texts_in(&s, r).contains(&side), "{side} names panel {k} at {w}×{h}");
            let info = chart.pick(r.x + r.w / 2.0, r.y + r.h / 2.0).expect("picked");
            assert_eq!((info.kind, info.index), ("figure", k), "at {w}×{h}");
        }
        let columns = s.hits.iter().filter(|h| h.rect.y == s.hits[0].rect.y).count();
        assert_eq!(columns, if w < 480.0 { 1 } else { 2 }, "at {w}×{h}");
    }
}

#[test]
fn cyrillic_and_very_long_labels_fit() {
    let mut value = default_value();
    value["forces"][0]["label"] = json!("Коллективные силы оперативного реагирования");
    value["forces"][3]["label"] = json!(
        "Personnel assigned to the peacekeeping component of the Collective Security Treaty Organization, \
         counted across every member state's defence and interior ministries"
    );
    value["forces"][3]["parts"][1]["label"] =
        json!("Сотрудники правоохранительных органов и министерств по чрезвычайным ситуациям");
    value["forces"][2]["value"]["words"] =
        json!("almost entirely, according to officers interviewed by the author during the exercise");
    let ds = load_value(&value).expect("valid");
    assert!(ds.forces[3].label.chars().count() > 140);
    for (w, h) in [(360.0, 560.0), (800.0, 500.0)] {
        let s = forces_scene(&ds, w, h);
        assert_text_inside(&s);
        assert_no_text_overlap(&s);
        assert_eq!(s.hits.len(), 4);
    }
}

fn with_figures(n: usize, make: impl Fn(usize) -> serde_json::Value) -> Dataset {
    let mut value = default_value();
    value["forces"] = (0..n).map(make).collect();
    load_value(&value).expect("valid")
}

#[test]
fn empty_crowded_and_huge_datasets_still_lay_out() {
    let base = default_value()["forces"].clone();
    let empty = with_figures(0, |_| json!(null));
    let crowded = with_figures(50, |i| {
        let mut f = base[i % 4].clone();
        f["id"] = json!(format!("figure-{i}"));
        f
    });
    let huge = with_figures(1, |_| {
        let mut f = base[0].clone();
        f["total"] = json!(10_000);
        f
    });
    for (w, h) in SIZES {
        let s = forces_scene(&empty, w, h);
        assert!(s.texts().any(|t| t == NO_FIGURES) && s.hits.is_empty());
        for ds in [&crowded, &huge] {
            let s = forces_scene(ds, w, h);
            assert_text_inside(&s);
            assert_no_text_overlap(&s);
            assert_eq!(s.hits.len(), ds.forces.len());
        }
        // A total of 10,000 is a proportion bar, not 10,000 blocks.
        let s = forces_scene(&huge, w, h);
        assert!(fills_in(&s, panel(&s, 0)).len() <= 2, "at {w}×{h}");
    }
}
