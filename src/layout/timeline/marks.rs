//! Event marks: one shape per date precision, their extent on the time axis, and how
//! overlapping marks of one lane share sub-tracks.

use super::scale::{is_expected, within, TimeScale};
use crate::dataset::date::{Precision, When};
use crate::dataset::model::Dataset;
use crate::scene::{Paint, Rect, Scene, Shape};

/// Height of a mark in px; a lane's sub-tracks are [`TRACK_PITCH`] apart.
pub const MARK_H: f64 = 10.0;
/// Vertical distance between sub-tracks of one lane.
pub const TRACK_PITCH: f64 = 12.0;
/// Smallest side of a hit region, so every mark is easy to hover or tap.
pub const HIT: f64 = 16.0;
const GAP: f64 = 2.0;

/// How a mark is drawn, by what the article says about its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// The exact day: a dot.
    Day,
    /// Only the month: a solid month-wide block.
    Month,
    /// Early, mid or late in a month: an outlined, tinted block.
    PartOfMonth,
    /// Only the year: a faint year-wide band.
    Year,
    /// From one date to another: a bar with end caps.
    Span,
    /// At a date not given, inside a window: a dashed bracket over the window.
    Window,
}

impl MarkKind {
    /// The kind of mark for a date.
    pub fn of(when: &When) -> Self {
        match when {
            When::On(d) => match d.precision() {
                Precision::Day => Self::Day,
                Precision::Month => Self::Month,
                Precision::PartOfMonth => Self::PartOfMonth,
                Precision::Year => Self::Year,
            },
            When::Span { .. } => Self::Span,
            When::Between { .. } => Self::Window,
        }
    }

    /// Narrowest the mark is drawn, so short periods stay visible and a month reads
    /// wider than a day.
    fn min_width(self) -> f64 {
        match self {
            Self::Day => MARK_H,
            Self::Month | Self::Window => 14.0,
            Self::PartOfMonth | Self::Year => 11.0,
            Self::Span => 6.0,
        }
    }
}

/// One event's mark on its lane.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    /// Index in `ds.events`.
    pub event: usize,
    /// How it is drawn.
    pub kind: MarkKind,
    /// Whether it lies after the article's date.
    pub expected: bool,
    /// Left edge in px.
    pub x0: f64,
    /// Right edge in px (≥ `x0`).
    pub x1: f64,
    /// Sub-track within the lane; 0 lies next to the labels.
    pub track: usize,
}

impl Mark {
    /// Horizontal centre: where its leader line starts.
    pub fn anchor(&self) -> f64 {
        (self.x0 + self.x1) / 2.0
    }

    /// Horizontal extent of its hit region: the mark, widened to at least [`HIT`].
    pub fn hit_span(&self) -> (f64, f64) {
        let half = ((self.x1 - self.x0).max(HIT)) / 2.0;
        (self.anchor() - half, self.anchor() + half)
    }
}

/// The mark of event `i` on a time scale (on sub-track 0); `None` if there is no such event.
pub fn mark_of(ds: &Dataset, i: usize, scale: &TimeScale) -> Option<Mark> {
    let e = ds.events.get(i)?;
    let kind = MarkKind::of(&e.when);
    let (a, b) = (scale.x(e.when.start()), scale.x(e.when.end()));
    // Dates beyond the axis (it covers at most a few centuries) are drawn at its ends.
    let (a, b) = (within(a, scale.x0, scale.x1), within(b, scale.x0, scale.x1));
    let w = (b - a).max(kind.min_width()).min(scale.x1 - scale.x0);
    let x0 = within((a + b) / 2.0 - w / 2.0, scale.x0, scale.x1 - w);
    Some(Mark { event: i, kind, expected: is_expected(ds, &e.when), x0, x1: x0 + w, track: 0 })
}

/// Spreads marks whose hit regions overlap onto sub-tracks, shortest first so points sit
/// next to the labels and long bars nearer the axis; returns the number of sub-tracks used.
///
/// Past `max_tracks`, marks share the least crowded track rather than growing the lane.
pub fn pack(marks: &mut [Mark], max_tracks: usize) -> usize {
    let width = |m: &Mark| m.hit_span().1 - m.hit_span().0;
    let widths: Vec<f64> = marks.iter().map(width).collect();
    let at = |k: usize| widths.get(k).copied().unwrap_or(0.0);
    let order = crate::sort::order(marks.len(), &|a, b| at(a).total_cmp(&at(b)));
    let mut tracks: Vec<Track> = Vec::new();
    for i in order {
        let Some(mark) = marks.get_mut(i) else { continue };
        let span = mark.hit_span();
        let k = match tracks.iter().position(|t| t.has_room(span)) {
            Some(k) => k,
            None if tracks.len() < max_tracks.max(1) => {
                tracks.push(Track::default());
                tracks.len() - 1
            }
            None => {
                (0..tracks.len()).min_by_key(|k| tracks.get(*k).map_or(0, |t| t.spans.len())).unwrap_or(0)
            }
        };
        if let Some(t) = tracks.get_mut(k) {
            t.add(span);
        }
        mark.track = k;
    }
    tracks.len().max(1)
}

/// The spans of one sub-track, sorted and apart, so finding room is a binary search and
/// packing n marks takes O(n log n). A track that had to take an overlapping mark is full.
#[derive(Default)]
struct Track {
    spans: Vec<(f64, f64)>,
    shared: bool,
}

impl Track {
    fn has_room(&self, (lo, hi): (f64, f64)) -> bool {
        let next = self.spans.partition_point(|(a, _)| *a < lo);
        let before = next.checked_sub(1).and_then(|k| self.spans.get(k));
        !self.shared
            && before.is_none_or(|(_, b)| lo >= b + GAP)
            && self.spans.get(next).is_none_or(|(a, _)| hi + GAP <= *a)
    }

    fn add(&mut self, span: (f64, f64)) {
        self.shared |= !self.has_room(span);
        let at = self.spans.partition_point(|(a, _)| *a < span.0);
        self.spans.insert(at, span);
    }
}

/// The colours one mark is drawn in: its side's full colour and its pale tint.
#[derive(Debug, Clone, Copy)]
pub struct Ink {
    /// Solid colour.
    pub solid: Paint,
    /// Pale tint.
    pub tint: Paint,
}

/// Draws a mark spanning `x0..x1` centred vertically on `cy`.
pub fn draw(scene: &mut Scene, kind: MarkKind, expected: bool, (x0, x1): (f64, f64), cy: f64, ink: Ink) {
    let rect = Rect::new(x0, cy - MARK_H / 2.0, x1 - x0, MARK_H);
    match (kind, expected) {
        (MarkKind::Day, _) => {
            let center = ((x0 + x1) / 2.0, cy);
            scene.shapes.push(Shape::Dot { center, radius: MARK_H / 2.0, paint: ink.solid });
            if expected {
                scene.shapes.push(Shape::Dot {
                    center,
                    radius: MARK_H / 2.0 - 2.0,
                    paint: Paint::Background,
                });
            }
        }
        (MarkKind::Window, _) => bracket(scene, rect, ink.solid),
        (MarkKind::Span, false) => {
            scene.fill(Rect::new(x0, cy - 3.0, x1 - x0, 6.0), ink.solid);
            for x in [x0, x1] {
                scene.line((x, cy - MARK_H / 2.0), (x, cy + MARK_H / 2.0), ink.solid, 2.0);
            }
        }
        (MarkKind::Month, false) => scene.fill(rect, ink.solid),
        (MarkKind::PartOfMonth, false) => {
            scene.fill(rect, ink.tint);
            scene.shapes.push(Shape::Outline { rect, paint: ink.solid, width: 1.0 });
        }
        (MarkKind::Year, false) => scene.fill(rect, ink.tint),
        (_, true) => {
            let fill = if kind == MarkKind::PartOfMonth { Paint::Background } else { ink.tint };
            scene.fill(rect, fill);
            dashed_box(scene, rect, ink.solid);
        }
    }
}

/// A dashed rectangle: the outline of what the article expects but has not happened yet.
fn dashed_box(scene: &mut Scene, r: Rect, paint: Paint) {
    let (l, t, rt, b) = (r.x, r.y, r.right(), r.bottom());
    for (from, to) in [((l, t), (rt, t)), ((rt, t), (rt, b)), ((rt, b), (l, b)), ((l, b), (l, t))] {
        scene.shapes.push(Shape::Line { from, to, paint, width: 1.0, dash: Some(3.0) });
    }
}

/// A dashed bracket over a window: the event happened somewhere inside it.
fn bracket(scene: &mut Scene, r: Rect, paint: Paint) {
    let y = r.y + 2.0;
    scene.shapes.push(Shape::Line { from: (r.x, y), to: (r.right(), y), paint, width: 2.0, dash: Some(3.0) });
    for x in [r.x + 1.0, r.right() - 1.0] {
        scene.line((x, y), (x, r.bottom()), paint, 2.0);
    }
}
