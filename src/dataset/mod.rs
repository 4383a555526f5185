//! The dataset: its schema, its dates, and the article's data embedded as the default.

pub mod date;
pub mod embedded;
pub mod model;
pub mod parse;
