//! The survey view with more bars than pixel rows: aggregated honestly, never rounded away.

mod common;

use alliance_charts::dataset::model::Role;
use alliance_charts::describe::role;
use alliance_charts::layout::survey::score_roles;
use alliance_charts::scene::{Datum, Paint, Rect, Scene, Shape};
use alliance_charts::{Dataset, ViewId};
use common::{assert_no_text_overlap, assert_text_inside, default_dataset, default_value, load_value, scene};
use serde_json::json;

/// A survey of `n` bars: NATO at `nato`, the CSTO at `csto`, the rest neutral organisations
/// with scores spread over 1–7 by a fixed pseudo-random sequence (the same on every run).
fn survey_of(n: usize, nato: f64, csto: f64) -> Dataset {
    assert!(n >= 2);
    let mut value = default_value();
    let mut sides = value["sides"].as_array().expect("sides").clone();
    let mut scores = vec![score("nato", nato), score("csto", csto)];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for k in 0..n - 2 {
        let id = format!("org-{k:05}");
        sides.push(json!({ "id": id, "name": format!("Organisation {k}"), "role": "neutral" }));
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let unit = (seed >> 11) as f64 / (1u64 << 53) as f64;
        scores.push(score(&id, (100.0 + unit * 600.0).round() / 100.0));
    }
    value["sides"] = json!(sides);
    value["survey"]["scores"] = json!(scores);
    load_value(&value).expect("the generated dataset is valid")
}

fn score(side: &str, score: f64) -> serde_json::Value {
    json!({
        "side": side,
        "score": score,
        "sources": ["edm-2012-10-17"],
        "quote": format!("{side} scored {score}"),
    })
}

/// Every filled bar shape (side colours and their tints), excluding the 12 px legend keys.
fn bar_fills(s: &Scene) -> Vec<(Rect, Paint)> {
    s.shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Fill { rect, paint: paint @ (Paint::Side(_) | Paint::Tint(_)) } if rect.h < 12.0 => {
                Some((*rect, *paint))
            }
            _ => None,
        })
        .collect()
}

/// The x of the survey axis's first and last grid lines (the scale's 1 and 7).
fn axis_ends(s: &Scene) -> (f64, f64) {
    let xs: Vec<f64> = s
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Line { from, paint: Paint::Grid, .. } => Some(from.0),
            _ => None,
        })
        .collect();
    (xs[0], xs[xs.len() - 1])
}

fn score_of(ds: &Dataset, datum: Datum) -> f64 {
    match datum {
        Datum::Score(i) => ds.survey.scores[i].score,
        other => panic!("picked {other:?}, not a score"),
    }
}

fn index_of(ds: &Dataset, side: &str) -> usize {
    ds.survey.scores.iter().position(|s| s.side == side).expect("scored")
}

/// The filled rect of a side colour that covers the middle of a bar's hit region.
fn row_fill_at(s: &Scene, ds: &Dataset, side: &str) -> (Rect, Paint) {
    let datum = Datum::Score(index_of(ds, side));
    let hit = s.hits.iter().find(|h| h.datum == datum).expect("every bar has a hit region");
    let y = hit.rect.y + hit.rect.h / 2.0;
    bar_fills(s)
        .into_iter()
        .find(|(r, p)| matches!(p, Paint::Side(_)) && r.y <= y && y < r.bottom())
        .expect("a row is drawn where the bar is")
}

#[test]
fn ten_thousand_bars_are_drawn_at_least_a_pixel_tall() {
    let ds = survey_of(10_000, 4.0, 6.2);
    let s = scene(ViewId::Survey, &ds, 800.0, 500.0);
    let fills = bar_fills(&s);
    assert!(fills.len() > 200, "one row per pixel of plot height, got {}", fills.len());
    for (r, paint) in &fills {
        assert!(r.h >= 1.0 - 1e-9, "{paint:?} rect {r:?} is thinner than a pixel");
        // Drawing rounds to whole CSS px: the rounded rect must keep a height.
        assert!(r.bottom().round() - r.y.round() >= 1.0, "{paint:?} rect {r:?} rounds to nothing");
    }
    // Rows do not overlap: the solid rects run top to bottom, one per row.
    let solid: Vec<Rect> =
        fills.iter().filter(|(_, p)| matches!(p, Paint::Side(_))).map(|(r, _)| *r).collect();
    assert!(solid.windows(2).all(|w| w[0].bottom() <= w[1].y + 1e-9));
    assert_text_inside(&s);
    assert_no_text_overlap(&s);
}

#[test]
fn the_subtitle_says_how_the_bars_are_aggregated() {
    let ds = survey_of(10_000, 4.0, 6.2);
    let s = scene(ViewId::Survey, &ds, 800.0, 500.0);
    let rows = bar_fills(&s).iter().filter(|(_, p)| matches!(p, Paint::Side(_))).count();
    let all = s.texts().collect::<Vec<_>>().join(" ");
    let note = format!("10,000 bars in {rows} pixel rows: each row spans its highest score;");
    assert!(all.contains(&note), "{note:?} missing from {all:?}");
    // Names and values are left out: there is no room for 10,000 labels.
    assert!(!all.contains("Organisation 17"));
}

#[test]
fn nato_stays_visible_inside_a_row_of_neutral_bars() {
    let ds = survey_of(10_000, 4.0, 6.2);
    let s = scene(ViewId::Survey, &ds, 800.0, 500.0);
    let (row, paint) = row_fill_at(&s, &ds, "nato");
    assert_eq!(paint, Paint::Side(Role::Nato), "NATO's row is NATO blue");
    // The row holds NATO and at least 25 neutral bars.
    let members: Vec<Datum> = s
        .hits
        .iter()
        .filter(|h| h.rect.y >= row.y - 1e-9 && h.rect.bottom() <= row.bottom() + 1e-9)
        .map(|h| h.datum)
        .collect();
    assert!(members.len() >= 26, "NATO's row holds {} bars", members.len());
    let neutral = members
        .iter()
        .filter(|d| match d {
            Datum::Score(i) => {
                ds.sides.iter().any(|s| ds.survey.scores[*i].side == s.id.as_str() && s.role == Role::Neutral)
            }
            _ => false,
        })
        .count();
    assert!(neutral >= 25, "{neutral} neutral bars share NATO's row");
    let (csto_row, csto_paint) = row_fill_at(&s, &ds, "csto");
    assert_eq!(csto_paint, Paint::Side(Role::Csto), "the CSTO's row is CSTO red");
    assert!(csto_row.y != row.y);
}

#[test]
fn nato_wins_a_row_it_shares_with_the_csto() {
    // Equal scores put both in one row; NATO outranks the CSTO for its colour.
    let ds = survey_of(10_000, 5.0, 5.0);
    let s = scene(ViewId::Survey, &ds, 800.0, 500.0);
    let (nato_row, paint) = row_fill_at(&s, &ds, "nato");
    let (csto_row, _) = row_fill_at(&s, &ds, "csto");
    assert_eq!(nato_row, csto_row);
    assert_eq!(paint, Paint::Side(Role::Nato));
}

#[test]
fn every_bar_keeps_a_hit_region() {
    let ds = survey_of(10_000, 4.0, 6.2);
    let s = scene(ViewId::Survey, &ds, 800.0, 500.0);
    assert_eq!(s.hits.len(), 10_000);
    let mut seen = vec![false; 10_000];
    for h in &s.hits {
        let Datum::Score(i) = h.datum else { panic!("{:?}", h.datum) };
        assert!(!seen[i], "score {i} has two hit regions");
        seen[i] = true;
        assert!(h.rect.h > 0.0);
    }
}

#[test]
fn picking_in_a_row_returns_a_bar_within_the_rows_range() {
    let ds = survey_of(10_000, 4.0, 6.2);
    let s = scene(ViewId::Survey, &ds, 800.0, 500.0);
    let (x1, x7) = axis_ends(&s);
    let px = |score: f64| x1 + (score - 1.0) / 6.0 * (x7 - x1);
    let fills = bar_fills(&s);
    let rows: Vec<Rect> =
        fills.iter().filter(|(_, p)| matches!(p, Paint::Side(_))).map(|(r, _)| *r).collect();
    for row in &rows {
        // The solid rect ends at the row's highest score; the tint, when drawn, starts at
        // its lowest (or 2 px after the axis, which keeps the row's colour visible).
        let tint = fills.iter().find(|(r, p)| matches!(p, Paint::Tint(_)) && r.y == row.y).map(|(r, _)| *r);
        let hi = row.right();
        let lo = match tint {
            Some(t) if t.x > x1 + 2.0 + 1e-9 => t.x,
            Some(_) => x1,
            None => hi - 0.5,
        };
        for f in [0.1, 0.5, 0.9] {
            let y = row.y + row.h * f;
            let datum = s.pick((x1 + x7) / 2.0, y).expect("every point of a row picks a bar");
            let at = px(score_of(&ds, datum));
            assert!(
                at <= hi + 1e-9 && at >= lo - 1e-9,
                "row at y {} spans {lo}–{hi} px, picked a bar at {at}",
                row.y
            );
        }
    }
}

#[test]
fn a_thousand_bars_aggregate_too() {
    let ds = survey_of(1_000, 4.0, 6.2);
    let s = scene(ViewId::Survey, &ds, 800.0, 500.0);
    assert_eq!(s.hits.len(), 1_000);
    assert!(bar_fills(&s).iter().all(|(r, _)| r.bottom().round() - r.y.round() >= 1.0));
    assert_eq!(row_fill_at(&s, &ds, "nato").1, Paint::Side(Role::Nato));
    assert!(s.texts().any(|t| t.contains("1,000 bars in")));
}

#[test]
fn bars_just_below_two_pixels_each_keep_their_own_row() {
    // 200 bars in about 330 px: thinner than a band with a gap, more pixels than bars.
    let ds = survey_of(200, 4.0, 6.2);
    let s = scene(ViewId::Survey, &ds, 800.0, 500.0);
    let solid: Vec<(Rect, Paint)> =
        bar_fills(&s).into_iter().filter(|(_, p)| matches!(p, Paint::Side(_))).collect();
    assert_eq!(solid.len(), 200, "one rect per bar");
    assert!(solid.iter().all(|(r, _)| r.bottom().round() - r.y.round() >= 1.0));
    assert!(!s.texts().any(|t| t.contains("pixel rows")), "nothing is aggregated, so no note");
    assert_eq!(row_fill_at(&s, &ds, "csto").1, Paint::Side(Role::Csto));
}

#[test]
fn dense_bars_fit_a_phone() {
    let ds = survey_of(10_000, 4.0, 6.2);
    for (w, h) in [(360.0, 520.0), (1440.0, 700.0)] {
        let s = scene(ViewId::Survey, &ds, w, h);
        assert_eq!(s.hits.len(), 10_000);
        assert!(bar_fills(&s).iter().all(|(r, _)| r.bottom().round() - r.y.round() >= 1.0));
        assert_eq!(row_fill_at(&s, &ds, "nato").1, Paint::Side(Role::Nato));
        assert_text_inside(&s);
        assert_no_text_overlap(&s);
        assert!(!s.texts().any(|t| t.ends_with('…')), "the note is cut short at {w}×{h}");
    }
}

#[test]
fn the_role_table_agrees_with_the_side_list() {
    for ds in [default_dataset(), survey_of(10_000, 4.0, 6.2)] {
        let roles = score_roles(&ds);
        assert_eq!(roles.len(), ds.survey.scores.len());
        for (s, r) in ds.survey.scores.iter().zip(&roles) {
            assert_eq!(*r, role(&ds, &s.side), "{}", s.side.id);
        }
    }
}
