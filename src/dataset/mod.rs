//! The dataset: its schema, its dates, the article's data embedded as the default, and the
//! reader that turns any serde input into it (JSON text by our own format, [`json`]).

pub mod at;
pub mod date;
pub mod embedded;
pub mod ids;
#[cfg(feature = "datasets")]
pub mod json;
mod json_text;
pub mod model;
pub mod parse;
pub mod read;
pub mod value;
