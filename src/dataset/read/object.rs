//! Reading an object's fields by name, refusing unknown and duplicate keys.

use super::scalar::{invalid_type, list, one_of, Read};
use crate::dataset::at::At;
use crate::dataset::value::Value;
use crate::validate::DatasetError;

/// Most fields any schema object has (the dataset itself has 9).
const MAX_FIELDS: usize = 10;

/// An object's fields, each looked up once by the name the schema gives it.
///
/// The first error is kept rather than returned: a reader builds its whole struct from the
/// field readers' results (each field's type default after an error, without reading it)
/// and [`Fields::done`] then returns the error. The wasm then drops one whole struct on an
/// error instead of each partly built one at every field's `?`.
pub struct Fields<'a, 'de> {
    at: &'a At<'a>,
    names: &'static [&'static str],
    values: [Option<&'a mut Value<'de>>; MAX_FIELDS],
    error: Option<DatasetError>,
}

impl<'a, 'de> Fields<'a, 'de> {
    /// The fields of `value`, which must be an object whose keys are all among `names`, each
    /// at most once (else the error is kept, and every field reads as absent). `what` names
    /// the object in a wrong-type error ("struct Side").
    // Kept out of line (as are the lookups below): there are a dozen object types, and a
    // copy of this per type was most of the reader's size in the wasm.
    #[inline(never)]
    pub fn new(
        value: &'a mut Value<'de>,
        at: &'a At<'a>,
        what: &str,
        names: &'static [&'static str],
    ) -> Self {
        let mut fields = Self { at, names, values: [const { None }; MAX_FIELDS], error: None };
        fields.error = fields.fill(value, what).err();
        fields
    }

    fn fill(&mut self, value: &'a mut Value<'de>, what: &str) -> Result<(), DatasetError> {
        let (at, names) = (self.at, self.names);
        let entries = match value {
            Value::Object(entries) => entries,
            other => return Err(invalid_type(other, at, what)),
        };
        for (k, (key, value)) in entries.iter_mut().enumerate() {
            // Keys most often come in the schema's order: the name at the key's own place first.
            let own = names.get(k).filter(|n| **n == key.as_ref()).map(|_| k);
            let slot = own
                .or_else(|| names.iter().position(|n| *n == key.as_ref()))
                .and_then(|i| self.values.get_mut(i));
            match slot {
                Some(slot @ None) => *slot = Some(value),
                Some(Some(_)) => return Err(at.key(key).error(format!("duplicate field `{key}`"))),
                None => {
                    return Err(at
                        .key(key)
                        .error(format!("unknown field `{key}`, expected {}", one_of(names))))
                }
            }
        }
        Ok(())
    }

    /// The value given for `name`, if any, unless an error came first; each field is read
    /// once, and taken.
    #[inline(never)]
    fn take(&mut self, name: &str) -> Option<&'a mut Value<'de>> {
        if self.error.is_some() {
            return None;
        }
        // The name is most often the very literal the schema lists, found without comparing text.
        let i = (self.names.iter().position(|n| std::ptr::eq(*n, name)))
            .or_else(|| self.names.iter().position(|n| *n == name))?;
        self.values.get_mut(i)?.take()
    }

    /// The value given for the required field `name`; `None` (keeping the error) when it is
    /// missing or an error came first.
    #[inline(never)]
    fn required(&mut self, name: &'static str) -> Option<&'a mut Value<'de>> {
        let value = self.take(name);
        if value.is_none() && self.error.is_none() {
            self.error = Some(self.at.error(format!("missing field `{name}`")));
        }
        value
    }

    /// Keeps the error of a read, if it is the first; its value otherwise.
    pub fn keep<T: Default>(&mut self, read: Result<T, DatasetError>) -> T {
        read.unwrap_or_else(|error| {
            self.error.get_or_insert(error);
            T::default()
        })
    }

    /// A required field.
    pub fn req<T: Default>(&mut self, name: &'static str, read: Read<T>) -> T {
        match self.required(name) {
            Some(value) => self.keep(read(value, &self.at.key(name))),
            None => T::default(),
        }
    }

    /// An optional field: absent or `null` is `None`.
    pub fn opt<T>(&mut self, name: &'static str, read: Read<T>) -> Option<T> {
        match self.take(name) {
            None | Some(Value::Null) => None,
            Some(value) => self.keep(read(value, &self.at.key(name)).map(Some)),
        }
    }

    /// A required array, each item read by `read`.
    pub fn list<T>(&mut self, name: &'static str, read: Read<T>) -> Vec<T> {
        match self.required(name) {
            Some(value) => self.keep(list(value, &self.at.key(name), read)),
            None => Vec::new(),
        }
    }

    /// An optional array: absent is empty.
    pub fn opt_list<T>(&mut self, name: &'static str, read: Read<T>) -> Vec<T> {
        match self.take(name) {
            Some(value) => self.keep(list(value, &self.at.key(name), read)),
            None => Vec::new(),
        }
    }

    /// `value`, built from this object's fields, or the first error reading them.
    pub fn done<T>(self, value: T) -> Result<T, DatasetError> {
        match self.error {
            Some(error) => Err(error),
            None => Ok(value),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::scalar::float;
    use super::*;

    const NAMES: &[&str] = &["min", "max"];

    fn object(entries: &[(&'static str, Value<'static>)]) -> Value<'static> {
        Value::Object(entries.iter().map(|(k, v)| ((*k).into(), v.clone())).collect())
    }

    #[test]
    fn reads_fields_by_name_in_any_order() {
        let mut value = object(&[("max", Value::Number(7.0)), ("min", Value::Number(1.0))]);
        let mut fields = Fields::new(&mut value, &At::ROOT, "struct Scale", NAMES);
        assert_eq!(fields.req("min", float), 1.0);
        assert_eq!(fields.req("max", float), 7.0);
        assert_eq!(fields.done(()), Ok(()));
    }

    #[test]
    fn unknown_duplicate_and_missing_fields_are_named() {
        let scale = At::ROOT.key("scale");
        let mut value = object(&[("min", Value::Number(1.0)), ("mx", Value::Number(7.0))]);
        let err = Fields::new(&mut value, &scale, "struct Scale", NAMES).done(()).expect_err("unknown field");
        assert_eq!(
            err.to_string(),
            "invalid dataset: scale.mx: unknown field `mx`, expected one of `min`, `max`"
        );
        let mut value = object(&[("min", Value::Number(1.0)), ("min", Value::Number(2.0))]);
        let err =
            Fields::new(&mut value, &scale, "struct Scale", NAMES).done(()).expect_err("duplicate field");
        assert_eq!(err.to_string(), "invalid dataset: scale.min: duplicate field `min`");
        let mut value = object(&[("min", Value::Number(1.0))]);
        let mut fields = Fields::new(&mut value, &scale, "struct Scale", NAMES);
        assert_eq!(fields.opt("max", float), None);
        fields.req("max", float);
        let err = fields.done(()).expect_err("missing");
        assert_eq!(err.to_string(), "invalid dataset: scale: missing field `max`");
    }

    #[test]
    fn the_first_error_is_kept_and_later_fields_are_not_read() {
        let mut value = object(&[("min", Value::String("low".into()))]);
        let mut fields = Fields::new(&mut value, &At::ROOT, "struct Scale", NAMES);
        assert_eq!(fields.req("min", float), 0.0);
        assert_eq!(fields.req("max", float), 0.0);
        let err = fields.done(()).expect_err("min has the wrong type");
        assert_eq!(err.to_string(), "invalid dataset: min: invalid type: string \"low\", expected f64");
    }

    #[test]
    fn a_non_object_is_a_wrong_type() {
        let err = Fields::new(&mut Value::Array(vec![]), &At::ROOT, "struct Scale", NAMES)
            .done(())
            .expect_err("not an object");
        assert_eq!(err.to_string(), "invalid dataset: invalid type: sequence, expected struct Scale");
    }
}
