//! The dataset: its schema, its dates, the article's data embedded as the default, and the
//! reader that turns any serde input into it.

pub mod at;
pub mod date;
pub mod embedded;
pub mod ids;
mod json_text;
pub mod model;
pub mod parse;
pub mod read;
pub mod value;
