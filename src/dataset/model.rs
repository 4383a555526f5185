//! The dataset schema: types for every figure, date and source of the article.
//!
//! The types mirror the JSON a page passes to `setData` one to one; [`super::read`] reads
//! them, refusing unknown fields so that a typo in a field name is an error, not a silently
//! missing datum.

use std::fmt;
use std::marker::PhantomData;

use super::date::{PartialDate, When};

/// A whole dataset: one article's comparison of alliances.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// Schema version; only [`SCHEMA_VERSION`] is accepted.
    pub version: u32,
    /// Headline shown above every view.
    pub title: String,
    /// The article the data comes from.
    pub article: Article,
    /// Organisations that appear in the data.
    pub sides: Vec<Side>,
    /// Publications cited by the article, and the article itself.
    pub sources: Vec<Source>,
    /// The expert survey of benefit scores.
    pub survey: Survey,
    /// Dated events on the NATO and CSTO tracks.
    pub events: Vec<Event>,
    /// Forces and personnel figures.
    pub forces: Vec<Figure>,
    /// The side-by-side comparison with the article's conclusion.
    pub scorecard: Scorecard,
}

/// What kind of statement an item is, so that reported facts, the author's judgments and
/// our own arithmetic are told apart wherever they are shown.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Statement {
    /// The article states it, citing its source (or itself).
    #[default]
    Reported,
    /// The author's own assessment or judgment.
    Author,
    /// Our arithmetic on the article's numbers, with the derivation ("4,000 − 3,500").
    Derived(String),
}

/// A reference from an item to an entry of `Dataset::sides` (`Ref<Side>`) or
/// `Dataset::sources` (`Ref<Source>`): the id the data gives, and the entry's position, which
/// validation resolves once so that no later layer looks the id up again.
#[derive(Clone, PartialEq)]
pub struct Ref<T> {
    /// The id as the data gives it.
    pub id: String,
    /// The entry's position in its list; [`Ref::UNRESOLVED`] until validation resolves it.
    pub index: usize,
    to: PhantomData<fn() -> T>,
}

impl<T> Ref<T> {
    /// The position of a reference not resolved (yet): it finds no entry.
    pub const UNRESOLVED: usize = usize::MAX;

    /// A reference to the entry at `index` whose id is `id`.
    pub fn at(index: usize, id: String) -> Self {
        Ref { id, index, to: PhantomData }
    }

    /// A reference read from the data, not resolved yet.
    pub fn unresolved(id: String) -> Self {
        Self::at(Self::UNRESOLVED, id)
    }

    /// The id as the data gives it.
    pub fn as_str(&self) -> &str {
        &self.id
    }
}

/// An unresolved reference with an empty id.
impl<T> Default for Ref<T> {
    fn default() -> Self {
        Self::unresolved(String::new())
    }
}

impl<T> PartialEq<str> for Ref<T> {
    fn eq(&self, other: &str) -> bool {
        self.id == other
    }
}

impl<T> PartialEq<&str> for Ref<T> {
    fn eq(&self, other: &&str) -> bool {
        self.id == *other
    }
}

/// Written as the Rust expression that builds it, which is what the generator of the
/// compiled-in dataset (`tests/embedded.rs`) reads.
impl<T> fmt::Debug for Ref<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Ref::at({}, {:?})", self.index, self.id)
    }
}

impl Dataset {
    /// The side a reference points at; `None` before validation resolved it.
    pub fn side(&self, side: &Ref<Side>) -> Option<&Side> {
        self.sides.get(side.index)
    }

    /// The source a reference points at; `None` before validation resolved it.
    pub fn source(&self, source: &Ref<Source>) -> Option<&Source> {
        self.sources.get(source.index)
    }
}

/// The only schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// Where the data was published.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article {
    /// Publication name, e.g. "Eurasia Daily Monitor".
    pub publication: String,
    /// Publication date; the timeline marks it as "now".
    pub date: PartialDate,
    /// The entry in `sources` that stands for the article.
    pub source: Ref<Source>,
}

/// The alliance an organisation stands for in the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Role {
    /// The North Atlantic Treaty Organization.
    Nato,
    /// The Collective Security Treaty Organization.
    Csto,
    /// Any other organisation, drawn in a neutral colour.
    #[default]
    Neutral,
}

/// An organisation (or force) that data items belong to.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// Unique id that items refer to.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Which alliance colour it takes.
    pub role: Role,
}

/// A publication the article cites.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// Unique id that items refer to.
    pub id: String,
    /// Publication name, e.g. "Interfax".
    pub name: String,
    /// Publication date, as precise as the article gives it.
    pub date: Option<PartialDate>,
    /// Extra detail such as a web address.
    pub note: Option<String>,
}

/// The expert survey: how much each partnership benefits the country.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Survey {
    /// Question the survey answers, used as the view's title.
    pub title: String,
    /// Number of specialists surveyed.
    pub respondents: u32,
    /// The score scale.
    pub scale: Scale,
    /// One score per organisation.
    pub scores: Vec<SurveyScore>,
    /// Ids of the sources the article cites for it, and the article itself.
    pub sources: Vec<Ref<Source>>,
    /// The article's own sentence or clause it comes from.
    pub quote: String,
}

/// A closed numeric scale with words for its ends.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scale {
    /// Lowest possible score.
    pub min: f64,
    /// Highest possible score.
    pub max: f64,
    /// What the lowest score means.
    pub low: String,
    /// What the highest score means.
    pub high: String,
}

/// One organisation's score (in points) in the survey.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyScore {
    /// The organisation scored.
    pub side: Ref<Side>,
    /// Score on the survey's scale, in points as the article gives it.
    pub score: f64,
    /// What kind of statement it is: reported (the default), the author's, or derived.
    pub kind: Statement,
    /// Ids of the sources the article cites for it, and the article itself.
    pub sources: Vec<Ref<Source>>,
    /// The article's own sentence or clause it comes from.
    pub quote: String,
}

/// A dated event on one side's track.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Unique id.
    pub id: String,
    /// The side whose track it belongs to.
    pub side: Ref<Side>,
    /// Short label drawn on the chart.
    pub label: String,
    /// When it happened, at the precision the article gives.
    pub when: When,
    /// Optional longer description shown in the tooltip.
    pub detail: Option<String>,
    /// What kind of statement it is: reported (the default), the author's, or derived.
    pub kind: Statement,
    /// Ids of the sources the article cites for it, and the article itself.
    pub sources: Vec<Ref<Source>>,
    /// The article's own sentence or clause it comes from.
    pub quote: String,
}

/// A forces or personnel figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Unique id.
    pub id: String,
    /// The side it belongs to.
    pub side: Ref<Side>,
    /// What the figure measures.
    pub label: String,
    /// The figure: a number with a unit, or the article's words.
    pub value: Quantity,
    /// The whole that `value` is a part of (3 planned battalions, 100 %).
    pub total: Option<f64>,
    /// Components that add up to `value`.
    pub parts: Vec<Part>,
    /// What kind of statement it is: reported (the default), the author's, or derived.
    pub kind: Statement,
    /// Ids of the sources the article cites for it, and the article itself.
    pub sources: Vec<Ref<Source>>,
    /// The article's own sentence or clause it comes from.
    pub quote: String,
}

/// A value that is either a number with a unit or the article's own words.
///
/// Exactly one of `number` and `words` is present; validation enforces it, so a
/// qualitative statement can never be drawn as an invented number.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Quantity {
    /// The figure, when the article gives one.
    pub number: Option<f64>,
    /// Its unit ("battalion", "%", "personnel").
    pub unit: Option<String>,
    /// The article's words, when it gives no number ("almost entirely").
    pub words: Option<String>,
}

/// One component of a composed figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// What the component is.
    pub label: String,
    /// Its size, in the unit of the figure.
    pub number: f64,
    /// A remark shown beside the part.
    pub note: Option<String>,
    /// What kind of statement it is; a part the article does not state is `Derived`.
    pub kind: Statement,
}

/// NATO and the CSTO compared dimension by dimension.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scorecard {
    /// View title.
    pub title: String,
    /// The sides of the columns, left to right.
    pub columns: Vec<Ref<Side>>,
    /// One row per dimension.
    pub rows: Vec<ScoreRow>,
    /// The article's conclusion, drawn under the table.
    pub conclusion: Conclusion,
}

/// One dimension of the scorecard.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreRow {
    /// Unique id.
    pub id: String,
    /// The dimension compared.
    pub label: String,
    /// One cell per column; `None` where the article says nothing.
    pub cells: Vec<Option<ScoreCell>>,
    /// Draw a small bar of each column's survey score in this row.
    pub measure: Option<Measure>,
    /// What kind of statement it is: reported (the default), the author's, or derived.
    pub kind: Statement,
    /// Ids of the sources the article cites for it, and the article itself.
    pub sources: Vec<Ref<Source>>,
    /// The article's own sentence or clause it comes from.
    pub quote: String,
}

/// One scorecard cell: its words, and, where they differ from its row's, its own kind,
/// sources and quote.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreCell {
    /// The cell's words.
    pub text: String,
    /// What kind of statement it is.
    pub kind: Statement,
    /// Ids of the sources for this cell; empty when the row's sources cover it.
    pub sources: Vec<Ref<Source>>,
    /// The article's sentence or clause behind this cell, when the row's quote does not cover it.
    pub quote: Option<String>,
}

/// A figure a scorecard row can chart next to its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Each column's survey score.
    Survey,
}

/// The article's conclusion.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Conclusion {
    /// The conclusion in a sentence.
    pub text: String,
    /// What kind of statement it is: reported (the default), the author's, or derived.
    pub kind: Statement,
    /// Ids of the sources the article cites for it, and the article itself.
    pub sources: Vec<Ref<Source>>,
    /// The article's own sentence or clause it comes from.
    pub quote: String,
}
