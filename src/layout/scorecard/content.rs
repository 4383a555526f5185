//! Cell text fitting: every text of the table wrapped to its cell at one font size.

use super::grid::{Grid, Span};
use crate::dataset::model::{Dataset, Measure, Ref, Role, ScoreCell, Side, Statement};
use crate::describe::{capitalised, conclusion_heading, marked, role, side_name, AUTHOR, NOT_DISCUSSED};
use crate::format::label;
use crate::layout::clamp;
use crate::scene::Paint;
use crate::text::{wrap, wrap_clamped, Font, TextMeasure};

/// What a survey cell says instead of a bar when its side has no survey score.
pub const NO_SCORE: &str = "No survey score in the article";

/// One text wrapped to a width, kept whole so it can be clamped later.
#[derive(Debug, Clone)]
pub(super) struct WrappedText {
    text: String,
    width: f64,
    pub lines: Vec<String>,
    pub font: Font,
    pub paint: Paint,
}

impl WrappedText {
    fn new(text: &str, font: Font, paint: Paint, width: f64, measure: &dyn TextMeasure) -> Self {
        let lines = wrap(text, font, width, measure);
        Self { text: text.to_string(), width, lines, font, paint }
    }

    /// Height of the block when at most `k` lines are kept.
    pub fn height(&self, k: usize) -> f64 {
        self.lines.len().min(k) as f64 * self.font.line_height()
    }

    /// The lines kept under a limit of `k`, the last ending in "…" when some are cut.
    pub fn clamped(&self, k: usize, measure: &dyn TextMeasure) -> Vec<String> {
        if self.lines.len() <= k {
            self.lines.clone()
        } else {
            wrap_clamped(&self.text, self.font, self.width, k, measure)
        }
    }
}

/// What a survey row draws under a cell's text.
#[derive(Debug, Clone)]
pub(super) enum GaugeContent {
    /// The side's score, drawn as a bar.
    Score { score: f64, role: Role },
    /// The side has no score: words instead of a bar.
    Missing(WrappedText),
}

/// One cell: the article's words and, in a survey row, the gauge below them.
#[derive(Debug, Clone)]
pub(super) struct CellContent {
    pub text: WrappedText,
    pub gauge: Option<GaugeContent>,
}

/// One dimension: its label and a cell per column.
#[derive(Debug, Clone)]
pub(super) struct RowContent {
    pub index: usize,
    pub label: WrappedText,
    pub cells: Vec<CellContent>,
}

/// The whole table's text at one font size, wrapped to the grid.
#[derive(Debug, Clone)]
pub(super) struct Content {
    pub grid: Grid,
    /// Each column's side and name.
    pub header: Vec<(Role, WrappedText)>,
    /// The first rows of the dataset, as many as could be shown (see [`Content::new`]).
    pub rows: Vec<RowContent>,
    /// How many rows the dataset has.
    pub total_rows: usize,
    pub conclusion_label: WrappedText,
    pub conclusion: WrappedText,
    /// Widest survey score label, so every bar track in a row has the same length.
    pub value_w: f64,
    /// The survey scale's minimum and maximum.
    pub scale: (f64, f64),
}

impl Content {
    /// Wraps every text of the scorecard to its place in `grid`, but of the rows only the first
    /// `max_rows`: a caller that knows no more can be shown keeps the work bounded.
    pub fn new(ds: &Dataset, grid: Grid, max_rows: usize, measure: &dyn TextMeasure) -> Self {
        let (regular, bold) = (Font::regular(grid.font), Font::bold(grid.font));
        let cols: Vec<(&Ref<Side>, Span)> =
            ds.scorecard.columns.iter().zip(grid.cols.iter().copied()).collect();
        let header = cols
            .iter()
            .map(|(id, span)| {
                let r = role(ds, id);
                (r, WrappedText::new(side_name(ds, id), bold, Paint::ink(r), span.w, measure))
            })
            .collect();
        let rows = ds
            .scorecard
            .rows
            .iter()
            .take(max_rows)
            .enumerate()
            .map(|(index, row)| {
                let survey = row.measure == Some(Measure::Survey);
                let cells = cols
                    .iter()
                    .enumerate()
                    .map(|(j, (id, span))| {
                        let cell = row.cells.get(j).and_then(Option::as_ref);
                        let text = match cell {
                            Some(c) => {
                                WrappedText::new(&cell_words(c), regular, Paint::Text, span.w, measure)
                            }
                            None => WrappedText::new(NOT_DISCUSSED, regular, Paint::Muted, span.w, measure),
                        };
                        let gauge = survey.then(|| gauge(ds, id, regular, span.w, measure));
                        CellContent { text, gauge }
                    })
                    .collect();
                RowContent {
                    index,
                    label: WrappedText::new(&row.label, bold, Paint::Text, grid.label.w, measure),
                    cells,
                }
            })
            .collect();
        let (label_span, text_span) = (grid.conclusion_label(), grid.conclusion_text());
        let heading = conclusion_heading(&ds.scorecard.conclusion.kind);
        let conclusion_label = WrappedText::new(heading, bold, Paint::Text, label_span.w, measure);
        let conclusion =
            WrappedText::new(&ds.scorecard.conclusion.text, regular, Paint::Text, text_span.w, measure);
        let value_w = cols
            .iter()
            .filter_map(|(id, _)| score(ds, id))
            .map(|s| measure.width(&label(s), bold))
            .fold(0.0, f64::max);
        let scale = (ds.survey.scale.min, ds.survey.scale.max);
        let total_rows = ds.scorecard.rows.len();
        Self { grid, header, rows, total_rows, conclusion_label, conclusion, value_w, scale }
    }

    /// Where a score lies on the survey scale, from 0 at its minimum to 1 at its maximum.
    pub fn scale_ratio(&self, score: f64) -> f64 {
        let (min, max) = self.scale;
        let ratio = (score - min) / (max - min);
        if ratio.is_finite() {
            clamp(ratio, 0.0, 1.0)
        } else {
            0.0
        }
    }

    /// The most lines any one cell wraps to.
    pub fn max_cell_lines(&self) -> usize {
        let cell = |c: &CellContent| match &c.gauge {
            Some(GaugeContent::Missing(b)) => c.text.lines.len().max(b.lines.len()),
            _ => c.text.lines.len(),
        };
        self.rows.iter().flat_map(|r| r.cells.iter().map(cell)).max().unwrap_or(1)
    }

    /// The most lines any label, column name or the conclusion wraps to.
    pub fn max_other_lines(&self) -> usize {
        let labels = self.rows.iter().map(|r| &r.label);
        let blocks = self
            .header
            .iter()
            .map(|(_, b)| b)
            .chain(labels)
            .chain([&self.conclusion_label, &self.conclusion]);
        blocks.map(|b| b.lines.len()).max().unwrap_or(1)
    }
}

/// A cell's words as drawn: an author's judgment leads with whose it is, a derived value
/// ends with how it was computed.
fn cell_words(cell: &ScoreCell) -> String {
    match &cell.kind {
        Statement::Author => format!("{}: {}", capitalised(AUTHOR), cell.text),
        Statement::Reported => cell.text.clone(),
        Statement::Derived(_) => marked(&cell.text, &cell.kind),
    }
}

/// The survey score of a side, if it was scored.
pub(super) fn score(ds: &Dataset, side: &Ref<Side>) -> Option<f64> {
    ds.survey.scores.iter().find(|s| s.side.index == side.index).map(|s| s.score)
}

fn gauge(ds: &Dataset, id: &Ref<Side>, font: Font, width: f64, measure: &dyn TextMeasure) -> GaugeContent {
    match score(ds, id) {
        Some(score) => GaugeContent::Score { score, role: role(ds, id) },
        None => GaugeContent::Missing(WrappedText::new(NO_SCORE, font, Paint::Muted, width, measure)),
    }
}
