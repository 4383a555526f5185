//! The time axis: which years the timeline covers and where a date falls on it.

use crate::dataset::date::{MonthPart, PartialDate, Precision, When};
use crate::dataset::model::Dataset;

/// Latest span of years the axis will cover, so a stray date cannot make a 10,000-year axis.
const MAX_YEARS: i32 = 400;

/// A linear map from fractional years onto pixels, over whole calendar years.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    /// First year shown, from its 1 January.
    pub from_year: i32,
    /// The year after the last one shown (its 1 January is the right edge).
    pub to_year: i32,
    /// Pixel x of 1 January of `from_year`.
    pub x0: f64,
    /// Pixel x of 1 January of `to_year`.
    pub x1: f64,
}

impl TimeScale {
    /// A scale over the dataset's years (see [`year_range`]) between two pixel positions.
    pub fn for_dataset(ds: &Dataset, x0: f64, x1: f64) -> Self {
        let (from_year, to_year) = year_range(ds);
        Self { from_year, to_year, x0, x1 }
    }

    /// Pixel x of a moment given in fractional years (2012.5 = mid-2012).
    pub fn x(&self, t: f64) -> f64 {
        let span = f64::from(self.to_year.saturating_sub(self.from_year));
        if span <= 0.0 || !t.is_finite() {
            return self.x0;
        }
        self.x0 + (t - f64::from(self.from_year)) / span * (self.x1 - self.x0)
    }

    /// Width of one year in pixels.
    pub fn year_width(&self) -> f64 {
        (self.x1 - self.x0) / f64::from(self.to_year.saturating_sub(self.from_year).max(1))
    }

    /// Every `step`-th year to label, chosen so labels `label_w` wide keep apart.
    pub fn labelled_years(&self, label_w: f64) -> Vec<i32> {
        let yw = self.year_width().max(0.1);
        let step = [1, 2, 5, 10, 20, 50, 100, 200, 500]
            .into_iter()
            .find(|s| f64::from(*s) * yw >= label_w + 8.0)
            .unwrap_or(1000);
        let first = self.from_year.saturating_add((step - self.from_year.rem_euclid(step)) % step);
        (first..self.to_year).step_by(step as usize).collect()
    }
}

/// The whole years the timeline covers: from the year of the earliest event (or the
/// article) to the end of the year of the latest, returned as `(first, last + 1)`.
pub fn year_range(ds: &Dataset) -> (i32, i32) {
    let article = &ds.article.date;
    let starts = ds.events.iter().map(|e| e.when.start()).chain([article.start()]);
    let ends = ds.events.iter().map(|e| e.when.end()).chain([article.end()]);
    let lo = starts.filter(|v| v.is_finite()).fold(f64::INFINITY, f64::min);
    let hi = ends.filter(|v| v.is_finite()).fold(f64::NEG_INFINITY, f64::max);
    if !(lo.is_finite() && hi.is_finite()) {
        return (article.year, article.year.saturating_add(1));
    }
    let first = lo.floor() as i32;
    let last = (hi.ceil() as i32).max(first.saturating_add(1));
    (first, last.min(first.saturating_add(MAX_YEARS)))
}

/// The middle of the period a date covers, in fractional years.
pub fn mid(d: &PartialDate) -> f64 {
    (d.start() + d.end()) / 2.0
}

/// Whether an event lies wholly after the article's date: the article can only expect it.
pub fn is_expected(ds: &Dataset, when: &When) -> bool {
    when.start() >= ds.article.date.end()
}

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn month(d: &PartialDate) -> Option<&'static str> {
    d.month.and_then(|m| MONTHS.get(usize::from(m).wrapping_sub(1))).copied()
}

/// A date in short words at its own precision, without the year: "17 Oct", "Apr", "early Sep".
fn day_month(d: &PartialDate) -> Option<String> {
    let m = month(d)?;
    Some(match (d.day, d.part) {
        (Some(day), _) => format!("{day} {m}"),
        (None, Some(MonthPart::Early)) => format!("early {m}"),
        (None, Some(MonthPart::Mid)) => format!("mid-{m}"),
        (None, Some(MonthPart::Late)) => format!("late {m}"),
        (None, None) => m.to_string(),
    })
}

/// A date in short words: "17 Oct 2012", "Apr 2012", "early Sep 2012", "2014".
pub fn short_date(d: &PartialDate) -> String {
    match day_month(d) {
        Some(dm) => format!("{dm} {}", d.year),
        None => d.year.to_string(),
    }
}

/// When an event happened, in short words: "Jan 2006", "8–17 Oct 2012", "2012–2013",
/// "Apr–17 Oct 2012".
pub fn short_when(when: &When) -> String {
    let (from, to) = match when {
        When::On(d) => return short_date(d),
        When::Span { from, to } | When::Between { from, to } => (from, to),
    };
    let same_month = from.year == to.year && from.month.is_some() && from.month == to.month;
    match (from.day, to.day) {
        (Some(a), Some(b)) if same_month => {
            return format!("{a}–{b} {} {}", month(from).unwrap_or_default(), from.year)
        }
        _ => {}
    }
    let years_only = from.precision() == Precision::Year && to.precision() == Precision::Year;
    if from.year == to.year && !years_only {
        if let Some(dm) = day_month(from) {
            return format!("{dm}–{}", short_date(to));
        }
    }
    if from == to {
        return short_date(from);
    }
    let (a, b) = (short_date(from), short_date(to));
    if years_only {
        format!("{a}–{b}")
    } else {
        format!("{a} – {b}")
    }
}

/// `v` limited to `lo..=hi` (`lo` wins if they cross); unlike `f64::clamp` it never panics.
pub fn within(v: f64, lo: f64, hi: f64) -> f64 {
    v.min(hi).max(lo)
}
