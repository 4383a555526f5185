//! alliance-charts: NATO-versus-CSTO comparison charts of Kazakhstan's defence ties.
//!
//! The data flows one way: [`dataset`] (schema types, their reader and the embedded article data) →
//! [`validate`] (typed errors with field paths) → [`layout`] (pure geometry per view, with
//! hit regions) → [`draw`] (plotters, generic over the backend) → `web` (canvas, DPR,
//! events; wasm only). Everything but `web` compiles and is tested natively.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing))]

pub mod bisect;
pub mod chart;
pub mod dataset;
pub mod describe;
pub mod draw;
pub mod format;
pub mod layout;
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
pub mod render;
pub mod scene;
pub mod sort;
// Both index by positions taken from the lists they index; issue #13 is rewriting both files,
// which will drop these exceptions.
#[allow(clippy::indexing_slicing)]
pub mod summary;
pub mod table;
pub mod text;
pub mod theme;
pub mod validate;
pub mod view;
pub mod views;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use chart::Chart;
pub use dataset::model::Dataset;
pub use validate::DatasetError;
pub use view::ViewId;
