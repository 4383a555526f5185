//! The view registry: the one place where a build chooses its views.
//!
//! Each view registers what it brings (its layout, the rows of its data table, its summary,
//! the tooltip text of its data, the height it prefers and whether it draws circles or
//! polygons) as a [`View`] of plain functions; [`embedded_dataset`] adds the registered views'
//! parts of the compiled-in article data. Every dispatch
//! on a view goes through [`registered`], so a build that leaves a view's cargo feature off
//! never references that view's code or data, and the linker leaves them out: the survey build
//! carries neither the other layouts nor their tables, words or embedded data, nor (through
//! [`DRAWS_MARKS`]) the painting of circles and polygons.

use crate::dataset::embedded;
use crate::dataset::model::Dataset;
use crate::describe::{self, DatumInfo};
use crate::layout::{self, Ctx};
use crate::scene::{Datum, Scene};
use crate::summary;
use crate::table::{self, DataTable};
use crate::text::TextMeasure;
use crate::view::ViewId;

/// What one view brings to a chart.
pub struct View {
    /// Lays the view out.
    pub layout: fn(&Ctx) -> Scene,
    /// The view's data as a table (screen readers, the CSV download).
    pub table: fn(&Dataset) -> DataTable,
    /// The view's point in words (the canvas's `aria-label`).
    pub summary: fn(&Dataset) -> String,
    /// What a tooltip shows of one of the view's data; `None` for any other datum.
    pub describe: fn(&Dataset, Datum) -> Option<DatumInfo>,
    /// The canvas height (CSS px) at which the view fits at its normal type size for a width,
    /// for views whose content sets their height; `None` for views that fit any height.
    pub preferred_height: fn(&Dataset, f64, &dyn TextMeasure) -> Option<f64>,
    /// Whether the layout draws circles or polygons ([`crate::scene::Shape::Dot`],
    /// [`crate::scene::Shape::Polygon`]).
    pub marks: bool,
}

/// Whether a registered view draws circles or polygons: the painter carries the code for
/// them only then (the survey build does not).
pub const DRAWS_MARKS: bool =
    marks(ViewId::Survey) || marks(ViewId::Timeline) || marks(ViewId::Forces) || marks(ViewId::Scorecard);

const fn marks(view: ViewId) -> bool {
    match registered(view) {
        Some(view) => view.marks,
        None => false,
    }
}

/// The view, when this build registers it: the survey always, the others with their cargo
/// feature (all of them by default).
pub const fn registered(view: ViewId) -> Option<&'static View> {
    match view {
        ViewId::Survey => Some(&SURVEY),
        #[cfg(feature = "timeline")]
        ViewId::Timeline => Some(&TIMELINE),
        #[cfg(feature = "forces")]
        ViewId::Forces => Some(&FORCES),
        #[cfg(feature = "scorecard")]
        ViewId::Scorecard => Some(&SCORECARD),
        #[allow(unreachable_patterns)]
        _ => None,
    }
}

/// The article's data as this build draws it: what every view shares (the survey's part
/// among it), with each registered view's part added. The parts are chosen by constant
/// conditions rather than through [`View`], so that a build which never calls this (the full
/// build reads the article's JSON instead, in `web/data.rs`) links none of the data.
pub fn embedded_dataset() -> Dataset {
    let mut ds = embedded::shared();
    if const { built(ViewId::Timeline) } {
        ds.events = embedded::events();
    }
    if const { built(ViewId::Forces) } {
        ds.forces = embedded::forces();
    }
    if const { built(ViewId::Scorecard) } {
        ds.scorecard = embedded::scorecard();
    }
    ds
}

const fn built(view: ViewId) -> bool {
    registered(view).is_some()
}

const SURVEY: View = View {
    layout: layout::survey::layout,
    table: table::survey,
    summary: summary::survey,
    describe: describe::survey_datum,
    preferred_height: |_, _, _| None,
    marks: false,
};

/// Registered with the `timeline` feature only.
#[allow(dead_code)]
const TIMELINE: View = View {
    layout: layout::timeline::layout,
    table: table::timeline,
    summary: summary::timeline,
    describe: describe::timeline_datum,
    preferred_height: |_, _, _| None,
    marks: true,
};

/// Registered with the `forces` feature only.
#[allow(dead_code)]
const FORCES: View = View {
    layout: layout::forces::layout,
    table: table::forces,
    summary: summary::forces,
    describe: describe::forces_datum,
    preferred_height: |_, _, _| None,
    marks: true,
};

/// Registered with the `scorecard` feature only.
#[allow(dead_code)]
const SCORECARD: View = View {
    layout: layout::scorecard::layout,
    table: table::scorecard,
    summary: summary::scorecard,
    describe: describe::scorecard_datum,
    preferred_height: |ds, width, measure| Some(layout::scorecard::preferred_height(ds, width, measure)),
    marks: false,
};
