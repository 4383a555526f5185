//! One row of small blocks (numbers) spread sideways from their anchors as little as
//! possible, keeping their order so slanted leaders never cross.

// Indices come from 0..anchors.len(), and anchors, widths and lefts have that length.
#![allow(clippy::indexing_slicing)]

use super::placement::CLEAR;
use super::scale::within;

/// A run of neighbouring blocks pushed together.
struct Run {
    /// First item (in anchor order) and one past the last.
    items: std::ops::Range<usize>,
    left: f64,
    width: f64,
    /// Sum over members of (anchor − member centre offset from the run's left edge).
    pull: f64,
}

/// Left edges for blocks of `widths` centred as near their `anchors` as they can be, in
/// anchor order, `gap` apart, between `lo` and `hi`; no block may cover `keep_clear` (a line
/// running through the row). `None` if they do not fit in one row.
pub fn fan(
    anchors: &[f64],
    widths: &[f64],
    (lo, hi): (f64, f64),
    gap: f64,
    keep_clear: Option<f64>,
) -> Option<Vec<f64>> {
    let order =
        crate::sort::order(anchors.len().min(widths.len()), &|a, b| anchors[a].total_cmp(&anchors[b]));
    let mut lefts = vec![0.0; order.len()];
    let (before, after): (Vec<usize>, Vec<usize>) = match keep_clear {
        Some(x) => order.into_iter().partition(|i| anchors[*i] < x),
        None => (order, Vec::new()),
    };
    let split = keep_clear.map_or(hi, |x| x - CLEAR);
    for (group, bounds) in [(before, (lo, split)), (after, (keep_clear.map_or(lo, |x| x + CLEAR), hi))] {
        let a: Vec<f64> = group.iter().map(|i| anchors[*i]).collect();
        let w: Vec<f64> = group.iter().map(|i| widths[*i]).collect();
        for (i, left) in group.iter().zip(spread(&a, &w, bounds, gap)?) {
            lefts[*i] = left;
        }
    }
    Some(lefts)
}

/// Order-preserving spread of one group: runs of touching blocks settle where their
/// members' mean pull puts them.
fn spread(anchors: &[f64], widths: &[f64], (lo, hi): (f64, f64), gap: f64) -> Option<Vec<f64>> {
    let total = widths.iter().sum::<f64>() + gap * widths.len().saturating_sub(1) as f64;
    if total > hi - lo {
        return None;
    }
    let mut runs: Vec<Run> = Vec::new();
    for (i, (&a, &w)) in anchors.iter().zip(widths).enumerate() {
        let mut run = Run { items: i..i + 1, left: 0.0, width: w, pull: a - w / 2.0 };
        run.left = within(run.pull, lo, hi - w);
        while let Some(prev) = runs.pop() {
            if prev.left + prev.width + gap <= run.left {
                runs.push(prev);
                break;
            }
            let shift = prev.width + gap;
            let n = run.items.len() as f64;
            let pull = prev.pull + run.pull - n * shift;
            let width = shift + run.width;
            let count = (prev.items.len() + run.items.len()) as f64;
            run = Run { items: prev.items.start..run.items.end, left: 0.0, width, pull };
            run.left = within(pull / count, lo, hi - width);
        }
        runs.push(run);
    }
    let mut lefts = Vec::with_capacity(anchors.len());
    for run in &runs {
        let mut x = run.left;
        for i in run.items.clone() {
            lefts.push(x);
            x += widths.get(i).copied().unwrap_or_default() + gap;
        }
    }
    Some(lefts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apart_blocks_stay_centred() {
        let l = fan(&[50.0, 150.0], &[10.0, 10.0], (0.0, 300.0), 4.0, None).expect("fits");
        assert_eq!(l, vec![45.0, 145.0]);
    }

    #[test]
    fn crowded_blocks_spread_in_order_without_overlap() {
        let a = [100.0, 101.0, 102.0, 103.0];
        let l = fan(&a, &[10.0; 4], (0.0, 300.0), 4.0, None).expect("fits");
        assert!(l.windows(2).all(|p| p[1] >= p[0] + 14.0 - 1e-9), "{l:?}");
        let centre = (l[0] + l[3] + 10.0) / 2.0;
        assert!((centre - 101.5).abs() < 1e-9, "{l:?}");
    }

    #[test]
    fn blocks_keep_off_a_line_and_inside_bounds() {
        let a = [0.0, 98.0, 99.0, 101.0];
        let l = fan(&a, &[10.0; 4], (0.0, 200.0), 4.0, Some(100.0)).expect("fits");
        assert!(l[0] >= 0.0);
        assert!(l[2] + 10.0 <= 97.0 && l[3] >= 103.0, "{l:?}");
    }

    #[test]
    fn too_many_blocks_do_not_fit() {
        assert!(fan(&[5.0; 30], &[10.0; 30], (0.0, 100.0), 4.0, None).is_none());
    }
}
