//! The survey view: ranking, scale, labels, and its SVG output.

mod common;

use alliance_charts::dataset::model::Role;
use alliance_charts::layout::survey::ranking;
use alliance_charts::scene::{Datum, Paint, Shape};
use alliance_charts::text::EstimatedMetrics;
use alliance_charts::theme::LIGHT;
use alliance_charts::{Chart, ViewId};
use common::{
    assert_no_text_overlap, assert_text_inside, default_dataset, default_value, load_value, scene, svg_texts,
};

#[test]
fn bars_are_ranked_by_score_with_nato_last() {
    let ds = default_dataset();
    let order: Vec<&str> = ranking(&ds).into_iter().map(|i| ds.survey.scores[i].side.as_str()).collect();
    assert_eq!(order, ["un", "sco", "csto", "turkic", "cu-ces", "eurasec", "nato"]);
}

fn bars(scene: &alliance_charts::scene::Scene) -> Vec<(Paint, f64, f64, f64)> {
    scene
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Fill { rect, paint: paint @ Paint::Side(_) } if rect.h > 14.0 => {
                Some((*paint, rect.x, rect.right(), rect.y))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn the_value_axis_spans_the_real_scale_from_1_to_7() {
    let ds = default_dataset();
    let s = scene(ViewId::Survey, &ds, 800.0, 500.0);
    let bars = bars(&s);
    assert_eq!(bars.len(), 7);
    // Every bar starts at the same x: the scale's minimum, 1.
    let x1 = bars[0].1;
    assert!(bars.iter().all(|b| (b.1 - x1).abs() < 1e-9));
    // Bar lengths are proportional to score − 1, not to score.
    let len = |b: &(Paint, f64, f64, f64)| b.2 - b.1;
    let ratio = len(&bars[0]) / len(&bars[6]);
    assert!((ratio - (5.57 - 1.0) / (4.35 - 1.0)).abs() < 1e-9, "{ratio}");
    // Ticks run 1 to 7.
    let texts: Vec<&str> = s.texts().collect();
    for t in ["1", "2", "3", "4", "5", "6", "7"] {
        assert!(texts.contains(&t), "tick {t} missing");
    }
    assert!(!texts.contains(&"0"));
    // NATO is blue-coded and last, CSTO third.
    assert_eq!(bars[6].0, Paint::Side(Role::Nato));
    assert_eq!(bars[2].0, Paint::Side(Role::Csto));
    assert!(bars.windows(2).all(|w| w[0].3 < w[1].3), "bars run top to bottom");
}

#[test]
fn frame_carries_title_scale_note_and_sources() {
    let ds = default_dataset();
    let s = scene(ViewId::Survey, &ds, 800.0, 500.0);
    let all: String = s.texts().collect::<Vec<_>>().join("\n");
    assert!(all.contains("How much does each partnership benefit Kazakhstan?"));
    assert!(all.contains(
        "Scores (points) from a survey of 35 specialists (Interfax, 2 October 2012) · 1 = low benefit, 7 = high benefit"
    ));
    assert!(all.contains("Sources: Interfax, 2 October 2012; Eurasia Daily Monitor, 17 October 2012"));
}

/// Each font (size and weight) a first draw uses costs the browser a font lookup on a cold
/// page, so the survey keeps to a small type scale: title, body, small print and bold values.
#[test]
fn the_survey_draws_with_four_fonts_at_most() {
    let ds = default_dataset();
    for (w, h) in [(360.0, 520.0), (800.0, 500.0), (1440.0, 700.0)] {
        let s = scene(ViewId::Survey, &ds, w, h);
        let mut fonts: Vec<(u64, bool)> = s
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Text { font, .. } => Some((font.size.to_bits(), font.bold)),
                _ => None,
            })
            .collect();
        fonts.sort_unstable();
        fonts.dedup();
        let sizes: Vec<String> = fonts
            .iter()
            .map(|(s, b)| format!("{}{}", f64::from_bits(*s), if *b { " bold" } else { "" }))
            .collect();
        assert!(fonts.len() <= 4, "{w}×{h}: {} fonts: {}", fonts.len(), sizes.join(", "));
    }
}

#[test]
fn labels_stay_inside_and_apart_from_phone_to_desktop() {
    let ds = default_dataset();
    for (w, h) in [(360.0, 520.0), (480.0, 420.0), (800.0, 500.0), (1440.0, 700.0)] {
        let s = scene(ViewId::Survey, &ds, w, h);
        assert_text_inside(&s);
        assert_no_text_overlap(&s);
    }
}

#[test]
fn long_and_cyrillic_names_fit() {
    let mut value = default_value();
    value["sides"][3]["name"] = serde_json::json!("Коллективные силы оперативного реагирования");
    value["sides"][4]["name"] =
        serde_json::json!("An organisation with an exceptionally long name that goes on and on and on");
    let ds = load_value(&value).expect("valid");
    for w in [360.0, 800.0] {
        let s = scene(ViewId::Survey, &ds, w, 520.0);
        assert_text_inside(&s);
        assert_no_text_overlap(&s);
    }
}

#[test]
fn every_bar_can_be_picked() {
    let ds = default_dataset();
    let mut chart = Chart::new(ds);
    let s = chart.layout(800.0, 500.0, &EstimatedMetrics).clone();
    assert_eq!(s.hits.len(), 7);
    let nato = s.hits.iter().find(|h| h.datum == Datum::Score(6)).expect("NATO has a hit region");
    let info = chart.pick(nato.rect.x + nato.rect.w * 0.6, nato.rect.y + nato.rect.h / 2.0).expect("picked");
    assert_eq!(info.label, "NATO");
    assert_eq!(info.value.as_deref(), Some("4.35 on a scale of 1–7"));
    assert!(info.sources.contains(&"Interfax, 2 October 2012".to_string()));
    assert!(chart.pick(-5.0, -5.0).is_none());
}

#[test]
fn svg_contains_every_label_and_value() {
    let chart = Chart::new(default_dataset());
    let svg = chart.to_svg(800.0, 500.0, &EstimatedMetrics, &LIGHT);
    assert!(svg.starts_with("<svg"));
    // Wrapped labels are consecutive lines, so joining all text restores them.
    let joined = svg_texts(&svg).join(" ");
    for text in [
        "UN",
        "Shanghai Cooperation Organization (SCO)",
        "CSTO",
        "International Organization of Turkic Culture",
        "Customs Union/Common Economic Space",
        "Eurasian Economic Cooperation Organization",
        "NATO",
        "5.57",
        "5.54",
        "5.46",
        "5.13",
        "5.06",
        "4.5",
        "4.35",
        "Interfax, 2 October 2012",
    ] {
        assert!(joined.contains(text), "{text} missing from SVG text: {joined}");
    }
    // Bars in the side colours: NATO blue and CSTO red.
    assert!(
        svg.contains("#1D4ED8") || svg.contains("#1d4ed8") || svg.contains("rgb(29,78,216)"),
        "NATO colour missing"
    );
    // Text comes out at the canvas size, not plotters-svg's 1/1.24.
    assert!(svg.contains("font-size=\"18\""), "title size");
}
