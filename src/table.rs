//! The data behind each view as a plain table: for screen readers, for readers who prefer
//! numbers, and for the CSV download.

use crate::dataset::model::{Dataset, Ref, Source, SurveyScore};
use crate::describe::{cell_text, conclusion_heading, row_quote, row_sources};
use crate::describe::{citations, marked, side_name};
use crate::format::number;
use crate::layout::survey::ranking;
use crate::text::join;
use crate::view::ViewId;

/// A table of one view's data, every row with its sources.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTable {
    /// What the table shows.
    pub caption: String,
    /// Column headings.
    pub columns: Vec<String>,
    /// Rows of cells, as many as `columns`.
    pub rows: Vec<Vec<String>>,
}

fn cite<'a>(ds: &Dataset, sources: impl IntoIterator<Item = &'a Ref<Source>>) -> String {
    join(&citations(ds, sources), "; ")
}

fn columns(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| (*s).to_string()).collect()
}

/// The table of a view.
pub fn table(ds: &Dataset, view: ViewId) -> DataTable {
    let empty = || DataTable { caption: String::new(), columns: Vec::new(), rows: Vec::new() };
    // A view left out of this build is never shown.
    crate::views::registered(view).map_or_else(empty, |v| (v.table)(ds))
}

/// The survey's table: the scores by rank.
pub fn survey(ds: &Dataset) -> DataTable {
    let scale = &ds.survey.scale;
    let row = |(rank, s): (usize, &SurveyScore)| {
        vec![
            (rank + 1).to_string(),
            side_name(ds, &s.side).to_string(),
            marked(&number(s.score), &s.kind),
            cite(ds, &s.sources),
            s.quote.clone(),
        ]
    };
    let mut rows = Vec::with_capacity(ds.survey.scores.len());
    for (rank, i) in ranking(ds).into_iter().enumerate() {
        if let Some(s) = ds.survey.scores.get(i) {
            rows.push(row((rank, s)));
        }
    }
    DataTable {
        caption: format!(
            "{} Scores (points) from a survey of {} specialists, {} = {}, {} = {}.",
            ds.survey.title,
            ds.survey.respondents,
            number(scale.min),
            scale.low,
            number(scale.max),
            scale.high
        ),
        columns: columns(&["Rank", "Organisation", "Score", "Source", "Article says"]),
        rows,
    }
}

/// The timeline's table: the events by date.
pub fn timeline(ds: &Dataset) -> DataTable {
    let start = |i: usize| ds.events.get(i).map_or(0.0, |e| e.when.start());
    let by_start = crate::sort::order(ds.events.len(), &|a, b| start(a).total_cmp(&start(b)));
    let row = |e: &crate::dataset::model::Event| {
        let label = match &e.detail {
            Some(detail) => format!("{}: {detail}", e.label),
            None => e.label.clone(),
        };
        let side = side_name(ds, &e.side).to_string();
        vec![e.when.label(), side, marked(&label, &e.kind), cite(ds, &e.sources), e.quote.clone()]
    };
    let mut rows = Vec::with_capacity(ds.events.len());
    for e in by_start.into_iter().filter_map(|i| ds.events.get(i)) {
        rows.push(row(e));
    }
    DataTable {
        caption: "NATO and CSTO milestones in Kazakhstan's defence ties, by date.".into(),
        columns: columns(&["Date", "Track", "Event", "Source", "Article says"]),
        rows,
    }
}

/// The forces view's table: the figures, each with its composition.
pub fn forces(ds: &Dataset) -> DataTable {
    let part = |p: &crate::dataset::model::Part| {
        let part = format!("{}: {}", p.label, crate::format::grouped(p.number));
        let part = match &p.note {
            Some(note) => format!("{part}, {note}"),
            None => part,
        };
        marked(&part, &p.kind)
    };
    let row = |f: &crate::dataset::model::Figure| {
        let value = &f.value;
        let whole = crate::describe::quantity_text(
            value.number,
            value.unit.as_deref(),
            value.words.as_deref(),
            f.total,
        );
        vec![
            side_name(ds, &f.side).to_string(),
            f.label.clone(),
            marked(&whole, &f.kind),
            join(&f.parts.iter().map(part).collect::<Vec<_>>(), "; "),
            cite(ds, &f.sources),
            f.quote.clone(),
        ]
    };
    DataTable {
        caption: "Forces and personnel figures.".into(),
        columns: columns(&["Side", "Figure", "Value", "Composition", "Source", "Article says"]),
        rows: ds.forces.iter().map(row).collect(),
    }
}

/// The scorecard's table: the rows, a cell per column, and the conclusion last.
pub fn scorecard(ds: &Dataset) -> DataTable {
    let mut cols = vec!["Dimension".to_string()];
    cols.extend(ds.scorecard.columns.iter().map(|c| side_name(ds, c).to_string()));
    cols.push("Source".to_string());
    cols.push("Article says".to_string());
    let row = |r: &crate::dataset::model::ScoreRow| {
        let mut row = vec![marked(&r.label, &r.kind)];
        row.extend(r.cells.iter().map(cell_text));
        row.push(cite(ds, row_sources(r)));
        row.push(row_quote(r));
        row
    };
    let mut rows: Vec<Vec<String>> = ds.scorecard.rows.iter().map(row).collect();
    let c = &ds.scorecard.conclusion;
    let mut last = vec![conclusion_heading(&c.kind).to_string(), marked(&c.text, &c.kind)];
    last.resize(cols.len() - 2, String::new());
    last.push(cite(ds, &c.sources));
    last.push(c.quote.clone());
    rows.push(last);
    DataTable { caption: ds.scorecard.title.clone(), columns: cols, rows }
}

/// The table as CSV (RFC 4180). Cells that a spreadsheet would run as a formula are
/// prefixed with an apostrophe, so a dataset cannot smuggle formulas into a reader's sheet.
pub fn to_csv(table: &DataTable) -> String {
    let mut out = String::new();
    for row in std::iter::once(&table.columns).chain(&table.rows) {
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&join(&cells, ","));
        out.push_str("\r\n");
    }
    out
}

fn csv_cell(cell: &str) -> String {
    let defused = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if defused.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r')) {
        // Quoted, with each quote doubled.
        let mut quoted = String::with_capacity(defused.len() + 2);
        quoted.push('"');
        for c in defused.chars() {
            if c == '"' {
                quoted.push('"');
            }
            quoted.push(c);
        }
        quoted.push('"');
        quoted
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::csv_cell;

    #[test]
    fn csv_cells_are_quoted_and_defused_as_spreadsheets_need() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("3,500"), "\"3,500\"");
        assert_eq!(csv_cell("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_cell("-1,5"), "\"'-1,5\"");
        assert_eq!(csv_cell("Kazakhstan’s “aim”"), "Kazakhstan’s “aim”");
    }
}
