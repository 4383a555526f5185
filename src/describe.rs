//! Words for data: source citations and the tooltip text of each datum.

use crate::dataset::model::{Dataset, Role, Side};
use crate::format::{grouped, number};
use crate::scene::Datum;

/// A source as the chart cites it: "Interfax, 2 October 2012".
pub fn source_label(ds: &Dataset, id: &str) -> String {
    match ds.sources.iter().find(|s| s.id == id) {
        Some(source) => match &source.date {
            // "2011 Military Doctrine", not "2011 Military Doctrine, 2011".
            Some(date) if !source.name.contains(&date.label()) => {
                format!("{}, {}", source.name, date.label())
            }
            _ => source.name.clone(),
        },
        None => id.to_string(),
    }
}

/// The source line of a view: every cited source once, in order of first use.
pub fn sources_line<'a>(ds: &Dataset, ids: impl IntoIterator<Item = &'a String>) -> String {
    let mut seen: Vec<&str> = Vec::new();
    let mut cites_article = false;
    for id in ids {
        // The article itself goes last: it is where the cited sources were gathered.
        if *id == ds.article.source {
            cites_article = true;
        } else if !seen.contains(&id.as_str()) {
            seen.push(id);
        }
    }
    if cites_article {
        seen.push(&ds.article.source);
    }
    let labels: Vec<String> = seen.iter().map(|id| source_label(ds, id)).collect();
    format!("Sources: {}", labels.join("; "))
}

/// The side with this id, if any.
pub fn side<'a>(ds: &'a Dataset, id: &str) -> Option<&'a Side> {
    ds.sides.iter().find(|s| s.id == id)
}

/// The role of the side with this id (neutral when unknown).
pub fn role(ds: &Dataset, id: &str) -> Role {
    side(ds, id).map_or(Role::Neutral, |s| s.role)
}

/// The display name of the side with this id.
pub fn side_name<'a>(ds: &'a Dataset, id: &'a str) -> &'a str {
    side(ds, id).map_or(id, |s| s.name.as_str())
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
    /// The article's sentence the datum comes from.
    pub quote: String,
}

/// Describes one datum of the dataset; `None` when the index is out of range.
pub fn describe(ds: &Dataset, datum: Datum) -> Option<DatumInfo> {
    let cite = |ids: &[String]| ids.iter().map(|id| source_label(ds, id)).collect::<Vec<_>>();
    let info = match datum {
        Datum::Score(i) => {
            let s = ds.survey.scores.get(i)?;
            DatumInfo {
                kind: "score",
                index: i,
                label: side_name(ds, &s.side).to_string(),
                side: Some(side_name(ds, &s.side).to_string()),
                value: Some(format!(
                    "{} on a scale of {}–{}",
                    number(s.score),
                    number(ds.survey.scale.min),
                    number(ds.survey.scale.max)
                )),
                date: None,
                sources: cite(&s.sources),
                quote: s.quote.clone(),
            }
        }
        Datum::Event(i) => {
            let e = ds.events.get(i)?;
            DatumInfo {
                kind: "event",
                index: i,
                label: e.label.clone(),
                side: Some(side_name(ds, &e.side).to_string()),
                value: e.detail.clone(),
                date: Some(e.when.label()),
                sources: cite(&e.sources),
                quote: e.quote.clone(),
            }
        }
        Datum::Figure(i) => {
            let f = ds.forces.get(i)?;
            DatumInfo {
                kind: "figure",
                index: i,
                label: f.label.clone(),
                side: Some(side_name(ds, &f.side).to_string()),
                value: Some(quantity_text(
                    f.value.number,
                    f.value.unit.as_deref(),
                    f.value.words.as_deref(),
                    f.total,
                )),
                date: None,
                sources: cite(&f.sources),
                quote: f.quote.clone(),
            }
        }
        Datum::Row(i) => {
            let r = ds.scorecard.rows.get(i)?;
            let cells: Vec<String> = ds
                .scorecard
                .columns
                .iter()
                .zip(&r.cells)
                .map(|(col, cell)| {
                    format!("{}: {}", side_name(ds, col), cell.as_deref().unwrap_or(NOT_DISCUSSED))
                })
                .collect();
            DatumInfo {
                kind: "row",
                index: i,
                label: r.label.clone(),
                side: None,
                value: Some(cells.join(" | ")),
                date: None,
                sources: cite(&r.sources),
                quote: r.quote.clone(),
            }
        }
        Datum::Conclusion => DatumInfo {
            kind: "conclusion",
            index: 0,
            label: "Conclusion".to_string(),
            side: None,
            value: Some(ds.scorecard.conclusion.text.clone()),
            date: None,
            sources: cite(&ds.scorecard.conclusion.sources),
            quote: ds.scorecard.conclusion.quote.clone(),
        },
    };
    Some(info)
}

/// What a scorecard cell says when the article is silent on it.
pub const NOT_DISCUSSED: &str = "Not discussed in the article";

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
