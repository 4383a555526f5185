//! Words for data: source citations and the tooltip text of each datum.

use crate::dataset::model::{Dataset, Figure, Ref, Role, ScoreRow, Side, Source, Statement, SurveyScore};
use crate::format::{grouped, number};
use crate::scene::Datum;
use crate::text::join;

/// A source as the chart cites it: "Interfax, 2 October 2012".
pub fn source_label(ds: &Dataset, source: &Ref<Source>) -> String {
    match ds.source(source) {
        Some(source) => match &source.date {
            // "2011 Military Doctrine", not "2011 Military Doctrine, 2011".
            Some(date) if !crate::text::contains(&source.name, &date.label()) => {
                format!("{}, {}", source.name, date.label())
            }
            _ => source.name.clone(),
        },
        None => source.id.clone(),
    }
}

/// The labels of a list of sources, in its order.
pub fn citations<'a>(ds: &Dataset, sources: impl IntoIterator<Item = &'a Ref<Source>>) -> Vec<String> {
    sources.into_iter().map(|s| source_label(ds, s)).collect()
}

/// The source line of a view: every cited source once, in order of first use, the article
/// last (it is where the cited sources were gathered).
pub fn sources_line<'a>(ds: &Dataset, cited: impl IntoIterator<Item = &'a Ref<Source>>) -> String {
    let article = ds.article.source.index;
    let mut seen = vec![false; ds.sources.len()];
    let mut cites_article = false;
    let mut labels: Vec<String> = Vec::new();
    for source in cited {
        if source.index == article {
            cites_article = true;
            continue;
        }
        match seen.get_mut(source.index) {
            Some(true) => {}
            Some(seen) => {
                *seen = true;
                labels.push(source_label(ds, source));
            }
            // Not resolved (never after validation): cited by its id.
            None => labels.push(source.id.clone()),
        }
    }
    if cites_article {
        labels.push(source_label(ds, &ds.article.source));
    }
    format!("Sources: {}", join(&labels, "; "))
}

/// The side a reference points at, if resolved.
pub fn side<'a>(ds: &'a Dataset, side: &Ref<Side>) -> Option<&'a Side> {
    ds.side(side)
}

/// The role of a side (neutral when not resolved).
pub fn role(ds: &Dataset, side: &Ref<Side>) -> Role {
    ds.side(side).map_or(Role::Neutral, |s| s.role)
}

/// The display name of a side (its id when not resolved).
pub fn side_name<'a>(ds: &'a Dataset, side: &'a Ref<Side>) -> &'a str {
    ds.side(side).map_or(side.id.as_str(), |s| s.name.as_str())
}

/// Everything a tooltip or data table shows about one datum.
#[derive(Debug, Clone, PartialEq)]
pub struct DatumInfo {
    /// `"score"`, `"event"`, `"figure"`, `"row"` or `"conclusion"`.
    pub kind: &'static str,
    /// Index within its list (0 for the conclusion).
    pub index: usize,
    /// The datum's label.
    pub label: String,
    /// Side name, when the datum belongs to one side.
    pub side: Option<String>,
    /// The exact value, or the article's words.
    pub value: Option<String>,
    /// The date or span, in words.
    pub date: Option<String>,
    /// Cited sources, as labels.
    pub sources: Vec<String>,
    /// The article's sentence the datum comes from (passages joined by " … ").
    pub quote: String,
    /// `"reported"`, `"author"` or `"derived"`: what kind of statement the datum is.
    pub statement: &'static str,
    /// The kind in words where it is not a plain reported fact: "The author’s assessment",
    /// "Computed: 4,000 − 3,500", or which cells or parts are so.
    pub note: Option<String>,
}

/// What an author's judgment is marked with.
pub const AUTHOR: &str = "the author’s assessment";

/// The mark of a datum that is not the article's own statement of fact: `None` when it is,
/// "the author’s assessment", or "computed: 4,000 − 3,500".
pub fn mark(kind: &Statement) -> Option<String> {
    match kind {
        Statement::Reported => None,
        Statement::Author => Some(AUTHOR.to_string()),
        Statement::Derived(how) => Some(format!("computed: {how}")),
    }
}

/// `text`, followed by its mark in parentheses when it has one.
pub fn marked(text: &str, kind: &Statement) -> String {
    match mark(kind) {
        Some(m) => format!("{text} ({m})"),
        None => text.to_string(),
    }
}

/// The kind's name as the JS API gives it.
pub fn kind_name(kind: &Statement) -> &'static str {
    match kind {
        Statement::Reported => "reported",
        Statement::Author => "author",
        Statement::Derived(_) => "derived",
    }
}

/// `text` with its first letter in upper case.
pub fn capitalised(text: &str) -> String {
    let mut out = text.to_string();
    // ASCII only: the marks are our own words, and Unicode case tables would cost the wasm
    // kilobytes. A first character of more than one byte has no ASCII case and stays as it is.
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// The notes of an item and of its marked parts, e.g. "Computed: 4,000 − 3,500
/// (Law-enforcement and emergencies)".
fn notes<'a>(own: &Statement, parts: impl Iterator<Item = (&'a str, &'a Statement)>) -> Option<String> {
    let mut all: Vec<String> = Vec::new();
    if let Some(m) = mark(own) {
        all.push(m);
    }
    all.extend(parts.filter_map(|(name, kind)| mark(kind).map(|m| format!("{m} ({name})"))));
    (!all.is_empty()).then(|| capitalised(&join(&all, "; ")))
}

/// Describes one datum of the dataset, through the view that draws it; `None` when the index
/// is out of range or the view is not in this build.
pub fn describe(ds: &Dataset, datum: Datum) -> Option<DatumInfo> {
    (crate::views::registered(datum.view())?.describe)(ds, datum)
}

/// Describes a survey score.
pub fn survey_datum(ds: &Dataset, datum: Datum) -> Option<DatumInfo> {
    match datum {
        Datum::Score(i) => ds.survey.scores.get(i).map(|s| score(ds, i, s)),
        _ => None,
    }
}

/// Describes a timeline event.
pub fn timeline_datum(ds: &Dataset, datum: Datum) -> Option<DatumInfo> {
    match datum {
        Datum::Event(i) => ds.events.get(i).map(|e| event(ds, i, e)),
        _ => None,
    }
}

/// Describes a forces figure.
pub fn forces_datum(ds: &Dataset, datum: Datum) -> Option<DatumInfo> {
    match datum {
        Datum::Figure(i) => ds.forces.get(i).map(|f| figure(ds, i, f)),
        _ => None,
    }
}

/// Describes a scorecard row or the conclusion.
pub fn scorecard_datum(ds: &Dataset, datum: Datum) -> Option<DatumInfo> {
    match datum {
        Datum::Row(i) => ds.scorecard.rows.get(i).map(|r| row(ds, i, r)),
        Datum::Conclusion => Some(conclusion(ds)),
        _ => None,
    }
}

/// What a tooltip shows of a survey score.
pub fn score(ds: &Dataset, index: usize, s: &SurveyScore) -> DatumInfo {
    let scale = &ds.survey.scale;
    DatumInfo {
        kind: "score",
        index,
        label: side_name(ds, &s.side).to_string(),
        side: Some(side_name(ds, &s.side).to_string()),
        value: Some(format!("{} on a scale of {}–{}", number(s.score), number(scale.min), number(scale.max))),
        date: None,
        sources: citations(ds, &s.sources),
        quote: s.quote.clone(),
        statement: kind_name(&s.kind),
        note: notes(&s.kind, std::iter::empty()),
    }
}

/// What a tooltip shows of a timeline event.
pub fn event(ds: &Dataset, index: usize, e: &crate::dataset::model::Event) -> DatumInfo {
    DatumInfo {
        kind: "event",
        index,
        label: e.label.clone(),
        side: Some(side_name(ds, &e.side).to_string()),
        value: e.detail.clone(),
        date: Some(e.when.label()),
        sources: citations(ds, &e.sources),
        quote: e.quote.clone(),
        statement: kind_name(&e.kind),
        note: notes(&e.kind, std::iter::empty()),
    }
}

/// What a tooltip shows of a forces figure.
pub fn figure(ds: &Dataset, index: usize, f: &Figure) -> DatumInfo {
    DatumInfo {
        kind: "figure",
        index,
        label: f.label.clone(),
        side: Some(side_name(ds, &f.side).to_string()),
        value: Some(figure_text(f)),
        date: None,
        sources: citations(ds, &f.sources),
        quote: f.quote.clone(),
        statement: kind_name(&f.kind),
        note: notes(&f.kind, f.parts.iter().map(|p| (p.label.as_str(), &p.kind))),
    }
}

/// What a tooltip shows of a scorecard row.
pub fn row(ds: &Dataset, index: usize, r: &ScoreRow) -> DatumInfo {
    let columns = ds.scorecard.columns.iter().zip(&r.cells);
    let cells: Vec<String> =
        columns.clone().map(|(col, cell)| format!("{}: {}", side_name(ds, col), cell_text(cell))).collect();
    let cell_kinds = columns.filter_map(|(col, cell)| cell.as_ref().map(|c| (side_name(ds, col), &c.kind)));
    DatumInfo {
        kind: "row",
        index,
        label: r.label.clone(),
        side: None,
        value: Some(join(&cells, " | ")),
        date: None,
        sources: citations(ds, row_sources(r)),
        quote: row_quote(r),
        statement: kind_name(&r.kind),
        note: notes(&r.kind, cell_kinds),
    }
}

/// What a tooltip shows of the scorecard's conclusion.
pub fn conclusion(ds: &Dataset) -> DatumInfo {
    let c = &ds.scorecard.conclusion;
    DatumInfo {
        kind: "conclusion",
        index: 0,
        label: conclusion_heading(&c.kind).to_string(),
        side: None,
        value: Some(c.text.clone()),
        date: None,
        sources: citations(ds, &c.sources),
        quote: c.quote.clone(),
        statement: kind_name(&c.kind),
        note: notes(&c.kind, std::iter::empty()),
    }
}

/// What a scorecard cell says when the article is silent on it.
pub const NOT_DISCUSSED: &str = "Not discussed in the article";

/// The heading of the scorecard's conclusion: whose conclusion it is.
pub fn conclusion_heading(kind: &Statement) -> &'static str {
    match kind {
        Statement::Author => "The author concludes",
        Statement::Reported | Statement::Derived(_) => "Conclusion",
    }
}

/// A cell's words with their mark, or what a cell says when the article is silent.
pub fn cell_text(cell: &Option<crate::dataset::model::ScoreCell>) -> String {
    cell.as_ref().map_or_else(|| NOT_DISCUSSED.to_string(), |c| marked(&c.text, &c.kind))
}

/// A row's sources and its cells' own, each once, in order.
pub fn row_sources(r: &ScoreRow) -> Vec<&Ref<Source>> {
    let all: Vec<&Ref<Source>> =
        r.sources.iter().chain(r.cells.iter().flatten().flat_map(|c| &c.sources)).collect();
    // A resolved reference is a position in the dataset's sources: one flag per position.
    let resolved = all.iter().map(|s| s.index).filter(|i| *i != Ref::<Source>::UNRESOLVED);
    let mut seen = vec![false; resolved.max().map_or(0, |i| i + 1)];
    all.into_iter().filter(|s| seen.get_mut(s.index).is_none_or(|v| !std::mem::replace(v, true))).collect()
}

/// A row's quote followed by its cells' own, joined by " … ".
pub fn row_quote(r: &ScoreRow) -> String {
    let cells = r.cells.iter().flatten().filter_map(|c| c.quote.as_deref());
    join(&std::iter::once(r.quote.as_str()).chain(cells).collect::<Vec<_>>(), " … ")
}

/// A figure's value in words, with its parts and their marks: "4,000 personnel: 3,500
/// Defense ministries + 500 Law-enforcement and emergencies (computed: 4,000 − 3,500)".
pub fn figure_text(f: &Figure) -> String {
    let v = &f.value;
    let whole = quantity_text(v.number, v.unit.as_deref(), v.words.as_deref(), f.total);
    if f.parts.is_empty() {
        return whole;
    }
    let parts: Vec<String> =
        f.parts.iter().map(|p| marked(&format!("{} {}", grouped(p.number), p.label), &p.kind)).collect();
    format!("{whole}: {}", join(&parts, " + "))
}

/// A figure in words: "1 battalion of 3", "65 % of 100", "4,000 personnel", "almost entirely".
pub fn quantity_text(
    number: Option<f64>,
    unit: Option<&str>,
    words: Option<&str>,
    total: Option<f64>,
) -> String {
    match (number, words) {
        (Some(n), _) => {
            let mut s = grouped(n);
            if let Some(unit) = unit {
                if unit != "%" {
                    s.push(' ');
                }
                s.push_str(unit);
            }
            if let Some(t) = total.filter(|_| unit != Some("%")) {
                s.push_str(&format!(" of {}", grouped(t)));
            }
            s
        }
        (None, Some(words)) => words.to_string(),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::capitalised;

    #[test]
    fn capitalised_raises_an_ascii_first_letter_only() {
        assert_eq!(capitalised("the author’s assessment"), "The author’s assessment");
        assert_eq!(capitalised("Computed: 1"), "Computed: 1");
        assert_eq!(capitalised("ñandú"), "ñandú");
        assert_eq!(capitalised(""), "");
    }
}
