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

    /// Whether this build draws the view: whether the view registry ([`crate::views`]) has it.
    pub fn is_built(self) -> bool {
        crate::views::registered(self).is_some()
    }

    /// The views this build draws, in tab order.
    pub fn built() -> impl Iterator<Item = ViewId> {
        Self::ALL.into_iter().filter(|v| v.is_built())
    }

    /// This view, or an error when the build leaves it out.
    pub fn require_built(self) -> Result<Self, NotBuilt> {
        if self.is_built() {
            Ok(self)
        } else {
            Err(NotBuilt(self))
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
        write!(f, "unknown view \"{}\"; the views are: {}", self.0, crate::text::join(&ids, ", "))
    }
}

impl std::error::Error for UnknownView {}

/// A view this build of the widget leaves out (the survey-only module).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotBuilt(pub ViewId);

impl std::fmt::Display for NotBuilt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the view \"{}\" is not in this build of the widget; the full build (pkg/) draws every view",
            self.0.id()
        )
    }
}

impl std::error::Error for NotBuilt {}
