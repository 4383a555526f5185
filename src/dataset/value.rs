//! A small dynamic value tree: what any serde data format (JSON text natively, a JS object in
//! the browser) is read into before the typed reader in [`super::read`] turns it into a
//! [`Dataset`](super::model::Dataset).
//!
//! One hand-written `Deserialize` impl stands in for a derive per schema type, so the wasm
//! carries one set of serde visitors instead of one per struct and field.

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;

use super::at::{push_index, push_key};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// Deepest nesting of arrays and objects accepted; the schema needs 5. It keeps a hostile
/// input (or a JS object that contains itself) from exhausting the stack.
pub const MAX_DEPTH: u32 = 64;

/// A JSON-like value. Objects keep their keys in input order, duplicates included, so the
/// reader can report them. Strings and keys borrow from the input where the format lends them
/// (JSON text without escapes), so reading allocates only for arrays, objects and the strings
/// the dataset keeps.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'de> {
    /// `null` (and JS `undefined`).
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Any number; integers arrive exactly up to 2⁵³.
    Number(f64),
    /// A string.
    String(Cow<'de, str>),
    /// An array.
    Array(Vec<Value<'de>>),
    /// An object, its entries in input order.
    Object(Vec<(Cow<'de, str>, Value<'de>)>),
}

/// One step of the path to a value the format could not read: an object key or array index.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// A field of an object.
    Key(String),
    /// An item of an array.
    Index(usize),
}

/// Reads one value at a nesting depth; deeper values get `depth + 1`. When reading fails,
/// each level the error passes on its way out adds its step to `failed`, innermost first,
/// so the failure gets a path without any bookkeeping while reading succeeds.
#[derive(Clone, Copy)]
struct Reader<'a> {
    depth: u32,
    failed: &'a RefCell<Vec<Step>>,
}

impl<'a> Reader<'a> {
    fn nested<E: de::Error>(self) -> Result<Reader<'a>, E> {
        if self.depth >= MAX_DEPTH {
            return Err(E::custom(format_args!("arrays and objects are nested more than {MAX_DEPTH} deep")));
        }
        Ok(Reader { depth: self.depth + 1, failed: self.failed })
    }

    /// Records that reading failed inside `step`.
    fn failed_in(self, step: Step) {
        self.failed.borrow_mut().push(step);
    }
}

impl<'de> DeserializeSeed<'de> for Reader<'_> {
    type Value = Value<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

/// Reads an object's key, borrowed from the input where the format lends it.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Cow<'de, str>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v))
    }
}

impl<'de> Visitor<'de> for Reader<'_> {
    type Value = Value<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value<'de>, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value<'de>, E> {
        Ok(Value::Number(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value<'de>, E> {
        Ok(Value::Number(v as f64))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value<'de>, E> {
        Ok(Value::Number(v))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Value<'de>, E> {
        Ok(Value::String(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value<'de>, E> {
        Ok(Value::String(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Value<'de>, E> {
        Ok(Value::String(Cow::Owned(v)))
    }

    fn visit_unit<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value<'de>, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'de>, A::Error> {
        let inner = self.nested()?;
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        loop {
            let next =
                seq.next_element_seed(inner).inspect_err(|_| self.failed_in(Step::Index(items.len())))?;
            let Some(item) = next else { break };
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value<'de>, A::Error> {
        let inner = self.nested()?;
        let mut entries = Vec::new();
        while let Some(key) = map.next_key_seed(Key)? {
            let value =
                map.next_value_seed(inner).inspect_err(|_| self.failed_in(Step::Key(key.to_string())))?;
            entries.push((key, value));
        }
        Ok(Value::Object(entries))
    }
}

impl<'de> Deserialize<'de> for Value<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value<'de>, D::Error> {
        read(deserializer).map_err(|(err, _)| err)
    }
}

/// Reads a value; on failure also returns the path to the value that failed, outermost
/// step first.
pub fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Value<'de>, (D::Error, Vec<Step>)> {
    let failed = RefCell::new(Vec::new());
    deserializer.deserialize_any(Reader { depth: 0, failed: &failed }).map_err(|err| {
        let mut path = failed.into_inner();
        path.reverse();
        (err, path)
    })
}

/// A path written like a field access: `survey.scores[2].score`.
pub fn path_text(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(key) => push_key(&mut out, key),
            Step::Index(index) => push_index(&mut out, *index),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::dataset::json::{Error, JsonText};

    fn json(text: &str) -> Result<Value<'_>, Error> {
        Value::deserialize(&mut JsonText::new(text))
    }

    #[test]
    fn reads_every_kind_of_value_in_order() {
        let value = json(r#"{"b": [1, -2, 2.5, "x", true, null], "a": {}}"#).expect("JSON");
        let expected = Value::Object(vec![
            (
                "b".into(),
                Value::Array(vec![
                    Value::Number(1.0),
                    Value::Number(-2.0),
                    Value::Number(2.5),
                    Value::String("x".into()),
                    Value::Bool(true),
                    Value::Null,
                ]),
            ),
            ("a".into(), Value::Object(vec![])),
        ]);
        assert_eq!(value, expected);
    }

    #[test]
    fn keeps_duplicate_keys_for_the_reader_to_report() {
        let value = json(r#"{"a": 1, "a": 2}"#).expect("JSON");
        assert_eq!(
            value,
            Value::Object(vec![("a".into(), Value::Number(1.0)), ("a".into(), Value::Number(2.0))])
        );
    }

    #[test]
    fn refuses_deep_nesting() {
        let depth = MAX_DEPTH as usize;
        let ok = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert!(json(&ok).is_ok());
        // The JSON format's own limit is 128; the value reader's is lower, and applies to every format.
        let deep = format!("{}{}", "[".repeat(depth + 1), "]".repeat(depth + 1));
        let err = json(&deep).expect_err("too deep").to_string();
        assert!(err.starts_with("arrays and objects are nested more than 64 deep"), "{err}");
    }

    #[test]
    fn a_value_the_format_cannot_read_gets_its_path() {
        let mut de = JsonText::new(r#"{"a": [1, {"b": [true, 1e999]}]}"#);
        let (err, path) = read(&mut de).expect_err("1e999 is out of range");
        assert!(err.to_string().starts_with("number out of range"), "{err}");
        assert_eq!(path_text(&path), "a[1].b[1]");
        let deep = format!("{{\"x\": {}{}}}", "[".repeat(70), "]".repeat(70));
        let (_, path) = read(&mut JsonText::new(&deep)).expect_err("too deep");
        assert_eq!(path_text(&path[..2]), "x[0]");
        assert_eq!(path.len(), 64, "the path ends where the limit was hit");
    }
}
