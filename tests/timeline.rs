//! The timeline view: time scale, marks by date precision, labels, hit regions, SVG output.

mod common;

use alliance_charts::dataset::model::Role;
use alliance_charts::layout::timeline::{lanes, mark_of, year_range, Mark, MarkKind, TimeScale};
use alliance_charts::scene::{Datum, Paint, Scene, Shape};
use alliance_charts::text::EstimatedMetrics;
use alliance_charts::theme::LIGHT;
use alliance_charts::{Chart, Dataset, ViewId};
use common::{
    assert_no_text_overlap, assert_text_inside, default_dataset, default_value, load_value, scene, svg_texts,
};
use serde_json::json;

const SIZES: [(f64, f64); 4] = [(360.0, 560.0), (480.0, 600.0), (800.0, 500.0), (1440.0, 800.0)];

fn event(ds: &Dataset, id: &str) -> usize {
    ds.events.iter().position(|e| e.id == id).unwrap_or_else(|| panic!("no event {id}"))
}

fn mark(ds: &Dataset, id: &str, scale: &TimeScale) -> Mark {
    mark_of(ds, event(ds, id), scale).expect("the event has a mark")
}

fn svg_text(w: f64, h: f64) -> String {
    let mut chart = Chart::new(default_dataset());
    chart.set_view(ViewId::Timeline);
    let svg = chart.to_svg(w, h, &EstimatedMetrics, &LIGHT);
    assert!(svg.starts_with("<svg"));
    svg_texts(&svg).join(" ")
}

#[test]
fn the_axis_runs_from_january_2006_to_the_end_of_2014() {
    let ds = default_dataset();
    assert_eq!(year_range(&ds), (2006, 2015));
    let s = TimeScale::for_dataset(&ds, 100.0, 1000.0);
    assert_eq!(s.x(2006.0), 100.0);
    assert_eq!(s.x(2015.0), 1000.0);
    assert_eq!(s.year_width(), 100.0);
}

#[test]
fn x_grows_with_the_date() {
    let ds = default_dataset();
    let s = TimeScale::for_dataset(&ds, 40.0, 760.0);
    let xs: Vec<f64> = (0..=108).map(|m| s.x(2006.0 + f64::from(m) / 12.0)).collect();
    assert!(xs.windows(2).all(|p| p[1] > p[0]), "{xs:?}");
    // Marks of point events keep date order too.
    let ids = ["csto-peacekeeping-formed", "csto-peacekeeping-in-force", "nerushimoye-bratstvo-2012"];
    let anchors: Vec<f64> = ids.iter().map(|id| mark(&ds, id, &s).anchor()).collect();
    assert!(anchors.windows(2).all(|p| p[1] > p[0]), "{anchors:?}");
}

#[test]
fn every_mark_spans_its_period_and_ends_after_it_starts() {
    let ds = default_dataset();
    let s = TimeScale::for_dataset(&ds, 40.0, 760.0);
    for (i, e) in ds.events.iter().enumerate() {
        let m = mark_of(&ds, i, &s).expect("mark");
        assert!(m.x1 >= m.x0, "{}: {m:?}", e.id);
        let (a, b) = (s.x(e.when.start()), s.x(e.when.end()));
        assert!(m.x0 <= a + 1e-9 && m.x1 >= b - 1e-9, "{} mark {m:?} misses its period {a}–{b}", e.id);
        assert!(m.x0 >= s.x0 - 1e-9 && m.x1 <= s.x1 + 1e-9, "{} leaves the axis", e.id);
    }
    let cycle = mark(&ds, "ipap-third-cycle", &s);
    assert_eq!(cycle.kind, MarkKind::Span);
    assert!((cycle.x1 - cycle.x0 - 2.0 * s.year_width()).abs() < 1e-9, "2012–2013 is two years wide");
    assert_eq!(mark(&ds, "nerushimoye-bratstvo-2012", &s).kind, MarkKind::Span);
}

#[test]
fn each_precision_has_its_own_mark() {
    let ds = default_dataset();
    let s = TimeScale::for_dataset(&ds, 40.0, 760.0);
    let kind = |id| mark(&ds, id, &s).kind;
    assert_eq!(kind("csto-peacekeeping-formed"), MarkKind::Day);
    assert_eq!(kind("nazarbayev-questions-nato"), MarkKind::Month);
    assert_eq!(kind("steppe-eagle-2012"), MarkKind::PartOfMonth);
    assert_eq!(kind("doctrine-2007"), MarkKind::Year);
    assert_eq!(kind("reverse-transit"), MarkKind::Window);
    let width = |id| {
        let m = mark(&ds, id, &s);
        m.x1 - m.x0
    };
    assert!(
        width("nazarbayev-questions-nato") > width("csto-peacekeeping-formed"),
        "a month is wider than a day"
    );
    assert!(width("doctrine-2007") >= s.year_width() - 1e-9, "a year-only date covers its year");
    assert!(width("reverse-transit") > width("nazarbayev-questions-nato"), "the window spans April–October");
    // Only the withdrawal lies after the article.
    let expected: Vec<&str> = ds
        .events
        .iter()
        .enumerate()
        .filter(|(i, _)| mark_of(&ds, *i, &s).is_some_and(|m| m.expected))
        .map(|(_, e)| e.id.as_str())
        .collect();
    assert_eq!(expected, ["afghanistan-withdrawal"]);
}

/// Dashed lines in a side's colour within `x0..x1`.
fn dashed_in(s: &Scene, role: Role, (x0, x1): (f64, f64)) -> usize {
    s.shapes
        .iter()
        .filter(|sh| match sh {
            Shape::Line { from, to, paint, dash: Some(_), .. } => {
                *paint == Paint::Side(role) && from.0.min(to.0) >= x0 - 1.0 && from.0.max(to.0) <= x1 + 1.0
            }
            _ => false,
        })
        .count()
}

fn hit_of(s: &Scene, i: usize) -> alliance_charts::scene::Hit {
    *s.hits
        .iter()
        .find(|h| h.datum == Datum::Event(i))
        .unwrap_or_else(|| panic!("event {i} has no hit region"))
}

#[test]
fn the_expected_event_is_drawn_ahead_of_the_article() {
    let ds = default_dataset();
    let s = scene(ViewId::Timeline, &ds, 800.0, 500.0);
    let ahead = hit_of(&s, event(&ds, "afghanistan-withdrawal")).rect;
    let past = hit_of(&s, event(&ds, "doctrine-2007")).rect;
    assert!(
        dashed_in(&s, Role::Nato, (ahead.x, ahead.right())) >= 4,
        "the 2014 withdrawal has a dashed outline"
    );
    assert_eq!(dashed_in(&s, Role::Nato, (past.x, past.right())), 0, "the 2007 doctrine is drawn as past");
    let all = s.texts().collect::<Vec<_>>().join(" ");
    assert!(all.contains("expected 2014"), "{all}");
    assert!(all.contains("sometime Apr–17 Oct 2012"), "the undisclosed date says so: {all}");
    for key in ["Exact day", "Month", "Part of month", "Year", "Period", "Date not given", "Expected"] {
        assert!(all.contains(key), "precision key lacks {key}");
    }
    // The article's date is a vertical line in the "now" colour.
    let now_lines = s
        .shapes
        .iter()
        .filter(|sh| matches!(sh, Shape::Line { from, to, paint: Paint::Now, .. } if from.0 == to.0 && to.1 - from.1 > 40.0))
        .count();
    assert_eq!(now_lines, 1);
}

#[test]
fn svg_names_every_event_year_the_article_and_the_sources() {
    let joined = svg_text(800.0, 500.0);
    let ds = default_dataset();
    for e in &ds.events {
        assert!(joined.contains(&e.label), "{} missing from SVG text: {joined}", e.label);
    }
    for year in 2006..=2014 {
        assert!(joined.contains(&year.to_string()), "year {year} missing");
    }
    for text in [
        "Two tracks: NATO and CSTO milestones, 2006–2014",
        "NATO track",
        "CSTO track",
        "Article, 17 Oct 2012",
        "Interfax, 3 October 2012",
        "Interfax, 5 September 2012",
        "newskaz.ru, 26 April 2012",
        "2007 Military Doctrine",
        "Eurasia Daily Monitor, 17 October 2012",
    ] {
        assert!(joined.contains(text), "{text} missing from SVG text: {joined}");
    }
}

#[test]
fn a_phone_canvas_numbers_the_marks_and_lists_every_event() {
    let ds = default_dataset();
    // The widget is 40rem (640 px) tall on phones.
    let joined = svg_text(360.0, 640.0);
    for (n, e) in ds.events.iter().enumerate() {
        let start: String = e.label.chars().take(14).collect();
        assert!(joined.contains(&start), "{} missing from the list: {joined}", e.label);
        assert!(joined.contains(&(n + 1).to_string()));
    }
    assert!(!joined.contains("more: hover"), "every event fits the list: {joined}");
    assert!(joined.contains("Article, 17 Oct 2012"));
}

#[test]
fn labels_stay_inside_and_apart_from_phone_to_desktop() {
    let ds = default_dataset();
    for (w, h) in SIZES {
        let s = scene(ViewId::Timeline, &ds, w, h);
        assert_text_inside(&s);
        assert_no_text_overlap(&s);
    }
}

#[test]
fn every_event_can_be_picked_in_reading_order() {
    let ds = default_dataset();
    let nato: Vec<usize> =
        lanes(&ds).into_iter().filter(|(r, _)| *r == Role::Nato).flat_map(|(_, ids)| ids).collect();
    for (w, h) in SIZES {
        let mut chart = Chart::new(ds.clone());
        chart.set_view(ViewId::Timeline);
        let s = chart.layout(w, h, &EstimatedMetrics).clone();
        assert_eq!(s.hits.len(), ds.events.len(), "one hit region per event at {w}×{h}");
        for (i, e) in ds.events.iter().enumerate() {
            let r = hit_of(&s, i).rect;
            assert!(r.w >= 16.0 && r.h >= 16.0, "{}'s hit region {r:?} is too small", e.id);
            let info = chart.pick(r.x + r.w / 2.0, r.y + r.h / 2.0).expect("picked");
            assert_eq!(info.label, e.label, "the centre of {}'s region at {w}×{h}", e.id);
        }
        // NATO's lane first, then CSTO's; each from its earliest start to its latest.
        let order: Vec<usize> = s
            .hits
            .iter()
            .filter_map(|h| if let Datum::Event(i) = h.datum { Some(i) } else { None })
            .collect();
        let (first, second) = order.split_at(nato.len());
        assert_eq!(first, &nato[..]);
        let starts = |ids: &[usize]| ids.iter().map(|i| ds.events[*i].when.start()).collect::<Vec<_>>();
        for lane in [first, second] {
            assert!(starts(lane).windows(2).all(|p| p[0] <= p[1]), "{lane:?} is not in date order");
        }
        assert!(second.iter().all(|i| ds.events[*i].side == "csto"));
    }
}

#[test]
fn cyrillic_and_very_long_labels_fit() {
    let mut value = default_value();
    value["events"][11]["label"] = json!("Нерушимое братство 2012");
    value["events"][9]["label"] = json!("Коллективные силы оперативного реагирования");
    value["events"][4]["label"] = json!(
        "A very long label that keeps going to test wrapping: Astana signs a reverse transit agreement with NATO on \
         the Northern Distribution Network routes"
    );
    let ds = load_value(&value).expect("valid");
    assert!(ds.events[4].label.chars().count() >= 140);
    for (w, h) in [(360.0, 560.0), (800.0, 500.0)] {
        let s = scene(ViewId::Timeline, &ds, w, h);
        assert_text_inside(&s);
        assert_no_text_overlap(&s);
        assert_eq!(s.hits.len(), ds.events.len());
    }
    let s = scene(ViewId::Timeline, &ds, 800.0, 500.0);
    let all = s.texts().collect::<Vec<_>>().join(" ");
    assert!(all.contains("Нерушимое братство 2012"), "{all}");
}

fn with_events(events: serde_json::Value) -> Dataset {
    let mut value = default_value();
    value["events"] = events;
    load_value(&value).expect("valid")
}

fn day_event(i: usize, side: &str, day: u8) -> serde_json::Value {
    json!({
        "id": format!("e{i}"), "side": side, "label": format!("Event number {i}"),
        "when": {"on": {"year": 2012, "month": 5, "day": day}},
        "sources": ["edm-2012-10-17"], "quote": "q"
    })
}

#[test]
fn odd_datasets_lay_out_without_losing_an_event() {
    let none = with_events(json!([]));
    let one = with_events(json!([day_event(0, "csto", 1)]));
    let neutral =
        with_events(json!([day_event(0, "nato", 1), day_event(1, "un", 2), day_event(2, "sco", 3)]));
    let same_day = with_events(json!((0..40).map(|i| day_event(i, "nato", 9)).collect::<Vec<_>>()));
    let many = with_events(json!((0..500)
        .map(|i| day_event(i, if i % 2 == 0 { "nato" } else { "csto" }, (i % 28 + 1) as u8))
        .collect::<Vec<_>>()));
    for ds in [none, one, neutral, same_day, many] {
        for (w, h) in [(360.0, 560.0), (800.0, 500.0)] {
            let s = scene(ViewId::Timeline, &ds, w, h);
            assert_eq!(s.hits.len(), ds.events.len());
            assert_text_inside(&s);
            assert_no_text_overlap(&s);
        }
    }
}

/// Asserts no text lies across a leader line: points along each leader (it may touch the
/// text it leads to) stay out of every text box shrunk by 1 px.
fn assert_no_text_across_leaders(s: &Scene, size: (f64, f64)) {
    let texts: Vec<_> = s.text_bounds().map(|(t, b)| (t, b.inset(1.0))).collect();
    for shape in &s.shapes {
        let Shape::Line { from, to, paint: Paint::Axis, .. } = shape else { continue };
        for k in 0..=100 {
            let t = f64::from(k) / 100.0;
            let (x, y) = (from.0 + (to.0 - from.0) * t, from.1 + (to.1 - from.1) * t);
            for (text, b) in &texts {
                let inside = x > b.x && x < b.right() && y > b.y && y < b.bottom();
                assert!(!inside, "at {size:?} the line {from:?}→{to:?} crosses {text:?} at {b:?}");
            }
        }
    }
}

#[test]
fn no_label_lies_across_a_leader() {
    let crowded = with_events(json!((0..12)
        .map(|i| day_event(i, if i % 3 == 0 { "csto" } else { "nato" }, (i * 2 + 1) as u8))
        .collect::<Vec<_>>()));
    for ds in [default_dataset(), crowded] {
        for w in [360.0, 480.0, 640.0, 800.0, 1000.0, 1100.0, 1440.0, 2000.0] {
            for h in [500.0, 640.0, 900.0] {
                let s = scene(ViewId::Timeline, &ds, w, h);
                assert!(s.shapes.iter().any(|sh| matches!(sh, Shape::Line { paint: Paint::Axis, .. })));
                assert_no_text_across_leaders(&s, (w, h));
                assert_no_text_overlap(&s);
            }
        }
    }
}

#[test]
fn other_organisations_get_a_third_lane() {
    let ds = with_events(json!([day_event(0, "nato", 1), day_event(1, "un", 2), day_event(2, "csto", 3)]));
    let roles: Vec<Role> = lanes(&ds).into_iter().map(|(r, _)| r).collect();
    assert_eq!(roles, [Role::Nato, Role::Csto, Role::Neutral]);
    let s = scene(ViewId::Timeline, &ds, 800.0, 500.0);
    let y = |i| hit_of(&s, i).rect.y;
    assert!(y(0) < y(2) && y(2) < y(1), "NATO above the axis, CSTO below, others under CSTO");
    assert!(s.texts().any(|t| t == "Other organisations"));
}

#[test]
fn on_the_canvas_the_events_left_out_of_the_list_are_a_hover_away() {
    let ds = default_dataset();
    let s = scene(ViewId::Timeline, &ds, 640.0, 416.0);
    let joined = s.texts().collect::<Vec<_>>().join(" | ");
    assert!(joined.contains(" more: hover or tap a mark for details"), "{joined}");
}
