//! The typed reader: turns a [`Value`] into a [`Dataset`], naming the path of the first field
//! that has the wrong type, is missing, is unknown or names no variant
//! (`survey.scores[2].score: invalid type: string "high", expected f64`).
//!
//! Plain functions, one per schema type, over a few shared helpers: the wasm carries this
//! once instead of a serde visitor per struct and field. Each object's reader is compiled as
//! a function of its own (`#[inline(never)]`): inlined all into one, as the compiler chose,
//! they cost about 300 bytes more of the gzipped wasm.

mod dates;
mod object;
mod scalar;

use super::at::At;
use dates::{partial_date, when};
use object::Fields;
use scalar::{float, reference, refs, string, uint32, variant};

use super::model::{
    Article, Conclusion, Dataset, Event, Figure, Measure, Part, Quantity, Role, Scale, ScoreCell, ScoreRow,
    Scorecard, Side, Source, Statement, Survey, SurveyScore,
};
use super::value::Value;
use crate::validate::DatasetError;

/// Reads a whole dataset; the error names the first bad field. Rules beyond the shape
/// (ranges, references, calendar dates) are checked by [`crate::validate`].
pub fn dataset(value: &mut Value) -> Result<Dataset, DatasetError> {
    let mut f = Fields::new(
        value,
        &At::ROOT,
        "struct Dataset",
        &["version", "title", "article", "sides", "sources", "survey", "events", "forces", "scorecard"],
    );
    let dataset = Dataset {
        version: f.req("version", uint32),
        title: f.req("title", string),
        article: f.req("article", article),
        sides: f.list("sides", side),
        sources: f.list("sources", source),
        survey: f.req("survey", survey),
        events: f.list("events", event),
        forces: f.list("forces", figure),
        scorecard: f.req("scorecard", scorecard),
    };
    f.done(dataset)
}

#[inline(never)]
fn article(value: &mut Value, at: &At) -> Result<Article, DatasetError> {
    let mut f = Fields::new(value, at, "struct Article", &["publication", "date", "source"]);
    let article = Article {
        publication: f.req("publication", string),
        date: f.req("date", partial_date),
        source: f.req("source", reference),
    };
    f.done(article)
}

fn role(value: &mut Value, at: &At) -> Result<Role, DatasetError> {
    Ok(match variant(value, at, &["nato", "csto", "neutral"])? {
        0 => Role::Nato,
        1 => Role::Csto,
        _ => Role::Neutral,
    })
}

#[inline(never)]
fn side(value: &mut Value, at: &At) -> Result<Side, DatasetError> {
    let mut f = Fields::new(value, at, "struct Side", &["id", "name", "role"]);
    let side = Side { id: f.req("id", string), name: f.req("name", string), role: f.req("role", role) };
    f.done(side)
}

#[inline(never)]
fn source(value: &mut Value, at: &At) -> Result<Source, DatasetError> {
    let mut f = Fields::new(value, at, "struct Source", &["id", "name", "date", "note"]);
    let source = Source {
        id: f.req("id", string),
        name: f.req("name", string),
        date: f.opt("date", partial_date),
        note: f.opt("note", string),
    };
    f.done(source)
}

#[inline(never)]
fn scale(value: &mut Value, at: &At) -> Result<Scale, DatasetError> {
    let mut f = Fields::new(value, at, "struct Scale", &["min", "max", "low", "high"]);
    let scale = Scale {
        min: f.req("min", float),
        max: f.req("max", float),
        low: f.req("low", string),
        high: f.req("high", string),
    };
    f.done(scale)
}

#[inline(never)]
fn survey_score(value: &mut Value, at: &At) -> Result<SurveyScore, DatasetError> {
    let names = &["side", "score", "sources", "quote", "kind", "derivation"];
    let mut f = Fields::new(value, at, "struct SurveyScore", names);
    let score = SurveyScore {
        side: f.req("side", reference),
        score: f.req("score", float),
        kind: statement(&mut f, at),
        sources: f.req("sources", refs),
        quote: f.req("quote", string),
    };
    f.done(score)
}

#[inline(never)]
fn survey(value: &mut Value, at: &At) -> Result<Survey, DatasetError> {
    let names = &["title", "respondents", "scale", "scores", "sources", "quote"];
    let mut f = Fields::new(value, at, "struct Survey", names);
    let survey = Survey {
        title: f.req("title", string),
        respondents: f.req("respondents", uint32),
        scale: f.req("scale", scale),
        scores: f.list("scores", survey_score),
        sources: f.req("sources", refs),
        quote: f.req("quote", string),
    };
    f.done(survey)
}

#[inline(never)]
fn event(value: &mut Value, at: &At) -> Result<Event, DatasetError> {
    let names = &["id", "side", "label", "when", "detail", "sources", "quote", "kind", "derivation"];
    let mut f = Fields::new(value, at, "struct Event", names);
    let event = Event {
        id: f.req("id", string),
        side: f.req("side", reference),
        label: f.req("label", string),
        when: f.req("when", when),
        detail: f.opt("detail", string),
        kind: statement(&mut f, at),
        sources: f.req("sources", refs),
        quote: f.req("quote", string),
    };
    f.done(event)
}

#[inline(never)]
fn quantity(value: &mut Value, at: &At) -> Result<Quantity, DatasetError> {
    let mut f = Fields::new(value, at, "struct Quantity", &["number", "unit", "words"]);
    let quantity = Quantity {
        number: f.opt("number", float),
        unit: f.opt("unit", string),
        words: f.opt("words", string),
    };
    f.done(quantity)
}

#[inline(never)]
fn part(value: &mut Value, at: &At) -> Result<Part, DatasetError> {
    let mut f = Fields::new(value, at, "struct Part", &["label", "number", "note", "kind", "derivation"]);
    let part = Part {
        label: f.req("label", string),
        number: f.req("number", float),
        note: f.opt("note", string),
        kind: statement(&mut f, at),
    };
    f.done(part)
}

#[inline(never)]
fn figure(value: &mut Value, at: &At) -> Result<Figure, DatasetError> {
    let names = &["id", "side", "label", "value", "total", "parts", "sources", "quote", "kind", "derivation"];
    let mut f = Fields::new(value, at, "struct Figure", names);
    let figure = Figure {
        id: f.req("id", string),
        side: f.req("side", reference),
        label: f.req("label", string),
        value: f.req("value", quantity),
        total: f.opt("total", float),
        parts: f.opt_list("parts", part),
        kind: statement(&mut f, at),
        sources: f.req("sources", refs),
        quote: f.req("quote", string),
    };
    f.done(figure)
}

/// A cell: its words as a string, or an object with its own kind, sources and quote;
/// `null` where the article says nothing.
#[inline(never)]
fn cell(value: &mut Value, at: &At) -> Result<Option<ScoreCell>, DatasetError> {
    let plain = |text| Some(ScoreCell { text, kind: Statement::Reported, sources: Vec::new(), quote: None });
    match value {
        Value::Null => Ok(None),
        Value::Object(_) => {
            let names = &["text", "kind", "derivation", "sources", "quote"];
            let mut f = Fields::new(value, at, "a string or struct ScoreCell", names);
            let cell = ScoreCell {
                text: f.req("text", string),
                kind: statement(&mut f, at),
                sources: f.opt("sources", refs).unwrap_or_default(),
                quote: f.opt("quote", string),
            };
            f.done(Some(cell))
        }
        other => string(other, at).map(plain),
    }
}

/// The optional `kind` and `derivation` of an item: `derived` needs its derivation, and a
/// derivation goes with nothing else.
fn statement(f: &mut Fields<'_, '_>, at: &At) -> Statement {
    let kind = f.opt("kind", |v, at| variant(v, at, &["reported", "author", "derived"]));
    let statement = match (kind, f.opt("derivation", string)) {
        (Some(2), Some(derivation)) => Ok(Statement::Derived(derivation)),
        (Some(2), None) => {
            Err(at.error("missing field `derivation`: kind \"derived\" shows how it was computed"))
        }
        (_, Some(_)) => Err(at.key("derivation").error("goes only with kind \"derived\"")),
        (Some(1), None) => Ok(Statement::Author),
        _ => Ok(Statement::Reported),
    };
    f.keep(statement)
}

fn measure(value: &mut Value, at: &At) -> Result<Measure, DatasetError> {
    variant(value, at, &["survey"]).map(|_| Measure::Survey)
}

#[inline(never)]
fn score_row(value: &mut Value, at: &At) -> Result<ScoreRow, DatasetError> {
    let names = &["id", "label", "cells", "measure", "sources", "quote", "kind", "derivation"];
    let mut f = Fields::new(value, at, "struct ScoreRow", names);
    let row = ScoreRow {
        id: f.req("id", string),
        label: f.req("label", string),
        cells: f.list("cells", cell),
        measure: f.opt("measure", measure),
        kind: statement(&mut f, at),
        sources: f.req("sources", refs),
        quote: f.req("quote", string),
    };
    f.done(row)
}

#[inline(never)]
fn conclusion(value: &mut Value, at: &At) -> Result<Conclusion, DatasetError> {
    let mut f =
        Fields::new(value, at, "struct Conclusion", &["text", "sources", "quote", "kind", "derivation"]);
    let conclusion = Conclusion {
        text: f.req("text", string),
        kind: statement(&mut f, at),
        sources: f.req("sources", refs),
        quote: f.req("quote", string),
    };
    f.done(conclusion)
}

#[inline(never)]
fn scorecard(value: &mut Value, at: &At) -> Result<Scorecard, DatasetError> {
    let mut f = Fields::new(value, at, "struct Scorecard", &["title", "columns", "rows", "conclusion"]);
    let scorecard = Scorecard {
        title: f.req("title", string),
        columns: f.req("columns", refs),
        rows: f.list("rows", score_row),
        conclusion: f.req("conclusion", conclusion),
    };
    f.done(scorecard)
}
