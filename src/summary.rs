//! One-paragraph text summaries of each view, for the canvas's `aria-label`.

use crate::dataset::model::{Dataset, Role};
use crate::describe::{role, side_name};
use crate::format::number;
use crate::layout::survey::ranking;
use crate::text::join;
use crate::view::ViewId;

/// What a screen reader announces for the chart: the view's point in words.
pub fn summary(ds: &Dataset, view: ViewId) -> String {
    crate::views::registered(view).map_or_else(String::new, |v| (v.summary)(ds))
}

/// The timeline's summary: how many events on each track, and those after the article.
pub fn timeline(ds: &Dataset) -> String {
    let count = |r: Role| ds.events.iter().filter(|e| role(ds, &e.side) == r).count();
    let now = ds.article.date.end();
    let later: Vec<String> =
        ds.events.iter().filter(|e| e.when.start() >= now).map(|e| e.when.label()).collect();
    let expected = match later.len() {
        0 => String::new(),
        1 => format!(", and one it expects after it ({})", later[0]),
        n => format!(", and {n} it expects after it ({})", join(&later, ", ")),
    };
    format!(
        "Timeline of {} events: {} on the NATO track and {} on the CSTO track, up to the article of {}{expected}. \
         The data table below lists every date.",
        ds.events.len(),
        count(Role::Nato),
        count(Role::Csto),
        ds.article.date.label()
    )
}

/// The forces view's summary: its figures' labels.
pub fn forces(ds: &Dataset) -> String {
    let labels: Vec<&str> = ds.forces.iter().map(|f| f.label.as_str()).collect();
    format!("Forces and personnel, {} figures: {}.", labels.len(), join(&labels, "; "))
}

/// The scorecard's summary: its columns, its number of rows and the article's conclusion.
pub fn scorecard(ds: &Dataset) -> String {
    format!(
        "Scorecard comparing {} over {} dimensions. {}: {}",
        join(&ds.scorecard.columns.iter().map(|c| side_name(ds, c)).collect::<Vec<_>>(), " and "),
        ds.scorecard.rows.len(),
        crate::describe::conclusion_heading(&ds.scorecard.conclusion.kind),
        ds.scorecard.conclusion.text
    )
}

/// The survey's summary: the scores by rank, and where NATO ranks.
pub fn survey(ds: &Dataset) -> String {
    let order = ranking(ds);
    let ranked: Vec<String> = order
        .iter()
        .filter_map(|&i| ds.survey.scores.get(i))
        .map(|s| format!("{} {}", side_name(ds, &s.side), number(s.score)))
        .collect();
    let mut text = format!(
        "Bar chart: {} Scores (points) from a survey of {} specialists on a scale of {} to {}, highest first: {}.",
        ds.survey.title,
        ds.survey.respondents,
        number(ds.survey.scale.min),
        number(ds.survey.scale.max),
        join(&ranked, ", ")
    );
    let place =
        order.iter().position(|&i| ds.survey.scores.get(i).is_some_and(|s| role(ds, &s.side) == Role::Nato));
    if let Some(place) = place {
        let name = ds.survey.scores.get(order[place]).map_or("NATO", |s| side_name(ds, &s.side));
        if place + 1 == order.len() {
            text.push_str(&format!(" {name} ranks last of the {} the article reports.", order.len()));
        } else {
            text.push_str(&format!(
                " {name} ranks {} of the {} the article reports.",
                place + 1,
                order.len()
            ));
        }
    }
    text
}
