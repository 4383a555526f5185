//! The views a chart can show.

/// A view of the dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewId {
    /// Benefit scores of the expert survey.
    Survey,
    /// NATO and CSTO tracks over time.
    Timeline,
    /// Forces and personnel figures.
    Forces,
    /// NATO and the CSTO side by side, with the article's conclusion.
    Scorecard,
}

impl ViewId {
    /// Every view, in tab order.
    pub const ALL: [ViewId; 4] = [ViewId::Survey, ViewId::Timeline, ViewId::Forces, ViewId::Scorecard];

    /// The id used in the JS API and the URL hash.
    pub fn id(&self) -> &'static str {
        match self {
            ViewId::Survey => "survey",
            ViewId::Timeline => "timeline",
            ViewId::Forces => "forces",
            ViewId::Scorecard => "scorecard",
        }
    }

    /// The view with this id.
    pub fn parse(id: &str) -> Result<Self, UnknownView> {
        Self::ALL.into_iter().find(|v| v.id() == id).ok_or_else(|| UnknownView(id.chars().take(60).collect()))
    }
}

/// An id that names no view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownView(pub String);

impl std::fmt::Display for UnknownView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = ViewId::ALL.iter().map(|v| v.id()).collect();
        write!(f, "unknown view \"{}\"; the views are: {}", self.0, ids.join(", "))
    }
}

impl std::error::Error for UnknownView {}
