//! The scorecard view: every text inside its cell, the survey bars, fitting the canvas,
//! and picking rows and the conclusion.

mod common;

use alliance_charts::dataset::model::{Role, Statement};
use alliance_charts::describe::NOT_DISCUSSED;
use alliance_charts::layout::scorecard::{
    preferred_height, table, Gauge, TableLayout, TextBox, MIN_FONT, NORMAL_FONT, NO_SCORE,
};
use alliance_charts::layout::Ctx;
use alliance_charts::scene::{Datum, Paint, Rect, Scene, Shape};
use alliance_charts::text::EstimatedMetrics;
use alliance_charts::theme::LIGHT;
use alliance_charts::{Chart, Dataset, ViewId};
use common::{
    assert_no_text_overlap, assert_text_inside, default_dataset, default_value, load_value, scene, svg_texts,
};
use serde_json::json;

const SIZES: [(f64, f64); 4] = [(360.0, 560.0), (480.0, 700.0), (800.0, 500.0), (1440.0, 800.0)];

fn table_of(ds: &Dataset, width: f64, height: f64) -> TableLayout {
    table(&Ctx { ds, width, height, measure: &EstimatedMetrics, interactive: true })
}

/// Every text box of the table with the region that must hold it.
fn text_regions(t: &TableLayout) -> Vec<(Rect, &TextBox)> {
    let mut out: Vec<(Rect, &TextBox)> = t.header.iter().map(|c| (c.rect, &c.name)).collect();
    for row in &t.rows {
        let label_region = Rect::new(row.label.rect.x, row.rect.y, row.label.rect.w, row.rect.h);
        out.push((label_region, &row.label));
        for cell in &row.cells {
            out.push((cell.rect, &cell.text));
            match &cell.gauge {
                Some(Gauge::Bar { value, .. }) => out.push((cell.rect, value)),
                Some(Gauge::Missing(words)) => out.push((cell.rect, words)),
                None => {}
            }
        }
    }
    if let Some(note) = &t.note {
        out.push((t.bounds, note));
    }
    out.push((t.conclusion.rect, &t.conclusion.label));
    out.push((t.conclusion.rect, &t.conclusion.text));
    out
}

/// The table's texts are drawn exactly where the table puts them, each inside its cell.
fn assert_table_holds_its_text(ds: &Dataset, w: f64, h: f64) {
    let s = scene(ViewId::Scorecard, ds, w, h);
    let t = table_of(ds, w, h);
    assert_text_inside(&s);
    assert_no_text_overlap(&s);
    let regions = text_regions(&t);
    for (region, tb) in &regions {
        assert!(
            region.encloses(&tb.rect, 1e-6),
            "{:?} at {:?} leaves its cell {region:?} ({w}×{h})",
            tb.lines,
            tb.rect
        );
        for line in &tb.lines {
            let drawn = s.text_bounds().any(|(text, b)| text == line && tb.rect.encloses(&b, 0.01));
            assert!(drawn, "{line:?} is not drawn inside {:?} ({w}×{h})", tb.rect);
        }
    }
    // Nothing else is drawn inside the table.
    let lines: usize = regions.iter().map(|(_, tb)| tb.lines.len()).sum();
    let inside = s.text_bounds().filter(|(_, b)| t.bounds.encloses(b, 0.01)).count();
    assert_eq!(inside, lines, "texts inside the table at {w}×{h}");
    // Cells of a row never share space, nor with the row's label.
    for row in &t.rows {
        for (i, a) in row.cells.iter().enumerate() {
            assert!(!a.rect.intersects(&row.label.rect), "cell over label in row {}", row.index);
            assert!(row.rect.encloses(&a.rect, 1e-6), "cell outside row {}", row.index);
            for b in &row.cells[i + 1..] {
                assert!(!a.rect.intersects(&b.rect), "cells overlap in row {}", row.index);
            }
        }
    }
}

fn joined(tb: &TextBox) -> String {
    tb.lines.join(" ")
}

#[test]
fn svg_shows_every_label_cell_score_conclusion_and_source() {
    let ds = default_dataset();
    let mut chart = Chart::new(ds.clone());
    chart.set_view(ViewId::Scorecard);
    let svg = chart.to_svg(1440.0, 900.0, &EstimatedMetrics, &LIGHT);
    let all = svg_texts(&svg).join(" ");
    let card = &ds.scorecard;
    let mut expected: Vec<&str> =
        vec![&card.title, &card.conclusion.text, "The author concludes", "NATO", "CSTO"];
    expected.extend(card.rows.iter().map(|r| r.label.as_str()));
    expected.extend(card.rows.iter().flat_map(|r| r.cells.iter().flatten().map(|c| c.text.as_str())));
    expected.push("The author’s assessment: Almaty PfP Training Center");
    expected.extend([NOT_DISCUSSED, "4.35", "5.46", "Sources:", "Interfax, 3 October 2012"]);
    expected.extend(["Eurasia Daily Monitor, 11 September 2012", "2011 Military Doctrine"]);
    expected.extend(["2007 Military Doctrine", "Eurasia Daily Monitor, 17 October 2012"]);
    for text in expected {
        assert!(all.contains(text), "{text:?} missing from the SVG text: {all}");
    }
    assert!(!all.contains('…'), "nothing is cut short at 1440×900");
    assert!(!all.contains("null"));
}

#[test]
fn every_text_stays_inside_its_cell_from_phone_to_desktop() {
    let ds = default_dataset();
    for (w, h) in SIZES {
        assert_table_holds_its_text(&ds, w, h);
    }
}

#[test]
fn uncut_cells_keep_the_articles_words_and_a_null_cell_says_so_in_grey() {
    let ds = default_dataset();
    for (w, h) in [(480.0, 700.0), (800.0, 500.0), (1440.0, 800.0)] {
        let t = table_of(&ds, w, h);
        assert!(!t.clamped, "{w}×{h} fits without cuts");
        for (row, data) in t.rows.iter().zip(&ds.scorecard.rows) {
            assert_eq!(joined(&row.label), data.label);
            for (cell, words) in row.cells.iter().zip(&data.cells) {
                let drawn = match words {
                    Some(c) if c.kind == Statement::Author => format!("The author’s assessment: {}", c.text),
                    Some(c) => c.text.clone(),
                    None => NOT_DISCUSSED.to_string(),
                };
                assert_eq!(joined(&cell.text), drawn);
                let paint = if words.is_some() { Paint::Text } else { Paint::Muted };
                assert_eq!(cell.text.paint, paint);
            }
        }
        assert_eq!(joined(&t.conclusion.text), ds.scorecard.conclusion.text);
        let s = scene(ViewId::Scorecard, &ds, w, h);
        let grey = s.shapes.iter().any(|sh| {
            matches!(sh, Shape::Text { text, paint: Paint::Muted, .. } if text.contains("Not discussed"))
        });
        assert!(grey, "the null cell is muted at {w}×{h}");
    }
}

#[test]
fn survey_bars_measure_score_minus_one_in_side_colours() {
    let ds = default_dataset();
    for (w, h) in [(360.0, 900.0), (800.0, 500.0), (1440.0, 800.0)] {
        let t = table_of(&ds, w, h);
        let s = scene(ViewId::Scorecard, &ds, w, h);
        let row = t.rows.iter().find(|r| r.index == 5).expect("the survey row is shown");
        let bars: Vec<(Rect, Rect, Paint)> = row
            .cells
            .iter()
            .filter_map(|c| match &c.gauge {
                Some(Gauge::Bar { track, fill, role, .. }) => Some((*track, *fill, Paint::Side(*role))),
                _ => None,
            })
            .collect();
        assert_eq!(bars.len(), 2);
        assert_eq!(bars[0].2, Paint::Side(Role::Nato));
        assert_eq!(bars[1].2, Paint::Side(Role::Csto));
        assert!((bars[0].0.w - bars[1].0.w).abs() < 1e-9, "tracks share one scale");
        for ((track, fill, _), score) in bars.iter().zip([4.35, 5.46]) {
            assert!((fill.w / track.w - (score - 1.0) / 6.0).abs() < 1e-9, "{score}");
            assert_eq!(fill.x, track.x, "bars start at the scale's minimum");
        }
        assert!(((bars[0].1.w / bars[1].1.w) - 3.35 / 4.46).abs() < 1e-9);
        for (_, fill, paint) in &bars {
            let drawn = s
                .shapes
                .iter()
                .any(|sh| matches!(sh, Shape::Fill { rect, paint: p } if rect == fill && p == paint));
            assert!(drawn, "bar {fill:?} drawn in {paint:?} at {w}×{h}");
        }
    }
}

#[test]
fn a_side_without_a_survey_score_says_so() {
    let mut value = default_value();
    value["scorecard"]["columns"] = json!(["nato", "kazakhstan"]);
    let ds = load_value(&value).expect("valid");
    let t = table_of(&ds, 800.0, 600.0);
    let row = t.rows.iter().find(|r| r.index == 5).expect("the survey row");
    assert!(matches!(row.cells[0].gauge, Some(Gauge::Bar { .. })));
    match &row.cells[1].gauge {
        Some(Gauge::Missing(words)) => assert_eq!(joined(words), NO_SCORE),
        other => panic!("expected words, got {other:?}"),
    }
    assert_table_holds_its_text(&ds, 800.0, 600.0);
}

#[test]
fn preferred_height_grows_as_the_width_shrinks_and_fits_everything() {
    let ds = default_dataset();
    let heights: Vec<f64> =
        [360.0, 480.0, 800.0, 1440.0].iter().map(|w| preferred_height(&ds, *w, &EstimatedMetrics)).collect();
    assert!(heights.windows(2).all(|p| p[0] > p[1]), "{heights:?}");
    for (w, h) in [360.0, 480.0, 800.0, 1440.0].into_iter().zip(heights) {
        let t = table_of(&ds, w, h);
        assert_eq!(t.font, NORMAL_FONT, "{w}×{h}");
        assert!(!t.clamped, "{w}×{h}");
        let s = scene(ViewId::Scorecard, &ds, w, h);
        let cut: Vec<&str> = s.texts().filter(|t| t.contains('…')).collect();
        assert!(cut.is_empty(), "nothing cut at {w}×{h}: {cut:?}");
        assert_table_holds_its_text(&ds, w, h);
        // A little shorter and the normal font no longer fits.
        assert!(table_of(&ds, w, h - 20.0).font < NORMAL_FONT, "{w}×{h} is not much too tall");
    }
}

#[test]
fn the_font_shrinks_before_any_text_is_cut() {
    let ds = default_dataset();
    let mut last = 0.0;
    for h in (400..=900).step_by(25) {
        let t = table_of(&ds, 800.0, f64::from(h));
        assert!(t.font >= last, "font {} after {last} at height {h}", t.font);
        assert!((MIN_FONT..=NORMAL_FONT).contains(&t.font));
        assert!(!t.clamped || t.font == MIN_FONT, "cut at {} px at height {h}", t.font);
        last = t.font;
    }
    let cramped = table_of(&ds, 360.0, 560.0);
    assert_eq!(cramped.font, MIN_FONT);
    assert!(cramped.clamped);
    let cut =
        cramped.rows.iter().flat_map(|r| &r.cells).any(|c| c.text.lines.iter().any(|l| l.ends_with('…')));
    assert!(cut, "cells are cut short with an ellipsis");
    assert!(cramped.rows.len() == ds.scorecard.rows.len(), "every row still shown");
}

#[test]
fn narrow_canvases_put_the_label_above_the_cells() {
    let ds = default_dataset();
    for w in [360.0, 470.0] {
        let narrow = table_of(&ds, w, 900.0);
        assert!(narrow.stacked, "{w}");
        for row in &narrow.rows {
            assert_eq!(row.label.rect.w, narrow.bounds.w);
            assert!(row.cells.iter().all(|c| c.text.rect.y >= row.label.rect.bottom()));
        }
    }
    let wide = table_of(&ds, 800.0, 600.0);
    assert!(!wide.stacked);
    for row in &wide.rows {
        assert!(row
            .cells
            .iter()
            .all(|c| c.rect.x >= row.label.rect.right() && c.text.rect.y == row.label.rect.y));
    }
}

#[test]
fn cyrillic_and_very_long_cells_still_fit() {
    let mut value = default_value();
    let long = "A very long cell that keeps going with more and more words about the matter. ".repeat(4);
    let long: String = long.chars().take(300).collect::<String>().trim().to_string();
    value["scorecard"]["rows"][2]["cells"][1] = json!("Коллективные силы оперативного реагирования");
    value["scorecard"]["rows"][0]["cells"][0] = json!(long);
    value["scorecard"]["rows"][1]["label"] = json!("Коллективныесилыоперативногореагирования без пробелов");
    let ds = load_value(&value).expect("valid");
    for (w, h) in [(360.0, 560.0), (800.0, 500.0), (360.0, 900.0), (800.0, 800.0)] {
        assert_table_holds_its_text(&ds, w, h);
    }
    let roomy = table_of(&ds, 800.0, preferred_height(&ds, 800.0, &EstimatedMetrics));
    assert_eq!(joined(&roomy.rows[0].cells[0].text), long);
    assert_eq!(joined(&roomy.rows[2].cells[1].text), "Коллективные силы оперативного реагирования");
}

fn cells(n: usize) -> serde_json::Value {
    json!((0..n)
        .map(|j| if j % 3 == 2 { json!(null) } else { json!(format!("Column {j} words")) })
        .collect::<Vec<_>>())
}

#[test]
fn odd_shapes_of_table_lay_out_without_panicking() {
    let base = default_value();
    let mut one_column = base.clone();
    one_column["scorecard"]["columns"] = json!(["csto"]);
    let mut five_columns = base.clone();
    five_columns["scorecard"]["columns"] = json!(["nato", "csto", "un", "sco", "kazakhstan"]);
    let mut one_row = base.clone();
    let mut many_rows = base.clone();
    for (value, n) in [(&mut one_column, 1), (&mut five_columns, 5)] {
        for row in value["scorecard"]["rows"].as_array_mut().expect("rows") {
            row["cells"] = cells(n);
        }
    }
    one_row["scorecard"]["rows"] = json!([base["scorecard"]["rows"][5].clone()]);
    let template = base["scorecard"]["rows"][0].clone();
    let rows: Vec<serde_json::Value> = (0..200)
        .map(|i| {
            let mut r = template.clone();
            r["id"] = json!(format!("row-{i}"));
            r["label"] = json!(format!("Dimension {i}"));
            r
        })
        .collect();
    many_rows["scorecard"]["rows"] = json!(rows);
    for value in [&one_column, &five_columns, &one_row, &many_rows] {
        let ds = load_value(value).expect("valid");
        for (w, h) in SIZES {
            let s = scene(ViewId::Scorecard, &ds, w, h);
            assert_text_inside(&s);
            assert_no_text_overlap(&s);
            let t = table_of(&ds, w, h);
            assert_eq!(s.hits.len(), t.rows.len() + 1);
        }
        for (w, h) in [(200.0, 150.0), (20_000.0, 20_000.0)] {
            scene(ViewId::Scorecard, &ds, w, h);
        }
    }
    let ds = load_value(&many_rows).expect("valid");
    let t = table_of(&ds, 360.0, 560.0);
    assert!(t.rows.len() < 200 && !t.rows.is_empty());
    let note = t.note.as_ref().expect("a note says rows were left out");
    assert!(joined(note).starts_with(&format!("{} more rows", 200 - t.rows.len())));
    assert_table_holds_its_text(&ds, 360.0, 560.0);
}

fn centre(r: &Rect) -> (f64, f64) {
    (r.x + r.w / 2.0, r.y + r.h / 2.0)
}

#[test]
fn every_row_and_the_conclusion_can_be_picked_in_reading_order() {
    let ds = default_dataset();
    for (w, h) in SIZES {
        let mut chart = Chart::new(ds.clone());
        chart.set_view(ViewId::Scorecard);
        let s: Scene = chart.layout(w, h, &EstimatedMetrics).clone();
        let order: Vec<Datum> = s.hits.iter().map(|h| h.datum).collect();
        let mut expected: Vec<Datum> = (0..ds.scorecard.rows.len()).map(Datum::Row).collect();
        expected.push(Datum::Conclusion);
        assert_eq!(order, expected, "{w}×{h}");
        let t = table_of(&ds, w, h);
        for row in &t.rows {
            let (x, y) = centre(&row.rect);
            let info = chart.pick(x, y).expect("row picked");
            assert_eq!((info.kind, info.index), ("row", row.index));
            assert_eq!(info.label, ds.scorecard.rows[row.index].label);
        }
        let (x, y) = centre(&t.conclusion.rect);
        let info = chart.pick(x, y).expect("conclusion picked");
        assert_eq!(info.kind, "conclusion");
        assert_eq!(info.value.as_deref(), Some(ds.scorecard.conclusion.text.as_str()));
    }
}

#[test]
fn the_conclusion_stands_apart_in_a_tinted_box_with_a_rule() {
    let ds = default_dataset();
    let s = scene(ViewId::Scorecard, &ds, 800.0, 500.0);
    let t = table_of(&ds, 800.0, 500.0);
    let c = &t.conclusion;
    let last_row = t.rows.last().expect("rows");
    assert!(c.rect.y > last_row.rect.bottom(), "a gap separates it from the table");
    let fills: Vec<(Rect, Paint)> = s
        .shapes
        .iter()
        .filter_map(|sh| match sh {
            Shape::Fill { rect, paint } if c.rect.encloses(rect, 1e-6) => Some((*rect, *paint)),
            _ => None,
        })
        .collect();
    assert!(fills.contains(&(c.rect, Paint::Tint(Role::Neutral))), "tinted background");
    assert!(fills
        .iter()
        .any(|(r, p)| *p != Paint::Tint(Role::Neutral) && r.x == c.rect.x && r.h == c.rect.h && r.w <= 4.0));
    assert_eq!(joined(&c.label), "The author concludes");
    let header_paints: Vec<Paint> = t.header.iter().map(|h| h.name.paint).collect();
    assert_eq!(header_paints, [Paint::Side(Role::Nato), Paint::Side(Role::Csto)]);
}

fn assert_shapes_inside(s: &Scene) {
    let canvas = Rect::new(0.0, 0.0, s.width, s.height);
    for shape in &s.shapes {
        let rect = match shape {
            Shape::Fill { rect, .. } | Shape::Outline { rect, .. } => *rect,
            Shape::Text { bounds, .. } => *bounds,
            Shape::Line { from, to, .. } => {
                Rect::new(from.0.min(to.0), from.1.min(to.1), (to.0 - from.0).abs(), (to.1 - from.1).abs())
            }
            _ => continue,
        };
        assert!(canvas.encloses(&rect, 0.5), "{shape:?} leaves the {}×{} canvas", s.width, s.height);
    }
}

#[test]
fn nothing_leaves_the_canvas_at_any_size() {
    let mut wide = default_value();
    wide["scorecard"]["columns"] = json!(["nato", "csto", "un"]);
    for row in wide["scorecard"]["rows"].as_array_mut().expect("rows") {
        row["cells"] = json!(["x".repeat(400), "Коллективные силы оперативного реагирования", null]);
    }
    for ds in [default_dataset(), load_value(&wide).expect("valid")] {
        for w in [200.0, 260.0, 360.0, 479.0, 480.0, 640.0, 1024.0, 1440.0] {
            for h in [150.0, 240.0, 360.0, 560.0, 800.0] {
                let s = scene(ViewId::Scorecard, &ds, w, h);
                assert_shapes_inside(&s);
            }
        }
    }
}

#[test]
fn a_rows_sources_are_cited_once_each_in_order() {
    let mut value = default_value();
    value["scorecard"]["rows"][1]["cells"][1]["sources"] =
        json!(["interfax-2012-10-03", "edm-2012-10-17", "edm-2012-09-11", "interfax-2012-10-03"]);
    let ds = load_value(&value).expect("valid");
    let t = alliance_charts::table::table(&ds, ViewId::Scorecard);
    let source = t.columns.iter().position(|c| c == "Source").expect("a Source column");
    let cited: Vec<&str> = t.rows[1][source].split("; ").collect();
    assert_eq!(cited.len(), 3, "{cited:?}");
    assert!(cited[0].contains("17 October 2012") && cited[1].contains("Interfax"), "{cited:?}");
}
