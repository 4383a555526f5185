//! Readers for dates and event times.

use super::object::Fields;
use super::scalar::{int32, invalid_type, one_of, uint8, variant, variant_named};
use crate::dataset::at::At;
use crate::dataset::date::{MonthPart, PartialDate, When};
use crate::dataset::value::Value;
use crate::validate::DatasetError;

const PARTS: &[&str] = &["early", "mid", "late"];
const WHEN_KINDS: &[&str] = &["on", "span", "between"];

fn month_part(value: &mut Value, at: &At) -> Result<MonthPart, DatasetError> {
    Ok(match variant(value, at, PARTS)? {
        0 => MonthPart::Early,
        1 => MonthPart::Mid,
        _ => MonthPart::Late,
    })
}

/// `{year, month?, day?, part?}`; whether it exists in the calendar is checked in validation.
pub fn partial_date(value: &mut Value, at: &At) -> Result<PartialDate, DatasetError> {
    let mut f = Fields::new(value, at, "struct PartialDate", &["year", "month", "day", "part"]);
    let date = PartialDate {
        year: f.req("year", int32),
        month: f.opt("month", uint8),
        day: f.opt("day", uint8),
        part: f.opt("part", month_part),
    };
    f.done(date)
}

/// `{from, to}` of a span or a window.
fn range(value: &mut Value, at: &At, what: &str) -> Result<(PartialDate, PartialDate), DatasetError> {
    let mut f = Fields::new(value, at, what, &["from", "to"]);
    let range = (f.req("from", partial_date), f.req("to", partial_date));
    f.done(range)
}

/// `{"on": date}`, `{"span": {from, to}}` or `{"between": {from, to}}`.
pub fn when(value: &mut Value, at: &At) -> Result<When, DatasetError> {
    let entries = match value {
        Value::Object(entries) => entries,
        other => return Err(invalid_type(other, at, &format!("an object with {}", one_of(WHEN_KINDS)))),
    };
    let [(kind, inner)] = entries.as_mut_slice() else {
        return Err(at.error(format!("has {} keys; give exactly {}", entries.len(), one_of(WHEN_KINDS))));
    };
    let kind_at = at.key(kind);
    Ok(match variant_named(kind, at, WHEN_KINDS)? {
        0 => When::On(partial_date(inner, &kind_at)?),
        1 => {
            let (from, to) = range(inner, &kind_at, "struct variant When::Span")?;
            When::Span { from, to }
        }
        _ => {
            let (from, to) = range(inner, &kind_at, "struct variant When::Between")?;
            When::Between { from, to }
        }
    })
}
