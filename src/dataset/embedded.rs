//! The article's data, compiled into the widget as its default dataset.
//!
//! It exists in two forms made from one file. `kazakhstan_2012.json` is the source: what
//! `defaultDataset()` and `getData()` hand to a page. `kazakhstan_2012.rs` is the same data as
//! Rust values, generated from the JSON by `make embed` (the `embedded` test fails when the two
//! differ): the first build a page loads (the survey's) draws the default without reading
//! JSON and carries no dataset reader at all, while the full build, which has a reader anyway,
//! reads the JSON and leaves the Rust values out (the choice is made in `web/`).

use super::date::MonthPart::*;
use super::date::PartialDate;
use super::date::When::*;
use super::json_text::{compact, compact_len};
use super::model::Role::*;
use super::model::Statement::*;
use super::model::*;

/// The default dataset as JSON: every figure, date and source of the Eurasia Daily Monitor
/// analysis of 17 October 2012 (compact: the file's indentation is left out at compile time).
pub const DEFAULT_DATASET_JSON: &str = match std::str::from_utf8(&COMPACT) {
    Ok(text) => text,
    Err(_) => panic!("kazakhstan_2012.json is not UTF-8"),
};

const PRETTY: &[u8] = include_bytes!("kazakhstan_2012.json");
const COMPACT: [u8; compact_len(PRETTY)] = compact(PRETTY);

// The default dataset in parts: `DEFAULT_DATASET_JSON` as read and validated by the
// `embedded` test. `crate::views::embedded_dataset` puts together the parts of the views a
// build registers.
include!("kazakhstan_2012.rs");

/// One owned string of the generated data (a call each rather than inlined copies: smaller).
#[inline(never)]
fn s(text: &str) -> String {
    text.to_owned()
}
