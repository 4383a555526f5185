//! A list's ids in a small hash table: where each id first appears, and the first entry that
//! repeats an earlier one's id. Open addressing over positions with a word-wise FNV-style hash, in linear
//! time for the 20,000 ids a list may hold (sorting them cost a third of reading a dataset
//! that size), without a hasher crate or std's `HashMap` in the wasm.

/// The ids of a list and a table of where each first appears.
pub struct Ids<'a> {
    ids: Vec<&'a str>,
    /// Positions plus one (0 is an empty slot); a power of two at least twice the ids.
    slots: Vec<usize>,
    repeat: Option<usize>,
}

impl<'a> Ids<'a> {
    /// The ids of a list, in its order.
    pub fn new(ids: impl Iterator<Item = &'a str>) -> Self {
        Self::of(ids.collect())
    }

    // One copy in the wasm for all lists; only the collecting above is one per list type.
    #[inline(never)]
    fn of(ids: Vec<&'a str>) -> Self {
        let size = (ids.len() * 2).next_power_of_two();
        let mut table = Ids { slots: vec![0; size], ids: Vec::with_capacity(ids.len()), repeat: None };
        for id in ids {
            let at = table.ids.len();
            table.ids.push(id);
            match table.find(id) {
                Ok(_) => table.repeat = table.repeat.or(Some(at)),
                Err(slot) => {
                    if let Some(empty) = table.slots.get_mut(slot) {
                        *empty = at + 1;
                    }
                }
            }
        }
        table
    }

    /// The ids, in the list's order.
    pub fn list(&self) -> &[&'a str] {
        &self.ids
    }

    /// The position of the first entry whose id is `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.find(id).ok()
    }

    /// The position of the first entry whose id an earlier entry has.
    pub fn first_repeat(&self) -> Option<usize> {
        self.repeat
    }

    /// The position of `id`'s first entry, or the empty slot where it would go. The table is
    /// at most half full, so the probe ends.
    fn find(&self, id: &str) -> Result<usize, usize> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut slot = hash(id) & mask;
        loop {
            match self.slots.get(slot) {
                Some(&taken) if taken > 0 && self.ids.get(taken - 1) == Some(&id) => return Ok(taken - 1),
                Some(&taken) if taken > 0 => slot = (slot + 1) & mask,
                _ => return Err(slot),
            }
        }
    }
}

/// A 32-bit hash of `text`, four bytes at a step (FNV-1a's multiplier over words, then a
/// final mix so that the low bits the table uses depend on every byte).
fn hash(text: &str) -> usize {
    let mut words = text.as_bytes().chunks_exact(4);
    let mut hash = 0x811c_9dc5_u32;
    for word in &mut words {
        let word = <[u8; 4]>::try_from(word).map_or(0, u32::from_le_bytes);
        hash = (hash ^ word).wrapping_mul(0x0100_0193);
    }
    for &byte in words.remainder() {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    (hash ^ (hash >> 15) ^ (hash >> 24)) as usize
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
        assert_eq!(Ids::new(std::iter::empty()).position("a"), None);
    }

    #[test]
    fn many_ids_that_share_a_prefix_are_all_found() {
        let names: Vec<String> = (0..5000).map(|i| format!("org-{i:05}")).collect();
        let ids = Ids::new(names.iter().map(String::as_str).chain(["org-00042"]));
        assert!(names.iter().enumerate().all(|(i, name)| ids.position(name) == Some(i)));
        assert_eq!(ids.position("org-05000"), None);
        assert_eq!(ids.first_repeat(), Some(5000));
    }
}
