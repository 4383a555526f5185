//! Readers for strings, numbers, lists and names, and the wording of their errors (serde's
//! wording, which the bad-dataset corpus and pages already expect).

use crate::dataset::at::At;
use crate::dataset::model::Ref;
use crate::dataset::value::Value;
use crate::format::number;
use crate::validate::DatasetError;

/// A reader of one typed value from a [`Value`] at a path.
pub type Read<T> = fn(&mut Value, &At) -> Result<T, DatasetError>;

/// Largest integer a JS number (an f64) holds exactly: 2⁵³.
const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0;

/// Appends a string in double quotes with quotes, backslashes and control characters escaped.
fn push_quoted(out: &mut String, text: &str) {
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // A control character is below U+00A0: two hex digits at most.
            c if c.is_control() => {
                let code = u32::from(c);
                out.push_str("\\u{");
                out.extend((code >= 16).then(|| char::from_digit(code / 16, 16)).flatten());
                out.extend(char::from_digit(code % 16, 16));
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Whether `n` is a whole number that is exact as an f64, so it reads as an integer.
fn is_integer(n: f64) -> bool {
    n.fract() == 0.0 && n.abs() < EXACT_INTEGERS
}

/// A whole number below 2⁵³ in digits, by the 32-bit integer formatting the wasm has anyway
/// (64-bit formatting would add its own).
fn integer_digits(n: f64) -> String {
    let sign = if n < 0.0 { "-" } else { "" };
    let digits = n.abs() as u64;
    let (high, low) = ((digits / 1_000_000_000) as u32, (digits % 1_000_000_000) as u32);
    if high == 0 {
        format!("{sign}{low}")
    } else {
        format!("{sign}{high}{low:09}")
    }
}

/// Appends what a number is, as serde words it: "integer `3`" or "floating point `3.5`".
fn push_number_kind(out: &mut String, n: f64) {
    if is_integer(n) {
        out.push_str("integer `");
        out.push_str(&integer_digits(n));
    } else {
        out.push_str("floating point `");
        out.push_str(&number(n));
    }
    out.push('`');
}

/// Appends what was found instead of the expected value: "string \"x\"", "null", "map".
fn push_found(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "boolean `true`" } else { "boolean `false`" }),
        Value::Number(n) => push_number_kind(out, *n),
        Value::String(s) => {
            out.push_str("string ");
            push_quoted(out, s);
        }
        Value::Array(_) => out.push_str("sequence"),
        Value::Object(_) => out.push_str("map"),
    }
}

/// "invalid type: string \"x\", expected f64".
pub fn invalid_type(value: &Value, at: &At, expected: &str) -> DatasetError {
    let mut message = String::from("invalid type: ");
    push_found(&mut message, value);
    message.push_str(", expected ");
    message.push_str(expected);
    at.error(message)
}

/// "`a`" for one name, "one of `a`, `b`, `c`" for several.
pub fn one_of(names: &[&str]) -> String {
    let mut out = String::from(if names.len() == 1 { "" } else { "one of " });
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push('`');
        out.push_str(name);
        out.push('`');
    }
    out
}

/// A string, moved out of the value tree (which is dropped after reading).
pub fn string(value: &mut Value, at: &At) -> Result<String, DatasetError> {
    match value {
        Value::String(s) => Ok(std::mem::take(s).into_owned()),
        other => Err(invalid_type(other, at, "a string")),
    }
}

/// A finite number.
pub fn float(value: &mut Value, at: &At) -> Result<f64, DatasetError> {
    match value {
        Value::Number(n) if n.is_finite() => Ok(*n),
        Value::Number(_) => Err(at.error("must be a finite number")),
        other => Err(invalid_type(other, at, "f64")),
    }
}

/// A whole number within `min..=max`; `name` is the Rust type named in errors ("u32").
fn integer(value: &Value, at: &At, min: f64, max: f64, name: &str) -> Result<f64, DatasetError> {
    let n = match value {
        Value::Number(n) if is_integer(*n) => *n,
        other => return Err(invalid_type(other, at, name)),
    };
    if n < min || n > max {
        let mut message = String::from("invalid value: ");
        push_number_kind(&mut message, n);
        message.push_str(", expected ");
        message.push_str(name);
        return Err(at.error(message));
    }
    Ok(n)
}

/// A whole number in `0..=u32::MAX`.
pub fn uint32(value: &mut Value, at: &At) -> Result<u32, DatasetError> {
    integer(value, at, 0.0, f64::from(u32::MAX), "u32").map(|n| n as u32)
}

/// A whole number in `i32::MIN..=i32::MAX`.
pub fn int32(value: &mut Value, at: &At) -> Result<i32, DatasetError> {
    integer(value, at, f64::from(i32::MIN), f64::from(i32::MAX), "i32").map(|n| n as i32)
}

/// A whole number in `0..=255`.
pub fn uint8(value: &mut Value, at: &At) -> Result<u8, DatasetError> {
    integer(value, at, 0.0, 255.0, "u8").map(|n| n as u8)
}

/// An array, each item read by `read`.
pub fn list<T>(value: &mut Value, at: &At, read: Read<T>) -> Result<Vec<T>, DatasetError> {
    let items = match value {
        Value::Array(items) => items,
        other => return Err(invalid_type(other, at, "a sequence")),
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter_mut().enumerate() {
        out.push(read(item, &at.index(i))?);
    }
    Ok(out)
}

/// An array of references by id, left for validation to resolve.
pub fn refs<T>(value: &mut Value, at: &At) -> Result<Vec<Ref<T>>, DatasetError> {
    list(value, at, reference)
}

/// A reference by id, left for validation to resolve.
pub fn reference<T>(value: &mut Value, at: &At) -> Result<Ref<T>, DatasetError> {
    string(value, at).map(Ref::unresolved)
}

/// The index of `name` in `names` (an enum's variants).
pub fn variant_named(name: &str, at: &At, names: &[&str]) -> Result<usize, DatasetError> {
    names
        .iter()
        .position(|n| *n == name)
        .ok_or_else(|| at.error(format!("unknown variant `{name}`, expected {}", one_of(names))))
}

/// One of `names` (an enum variant) as a string; returns its index.
pub fn variant(value: &Value, at: &At, names: &[&str]) -> Result<usize, DatasetError> {
    match value {
        Value::String(name) => variant_named(name, at, names),
        other => Err(invalid_type(other, at, &one_of(names))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message<T: std::fmt::Debug>(result: Result<T, DatasetError>) -> String {
        result.expect_err("an error").message().to_string()
    }

    #[test]
    fn wrong_types_are_worded_like_serde() {
        let at = At::ROOT;
        assert_eq!(
            message(float(&mut Value::String("high".into()), &at)),
            "invalid type: string \"high\", expected f64"
        );
        assert_eq!(message(float(&mut Value::Null, &at)), "invalid type: null, expected f64");
        assert_eq!(
            message(string(&mut Value::Number(3.0), &at)),
            "invalid type: integer `3`, expected a string"
        );
        assert_eq!(
            message(string(&mut Value::Bool(true), &at)),
            "invalid type: boolean `true`, expected a string"
        );
        assert_eq!(message(string(&mut Value::Object(vec![]), &at)), "invalid type: map, expected a string");
        assert_eq!(
            message(refs::<()>(&mut Value::String("a".into()), &at)),
            "invalid type: string \"a\", expected a sequence"
        );
        assert_eq!(
            message(string(&mut Value::Array(vec![]), &at)),
            "invalid type: sequence, expected a string"
        );
        assert_eq!(
            message(float(&mut Value::String("\u{1}\u{1f}\u{9f}\u{0}".into()), &at)),
            r#"invalid type: string "\u{1}\u{1f}\u{9f}\u{0}", expected f64"#
        );
        assert_eq!(
            message(float(&mut Value::String("a\"b\\\n".into()), &at)),
            r#"invalid type: string "a\"b\\\n", expected f64"#
        );
    }

    #[test]
    fn integers_must_be_whole_and_in_range() {
        let at = At::ROOT;
        assert_eq!(uint32(&mut Value::Number(35.0), &at), Ok(35));
        assert_eq!(
            message(uint32(&mut Value::Number(-35.0), &at)),
            "invalid value: integer `-35`, expected u32"
        );
        assert_eq!(
            message(uint32(&mut Value::Number(35.5), &at)),
            "invalid type: floating point `35.5`, expected u32"
        );
        assert_eq!(
            message(uint32(&mut Value::Number(-9_007_199_254_740_991.0), &at)),
            "invalid value: integer `-9007199254740991`, expected u32"
        );
        assert_eq!(
            message(uint32(&mut Value::Number(10_000_000_007.0), &at)),
            "invalid value: integer `10000000007`, expected u32"
        );
        assert_eq!(
            message(uint8(&mut Value::Number(300.0), &at)),
            "invalid value: integer `300`, expected u8"
        );
        assert_eq!(int32(&mut Value::Number(-4.0), &at), Ok(-4));
        assert_eq!(
            message(int32(&mut Value::Number(1e300), &at)),
            "invalid type: floating point `1e300`, expected i32"
        );
        assert_eq!(
            message(uint32(&mut Value::String("1".into()), &at)),
            "invalid type: string \"1\", expected u32"
        );
    }

    #[test]
    fn numbers_must_be_finite() {
        assert_eq!(message(float(&mut Value::Number(f64::NAN), &At::ROOT)), "must be a finite number");
        assert_eq!(message(float(&mut Value::Number(f64::INFINITY), &At::ROOT)), "must be a finite number");
    }

    #[test]
    fn list_items_name_their_index() {
        let mut value = Value::Array(vec![Value::String("a".into()), Value::Number(2.0)]);
        let sources = At::ROOT.key("sources");
        let err = refs::<()>(&mut value, &sources).expect_err("the second item is a number");
        assert_eq!(err.path(), "sources[1]");
        assert_eq!(err.message(), "invalid type: integer `2`, expected a string");
    }

    #[test]
    fn variants_are_listed() {
        let at = At::ROOT;
        assert_eq!(variant(&Value::String("csto".into()), &at, &["nato", "csto"]), Ok(1));
        assert_eq!(
            message(variant(&Value::String("otan".into()), &at, &["nato", "csto"])),
            "unknown variant `otan`, expected one of `nato`, `csto`"
        );
        assert_eq!(
            message(variant(&Value::String("poll".into()), &at, &["survey"])),
            "unknown variant `poll`, expected `survey`"
        );
        assert_eq!(
            message(variant(&Value::Number(1.0), &at, &["survey"])),
            "invalid type: integer `1`, expected `survey`"
        );
    }
}
