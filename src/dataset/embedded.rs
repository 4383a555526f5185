//! The article's data, compiled into the widget as its default dataset.

/// The default dataset as JSON: every figure, date and source of the Eurasia Daily Monitor
/// analysis of 17 October 2012. It is parsed and validated like any page's dataset.
pub const DEFAULT_DATASET_JSON: &str = include_str!("kazakhstan_2012.json");
