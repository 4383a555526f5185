//! Renders a view of the default dataset to an SVG file with the native text metrics, for a
//! quick look without the browser build: `cargo run --example render_svg -- timeline 800 500 out.svg`.

use alliance_charts::dataset::embedded::DEFAULT_DATASET_JSON;
use alliance_charts::dataset::parse::load;
use alliance_charts::text::EstimatedMetrics;
use alliance_charts::theme::{Theme, ThemeName};
use alliance_charts::{Chart, ViewId};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let view = ViewId::parse(args.first().map_or("survey", String::as_str))?;
    let width: f64 = args.get(1).map_or(Ok(800.0), |s| s.parse())?;
    let height: f64 = args.get(2).map_or(Ok(500.0), |s| s.parse())?;
    let out = args.get(3).cloned().unwrap_or_else(|| format!("target/{}.svg", view.id()));
    let theme =
        ThemeName::parse(args.get(4).map_or("light", String::as_str)).ok_or("theme is light or dark")?;
    let dataset = load(&mut serde_json::Deserializer::from_str(DEFAULT_DATASET_JSON))?;
    let mut chart = Chart::new(dataset);
    chart.set_view(view);
    std::fs::write(&out, chart.to_svg(width, height, &EstimatedMetrics, Theme::of(theme)))?;
    println!("{out}");
    Ok(())
}
