//! The scorecard view (placeholder frame until the view is drawn).

use super::frame::{frame, FrameText};
use super::Ctx;
use crate::describe::sources_line;
use crate::scene::Scene;

/// Lays out the scorecard view.
pub fn layout(ctx: &Ctx) -> Scene {
    let ds = ctx.ds;
    let mut scene = Scene::new(ctx.width, ctx.height);
    let sources = sources_line(ds, std::iter::once(&ds.article.source));
    frame(&mut scene, ctx, &FrameText { title: "scorecard", subtitle: "", legend: &[], sources: &sources });
    scene
}
