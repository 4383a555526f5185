//! The panels' grid: two columns on wide canvases (more for many figures), one on phones,
//! with row heights that follow what each row's panels need.

use super::panel;
use super::pen::Pen;
use crate::dataset::model::{Dataset, Figure};
use crate::scene::{Datum, Paint, Rect, Scene};

/// Narrowest panel worth a column of its own.
const MIN_PANEL_W: f64 = 180.0;

/// Rows shorter than this get even heights without measuring: a header line barely fits.
const MIN_ROW_H: f64 = 30.0;

/// How many panel columns fit: one on phones, else about a square grid of two or more.
fn columns(n: usize, plot_w: f64, narrow: bool, gap: f64) -> usize {
    if narrow || n <= 1 {
        return 1;
    }
    let fit = (((plot_w + gap) / (MIN_PANEL_W + gap)).floor() as usize).max(1);
    let square = ((n as f64).sqrt().ceil() as usize).max(2);
    square.min(fit).min(n)
}

/// Lays the figures out in reading order, one panel and one hit region each.
pub(super) fn panels(pen: &mut Pen, ds: &Dataset, plot: Rect) {
    let n = ds.forces.len();
    let phone = pen.tight;
    let gap_x = if phone { 0.0 } else { 28.0 };
    let cols = columns(n, plot.w, phone, gap_x);
    let rows = n.div_ceil(cols);
    let col_w = ((plot.w - gap_x * (cols - 1) as f64) / cols as f64).max(0.0);
    let gap_y = |tight: bool| if tight { 6.0 } else { 16.0 };
    let avail = |tight: bool| (plot.h - gap_y(tight) * (rows - 1) as f64).max(0.0);
    let (mut heights, fits) = row_heights(pen, ds, cols, col_w, avail(pen.tight));
    if !fits && !pen.tight {
        pen.tight = true;
        heights = row_heights(pen, ds, cols, col_w, avail(true)).0;
    }
    let avail = avail(pen.tight);
    // Room left over widens the gaps a little and stays under the grid: rows stretched
    // further would only float their content away from its header.
    let spare = (avail - heights.iter().sum::<f64>()).max(0.0);
    let gap_y = gap_y(pen.tight) + (spare / rows as f64).min(if pen.tight { 8.0 } else { 24.0 });
    let mut y = plot.y;
    for (row, h) in heights.into_iter().enumerate() {
        for col in 0..cols {
            let i = row * cols + col;
            let Some(fig) = ds.forces.get(i) else { break };
            let r = Rect::new(plot.x + col as f64 * (col_w + gap_x), y, col_w, h);
            // A frame that fills a tiny canvas leaves no room at all, not even for a rule.
            if r.h >= 1.0 {
                pen.scene.line((r.x, r.y), (r.right(), r.y), Paint::Grid, 1.0);
                panel(pen, ds, fig, r, true);
            }
            pen.scene.hit(r, Datum::Figure(i));
        }
        y += h + gap_y;
    }
}

/// Each row's height between what its panels need at least and would like: the floor
/// first, then what is left shared in proportion to how much more each row would use.
/// Rows that all get what they would like get no more. The flag tells whether the
/// floors fit; when they do not, every row shrinks by the same factor.
fn row_heights(pen: &Pen, ds: &Dataset, cols: usize, col_w: f64, avail: f64) -> (Vec<f64>, bool) {
    let rows = ds.forces.len().div_ceil(cols);
    let even = avail / rows.max(1) as f64;
    if even < MIN_ROW_H {
        return (vec![even; rows], false);
    }
    let tallest = |row: &[Figure], compact: bool| {
        row.iter().map(|fig| need(pen, ds, fig, col_w, compact)).fold(0.0, f64::max)
    };
    let floor: Vec<f64> = ds.forces.chunks(cols).map(|row| tallest(row, true)).collect();
    let ideal: Vec<f64> = ds.forces.chunks(cols).map(|row| tallest(row, false)).collect();
    let (sum_floor, sum_ideal): (f64, f64) = (floor.iter().sum(), ideal.iter().sum());
    if sum_ideal <= avail {
        return (ideal, true);
    }
    if sum_floor > avail {
        return (floor.into_iter().map(|h| h * avail / sum_floor).collect(), false);
    }
    let share = (avail - sum_floor) / (sum_ideal - sum_floor);
    (floor.iter().zip(&ideal).map(|(f, i)| f + (i - f).max(0.0) * share).collect(), true)
}

/// The height a panel takes with all the room it asks for: a dry run into a scratch scene.
fn need(pen: &Pen, ds: &Dataset, fig: &Figure, w: f64, compact: bool) -> f64 {
    let mut scratch = Scene::new(w, 0.0);
    let mut dry = pen.scratch(&mut scratch);
    dry.compact = compact;
    let bottom = panel(&mut dry, ds, fig, Rect::new(0.0, 0.0, w, 10_000.0), false);
    bottom + if pen.tight { 4.0 } else { 8.0 }
}
