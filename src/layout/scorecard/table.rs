//! The table grid: where each row, cell, text and bar goes, and how tall it all is.

use super::content::{CellContent, Content, GaugeContent, RowContent, WrappedText};
use super::grid::Span;
use crate::dataset::model::Role;
use crate::format::label;
use crate::scene::{Paint, Rect};
use crate::text::{wrap_clamped, Font, TextMeasure};

/// Lines of text placed in a box exactly as tall as the lines.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBox {
    /// The box: its width is the room the lines were wrapped to.
    pub rect: Rect,
    /// The lines, top to bottom, left-aligned at `rect.x`.
    pub lines: Vec<String>,
    /// Their font.
    pub font: Font,
    /// Their colour.
    pub paint: Paint,
}

/// The survey measure drawn under a cell's text.
#[derive(Debug, Clone, PartialEq)]
pub enum Gauge {
    /// A bar of the score on the survey scale, with the score beside it.
    Bar {
        /// The whole scale, from its minimum to its maximum.
        track: Rect,
        /// From the scale's minimum to the score.
        fill: Rect,
        /// The side, whose colour the bar takes.
        role: Role,
        /// The score as a number.
        value: TextBox,
    },
    /// Words saying the side has no survey score.
    Missing(TextBox),
}

/// One cell of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The cell; everything it draws stays inside.
    pub rect: Rect,
    /// Its text.
    pub text: TextBox,
    /// Its survey gauge, in a survey row.
    pub gauge: Option<Gauge>,
}

/// A column's heading.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnHead {
    /// The heading, down to the bottom of its rule.
    pub rect: Rect,
    /// The side's name.
    pub name: TextBox,
    /// The side's role, which colours the rule.
    pub role: Role,
}

/// One dimension of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Index into `scorecard.rows`.
    pub index: usize,
    /// The whole row: the region that picks it.
    pub rect: Rect,
    /// The dimension's label.
    pub label: TextBox,
    /// One cell per column.
    pub cells: Vec<Cell>,
}

/// The conclusion under the table.
#[derive(Debug, Clone, PartialEq)]
pub struct ConclusionBox {
    /// The tinted box: the region that picks it.
    pub rect: Rect,
    /// "Conclusion".
    pub label: TextBox,
    /// The article's conclusion.
    pub text: TextBox,
}

/// The scorecard table laid out at one size.
#[derive(Debug, Clone, PartialEq)]
pub struct TableLayout {
    /// Body font size chosen to fit.
    pub font: f64,
    /// Whether dimension labels sit above the cells instead of left of them.
    pub stacked: bool,
    /// Whether some text was cut short with "…" or rows left out to fit.
    pub clamped: bool,
    /// Everything the table occupies.
    pub bounds: Rect,
    /// One header per column: the side's name over a rule in its colour.
    pub header: Vec<ColumnHead>,
    /// The rows shown, in order.
    pub rows: Vec<Row>,
    /// Says how many rows did not fit, when some did not.
    pub note: Option<TextBox>,
    /// The conclusion box.
    pub conclusion: ConclusionBox,
}

/// How much the table may show: lines per text and rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Limit {
    /// Lines per cell.
    pub cell_lines: usize,
    /// How many rows, from the top, may have one cell line more.
    pub roomier: usize,
    /// Lines per label, column name and conclusion.
    pub lines: usize,
    /// Rows shown.
    pub rows: usize,
}

impl Limit {
    pub const ALL: Limit = Limit { cell_lines: usize::MAX, roomier: 0, lines: usize::MAX, rows: usize::MAX };

    /// Lines per cell in row `i`.
    pub fn cell_lines(&self, i: usize) -> usize {
        self.cell_lines.saturating_add(usize::from(i < self.roomier))
    }
}

/// Space between the column names and the coloured rule under them.
const RULE_GAP: f64 = 4.0;
/// Thickness of the rule under each column name.
pub(super) const RULE: f64 = 3.0;
/// Space between a cell's text and its gauge, and between a stacked label and its cells.
const GAP: f64 = 4.0;

impl Content {
    fn header_h(&self, k: usize) -> f64 {
        self.header.iter().map(|(_, b)| b.height(k)).fold(0.0, f64::max) + RULE_GAP + RULE
    }

    fn cell_h(&self, cell: &CellContent, k: usize) -> f64 {
        let gauge = match &cell.gauge {
            None => 0.0,
            Some(GaugeContent::Score { .. }) => GAP + self.grid.lh(),
            Some(GaugeContent::Missing(b)) => GAP + b.height(k),
        };
        cell.text.height(k) + gauge
    }

    fn row_h(&self, row: &RowContent, k: usize, cell_k: usize) -> f64 {
        let cells = row.cells.iter().map(|c| self.cell_h(c, cell_k)).fold(0.0, f64::max);
        let label = row.label.height(k);
        let body = if self.grid.stacked { label + GAP + cells } else { label.max(cells) };
        2.0 * self.grid.pad() + body
    }

    fn conclusion_h(&self, k: usize) -> f64 {
        let (label, text) = (self.conclusion_label.height(k), self.conclusion.height(k));
        let body = if self.grid.stacked { label + text } else { label.max(text) };
        2.0 * self.grid.pad() + body
    }

    fn note_h(&self) -> f64 {
        self.grid.lh() + self.grid.pad()
    }

    fn conclusion_gap(&self) -> f64 {
        self.grid.pad() + 6.0
    }

    /// How many of the dataset's rows the limit leaves out.
    fn hidden(&self, limit: Limit) -> usize {
        self.total_rows.saturating_sub(limit.rows.min(self.rows.len()))
    }

    /// Height of the whole table under a limit.
    pub fn height(&self, limit: Limit) -> f64 {
        let k = limit.lines;
        let rows = self.rows.iter().take(limit.rows).enumerate();
        let rows: f64 = rows.map(|(i, r)| self.row_h(r, k, limit.cell_lines(i))).sum();
        let note = if self.hidden(limit) > 0 { self.note_h() } else { 0.0 };
        self.header_h(k) + rows + note + self.conclusion_gap() + self.conclusion_h(k)
    }

    /// Whether the limit cuts any text short or leaves out any row.
    pub fn cuts(&self, limit: Limit) -> bool {
        let k = limit.lines;
        let over = |b: &WrappedText, k: usize| b.lines.len() > k;
        let cell_over = |c: &CellContent, k: usize| {
            over(&c.text, k) || matches!(&c.gauge, Some(GaugeContent::Missing(b)) if over(b, k))
        };
        self.hidden(limit) > 0
            || self
                .header
                .iter()
                .map(|(_, b)| b)
                .chain([&self.conclusion_label, &self.conclusion])
                .any(|b| over(b, k))
            || self
                .rows
                .iter()
                .take(limit.rows)
                .enumerate()
                .any(|(i, r)| over(&r.label, k) || r.cells.iter().any(|c| cell_over(c, limit.cell_lines(i))))
    }

    /// Places the table with its top at `top`, clamping texts to the limit.
    pub fn place(&self, top: f64, limit: Limit, measure: &dyn TextMeasure) -> TableLayout {
        let k = limit.lines;
        let g = &self.grid;
        let header = self
            .header
            .iter()
            .zip(&g.cols)
            .map(|((role, b), col)| {
                // Names sit on their rule, so short names line up with long ones' last line.
                let text_top = top + self.header_h(k) - RULE_GAP - RULE - b.height(k);
                ColumnHead {
                    rect: Rect::new(col.x, top, col.w, self.header_h(k)),
                    name: text_box(b, *col, text_top, k, measure),
                    role: *role,
                }
            })
            .collect();
        let mut y = top + self.header_h(k);
        let mut rows = Vec::new();
        for (i, row) in self.rows.iter().take(limit.rows).enumerate() {
            let cell_k = limit.cell_lines(i);
            rows.push(self.place_row(row, y, k, cell_k, measure));
            y += self.row_h(row, k, cell_k);
        }
        let hidden = self.hidden(limit);
        let note = (hidden > 0).then(|| {
            let font = Font::regular(g.font);
            let text = if hidden == 1 {
                "1 more row does not fit at this size".to_string()
            } else {
                format!("{hidden} more rows do not fit at this size")
            };
            let lines = wrap_clamped(&text, font, g.w, 1, measure);
            let rect = Rect::new(g.x, y + g.pad() / 2.0, g.w, font.line_height());
            y += self.note_h();
            TextBox { rect, lines, font, paint: Paint::Muted }
        });
        y += self.conclusion_gap();
        let conclusion = self.place_conclusion(y, k, measure);
        let bottom = conclusion.rect.bottom();
        TableLayout {
            font: g.font,
            stacked: g.stacked,
            clamped: self.cuts(limit),
            bounds: Rect::new(g.x, top, g.w, bottom - top),
            header,
            rows,
            note,
            conclusion,
        }
    }

    fn place_row(&self, row: &RowContent, y: f64, k: usize, cell_k: usize, measure: &dyn TextMeasure) -> Row {
        let g = &self.grid;
        let h = self.row_h(row, k, cell_k);
        let label = text_box(&row.label, g.label, y + g.pad(), k, measure);
        let cells_top = if g.stacked { label.rect.bottom() + GAP } else { y + g.pad() };
        let cell_rect_top = if g.stacked { cells_top - GAP / 2.0 } else { y };
        let cells = row
            .cells
            .iter()
            .zip(&g.cols)
            .map(|(cell, col)| {
                let text = text_box(&cell.text, *col, cells_top, cell_k, measure);
                let below = text.rect.bottom() + GAP;
                let gauge = cell.gauge.as_ref().map(|gc| self.gauge(gc, *col, below, cell_k, measure));
                Cell { rect: Rect::new(col.x, cell_rect_top, col.w, y + h - cell_rect_top), text, gauge }
            })
            .collect();
        Row { index: row.index, rect: Rect::new(g.x, y, g.w, h), label, cells }
    }

    fn gauge(&self, gauge: &GaugeContent, col: Span, top: f64, k: usize, measure: &dyn TextMeasure) -> Gauge {
        let (score, role) = match gauge {
            GaugeContent::Missing(b) => return Gauge::Missing(text_box(b, col, top, k, measure)),
            GaugeContent::Score { score, role } => (*score, *role),
        };
        let g = &self.grid;
        let (lh, value_gap) = (g.lh(), 6.0);
        let track_w = (col.w - self.value_w - value_gap).min(g.font * 12.0).max(0.0);
        let bar_h = (g.font * 0.65).round();
        let track = Rect::new(col.x, top + (lh - bar_h) / 2.0, track_w, bar_h);
        let fill = Rect::new(track.x, track.y, track_w * self.scale_ratio(score), bar_h);
        let font = Font::bold(g.font);
        let value = label(score);
        let rect = Rect::new(track.right() + value_gap, top, measure.width(&value, font), lh);
        let value = TextBox { rect, lines: vec![value], font, paint: Paint::ink(role) };
        Gauge::Bar { track, fill, role, value }
    }

    fn place_conclusion(&self, y: f64, k: usize, measure: &dyn TextMeasure) -> ConclusionBox {
        let g = &self.grid;
        let label = text_box(&self.conclusion_label, g.conclusion_label(), y + g.pad(), k, measure);
        let text_top = if g.stacked { label.rect.bottom() } else { y + g.pad() };
        let text = text_box(&self.conclusion, g.conclusion_text(), text_top, k, measure);
        ConclusionBox { rect: Rect::new(g.x, y, g.w, self.conclusion_h(k)), label, text }
    }
}

/// A block's lines, clamped to `k`, in a box as wide as `span` from `top`.
fn text_box(block: &WrappedText, span: Span, top: f64, k: usize, measure: &dyn TextMeasure) -> TextBox {
    let lines = block.clamped(k, measure);
    let rect = Rect::new(span.x, top, span.w, lines.len() as f64 * block.font.line_height());
    TextBox { rect, lines, font: block.font, paint: block.paint }
}
