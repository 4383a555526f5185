//! The embedded default dataset: it parses, validates, and holds the article's figures.

mod common;

use alliance_charts::dataset::date::{MonthPart, PartialDate, When};
use alliance_charts::dataset::model::{Measure, Ref, Role, Source};
use common::{default_dataset, default_value, load_value};

#[test]
fn default_dataset_parses_and_validates() {
    let ds = default_dataset();
    assert_eq!(ds.version, 1);
    assert_eq!(ds.article.publication, "Eurasia Daily Monitor");
    assert_eq!(ds.article.date, PartialDate::day(2012, 10, 17));
}

#[test]
fn survey_holds_the_seven_scores_of_the_article() {
    let ds = default_dataset();
    assert_eq!(ds.survey.respondents, 35);
    assert_eq!((ds.survey.scale.min, ds.survey.scale.max), (1.0, 7.0));
    let scores: Vec<(&str, f64)> = ds.survey.scores.iter().map(|s| (s.side.as_str(), s.score)).collect();
    assert_eq!(
        scores,
        [
            ("un", 5.57),
            ("sco", 5.54),
            ("csto", 5.46),
            ("turkic", 5.13),
            ("cu-ces", 5.06),
            ("eurasec", 4.5),
            ("nato", 4.35)
        ]
    );
    let role = |id: &str| ds.sides.iter().find(|s| s.id == id).map(|s| s.role);
    assert_eq!(role("nato"), Some(Role::Nato));
    assert_eq!(role("csto"), Some(Role::Csto));
    assert_eq!(role("un"), Some(Role::Neutral));
}

#[test]
fn dates_keep_the_precision_the_article_gives() {
    let ds = default_dataset();
    let when = |id: &str| ds.events.iter().find(|e| e.id == id).map(|e| e.when).expect(id);
    assert_eq!(when("ipap-joined"), When::On(PartialDate::month(2006, 1)));
    assert_eq!(
        when("steppe-eagle-2012"),
        When::On(PartialDate { part: Some(MonthPart::Early), ..PartialDate::month(2012, 9) })
    );
    assert_eq!(
        when("nerushimoye-bratstvo-2012"),
        When::Span { from: PartialDate::day(2012, 10, 8), to: PartialDate::day(2012, 10, 17) }
    );
    assert_eq!(when("csto-peacekeeping-formed"), When::On(PartialDate::day(2007, 10, 6)));
    assert_eq!(when("csto-peacekeeping-in-force"), When::On(PartialDate::month(2009, 1)));
    assert_eq!(when("afghanistan-withdrawal"), When::On(PartialDate::year(2014)));
    assert_eq!(
        when("ipap-third-cycle"),
        When::Span { from: PartialDate::year(2012), to: PartialDate::year(2013) }
    );
    assert_eq!(when("nazarbayev-questions-nato"), When::On(PartialDate::month(2012, 4)));
}

#[test]
fn forces_figures_are_exact_or_in_words() {
    let ds = default_dataset();
    let figure = |id: &str| ds.forces.iter().find(|f| f.id == id).expect(id);
    assert_eq!((figure("kazbrig").value.number, figure("kazbrig").total), (Some(1.0), Some(3.0)));
    assert_eq!(figure("contract-target").value.number, Some(65.0));
    let brigade = figure("air-assault-37");
    assert_eq!(brigade.value.number, None, "the article gives no number for the 37th brigade");
    assert_eq!(brigade.value.words.as_deref(), Some("almost entirely"));
    let peacekeepers = figure("csto-peacekeepers");
    assert_eq!(peacekeepers.value.number, Some(4000.0));
    let parts: Vec<f64> = peacekeepers.parts.iter().map(|p| p.number).collect();
    assert_eq!(parts, [3500.0, 500.0]);
}

#[test]
fn every_item_cites_a_source_and_the_article() {
    let ds = default_dataset();
    let article = ds.article.source.as_str();
    let mut cited: Vec<&Vec<Ref<Source>>> = vec![&ds.survey.sources, &ds.scorecard.conclusion.sources];
    cited.extend(ds.survey.scores.iter().map(|s| &s.sources));
    cited.extend(ds.events.iter().map(|e| &e.sources));
    cited.extend(ds.forces.iter().map(|f| &f.sources));
    cited.extend(ds.scorecard.rows.iter().map(|r| &r.sources));
    for sources in cited {
        assert!(sources.iter().any(|s| *s == article), "{sources:?} lacks the article");
        assert!(sources.iter().all(|s| ds.source(s).is_some_and(|source| source.id == s.id)), "{sources:?}");
    }
    for id in [
        "interfax-2012-09-05",
        "interfax-2012-10-02",
        "interfax-2012-10-03",
        "newskaz-2012-04-26",
        "edm-2012-09-11",
        "doctrine-2007",
        "doctrine-2011",
    ] {
        assert!(ds.sources.iter().any(|s| s.id == id), "source {id} missing");
    }
}

#[test]
fn optional_fields_are_read_when_given() {
    let ds = default_dataset();
    let source = |id: &str| ds.sources.iter().find(|s| s.id == id).expect(id);
    assert_eq!(source("edm-2012-10-17").note.as_deref(), Some("the article itself"));
    assert_eq!(source("edm-2012-10-17").date, Some(PartialDate::day(2012, 10, 17)));
    let event = |id: &str| ds.events.iter().find(|e| e.id == id).expect(id);
    assert_eq!(event("reverse-transit").detail, None);
    assert!(matches!(event("reverse-transit").when, When::Between { .. }));
    assert!(ds.events.iter().any(|e| e
        .detail
        .as_deref()
        .is_some_and(|d| d.starts_with("Iliyskiy, Shoshkala and Bereg training ranges; "))));
    let row = |id: &str| ds.scorecard.rows.iter().find(|r| r.id == id).expect(id);
    assert_eq!(row("doctrine").cells[1], None, "null is a cell the article says nothing in");
    assert_eq!(row("survey").measure, Some(Measure::Survey));
    assert_eq!(row("doctrine").measure, None);
}

#[test]
fn null_optional_fields_read_as_absent() {
    let mut value = default_value();
    value["events"][0]["detail"] = serde_json::Value::Null;
    value["forces"][0]["total"] = serde_json::Value::Null;
    let ds = load_value(&value).expect("null is as good as absent");
    assert_eq!(ds.events[0].detail, None);
    assert_eq!(ds.forces[0].total, None);
}

#[test]
fn validation_resolves_every_side_reference_to_its_entry() {
    let mut value = default_value();
    value["sides"].as_array_mut().expect("sides").reverse();
    let ds = load_value(&value).expect("valid");
    let sides = ds.survey.scores.iter().map(|s| &s.side).chain(ds.events.iter().map(|e| &e.side));
    for side in sides.chain(ds.forces.iter().map(|f| &f.side)).chain(&ds.scorecard.columns) {
        assert_eq!(ds.side(side).map(|s| s.id.as_str()), Some(side.as_str()));
    }
    assert_eq!(ds.side(&ds.scorecard.columns[0]).map(|s| s.role), Some(Role::Nato));
}
