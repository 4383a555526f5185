//! PNG output: the SVG rasterised by resvg with the system's fonts.

use crate::draw::DrawError;

/// Rasterises an SVG document at `scale` pixels per CSS px.
pub fn rasterize(svg: &str, scale: f64) -> Result<Vec<u8>, DrawError> {
    let mut options = resvg::usvg::Options::default();
    options.fontdb_mut().load_system_fonts();
    // `system-ui` is not a family usvg knows; it falls through to `sans-serif`, set to the
    // face the browser on these machines uses for both.
    options.fontdb_mut().set_sans_serif_family("DejaVu Sans");
    if options.fontdb.faces().next().is_none() {
        return Err(DrawError("no fonts found on this system for the PNG's text".into()));
    }
    let tree = resvg::usvg::Tree::from_str(svg, &options).map_err(|e| DrawError(e.to_string()))?;
    let size =
        tree.size().to_int_size().scale_by(scale as f32).ok_or_else(|| DrawError("empty image".into()))?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| DrawError("the image is too large".into()))?;
    let transform = resvg::tiny_skia::Transform::from_scale(scale as f32, scale as f32);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| DrawError(e.to_string()))
}
