//! The dataset: its schema, its dates, the article's data embedded as the default, and the
//! reader that turns any serde input into it.

#[cfg(feature = "datasets")]
pub mod at;
pub mod date;
pub mod embedded;
pub mod ids;
mod json_text;
pub mod model;
#[cfg(feature = "datasets")]
pub mod parse;
#[cfg(feature = "datasets")]
pub mod read;
#[cfg(feature = "datasets")]
pub mod value;
