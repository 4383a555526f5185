//! Label rows: stacks text blocks beside their leader lines so that no block overlaps
//! another block or sits across another label's leader.
//!
//! Rows count outward from the marks; a leader runs from its mark through every nearer row
//! to its own. So a block may cover another label's anchor only from a farther row than that
//! label's. Rows are filled from the marks outward: each takes, in anchor order, every block
//! that fits beside the ones already in it and covers only anchors of labels in nearer rows,
//! wrapped as wide as that allows. A block goes left of its leader, over the anchors whose
//! labels had their turn first, else right of it; at the plot's edge it moves inside, over
//! its own leader's end.
//!
//! Work: each row tries every unplaced label (two sides of each wrapping) against every
//! anchor, O(r·n²) for n labels in r rows; [`MAX_LABELS`] and the row limit bound both.

// Every index here is an item's position, taken from 0..items.len() into vectors built
// with one entry per item (slots), so none can be out of bounds.
#![allow(clippy::indexing_slicing)]

use super::scale::within;
use crate::sort::order;

/// Space between a leader line and its text.
pub const PAD: f64 = 4.0;
/// Least room between a leader line and another label's text.
pub const CLEAR: f64 = 3.0;
/// Least room between two blocks in one row.
const SPACE: f64 = 16.0;
/// Space between label rows.
pub const ROW_GAP: f64 = 3.0;
/// Most labels placed in one call: more than a canvas can show legibly beside their marks
/// (40 rows of 10), and the bound that keeps the work small.
pub const MAX_LABELS: usize = 400;

/// A text block to place: where its leader is, and its size for each way of wrapping it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// x of the leader line (the mark's centre).
    pub anchor: f64,
    /// `(width, height)` of each wrapping, widest first; at least one.
    pub sizes: Vec<(f64, f64)>,
}

impl Item {
    fn size(&self, variant: usize) -> (f64, f64) {
        self.sizes.get(variant).or(self.sizes.first()).copied().unwrap_or_default()
    }
}

/// Where one block went.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    /// Left edge of the block.
    pub left: f64,
    /// Row, counted outward from the marks.
    pub row: usize,
    /// Which of the item's wrappings.
    pub variant: usize,
    /// x where the leader meets the block (the anchor, unless the block was fanned out).
    pub attach: f64,
}

/// Every block's slot and the height of each row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Placement {
    /// One slot per item, in item order.
    pub slots: Vec<Slot>,
    /// Height of each row: its tallest block.
    pub rows: Vec<f64>,
}

impl Placement {
    /// Total height of the rows with `gap` px between them.
    pub fn height(&self, gap: f64) -> f64 {
        self.rows.iter().sum::<f64>() + gap * self.rows.len().saturating_sub(1) as f64
    }
}

/// Places blocks between `lo` and `hi` in at most `max_rows` rows; `None` if they need more,
/// or if there are more than [`MAX_LABELS`].
pub fn place(items: &[Item], lo: f64, hi: f64, max_rows: usize) -> Option<Placement> {
    if items.len() > MAX_LABELS {
        return None;
    }
    let by_anchor = order(items.len(), &|a, b| items[a].anchor.total_cmp(&items[b].anchor));
    let mut slots: Vec<Option<Slot>> = vec![None; items.len()];
    let mut rows: Vec<f64> = Vec::new();
    while slots.iter().any(Option::is_none) {
        let row = rows.len();
        if row >= max_rows {
            return None;
        }
        let mut height: Option<f64> = None;
        let mut taken: Vec<(f64, f64)> = Vec::new();
        for &j in &by_anchor {
            if slots[j].is_some() {
                continue;
            }
            // Anchors this row may not cover: those of labels in this row or farther out.
            let open = |k: usize| slots[k].is_none_or(|s| s.row == row);
            let covers = |l: f64, r: f64| {
                items
                    .iter()
                    .enumerate()
                    .any(|(k, o)| k != j && open(k) && o.anchor > l - CLEAR && o.anchor < r + CLEAR)
            };
            let free = |l: f64, r: f64| taken.iter().all(|(a, b)| r + SPACE <= *a || l >= *b + SPACE);
            let it = &items[j];
            // Each wrapping, widest first, left of the leader and then right of it.
            let ways = (0..2 * it.sizes.len()).map(|k| (k / 2, k % 2 == 1));
            let fit = ways.map(|(v, right)| (v, left_edge(it, v, right, lo, hi))).find(|(v, l)| {
                let r = l + it.size(*v).0;
                free(*l, r) && !covers(*l, r)
            });
            if let Some((variant, left)) = fit {
                let (w, h) = it.size(variant);
                taken.push((left, left + w));
                height = Some(height.unwrap_or(0.0).max(h));
                slots[j] = Some(Slot { left, row, variant, attach: it.anchor });
            }
        }
        // A row that takes no block never will: the labels cannot be placed.
        rows.push(height?);
    }
    Some(Placement { slots: slots.into_iter().flatten().collect(), rows })
}

/// Left edge of a block right of its leader or left of it, moved inside `lo..hi`.
fn left_edge(it: &Item, variant: usize, right: bool, lo: f64, hi: f64) -> f64 {
    let w = it.size(variant).0;
    within(if right { it.anchor + PAD } else { it.anchor - PAD - w }, lo, hi - w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(anchor: f64, width: f64) -> Item {
        Item { anchor, sizes: vec![(width, 14.0)] }
    }

    #[test]
    fn apart_labels_share_the_first_row() {
        let p = place(&[item(10.0, 50.0), item(200.0, 50.0)], 0.0, 400.0, 5).expect("placed");
        assert!(p.slots.iter().all(|s| s.row == 0));
        assert_eq!(p.slots[0].left, 0.0, "moved inside the bounds");
        assert_eq!(p.slots[1].left, 200.0 - PAD - 50.0, "text ends left of its leader");
    }

    #[test]
    fn a_block_over_another_anchor_sits_farther_out() {
        // The second block covers the first anchor on either side (on the right once moved
        // inside the bounds), so it goes a row farther out, left of its leader.
        let items = [item(300.0, 60.0), item(310.0, 100.0)];
        let p = place(&items, 0.0, 400.0, 5).expect("placed");
        assert_eq!((p.slots[0].row, p.slots[1].row), (0, 1), "{p:?}");
        assert_eq!(p.slots[1].left, 310.0 - PAD - 100.0);
    }

    #[test]
    fn no_block_crosses_another_leader_or_block() {
        let items: Vec<Item> = (0..12).map(|i| item(300.0 + f64::from(i) * 7.0, 90.0)).collect();
        let p = place(&items, 0.0, 420.0, 20).expect("placed");
        for (j, a) in p.slots.iter().enumerate() {
            let (l, r) = (a.left, a.left + items[j].size(a.variant).0);
            assert!(l >= 0.0 && r <= 420.0);
            for (k, b) in p.slots.iter().enumerate() {
                if j == k {
                    continue;
                }
                if a.row == b.row {
                    assert!(r <= b.left || l >= b.left + items[k].size(b.variant).0, "{j} and {k} overlap");
                }
                if b.row > a.row {
                    let x = items[k].anchor;
                    assert!(x <= l || x >= r, "{j}'s block crosses {k}'s leader");
                }
            }
        }
    }

    #[test]
    fn narrower_wrapping_is_used_when_it_saves_rows() {
        let wide = Item { anchor: 100.0, sizes: vec![(200.0, 14.0), (60.0, 28.0)] };
        let p = place(&[wide.clone(), item(180.0, 100.0)], 0.0, 400.0, 5).expect("placed");
        assert_eq!(p.rows.len(), 1, "{p:?}");
    }

    #[test]
    fn more_than_max_labels_gives_up_before_any_work() {
        let items: Vec<Item> = (0..=MAX_LABELS).map(|i| item(i as f64 * 100.0, 1.0)).collect();
        assert!(place(&items[..MAX_LABELS], 0.0, 40_000.0, 4).is_some());
        assert!(place(&items, 0.0, 40_000.0, 4).is_none());
    }

    #[test]
    fn too_many_rows_gives_up() {
        let items: Vec<Item> = (0..30).map(|_| item(200.0, 100.0)).collect();
        assert!(place(&items, 0.0, 400.0, 4).is_none());
    }
}
