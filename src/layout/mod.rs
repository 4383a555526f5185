//! Layout: pure geometry of each view, in CSS px, with the regions a pointer can pick.

pub mod axis;
pub mod fit;
pub mod forces;
pub mod frame;
pub mod scorecard;
pub mod survey;
pub mod timeline;

use crate::dataset::model::Dataset;
use crate::scene::Scene;
use crate::text::TextMeasure;
use crate::view::ViewId;

/// What every view's layout needs.
pub struct Ctx<'a> {
    /// The validated dataset.
    pub ds: &'a Dataset,
    /// Canvas width in CSS px.
    pub width: f64,
    /// Canvas height in CSS px.
    pub height: f64,
    /// Measures text.
    pub measure: &'a dyn TextMeasure,
    /// Whether a reader can point at the marks (the canvas) or not (an SVG file, a fallback
    /// image): hints to hover or tap are for the canvas only.
    pub interactive: bool,
}

/// Smallest canvas a view lays out on; smaller sizes are laid out at this size and clipped.
pub const MIN_SIZE: (f64, f64) = (200.0, 150.0);

/// Largest canvas side a view lays out on, in CSS px; larger sizes are laid out at this size.
pub const MAX_SIDE: f64 = 20_000.0;

/// `v` limited to `lo..=hi`, `hi` winning when the bounds cross: the one clamp of every
/// float in layout and drawing. Unlike `f64::clamp` it cannot panic, so it keeps that panic's
/// `{:?}` float formatting out of the wasm; a NaN `v` comes out as `lo`.
pub fn clamp(v: f64, lo: f64, hi: f64) -> f64 {
    v.max(lo).min(hi)
}

/// Lays out one view of the dataset at a size, for the canvas.
pub fn layout(view: ViewId, ds: &Dataset, width: f64, height: f64, measure: &dyn TextMeasure) -> Scene {
    layout_for(view, ds, width, height, measure, true)
}

/// Lays out one view for the canvas (`interactive`) or for a static image.
pub fn layout_for(
    view: ViewId,
    ds: &Dataset,
    width: f64,
    height: f64,
    measure: &dyn TextMeasure,
    interactive: bool,
) -> Scene {
    let sane = |v: f64, min: f64| if v.is_finite() { clamp(v, min, MAX_SIDE) } else { min };
    let ctx =
        Ctx { ds, width: sane(width, MIN_SIZE.0), height: sane(height, MIN_SIZE.1), measure, interactive };
    // A view left out of this build: `Chart::set_view` refuses it, so the empty scene is
    // not reached.
    crate::views::registered(view).map_or_else(Scene::default, |v| (v.layout)(&ctx))
}

#[cfg(test)]
mod tests {
    use super::clamp;

    #[test]
    fn clamp_limits_and_never_panics_when_the_bounds_cross() {
        assert_eq!(clamp(2.0, 1.0, 3.0), 2.0);
        assert_eq!(clamp(0.0, 1.0, 3.0), 1.0);
        assert_eq!(clamp(9.0, 1.0, 3.0), 3.0);
        assert_eq!(clamp(5.0, 10.0, 2.0), 2.0, "crossed bounds: the upper one wins");
        assert_eq!(clamp(f64::NAN, 1.0, 3.0), 1.0);
    }
}
