//! The chart's state without the browser: a dataset, a view and the current layout.
//! The web glue wraps it; native tests drive it directly.

use crate::dataset::model::Dataset;
use crate::describe::{describe, DatumInfo};
use crate::draw::svg::to_svg;
use crate::layout::{layout, layout_for};
use crate::scene::{Rect, Scene};
use crate::text::TextMeasure;
use crate::theme::Theme;
use crate::view::ViewId;

/// A dataset shown as one view, with the last layout kept for picking.
#[derive(Debug, Clone)]
pub struct Chart {
    dataset: Dataset,
    view: ViewId,
    scene: Option<Scene>,
}

impl Chart {
    /// A chart of a validated dataset, on the survey view.
    pub fn new(dataset: Dataset) -> Self {
        Self { dataset, view: ViewId::Survey, scene: None }
    }

    /// The dataset shown.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The view shown.
    pub fn view(&self) -> ViewId {
        self.view
    }

    /// Replaces the dataset (already validated); the view stays.
    pub fn set_data(&mut self, dataset: Dataset) {
        self.dataset = dataset;
        self.scene = None;
    }

    /// Switches the view.
    pub fn set_view(&mut self, view: ViewId) {
        if view != self.view {
            self.view = view;
            self.scene = None;
        }
    }

    /// Lays out the current view at a size in CSS px, reusing the last layout when nothing
    /// changed.
    pub fn layout(&mut self, width: f64, height: f64, measure: &dyn TextMeasure) -> &Scene {
        let stale = self.scene.as_ref().is_none_or(|s| s.width != width || s.height != height);
        if stale {
            self.scene = Some(layout(self.view, &self.dataset, width, height, measure));
        }
        self.scene.get_or_insert_with(Scene::default)
    }

    /// The datum under a point of the last layout, in CSS px.
    pub fn pick(&self, x: f64, y: f64) -> Option<DatumInfo> {
        let datum = self.scene.as_ref()?.pick(x, y)?;
        describe(&self.dataset, datum)
    }

    /// The canvas height (CSS px) at which the current view fits at its normal type size for
    /// this width, for views whose content sets their height (the scorecard); `None` for views
    /// that fit any height.
    pub fn preferred_height(&self, width: f64, measure: &dyn TextMeasure) -> Option<f64> {
        crate::views::registered(self.view).and_then(|v| (v.preferred_height)(&self.dataset, width, measure))
    }

    /// How many pickable data points the last layout has (for keyboard navigation).
    pub fn hit_count(&self) -> usize {
        self.scene.as_ref().map_or(0, |s| s.hits.len())
    }

    /// The `i`-th pickable data point of the last layout, in reading order: where it is and
    /// what it is.
    pub fn hit(&self, i: usize) -> Option<(Rect, DatumInfo)> {
        let hit = self.scene.as_ref()?.hits.get(i)?;
        Some((hit.rect, describe(&self.dataset, hit.datum)?))
    }

    /// Every line of text the last layout drew, with the box it occupies (CSS px), in
    /// painting order.
    pub fn text_boxes(&self) -> impl Iterator<Item = (&str, Rect)> {
        self.scene.iter().flat_map(Scene::text_bounds)
    }

    /// The current view as an SVG document at a size in CSS px.
    pub fn to_svg(&self, width: f64, height: f64, measure: &dyn TextMeasure, theme: &Theme) -> String {
        // A file: no pointer to hover or tap the marks with.
        let scene = layout_for(self.view, &self.dataset, width, height, measure, false);
        to_svg(&scene, theme)
    }
}
