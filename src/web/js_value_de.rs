//! Reads a dataset straight from a JS value with serde, seeing every key of every object.
//!
//! serde-wasm-bindgen reads a struct by looking up only the fields it expects, so a typo'd
//! or unknown field in a page's dataset would pass silently. This deserializer presents
//! objects as maps of all their own keys, so `deny_unknown_fields` works and a browser
//! dataset gets exactly the errors a JSON file gets natively.

use js_sys::{Array, Object, Reflect};
use serde::de::value::{Error, MapAccessDeserializer, MapDeserializer, SeqDeserializer};
use serde::de::{self, IntoDeserializer, Visitor};
use serde::forward_to_deserialize_any;
use wasm_bindgen::{JsCast, JsValue};

/// A JS value as a serde deserializer.
pub struct JsValueDeserializer(pub JsValue);

impl<'de> IntoDeserializer<'de, Error> for JsValueDeserializer {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

fn entries(object: &JsValue) -> Vec<(String, JsValueDeserializer)> {
    Object::keys(object.unchecked_ref::<Object>())
        .iter()
        .filter_map(|key| {
            let value = Reflect::get(object, &key).ok()?;
            Some((key.as_string()?, JsValueDeserializer(value)))
        })
        .collect()
}

impl<'de> de::Deserializer<'de> for JsValueDeserializer {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let v = self.0;
        if v.is_null() || v.is_undefined() {
            // Worded as JSON parsers word it: "invalid type: null, expected f64".
            Err(de::Error::invalid_type(de::Unexpected::Other("null"), &visitor))
        } else if let Some(b) = v.as_bool() {
            visitor.visit_bool(b)
        } else if let Some(n) = v.as_f64() {
            // Whole numbers arrive as integers, as JSON parsers hand them over, so that
            // integer fields accept them and report fractions and negatives precisely.
            if n.fract() == 0.0 && n.abs() < 9.007_199_254_740_992e15 {
                if n >= 0.0 {
                    visitor.visit_u64(n as u64)
                } else {
                    visitor.visit_i64(n as i64)
                }
            } else {
                visitor.visit_f64(n)
            }
        } else if let Some(s) = v.as_string() {
            visitor.visit_string(s)
        } else if Array::is_array(&v) {
            let items: Vec<JsValueDeserializer> = Array::from(&v).iter().map(JsValueDeserializer).collect();
            visitor.visit_seq(SeqDeserializer::new(items.into_iter()))
        } else if v.is_object() {
            visitor.visit_map(MapDeserializer::new(entries(&v).into_iter()))
        } else {
            Err(de::Error::custom("unsupported value (a function or symbol)"))
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_null() || self.0.is_undefined() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let v = self.0;
        if let Some(s) = v.as_string() {
            visitor.visit_enum(s.into_deserializer())
        } else if v.is_object() && !Array::is_array(&v) {
            visitor.visit_enum(MapAccessDeserializer::new(MapDeserializer::new(entries(&v).into_iter())))
        } else {
            JsValueDeserializer(v).deserialize_any(visitor)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit_struct newtype_struct seq tuple
        tuple_struct map struct identifier
    }
}
