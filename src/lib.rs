//! alliance-charts: NATO-versus-CSTO comparison charts of Kazakhstan's defence ties.
//!
//! The data flows one way: [`dataset`] (schema types, their reader and the embedded article data) →
//! [`validate`] (typed errors with field paths) → [`layout`] (pure geometry per view, with
//! hit regions) → [`draw`] (plotters, generic over the backend) → `web` (canvas, DPR,
//! events; wasm only). Everything but `web` compiles and is tested natively.

pub mod chart;
pub mod dataset;
pub mod describe;
pub mod draw;
pub mod format;
pub mod layout;
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
pub mod render;
pub mod scene;
pub mod summary;
pub mod table;
pub mod text;
pub mod theme;
#[cfg(feature = "datasets")]
pub mod validate;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use chart::Chart;
pub use dataset::model::Dataset;
#[cfg(feature = "datasets")]
pub use validate::DatasetError;
pub use view::ViewId;
