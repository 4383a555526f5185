//! JSON text as a serde data format: what every dataset's text is read with (a page's object
//! as `JSON.stringify` wrote it, the embedded dataset, files on the command line).
//!
//! It reads one thing, a [`Value`](super::value::Value) tree, so it has one real method
//! (`deserialize_any`; keys through `deserialize_str`), no positions (an error gets the path
//! to its value from the reader) and one message per mistake: much less wasm than a
//! general-purpose JSON crate (README, Performance). Strings without escapes are lent from
//! the text; numbers are read as the nearest `f64`.

mod nearest;
mod number;
mod string;

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::forward_to_deserialize_any;

/// Deepest nesting this format reads, whatever the visitor: it bounds the recursion. The
/// dataset reader stops earlier ([`MAX_DEPTH`](super::value::MAX_DEPTH)).
const MAX_NESTING: u32 = 128;

/// Why a JSON text could not be read; the reader adds the path to the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error(message.to_string())
    }
}

fn error<T>(message: &str) -> Result<T, Error> {
    Err(Error(message.to_owned()))
}

/// A JSON text being read, and how far.
pub struct JsonText<'de> {
    text: &'de str,
    at: usize,
    depth: u32,
}

impl<'de> JsonText<'de> {
    /// Starts reading `text`.
    pub fn new(text: &'de str) -> Self {
        Self { text, at: 0, depth: 0 }
    }

    /// Succeeds when only whitespace follows what has been read.
    pub fn end(&mut self) -> Result<(), Error> {
        match self.next_token() {
            None => Ok(()),
            Some(_) => error("text follows the dataset's JSON"),
        }
    }

    /// The next byte that is not whitespace, left unread.
    fn next_token(&mut self) -> Option<u8> {
        let rest = self.text.as_bytes().get(self.at..)?;
        let skipped = rest.iter().take_while(|b| matches!(b, b' ' | b'\n' | b'\r' | b'\t')).count();
        self.at += skipped;
        rest.get(skipped).copied()
    }

    /// Reads `word` (`true`, `false`, `null`), whose first byte has been seen.
    fn word(&mut self, word: &str) -> Result<(), Error> {
        if self.text.get(self.at..).is_some_and(|rest| rest.starts_with(word)) {
            self.at += word.len();
            Ok(())
        } else {
            error("expected a JSON value")
        }
    }

    /// Reads a `[…]` or `{…}` whose opening bracket is next, with `visit` reading its items.
    fn nested<T>(&mut self, visit: impl FnOnce(&mut Items<'_, 'de>) -> Result<T, Error>) -> Result<T, Error> {
        if self.depth >= MAX_NESTING {
            return error("arrays and objects are nested too deep");
        }
        self.depth += 1;
        self.at += 1;
        let mut items = Items { text: self, first: true, done: false };
        let value = visit(&mut items)?;
        if !items.done {
            return error("the reader left an array or object unfinished");
        }
        self.depth -= 1;
        Ok(value)
    }
}

impl<'de> de::Deserializer<'de> for &mut JsonText<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.next_token() {
            Some(b'"') => self.deserialize_str(visitor),
            Some(b'-' | b'0'..=b'9') => visitor.visit_f64(self.number()?),
            Some(b'[') => self.nested(|items| visitor.visit_seq(items)),
            Some(b'{') => self.nested(|items| visitor.visit_map(items)),
            Some(b't') => self.word("true").and_then(|()| visitor.visit_bool(true)),
            Some(b'f') => self.word("false").and_then(|()| visitor.visit_bool(false)),
            Some(b'n') => self.word("null").and_then(|()| visitor.visit_unit()),
            Some(_) => error("expected a JSON value"),
            None => error("the text ends before its JSON value does"),
        }
    }

    /// Reads a string (object keys are read with this); anything else is refused.
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.next_token() != Some(b'"') {
            return error("expected a string");
        }
        match self.string()? {
            Cow::Borrowed(text) => visitor.visit_borrowed_str(text),
            Cow::Owned(text) => visitor.visit_string(text),
        }
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// The items of an array or the entries of an object, read one by one; `done` once the
/// closing bracket has been read.
struct Items<'a, 'de> {
    text: &'a mut JsonText<'de>,
    first: bool,
    done: bool,
}

impl Items<'_, '_> {
    /// Steps to the next item: `false` after the closing bracket `close`.
    fn next(&mut self, close: u8, expected: &str) -> Result<bool, Error> {
        let token = self.text.next_token();
        if token == Some(close) {
            self.text.at += 1;
            self.done = true;
            return Ok(false);
        }
        if self.first {
            self.first = false;
        } else if token == Some(b',') {
            self.text.at += 1;
        } else if token.is_none() {
            return error("the text ends inside an array or object");
        } else {
            return error(expected);
        }
        Ok(true)
    }
}

impl<'de> SeqAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        if !self.next(b']', "expected `,` or `]`")? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.text).map(Some)
    }
}

impl<'de> MapAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        if !self.next(b'}', "expected `,` or `}`")? {
            return Ok(None);
        }
        if self.text.next_token() != Some(b'"') {
            return error("expected a key in double quotes");
        }
        seed.deserialize(&mut *self.text).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        if self.text.next_token() != Some(b':') {
            return error("expected `:` after a key");
        }
        self.text.at += 1;
        seed.deserialize(&mut *self.text)
    }
}
