//! Fitting by detail level: the richest layout that fits, and how much of something fits,
//! found in few tries. Views use these rather than loops of their own.

/// Lays out at each level in turn, richest first, and keeps the first layout that `fits`, or
/// the last one when none does; `None` only when there are no levels.
pub fn richest<L, R>(
    levels: impl IntoIterator<Item = L>,
    mut lay_out: impl FnMut(L) -> R,
    fits: impl Fn(&R) -> bool,
) -> Option<R> {
    let mut last = None;
    for level in levels {
        let laid = lay_out(level);
        if fits(&laid) {
            return Some(laid);
        }
        last = Some(laid);
    }
    last
}

/// The largest `n` in `lo..=hi` for which `fits(n)` holds, for a `fits` that holds up to some
/// `n` and fails from there on (more rows or lines take more room); `None` when `fits(lo)`
/// fails. It calls `fits` about log2(hi - lo) + 1 times, so a caller whose `fits` is linear
/// in `n` stays O(n log n) where trying each `n` in turn would be quadratic.
pub fn most(lo: usize, hi: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
    if hi < lo || !fits(lo) {
        return None;
    }
    // Invariant: fits(good) holds; every n above `bad` fails (or is out of range).
    let (mut good, mut bad) = (lo, hi.saturating_add(1));
    while bad - good > 1 {
        let mid = good + (bad - good) / 2;
        if fits(mid) {
            good = mid;
        } else {
            bad = mid;
        }
    }
    Some(good)
}

#[cfg(test)]
mod tests {
    use super::{most, richest};
    use std::cell::Cell;

    #[test]
    fn keeps_the_first_level_that_fits_else_the_last() {
        assert_eq!(richest([30, 20, 10], |w| w * 2, |l| *l <= 40), Some(40));
        assert_eq!(richest([30, 25], |w| w * 2, |l| *l <= 40), Some(50));
        assert_eq!(richest(Vec::<i32>::new(), |w| w, |_| true), None);
    }

    #[test]
    fn finds_the_largest_that_fits() {
        assert_eq!(most(0, 100, |n| n <= 37), Some(37));
        assert_eq!(most(0, 100, |n| n <= 100), Some(100));
        assert_eq!(most(5, 100, |n| n <= 5), Some(5));
        assert_eq!(most(5, 100, |n| n < 5), None);
        assert_eq!(most(3, 2, |_| true), None);
        assert_eq!(most(0, usize::MAX, |n| n <= 12), Some(12));
    }

    #[test]
    fn tries_logarithmically_many_times() {
        let calls = Cell::new(0);
        let found = most(0, 20_000, |n| {
            calls.set(calls.get() + 1);
            n <= 12_345
        });
        assert_eq!(found, Some(12_345));
        assert!(calls.get() <= 17, "{} calls", calls.get());
    }
}
