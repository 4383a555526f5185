//! Dates at the precision the article gives them: a year, a month, part of a month or a day.

/// Which part of a month an approximate date falls in ("early September").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthPart {
    /// Days 1–10.
    Early,
    /// Days 11–20.
    Mid,
    /// Day 21 to the end of the month.
    Late,
}

/// A calendar date known to a year, a month, part of a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PartialDate {
    /// Calendar year.
    pub year: i32,
    /// Month 1–12, when known.
    pub month: Option<u8>,
    /// Day of the month, when known (needs `month`).
    pub day: Option<u8>,
    /// Part of the month, for approximate dates (needs `month`, excludes `day`).
    pub part: Option<MonthPart>,
}

/// How precisely a date is known; the timeline draws each differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// Only the year.
    Year,
    /// The month.
    Month,
    /// Early, mid or late in a month.
    PartOfMonth,
    /// The exact day.
    Day,
}

/// When an event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// At one (possibly partial) date.
    On(PartialDate),
    /// Over a span from one date to another, both included.
    Span {
        /// First date of the span.
        from: PartialDate,
        /// Last date of the span.
        to: PartialDate,
    },
    /// At an undisclosed date inside a window ("later" in the article).
    Between {
        /// Earliest possible date.
        from: PartialDate,
        /// Latest possible date.
        to: PartialDate,
    },
}

/// On the year 0, which validation refuses.
impl Default for When {
    fn default() -> Self {
        When::On(PartialDate::default())
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether `year` is a Gregorian leap year.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn days_in_year(year: i32) -> f64 {
    if is_leap(year) {
        366.0
    } else {
        365.0
    }
}

/// Days from 1 January to the first day of `month`.
fn days_before_month(year: i32, month: u8) -> u32 {
    (1..month).map(|m| u32::from(days_in_month(year, m))).sum()
}

impl PartialDate {
    /// A date known only to the year.
    pub fn year(year: i32) -> Self {
        Self { year, month: None, day: None, part: None }
    }

    /// A date known to the month.
    pub fn month(year: i32, month: u8) -> Self {
        Self { year, month: Some(month), day: None, part: None }
    }

    /// A date known to the day.
    pub fn day(year: i32, month: u8, day: u8) -> Self {
        Self { year, month: Some(month), day: Some(day), part: None }
    }

    /// How precisely the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day, self.part) {
            (None, _, _) => Precision::Year,
            (Some(_), Some(_), _) => Precision::Day,
            (Some(_), None, Some(_)) => Precision::PartOfMonth,
            (Some(_), None, None) => Precision::Month,
        }
    }

    /// Checks the date exists in the calendar; the error says why not.
    pub fn check(&self) -> Result<(), String> {
        if !(1..=9999).contains(&self.year) {
            return Err(format!("year {} is outside 1–9999", self.year));
        }
        let Some(month) = self.month else {
            if self.day.is_some() || self.part.is_some() {
                return Err("a day or part of a month needs a month".into());
            }
            return Ok(());
        };
        if !(1..=12).contains(&month) {
            return Err(format!("month {month} is outside 1–12"));
        }
        if let Some(day) = self.day {
            if self.part.is_some() {
                return Err("a date has either a day or a part of the month, not both".into());
            }
            let last = days_in_month(self.year, month);
            if day == 0 || day > last {
                return Err(format!(
                    "{}-{:02}-{:02} is not a calendar date ({} {} has {} days)",
                    self.year,
                    month,
                    day,
                    MONTHS.get(usize::from(month).wrapping_sub(1)).copied().unwrap_or("?"),
                    self.year,
                    last
                ));
            }
        }
        Ok(())
    }

    /// The first and last day covered, as day numbers within the year (0-based, end exclusive).
    fn day_range(&self) -> (u32, u32) {
        let Some(month) = self.month.filter(|m| (1..=12).contains(m)) else {
            return (0, days_in_year(self.year) as u32);
        };
        let first = days_before_month(self.year, month);
        let len = u32::from(days_in_month(self.year, month));
        match (self.day, self.part) {
            (Some(d), _) => {
                let d = u32::from(d).clamp(1, len);
                (first + d - 1, first + d)
            }
            (None, Some(MonthPart::Early)) => (first, first + 10),
            (None, Some(MonthPart::Mid)) => (first + 10, first + 20),
            (None, Some(MonthPart::Late)) => (first + 20, first + len),
            (None, None) => (first, first + len),
        }
    }

    /// Start of the period the date covers, in fractional years (2012.0 = 1 January 2012).
    pub fn start(&self) -> f64 {
        f64::from(self.year) + f64::from(self.day_range().0) / days_in_year(self.year)
    }

    /// End of the period the date covers (exclusive), in fractional years.
    pub fn end(&self) -> f64 {
        f64::from(self.year) + f64::from(self.day_range().1) / days_in_year(self.year)
    }

    fn month_name(&self) -> Option<&'static str> {
        self.month.and_then(|m| MONTHS.get(usize::from(m).wrapping_sub(1))).copied()
    }

    /// The date in words at its own precision: "2014", "April 2012", "early September 2012",
    /// "6 October 2007".
    pub fn label(&self) -> String {
        let Some(month) = self.month_name() else {
            return self.year.to_string();
        };
        match (self.day, self.part) {
            (Some(d), _) => format!("{d} {month} {}", self.year),
            (None, Some(part)) => {
                let part = match part {
                    MonthPart::Early => "early",
                    MonthPart::Mid => "mid-",
                    MonthPart::Late => "late",
                };
                let sep = if part.ends_with('-') { "" } else { " " };
                format!("{part}{sep}{month} {}", self.year)
            }
            (None, None) => format!("{month} {}", self.year),
        }
    }
}

impl When {
    /// Start of the period, in fractional years.
    pub fn start(&self) -> f64 {
        match self {
            When::On(d) => d.start(),
            When::Span { from, .. } | When::Between { from, .. } => from.start(),
        }
    }

    /// End of the period (exclusive), in fractional years.
    pub fn end(&self) -> f64 {
        match self {
            When::On(d) => d.end(),
            When::Span { to, .. } | When::Between { to, .. } => to.end(),
        }
    }

    /// The date or span in words: "8–17 October 2012", "2012–2013",
    /// "between April 2012 and 17 October 2012 (date not given)".
    pub fn label(&self) -> String {
        match self {
            When::On(d) => d.label(),
            When::Span { from, to } => span_label(from, to),
            When::Between { from, to } => {
                format!("date not given: between {} and {}", from.label(), to.label())
            }
        }
    }
}

fn span_label(from: &PartialDate, to: &PartialDate) -> String {
    let same_month = from.year == to.year && from.month.is_some() && from.month == to.month;
    match (from.day, to.day) {
        (Some(a), Some(b)) if same_month && from.part.is_none() && to.part.is_none() => {
            let month = from.month_name().unwrap_or_default();
            format!("{a}–{b} {month} {}", from.year)
        }
        _ if from.precision() == Precision::Year && to.precision() == Precision::Year => {
            format!("{}–{}", from.year, to.year)
        }
        _ => format!("{} – {}", from.label(), to.label()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_follow_precision() {
        assert_eq!(PartialDate::year(2014).label(), "2014");
        assert_eq!(PartialDate::month(2012, 4).label(), "April 2012");
        assert_eq!(PartialDate::day(2007, 10, 6).label(), "6 October 2007");
        let early = PartialDate { part: Some(MonthPart::Early), ..PartialDate::month(2012, 9) };
        assert_eq!(early.label(), "early September 2012");
        let span = When::Span { from: PartialDate::day(2012, 10, 8), to: PartialDate::day(2012, 10, 17) };
        assert_eq!(span.label(), "8–17 October 2012");
        let years = When::Span { from: PartialDate::year(2012), to: PartialDate::year(2013) };
        assert_eq!(years.label(), "2012–2013");
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert!(PartialDate::day(2012, 2, 29).check().is_ok());
        let err = PartialDate::day(2012, 2, 30).check().unwrap_err();
        assert_eq!(err, "2012-02-30 is not a calendar date (February 2012 has 29 days)");
        assert!(PartialDate::day(2013, 2, 29).check().is_err());
        assert!(PartialDate::month(2012, 13).check().is_err());
        assert!(PartialDate { day: Some(3), ..PartialDate::year(2012) }.check().is_err());
    }

    #[test]
    fn periods_cover_their_precision() {
        let month = PartialDate::month(2012, 4);
        assert!(month.start() > 2012.24 && month.start() < 2012.26);
        assert!((month.end() - month.start() - 30.0 / 366.0).abs() < 1e-9);
        let day = PartialDate::day(2012, 10, 17);
        assert!((day.end() - day.start() - 1.0 / 366.0).abs() < 1e-9);
        assert_eq!(PartialDate::year(2014).start(), 2014.0);
        assert_eq!(PartialDate::year(2014).end(), 2015.0);
    }
}
