//! Size limits that keep a hostile or mistaken dataset from hanging the page.

/// Most items in any one list (survey scores, events, figures, rows, sides, sources).
pub const MAX_ITEMS: usize = 20_000;

/// Longest text field, in characters.
pub const MAX_TEXT_CHARS: usize = 1_000;

/// Longest JSON text of a dataset a page may pass, in UTF-16 code units (about 5 MB): checked
/// in the browser before any of it is parsed into a tree (`setData`, `options.dataset`; the
/// element refuses a `src` response over the same number of bytes).
pub const MAX_DATASET_CHARS: usize = 5_000_000;
