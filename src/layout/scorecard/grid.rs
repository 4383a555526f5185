//! Column geometry of the scorecard table at one font size.

use super::super::frame::is_narrow;
use crate::dataset::model::Dataset;
use crate::text::{Font, TextMeasure};

/// Data columns narrower than this push the dimension labels above the cells.
const MIN_WIDE_COLUMN: f64 = 110.0;

/// Room the conclusion box keeps left of its text for its rule.
const RULE_INSET: f64 = 12.0;

/// A horizontal extent: left edge and width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Span {
    pub x: f64,
    pub w: f64,
}

/// Where the label column and each data column sit.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Grid {
    pub font: f64,
    pub stacked: bool,
    /// Tighter row padding, for when the table cannot fit whole.
    pub compact: bool,
    pub x: f64,
    pub w: f64,
    pub label: Span,
    pub cols: Vec<Span>,
}

impl Grid {
    /// Side by side when the label column leaves the data columns room enough, else stacked.
    /// The label column fits the widest label of the first `rows` rows, those that can be shown.
    pub fn new(
        ds: &Dataset,
        rows: usize,
        (x, w): (f64, f64),
        canvas_w: f64,
        font: f64,
        measure: &dyn TextMeasure,
    ) -> Self {
        let n = ds.scorecard.columns.len().max(1);
        let labels = ds.scorecard.rows.iter().take(rows);
        let widest = labels.map(|r| measure.width(&r.label, Font::bold(font))).fold(0.0, f64::max);
        let label_w = widest.min(w * 0.28).max(w * 0.12).ceil();
        let gutter = 16.0;
        let data_w = (w - label_w - gutter * n as f64) / n as f64;
        if !is_narrow(canvas_w) && data_w >= MIN_WIDE_COLUMN {
            let first = x + label_w + gutter;
            let cols = (0..n).map(|j| Span { x: first + j as f64 * (data_w + gutter), w: data_w }).collect();
            return Self { font, stacked: false, compact: false, x, w, label: Span { x, w: label_w }, cols };
        }
        let gutter = 12.0;
        let data_w = ((w - gutter * (n - 1) as f64) / n as f64).max(1.0);
        let cols = (0..n).map(|j| Span { x: x + j as f64 * (data_w + gutter), w: data_w }).collect();
        Self { font, stacked: true, compact: false, x, w, label: Span { x, w }, cols }
    }

    /// Height of one line of table text.
    pub fn lh(&self) -> f64 {
        Font::regular(self.font).line_height()
    }

    /// Space above and below the content of a row.
    pub fn pad(&self) -> f64 {
        (self.font * if self.compact { 0.3 } else { 0.5 }).round()
    }

    /// Where the "Conclusion" label goes inside its box.
    pub fn conclusion_label(&self) -> Span {
        if self.stacked {
            self.conclusion_text()
        } else {
            Span { x: self.x + RULE_INSET, w: (self.label.w - RULE_INSET).max(1.0) }
        }
    }

    /// Where the conclusion's text goes inside its box: under the data columns when side by side.
    pub fn conclusion_text(&self) -> Span {
        let right = self.x + self.w - RULE_INSET / 2.0;
        let x = match self.cols.first() {
            Some(first) if !self.stacked => first.x,
            _ => self.x + RULE_INSET,
        };
        Span { x, w: (right - x).max(1.0) }
    }
}
