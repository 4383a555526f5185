//! Size limits that keep a hostile or mistaken dataset from hanging the page.

/// Most items in any one list (survey scores, events, figures, rows, sides, sources).
pub const MAX_ITEMS: usize = 20_000;

/// Longest text field, in characters.
pub const MAX_TEXT_CHARS: usize = 1_000;
