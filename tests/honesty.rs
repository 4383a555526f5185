//! The embedded dataset says what the article says: every quote is the article's own words,
//! every number shown is the article's or our marked arithmetic, the survey is not called an
//! average, and the conclusion is drawn as the author's.
//!
//! The article lives in the shared folder beside the repository; without it these tests fail
//! rather than pass unchecked.

mod common;

use std::collections::HashSet;

use alliance_charts::dataset::model::{Dataset, Statement};
use alliance_charts::describe::describe;
use alliance_charts::scene::{Datum, Scene, Shape};
use alliance_charts::summary::summary;
use alliance_charts::table::table;
use alliance_charts::ViewId;
use common::{default_dataset, scene};

const ARTICLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/000_15d8aaadc7ff9476.txt");

fn article() -> String {
    std::fs::read_to_string(ARTICLE)
        .unwrap_or_else(|e| panic!("the article must be at {ARTICLE} for these checks: {e}"))
}

/// Typographic quotes and dashes folded to one form each, and runs of spaces to one.
fn normalised(text: &str) -> String {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '‘' | '’' | '\'' => '\'',
            '“' | '”' | '"' => '"',
            '–' | '—' | '‐' | '−' => '-',
            c => c,
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every quote of the dataset with the path it sits at.
fn quotes(ds: &Dataset) -> Vec<(String, &str)> {
    let mut all = vec![("survey.quote".to_string(), ds.survey.quote.as_str())];
    all.extend(
        ds.survey.scores.iter().enumerate().map(|(i, s)| (format!("survey.scores[{i}]"), s.quote.as_str())),
    );
    all.extend(ds.events.iter().map(|e| (format!("events.{}", e.id), e.quote.as_str())));
    all.extend(ds.forces.iter().map(|f| (format!("forces.{}", f.id), f.quote.as_str())));
    for r in &ds.scorecard.rows {
        all.push((format!("scorecard.rows.{}", r.id), r.quote.as_str()));
        for (j, c) in r.cells.iter().enumerate() {
            if let Some(q) = c.as_ref().and_then(|c| c.quote.as_deref()) {
                all.push((format!("scorecard.rows.{}.cells[{j}]", r.id), q));
            }
        }
    }
    all.push(("scorecard.conclusion".to_string(), ds.scorecard.conclusion.quote.as_str()));
    all
}

/// A quote is one passage of the article, or several joined by " … " in the article's order.
fn verbatim(article: &str, quote: &str) -> Result<(), String> {
    let article = normalised(article);
    let mut from = 0;
    for passage in quote.split('…').map(str::trim) {
        let passage = normalised(passage);
        if passage.is_empty() {
            return Err("an empty passage around …".into());
        }
        match article[from..].find(&passage) {
            Some(at) => from += at + passage.len(),
            None => return Err(format!("not in the article (after what came before): {passage}")),
        }
    }
    Ok(())
}

#[test]
fn every_quote_is_the_articles_own_words() {
    let (article, ds) = (article(), default_dataset());
    let all = quotes(&ds);
    assert!(all.len() > 35, "{} quotes", all.len());
    for (path, quote) in all {
        if let Err(why) = verbatim(&article, quote) {
            panic!("{path}: {why}");
        }
    }
}

#[test]
fn the_quote_check_catches_a_changed_word_and_passages_out_of_order() {
    let article = article();
    assert!(verbatim(&article, "NATO scored an abysmal 4.35").is_ok());
    assert!(verbatim(&article, "NATO scored an “abysmal” 4.35").is_err());
    assert!(verbatim(&article, "NATO scored a poor 4.35").is_err());
    assert!(verbatim(&article, "the UN (5.57 points) … NATO scored an abysmal 4.35").is_ok());
    assert!(verbatim(&article, "NATO scored an abysmal 4.35 … the UN (5.57 points)").is_err());
}

/// Numbers in a text, commas of thousands removed ("4,000" → "4000"); digits only.
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inside =
            i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || ((c == '.' || c == ',') && inside && !current.is_empty()) {
            if c != ',' {
                current.push(c);
            }
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The numbers the article gives, in digits or in words.
fn article_numbers(article: &str) -> HashSet<String> {
    let mut set: HashSet<String> = numbers(article).into_iter().collect();
    let words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    for token in article.split(|c: char| !c.is_alphabetic()) {
        if let Some(i) = words.iter().position(|w| token.eq_ignore_ascii_case(w)) {
            set.insert((i + 1).to_string());
        }
    }
    set
}

/// Evaluates a derivation made of numbers and + − × ÷, left to right.
fn evaluate(derivation: &str) -> Option<f64> {
    let mut total: Option<f64> = None;
    let mut op = '+';
    let mut number = String::new();
    let apply = |total: Option<f64>, op: char, n: f64| {
        let t = total.unwrap_or(0.0);
        Some(match op {
            '+' => t + n,
            '−' | '-' => t - n,
            '×' | '*' => t * n,
            '÷' | '/' => t / n,
            _ => return None,
        })
    };
    for c in derivation.chars().chain([' ']) {
        if c.is_ascii_digit() || c == '.' {
            number.push(c);
        } else if c == ',' {
            continue;
        } else {
            if !number.is_empty() {
                total = apply(total, op, number.parse().ok()?)?.into();
                number.clear();
            }
            if "+−-×*÷/".contains(c) {
                op = c;
            } else if !c.is_whitespace() {
                return None;
            }
        }
    }
    total
}

/// The numbers our derived items compute, each checked against its derivation, whose own
/// numbers must be the article's.
fn derived_numbers(ds: &Dataset, article: &HashSet<String>) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut check = |what: &str, value: f64, kind: &Statement| {
        if let Statement::Derived(how) = kind {
            assert_eq!(evaluate(how), Some(value), "{what}: {how} does not give {value}");
            for n in numbers(how) {
                assert!(article.contains(&n), "{what}: {n} in its derivation is not the article's");
            }
            out.insert(numbers(&value.to_string()).concat());
        }
    };
    for f in &ds.forces {
        if let Some(v) = f.value.number {
            check(&f.id, v, &f.kind);
        }
        for p in &f.parts {
            check(&p.label, p.number, &p.kind);
        }
    }
    for s in &ds.survey.scores {
        check(s.side.as_str(), s.score, &s.kind);
    }
    out
}

fn scene_texts(s: &Scene) -> Vec<String> {
    s.shapes
        .iter()
        .filter_map(|sh| if let Shape::Text { text, .. } = sh { Some(text.clone()) } else { None })
        .collect()
}

/// What a reader sees as data: every tooltip, every data-table cell (but the survey's rank,
/// which is our ordering), and the drawn text of the views without axes.
fn shown_texts(ds: &Dataset) -> Vec<String> {
    let mut texts = Vec::new();
    let data = (0..ds.survey.scores.len())
        .map(Datum::Score)
        .chain((0..ds.events.len()).map(Datum::Event))
        .chain((0..ds.forces.len()).map(Datum::Figure))
        .chain((0..ds.scorecard.rows.len()).map(Datum::Row))
        .chain([Datum::Conclusion]);
    for datum in data {
        let info = describe(ds, datum).expect("every datum is described");
        texts.extend([info.label, info.quote]);
        texts.extend(info.value.into_iter().chain(info.date).chain(info.note).chain(info.sources));
    }
    for view in [ViewId::Survey, ViewId::Timeline, ViewId::Forces, ViewId::Scorecard] {
        let t = table(ds, view);
        texts.push(t.caption);
        let ranked = view == ViewId::Survey;
        texts.extend(t.rows.into_iter().flat_map(|row| row.into_iter().skip(usize::from(ranked))));
    }
    for view in [ViewId::Forces, ViewId::Scorecard] {
        for (w, h) in [(360.0, 640.0), (800.0, 500.0), (1440.0, 900.0)] {
            texts.extend(scene_texts(&scene(view, ds, w, h)));
        }
    }
    texts.push(ds.title.clone());
    texts
}

#[test]
fn every_number_shown_is_the_articles_or_marked_arithmetic() {
    let article = article_numbers(&article());
    let ds = default_dataset();
    let derived = derived_numbers(&ds, &article);
    assert!(derived.contains("500"), "the 500 of the CSTO's peacekeepers is marked as derived");
    assert!(!article.contains("500"), "the article never gives 500");
    for text in shown_texts(&ds) {
        for n in numbers(&text) {
            assert!(
                article.contains(&n) || derived.contains(&n),
                "{n} in {text:?} is neither the article's nor derived"
            );
        }
    }
}

#[test]
fn the_number_check_catches_an_unmarked_computed_figure() {
    let article = article_numbers(&article());
    let mut value = common::default_value();
    value["forces"][3]["parts"][1].as_object_mut().expect("a part").remove("derivation");
    value["forces"][3]["parts"][1]["kind"] = serde_json::json!("reported");
    let ds = common::load_value(&value).expect("still a valid dataset");
    let derived = derived_numbers(&ds, &article);
    let unmarked = shown_texts(&ds)
        .iter()
        .flat_map(|t| numbers(t))
        .any(|n| !article.contains(&n) && !derived.contains(&n));
    assert!(unmarked, "500 shown as reported is caught");
    assert_eq!(evaluate("4,000 − 3,500"), Some(500.0));
    assert_eq!(evaluate("4,000 − 3,400"), Some(600.0));
}

#[test]
fn the_survey_is_never_called_a_mean_or_an_average() {
    let ds = default_dataset();
    let mut texts = scene_texts(&scene(ViewId::Survey, &ds, 800.0, 500.0));
    texts.extend(scene_texts(&scene(ViewId::Survey, &ds, 360.0, 640.0)));
    texts.push(summary(&ds, ViewId::Survey));
    let t = table(&ds, ViewId::Survey);
    texts.push(t.caption);
    texts.extend(t.columns);
    texts.extend(
        (0..ds.survey.scores.len()).filter_map(|i| describe(&ds, Datum::Score(i))).flat_map(|d| d.value),
    );
    let all = texts.join(" ").to_lowercase();
    assert!(all.contains("points"), "the survey speaks of points: {all}");
    for word in all.split(|c: char| !c.is_alphabetic()) {
        assert!(!["mean", "means", "average", "averages", "averaged"].contains(&word), "{word:?} in: {all}");
    }
    assert!(summary(&ds, ViewId::Survey).contains("NATO ranks last of the 7 the article reports."));
}

#[test]
fn the_conclusion_is_drawn_as_the_authors_with_the_articles_counterweight() {
    let ds = default_dataset();
    let conclusion = &ds.scorecard.conclusion;
    assert_eq!(conclusion.kind, Statement::Author);
    let counterweight =
        "None of these developments suggest that Astana will suspend its cooperation activities with NATO.";
    assert!(conclusion.text.contains(counterweight) && conclusion.quote.contains(counterweight));
    assert!(conclusion.text.contains("“growing signs”"), "the author's hedge stays");
    for (w, h) in [(360.0, 900.0), (800.0, 700.0), (1440.0, 900.0)] {
        let drawn = scene_texts(&scene(ViewId::Scorecard, &ds, w, h)).join(" ");
        assert!(drawn.contains("The author concludes"), "at {w}×{h}: {drawn}");
        assert!(!drawn.contains("Conclusion"), "at {w}×{h} the heading is not a bare “Conclusion”");
        assert!(drawn.contains("The author’s assessment: Almaty PfP Training Center"), "at {w}×{h}");
    }
    let info = describe(&ds, Datum::Conclusion).expect("described");
    assert_eq!((info.label.as_str(), info.statement), ("The author concludes", "author"));
    assert_eq!(info.note.as_deref(), Some("The author’s assessment"));
    assert!(summary(&ds, ViewId::Scorecard).contains("The author concludes: “None of these developments"));
    let rows = table(&ds, ViewId::Scorecard).rows;
    let last = rows.last().expect("the conclusion row");
    assert_eq!(last[0], "The author concludes");
    assert!(last[1].ends_with("(the author’s assessment)"));
}

#[test]
fn the_derived_500_is_marked_computed_in_every_place_it_is_shown() {
    let ds = default_dataset();
    for (w, h) in [(360.0, 560.0), (360.0, 640.0), (800.0, 500.0), (1440.0, 900.0)] {
        let drawn = scene_texts(&scene(ViewId::Forces, &ds, w, h)).join(" ");
        assert!(drawn.contains("500") && drawn.contains("(computed: 4,000 − 3,500)"), "at {w}×{h}: {drawn}");
    }
    let i = ds.forces.iter().position(|f| f.id == "csto-peacekeepers").expect("the 4,000");
    let info = describe(&ds, Datum::Figure(i)).expect("described");
    assert!(info
        .value
        .as_deref()
        .is_some_and(|v| v.contains("500 Law-enforcement and emergencies (computed: 4,000 − 3,500)")));
    assert_eq!(info.note.as_deref(), Some("Computed: 4,000 − 3,500 (Law-enforcement and emergencies)"));
    let t = table(&ds, ViewId::Forces);
    assert!(t.rows[i]
        .iter()
        .any(|c| c.contains("Law-enforcement and emergencies: 500 (computed: 4,000 − 3,500)")));
}
