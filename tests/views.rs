//! The view registry: every view is registered in a default build, and what each registers
//! about its drawing holds.

mod common;

use alliance_charts::scene::Shape;
use alliance_charts::views::{registered, DRAWS_MARKS};
use alliance_charts::ViewId;

#[test]
fn every_view_is_registered_and_says_whether_it_draws_circles_or_polygons() {
    let ds = common::default_dataset();
    for view in ViewId::ALL {
        let registration = registered(view).expect("a default build registers every view");
        let scene = common::scene(view, &ds, 800.0, 500.0);
        let draws = scene.shapes.iter().any(|s| matches!(s, Shape::Dot { .. } | Shape::Polygon { .. }));
        assert_eq!(registration.marks, draws, "{view:?}: `marks` must match what its layout draws");
    }
    assert_eq!(DRAWS_MARKS, ViewId::ALL.into_iter().filter_map(registered).any(|v| v.marks));
}
