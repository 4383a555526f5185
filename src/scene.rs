//! A laid-out chart: a list of shapes in CSS px plus the regions a pointer can pick.
//!
//! Layout produces a [`Scene`]; drawing turns it into plotters calls on any backend. Colours
//! are semantic ([`Paint`]) and resolved by the theme at draw time, so a theme switch
//! needs no new layout.

use crate::dataset::model::Role;
use crate::text::Font;
use crate::view::ViewId;

/// An axis-aligned rectangle in CSS px.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width (≥ 0).
    pub w: f64,
    /// Height (≥ 0).
    pub h: f64,
}

impl Rect {
    /// A rectangle from its left, top, width and height.
    pub const fn new(x: f64, y: f64, w: f64, h: f64) -> Self {
        Self { x, y, w, h }
    }

    /// Right edge.
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// Whether the point lies inside (edges included).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.right() && y >= self.y && y <= self.bottom()
    }

    /// Whether two rectangles overlap by more than a touching edge.
    pub fn intersects(&self, other: &Rect) -> bool {
        self.x < other.right() && other.x < self.right() && self.y < other.bottom() && other.y < self.bottom()
    }

    /// Whether `other` lies entirely inside this rectangle (with `slack` px tolerance).
    pub fn encloses(&self, other: &Rect, slack: f64) -> bool {
        other.x >= self.x - slack
            && other.y >= self.y - slack
            && other.right() <= self.right() + slack
            && other.bottom() <= self.bottom() + slack
    }

    /// The rectangle shrunk by `d` on every side (never negative).
    pub fn inset(&self, d: f64) -> Rect {
        Rect::new(self.x + d, self.y + d, (self.w - 2.0 * d).max(0.0), (self.h - 2.0 * d).max(0.0))
    }
}

/// A colour by meaning; the theme decides the actual colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Paint {
    /// Chart background.
    Background,
    /// Main text.
    Text,
    /// Secondary text: subtitles, axis labels, sources.
    Muted,
    /// Grid lines.
    Grid,
    /// Axis lines and tick marks.
    Axis,
    /// A side's colour.
    Side(Role),
    /// A pale tint of a side's colour, for backgrounds and "planned but missing" marks.
    Tint(Role),
    /// The "now" marker (the article's date).
    Now,
}

impl Paint {
    /// The colour a side's name, number or value is written in, in every view: its side
    /// colour, except the neutral grey, which is too light for text (under 4.5:1), so neutral
    /// text takes the muted text colour (the side's mark or bar carries the grey).
    pub fn ink(role: Role) -> Paint {
        match role {
            Role::Neutral => Paint::Muted,
            side => Paint::Side(side),
        }
    }
}

/// How text is anchored at its point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Point is at the left of the text.
    Left,
    /// Point is at the horizontal centre.
    Center,
    /// Point is at the right of the text.
    Right,
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A filled rectangle.
    Fill {
        /// Where.
        rect: Rect,
        /// Colour.
        paint: Paint,
    },
    /// A rectangle outline.
    Outline {
        /// Where.
        rect: Rect,
        /// Colour.
        paint: Paint,
        /// Line width in px.
        width: f64,
    },
    /// A straight line, solid or dashed.
    Line {
        /// Start point.
        from: (f64, f64),
        /// End point.
        to: (f64, f64),
        /// Colour.
        paint: Paint,
        /// Line width in px.
        width: f64,
        /// Dash length in px; `None` for solid.
        dash: Option<f64>,
    },
    /// A filled circle.
    Dot {
        /// Centre.
        center: (f64, f64),
        /// Radius in px.
        radius: f64,
        /// Colour.
        paint: Paint,
    },
    /// A filled polygon (diamonds, arrow heads).
    Polygon {
        /// Corner points in order.
        points: Vec<(f64, f64)>,
        /// Colour.
        paint: Paint,
    },
    /// One line of text, vertically centred on `pos.1`.
    Text {
        /// The text.
        text: String,
        /// Anchor point.
        pos: (f64, f64),
        /// Font.
        font: Font,
        /// Colour.
        paint: Paint,
        /// Horizontal anchoring.
        align: Align,
        /// The box the text occupies, for overlap and overflow checks.
        bounds: Rect,
    },
}

/// Which datum a hit region stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Datum {
    /// `survey.scores[i]`.
    Score(usize),
    /// `events[i]`.
    Event(usize),
    /// `forces[i]`.
    Figure(usize),
    /// `scorecard.rows[i]`.
    Row(usize),
    /// `scorecard.conclusion`.
    Conclusion,
}

impl Datum {
    /// The view that draws this datum.
    pub fn view(self) -> ViewId {
        match self {
            Datum::Score(_) => ViewId::Survey,
            Datum::Event(_) => ViewId::Timeline,
            Datum::Figure(_) => ViewId::Forces,
            Datum::Row(_) | Datum::Conclusion => ViewId::Scorecard,
        }
    }
}

/// A region of the chart that stands for one datum.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Where the pointer picks it.
    pub rect: Rect,
    /// What it stands for.
    pub datum: Datum,
}

/// A laid-out view, ready to draw and to pick from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scene {
    /// Canvas width in CSS px.
    pub width: f64,
    /// Canvas height in CSS px.
    pub height: f64,
    /// Shapes in painting order.
    pub shapes: Vec<Shape>,
    /// Pickable regions in keyboard order (reading order).
    pub hits: Vec<Hit>,
}

impl Scene {
    /// An empty scene of the given size.
    pub fn new(width: f64, height: f64) -> Self {
        Self { width, height, shapes: Vec::new(), hits: Vec::new() }
    }

    /// Adds a filled rectangle.
    pub fn fill(&mut self, rect: Rect, paint: Paint) {
        self.shapes.push(Shape::Fill { rect, paint });
    }

    /// Adds a solid line.
    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), paint: Paint, width: f64) {
        self.shapes.push(Shape::Line { from, to, paint, width, dash: None });
    }

    /// Adds one line of text; `width` is its measured width, used for its bounds.
    pub fn text(
        &mut self,
        text: impl Into<String>,
        pos: (f64, f64),
        font: Font,
        paint: Paint,
        align: Align,
        width: f64,
    ) {
        self.push_text(text.into(), pos, font, paint, align, width);
    }

    /// [`Scene::text`] once the text is a `String`: one copy of the code for every caller.
    fn push_text(
        &mut self,
        text: String,
        pos: (f64, f64),
        font: Font,
        paint: Paint,
        align: Align,
        width: f64,
    ) {
        let left = match align {
            Align::Left => pos.0,
            Align::Center => pos.0 - width / 2.0,
            Align::Right => pos.0 - width,
        };
        let h = font.line_height();
        let bounds = Rect::new(left, pos.1 - h / 2.0, width, h);
        self.shapes.push(Shape::Text { text, pos, font, paint, align, bounds });
    }

    /// Adds a pickable region.
    pub fn hit(&mut self, rect: Rect, datum: Datum) {
        self.hits.push(Hit { rect, datum });
    }

    /// The datum under a point, preferring the smallest region when several overlap.
    pub fn pick(&self, x: f64, y: f64) -> Option<Datum> {
        self.hits
            .iter()
            .filter(|h| h.rect.contains(x, y))
            .min_by(|a, b| (a.rect.w * a.rect.h).total_cmp(&(b.rect.w * b.rect.h)))
            .map(|h| h.datum)
    }

    /// Every text shape's string, in painting order.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.shapes.iter().filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }

    /// Every text shape's bounds.
    pub fn text_bounds(&self) -> impl Iterator<Item = (&str, Rect)> {
        self.shapes.iter().filter_map(|s| match s {
            Shape::Text { text, bounds, .. } => Some((text.as_str(), *bounds)),
            _ => None,
        })
    }
}
