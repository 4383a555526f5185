//! Label rows: stacks text blocks beside their leader lines so that no block overlaps
//! another block or sits across another label's leader.
//!
//! Rows count outward from the marks; a leader runs from its mark through every nearer row
//! to its own. So a block that spans another label's anchor must sit in a farther row than
//! that label, and the rows follow from that order. Each label may sit right of its leader,
//! left of it or centred on it, and be wrapped wide or narrow; a short search keeps the
//! choice that gives the lowest stack.
//!
//! Work: finding which blocks span which anchors compares every pair, O(n²) for n labels,
//! repeated for up to 9 starting layouts and `MAX_FLIPS` untangling steps; the one-at-a-time
//! search runs only up to `SEARCH_MAX` labels. [`MAX_LABELS`] bounds n before any of it.

// Every index here is an item's position, taken from 0..items.len() into vectors built
// with one entry per item (boxes, spans, rows, ranks), so none can be out of bounds.
#![allow(clippy::indexing_slicing)]

use std::collections::BTreeSet;

use super::scale::within;

/// Space between a leader line and its text.
pub const PAD: f64 = 4.0;
/// Least room between a leader line and another label's text.
pub const CLEAR: f64 = 3.0;
/// Least room between two blocks in one row.
const SPACE: f64 = 16.0;
/// Space between label rows.
pub const ROW_GAP: f64 = 3.0;
/// Most side swaps tried to untangle labels that span each other's anchors.
const MAX_FLIPS: usize = 16;
/// Up to this many labels, each label's side and wrap are also improved one at a time.
const SEARCH_MAX: usize = 48;
/// Most labels placed in one call: more than a canvas can show legibly beside their marks
/// (40 rows of 10), and the bound that keeps the quadratic pass small.
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

    /// What the search minimises: height, then wider wrapping.
    fn cost(&self) -> f64 {
        self.height(ROW_GAP) + 0.1 * self.slots.iter().map(|s| s.variant as f64).sum::<f64>()
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Anchor {
    Right,
    Left,
    Centre,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Choice {
    side: Anchor,
    variant: usize,
}

/// The horizontal bounds and row limit blocks are placed within.
#[derive(Debug, Clone, Copy)]
struct Room {
    lo: f64,
    hi: f64,
    max_rows: usize,
}

/// Places blocks between `lo` and `hi` in at most `max_rows` rows; `None` if they need more,
/// or if there are more than [`MAX_LABELS`].
pub fn place(items: &[Item], lo: f64, hi: f64, max_rows: usize) -> Option<Placement> {
    if items.len() > MAX_LABELS {
        return None;
    }
    let room = Room { lo, hi, max_rows };
    let variants = items.iter().map(|it| it.sizes.len()).max().unwrap_or(1).max(1);
    let mut starts = Vec::new();
    for variant in 0..variants {
        for split in [Some(lo), Some((lo + hi) / 2.0), None] {
            starts.push(items.iter().map(|it| first_choice(it, variant, split, room)).collect::<Vec<_>>());
        }
    }
    let (mut choices, mut best) = starts
        .into_iter()
        .filter_map(|c| untangle(items, c, room))
        .min_by(|a, b| a.1.cost().total_cmp(&b.1.cost()))?;
    if items.len() > SEARCH_MAX {
        return Some(best);
    }
    for _ in 0..3 {
        let mut improved = false;
        for i in 0..items.len() {
            for side in [Anchor::Right, Anchor::Left, Anchor::Centre] {
                for variant in 0..items[i].sizes.len() {
                    let mut trial = choices.clone();
                    trial[i] = Choice { side, variant };
                    if let Ok(p) = rows(items, &trial, room) {
                        if p.cost() < best.cost() - 0.05 {
                            (choices, best, improved) = (trial, p, true);
                        }
                    }
                }
            }
        }
        if !improved {
            break;
        }
    }
    Some(best)
}

/// Text right of the leader for anchors left of `split` (all of them when `None`), left of
/// it otherwise, unless that side has no room.
fn first_choice(it: &Item, variant: usize, split: Option<f64>, room: Room) -> Choice {
    let fits = |side| {
        let l = raw_left(it, Choice { side, variant });
        l >= room.lo && l + it.size(variant).0 <= room.hi
    };
    let prefer = if split.is_none_or(|s| it.anchor < s) { Anchor::Right } else { Anchor::Left };
    let other = if prefer == Anchor::Right { Anchor::Left } else { Anchor::Right };
    let side = if fits(prefer) || !fits(other) { prefer } else { other };
    Choice { side, variant }
}

fn raw_left(it: &Item, c: Choice) -> f64 {
    let w = it.size(c.variant).0;
    match c.side {
        Anchor::Right => it.anchor + PAD,
        Anchor::Left => it.anchor - PAD - w,
        Anchor::Centre => it.anchor - w / 2.0,
    }
}

/// Assigns rows, swapping the side of a label caught in a cycle of mutual spanning.
fn untangle(items: &[Item], mut choices: Vec<Choice>, room: Room) -> Option<(Vec<Choice>, Placement)> {
    let mut flipped = vec![false; items.len()];
    for _ in 0..=MAX_FLIPS {
        match rows(items, &choices, room) {
            Ok(p) => return Some((choices, p)),
            Err(Stuck::TooDeep) => return None,
            Err(Stuck::Cycle(left_over)) => {
                let k = left_over.into_iter().find(|k| !flipped.get(*k).copied().unwrap_or(true))?;
                flipped[k] = true;
                let c = &mut choices[k];
                c.side = if c.side == Anchor::Right { Anchor::Left } else { Anchor::Right };
            }
        }
    }
    None
}

enum Stuck {
    TooDeep,
    /// Items that span each other's anchors, most entangled first.
    Cycle(Vec<usize>),
}

/// Where each block sits horizontally and how big it is: `(left, width, height)`.
type Boxes = Vec<(f64, f64, f64)>;

/// For each block, the items whose anchors it spans; and for each item, the blocks that
/// span its anchor.
fn spanning(items: &[Item], boxes: &Boxes) -> (Vec<Vec<usize>>, Vec<Vec<usize>>) {
    let mut spans = vec![Vec::new(); items.len()];
    let mut spanned_by = vec![Vec::new(); items.len()];
    for (j, &(l, w, _)) in boxes.iter().enumerate() {
        for (k, it) in items.iter().enumerate() {
            if j != k && it.anchor > l - CLEAR && it.anchor < l + w + CLEAR {
                spans[j].push(k);
                spanned_by[k].push(j);
            }
        }
    }
    (spans, spanned_by)
}

/// Rows for blocks at fixed places: each block goes to the nearest row that is farther out
/// than every label whose anchor it spans and has room for it.
fn rows(items: &[Item], choices: &[Choice], room: Room) -> Result<Placement, Stuck> {
    let boxes: Boxes = items
        .iter()
        .zip(choices)
        .map(|(it, c)| {
            let (w, h) = it.size(c.variant);
            (within(raw_left(it, *c), room.lo, room.hi - w), w, h)
        })
        .collect();
    let (spans, spanned_by) = spanning(items, &boxes);
    let mut waiting: Vec<usize> = spans.iter().map(Vec::len).collect();
    let by_anchor =
        crate::layout::heapsort::order(items.len(), &|a, b| items[a].anchor.total_cmp(&items[b].anchor));
    let mut rank = vec![0usize; items.len()];
    for (r, i) in by_anchor.iter().enumerate() {
        rank[*i] = r;
    }
    // A block is placed once every label whose anchor it spans has its row.
    let mut ready: BTreeSet<(usize, usize)> =
        waiting.iter().enumerate().filter(|(_, w)| **w == 0).map(|(j, _)| (rank[j], j)).collect();
    let mut row_of: Vec<Option<usize>> = vec![None; items.len()];
    let mut taken: Vec<Vec<(f64, f64)>> = Vec::new();
    while let Some((_, j)) = ready.pop_first() {
        let floor = spans[j].iter().filter_map(|k| row_of[*k]).map(|r| r + 1).max().unwrap_or(0);
        let (l, r) = (boxes[j].0, boxes[j].0 + boxes[j].1);
        let free = |row: &Vec<(f64, f64)>| row.iter().all(|(a, b)| r + SPACE <= *a || l >= *b + SPACE);
        let row = (floor..).find(|k| taken.get(*k).is_none_or(free)).unwrap_or(floor);
        if row >= room.max_rows {
            return Err(Stuck::TooDeep);
        }
        if taken.len() <= row {
            taken.resize(row + 1, Vec::new());
        }
        taken[row].push((l, r));
        row_of[j] = Some(row);
        for &m in &spanned_by[j] {
            waiting[m] -= 1;
            if waiting[m] == 0 {
                ready.insert((rank[m], m));
            }
        }
    }
    finish(&boxes, choices, items, &row_of, &waiting)
}

/// The placement once rows are known, or the labels left over in a cycle.
fn finish(
    boxes: &Boxes,
    choices: &[Choice],
    items: &[Item],
    row_of: &[Option<usize>],
    waiting: &[usize],
) -> Result<Placement, Stuck> {
    let left_over: Vec<usize> = (0..row_of.len()).filter(|j| row_of[*j].is_none()).collect();
    if !left_over.is_empty() {
        let most_first = crate::layout::heapsort::order(left_over.len(), &|a, b| {
            waiting[left_over[b]].cmp(&waiting[left_over[a]])
        });
        return Err(Stuck::Cycle(most_first.into_iter().map(|k| left_over[k]).collect()));
    }
    let mut heights = vec![0.0f64; row_of.iter().flatten().max().map_or(0, |r| r + 1)];
    let mut slots = Vec::with_capacity(row_of.len());
    for (j, row) in row_of.iter().enumerate() {
        let row = row.unwrap_or(0);
        heights[row] = heights[row].max(boxes[j].2);
        slots.push(Slot { left: boxes[j].0, row, variant: choices[j].variant, attach: items[j].anchor });
    }
    Ok(Placement { slots, rows: heights })
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
