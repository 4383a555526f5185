//! Bad datasets are refused with the path of the field and the rule it breaks.

mod common;

use common::{default_value, load_json, load_value};
use serde_json::json;

fn error_of(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value = default_value();
    edit(&mut value);
    load_value(&value).expect_err("the edit makes the dataset invalid").to_string()
}

#[test]
fn score_outside_the_scale_names_its_path() {
    let err = error_of(|v| v["survey"]["scores"][6]["score"] = json!(9));
    assert_eq!(err, "invalid dataset: survey.scores[6].score: 9 is outside the scale 1–7");
}

#[test]
fn wrong_type_names_its_path() {
    let err = error_of(|v| v["survey"]["scores"][2]["score"] = json!("high"));
    assert_eq!(err, "invalid dataset: survey.scores[2].score: invalid type: string \"high\", expected f64");
}

#[test]
fn missing_field_names_its_parent() {
    let err = error_of(|v| {
        v["survey"].as_object_mut().unwrap().remove("respondents");
    });
    assert_eq!(err, "invalid dataset: survey: missing field `respondents`");
}

#[test]
fn unknown_field_is_refused() {
    let err = error_of(|v| v["events"][0]["colour"] = json!("red"));
    assert!(err.starts_with("invalid dataset: events[0].colour: unknown field `colour`"), "{err}");
}

#[test]
fn unknown_side_reference_is_refused() {
    let err = error_of(|v| v["events"][3]["side"] = json!("otan"));
    assert_eq!(err, "invalid dataset: events[3].side: refers to unknown side \"otan\"");
}

#[test]
fn unknown_source_reference_is_refused() {
    let err = error_of(|v| v["forces"][1]["sources"][0] = json!("pravda"));
    assert_eq!(err, "invalid dataset: forces[1].sources[0]: refers to unknown source \"pravda\"");
}

#[test]
fn impossible_date_is_refused() {
    let err = error_of(|v| v["events"][9]["when"] = json!({"on": {"year": 2012, "month": 2, "day": 30}}));
    assert_eq!(
        err,
        "invalid dataset: events[9].when.on: 2012-02-30 is not a calendar date (February 2012 has 29 days)"
    );
}

#[test]
fn span_ending_before_it_starts_is_refused() {
    let err = error_of(
        |v| v["events"][11]["when"] = json!({"span": {"from": {"year": 2012, "month": 10, "day": 17}, "to": {"year": 2012, "month": 10, "day": 8}}}),
    );
    assert_eq!(
        err,
        "invalid dataset: events[11].when.span.to: 8 October 2012 is before the start, 17 October 2012"
    );
}

#[test]
fn duplicate_ids_are_refused() {
    let err = error_of(|v| v["events"][1]["id"] = json!("ipap-joined"));
    assert_eq!(err, "invalid dataset: events[1].id: duplicate id \"ipap-joined\"");
}

#[test]
fn unsupported_version_is_refused() {
    let err = error_of(|v| v["version"] = json!(2));
    assert_eq!(err, "invalid dataset: version: version 2 is not supported; this widget reads version 1");
}

#[test]
fn a_value_needs_a_number_or_words_but_not_both() {
    let err = error_of(|v| v["forces"][2]["value"] = json!({"number": 95, "words": "almost entirely"}));
    assert_eq!(err, "invalid dataset: forces[2].value: has both number and words; give one");
    let err = error_of(|v| v["forces"][2]["value"] = json!({}));
    assert_eq!(err, "invalid dataset: forces[2].value: needs a number or the article's words");
}

#[test]
fn parts_must_add_up_to_the_value() {
    let err = error_of(|v| v["forces"][3]["parts"][1]["number"] = json!(400));
    assert_eq!(err, "invalid dataset: forces[3].parts: add up to 3900, not to the value 4000");
}

#[test]
fn empty_survey_is_refused() {
    let err = error_of(|v| v["survey"]["scores"] = json!([]));
    assert_eq!(err, "invalid dataset: survey.scores: must not be empty");
}

#[test]
fn overlong_label_is_refused() {
    let err = error_of(|v| v["events"][0]["label"] = json!("x".repeat(1001)));
    assert_eq!(err, "invalid dataset: events[0].label: is 1001 characters long; the limit is 1000");
}

#[test]
fn not_an_object_is_refused() {
    let err = load_json("\"NATO\"").expect_err("a string is no dataset").to_string();
    assert_eq!(err, "invalid dataset: invalid type: string \"NATO\", expected struct Dataset");
}
