//! A list's ids sorted once: where each id first appears, and the first entry that repeats an
//! earlier one's id. A sorted list rather than a hash set: no hasher in the wasm, and about as
//! fast for the 20,000 ids a list may hold. Sorted by the crate's heapsort, which the wasm
//! carries anyway.

use crate::sort;

/// The ids of a list with their positions, sorted by id, then by position.
pub struct Ids<'a>(Vec<(&'a str, usize)>);

impl<'a> Ids<'a> {
    /// The ids of a list, in its order.
    pub fn new(ids: impl Iterator<Item = &'a str>) -> Self {
        let mut sorted: Vec<_> = ids.enumerate().map(|(i, id)| (id, i)).collect();
        sort::sort_by(&mut sorted, |a, b| a.cmp(b));
        Ids(sorted)
    }

    /// The position of the first entry whose id is `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        let first = self.0.partition_point(|&(other, _)| other < id);
        self.0.get(first).filter(|&&(other, _)| other == id).map(|&(_, at)| at)
    }

    /// The position of the first entry whose id an earlier entry has.
    pub fn first_repeat(&self) -> Option<usize> {
        let pairs = self.0.iter().zip(self.0.iter().skip(1));
        pairs.filter(|(a, b)| a.0 == b.0).map(|(_, b)| b.1).min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_the_first_entry_with_the_id() {
        let ids = Ids::new(["b", "a", "c", "a"].into_iter());
        assert_eq!(ids.position("a"), Some(1));
        assert_eq!(ids.position("b"), Some(0));
        assert_eq!(ids.position("c"), Some(2));
        assert_eq!(ids.position("d"), None);
        assert_eq!(ids.position(""), None);
    }

    #[test]
    fn the_first_repeat_is_the_earliest_entry_seen_before() {
        assert_eq!(Ids::new(["a", "b", "c"].into_iter()).first_repeat(), None);
        assert_eq!(Ids::new(["b", "a", "a", "b"].into_iter()).first_repeat(), Some(2));
        assert_eq!(Ids::new(["z", "y", "x", "z", "z"].into_iter()).first_repeat(), Some(3));
        assert_eq!(Ids::new(std::iter::empty()).first_repeat(), None);
    }
}
