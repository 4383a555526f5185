//! Fitting by detail level: the richest layout that fits, and how much of something fits
//! ([`most`], a halving search), found in few tries. Views use these rather than loops of
//! their own.

pub use crate::bisect::most;

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

#[cfg(test)]
mod tests {
    use super::richest;

    #[test]
    fn keeps_the_first_level_that_fits_else_the_last() {
        assert_eq!(richest([30, 20, 10], |w| w * 2, |l| *l <= 40), Some(40));
        assert_eq!(richest([30, 25], |w| w * 2, |l| *l <= 40), Some(50));
        assert_eq!(richest(Vec::<i32>::new(), |w| w, |_| true), None);
    }
}
