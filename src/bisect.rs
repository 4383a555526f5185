//! The halving search that fitting text and layouts share: the most of something that passes
//! a test which holds up to some size and fails from there on.

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
    use super::most;
    use std::cell::Cell;

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
