//! An in-place heapsort: O(n log n) at any input, no allocation, and a few hundred bytes of
//! wasm where the standard library's unstable sort (pattern-defeating quicksort with its
//! small-sort networks) costs about 1.8 KB. It is slower on large inputs: a survey layout of
//! 10,000 bars took 3.0 ms natively against 2.0 ms with the standard sort, of 1,000 bars
//! 0.25 against 0.23 ms. Every build ranks the survey with it (`survey::ranking`), so both
//! builds share one code path and the survey build stays small.

// Heap positions: `end` is below items.len(), and every child index is checked against the
// slice's length before it is read.
#![allow(clippy::indexing_slicing)]

use std::cmp::Ordering;

/// Sorts `items` so that `order(a, b)` is never `Greater` for neighbours `a, b`. Not stable:
/// callers whose ties matter break them in `order`.
pub fn sort_by<T>(items: &mut [T], order: impl Fn(&T, &T) -> Ordering) {
    // A max-heap on `order`, built from the last parent down; then the largest item is swapped
    // to the end of the shrinking heap, and the new root sifted down, until one is left.
    for start in (0..items.len() / 2).rev() {
        sift_down(items, start, &order);
    }
    for end in (1..items.len()).rev() {
        items.swap(0, end);
        sift_down(&mut items[..end], 0, &order);
    }
}

/// The indices `0..n` in the order `order` gives them, ties in index order: what a stable
/// sort of `n` items by `order` would give. One instance for every caller (`order` is a
/// trait object), where each closure passed to `slice::sort_by` costs the wasm a sort of
/// its own.
pub fn order(n: usize, order: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut ids: Vec<usize> = (0..n).collect();
    sort_by(&mut ids, |a, b| order(*a, *b).then(a.cmp(b)));
    ids
}

/// Moves `items[node]` down until both its children order before it.
fn sift_down<T>(items: &mut [T], mut node: usize, order: &impl Fn(&T, &T) -> Ordering) {
    loop {
        let mut child = 2 * node + 1;
        if child >= items.len() {
            return;
        }
        if child + 1 < items.len() && order(&items[child], &items[child + 1]) == Ordering::Less {
            child += 1;
        }
        if order(&items[node], &items[child]) != Ordering::Less {
            return;
        }
        items.swap(node, child);
        node = child;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library() {
        let mut state = 2012u32;
        for len in [0, 1, 2, 3, 7, 8, 100, 1000, 1001] {
            let mut items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (state >> 28, i) // few distinct keys: many ties, broken by index
                })
                .collect();
            let mut expected = items.clone();
            expected.sort();
            sort_by(&mut items, |a, b| a.cmp(b));
            assert_eq!(items, expected, "length {len}");
        }
    }

    #[test]
    fn orders_indices_stably() {
        let keys = [3.0f64, 1.0, 2.0, 1.0, 3.0, 0.5];
        let ids = order(keys.len(), &|a, b| keys[a].total_cmp(&keys[b]));
        assert_eq!(ids, [5, 1, 3, 2, 0, 4]);
        assert!(order(0, &|_, _| Ordering::Equal).is_empty());
    }

    #[test]
    fn sorts_descending_with_a_reversed_order() {
        let mut items = vec![4.35, 5.46, 5.57, 4.5, 5.13];
        sort_by(&mut items, |a: &f64, b| b.total_cmp(a));
        assert_eq!(items, [5.57, 5.46, 5.13, 4.5, 4.35]);
    }
}
