//! The native renderer behind the `alliance-charts` command: one view of a dataset as SVG
//! (written from the layout, as `toSvg` writes it) or PNG (that SVG rasterised by resvg), from the same reader,
//! validation, layout and drawing code as the browser's canvas.

pub mod args;
pub mod cli;
#[cfg(feature = "png")]
mod png;

use crate::dataset::model::Dataset;
use crate::draw::DrawError;
use crate::summary::summary;
use crate::text::dejavu::DejaVuMetrics;
use crate::theme::Theme;
use crate::Chart;
use args::{Format, Options};

/// The height `<alliance-chart>` gives a view at this width (`clamp(26rem, 62vw, 36rem)`,
/// 40rem up to 480 px), or the view's own where its text needs more (the scorecard).
pub fn element_height(chart: &Chart, width: f64) -> f64 {
    let css = if width <= 480.0 { 640.0 } else { crate::layout::clamp(width * 0.62, 416.0, 576.0) };
    chart.preferred_height(width, &DejaVuMetrics).map_or(css, |h| css.max(h.ceil()))
}

/// The view's summary, as the chart's `aria-label` and a fallback image's alt text.
pub fn view_summary(dataset: &Dataset, options: &Options) -> String {
    summary(dataset, options.view)
}

/// Draws the view as the options ask, returning the file's bytes.
pub fn render(dataset: Dataset, options: &Options) -> Result<Vec<u8>, DrawError> {
    let mut chart = Chart::new(dataset);
    chart.set_view(options.view);
    let width = f64::from(options.width);
    let height = options.height.map_or_else(|| element_height(&chart, width), f64::from);
    let svg = chart.to_svg(width, height, &DejaVuMetrics, Theme::of(options.theme));
    match options.format {
        Format::Svg => Ok(svg.into_bytes()),
        #[cfg(feature = "png")]
        Format::Png => png::rasterize(&svg, options.scale),
        #[cfg(not(feature = "png"))]
        Format::Png => Err(DrawError("this build has no PNG output (cargo feature \"png\")".into())),
    }
}
