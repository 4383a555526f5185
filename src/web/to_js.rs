//! Results as plain JS objects, built field by field with `Reflect.set` (smaller in the wasm
//! than a serializer for two shapes of output).

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::describe::DatumInfo;
use crate::scene::Rect;
use crate::table::DataTable;

fn set(object: &Object, key: &str, value: &JsValue) {
    // Setting a property of a fresh plain object cannot fail.
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

fn strings<'a>(items: impl IntoIterator<Item = &'a String>) -> Array {
    items.into_iter().map(|s| JsValue::from_str(s)).collect()
}

/// The views' ids as an array of strings.
pub fn ids(views: impl Iterator<Item = crate::view::ViewId>) -> Array {
    views.map(|v| JsValue::from_str(v.id())).collect()
}

fn optional(text: &Option<String>) -> JsValue {
    text.as_deref().map_or(JsValue::UNDEFINED, JsValue::from_str)
}

/// `{kind, index, label, side, value, date, sources, quote, statement, note}`; absent parts
/// are `undefined`.
pub fn datum_info(info: &DatumInfo) -> Object {
    let object = Object::new();
    set(&object, "kind", &JsValue::from_str(info.kind));
    set(&object, "index", &JsValue::from_f64(info.index as f64));
    set(&object, "label", &JsValue::from_str(&info.label));
    set(&object, "side", &optional(&info.side));
    set(&object, "value", &optional(&info.value));
    set(&object, "date", &optional(&info.date));
    set(&object, "sources", &strings(&info.sources));
    set(&object, "quote", &JsValue::from_str(&info.quote));
    set(&object, "statement", &JsValue::from_str(info.statement));
    set(&object, "note", &optional(&info.note));
    object
}

/// Sets `x`, `y`, `width` and `height` (CSS px) on an object.
pub fn set_rect(object: &Object, rect: Rect) {
    for (key, v) in [("x", rect.x), ("y", rect.y), ("width", rect.w), ("height", rect.h)] {
        set(object, key, &JsValue::from_f64(v));
    }
}

/// `{text, x, y, width, height}`: one line of text and the box it occupies.
#[cfg(feature = "exports")]
pub fn text_box(text: &str, rect: Rect) -> Object {
    let object = Object::new();
    set(&object, "text", &JsValue::from_str(text));
    set_rect(&object, rect);
    object
}

/// `{caption, columns, rows}`, rows as arrays of strings.
pub fn data_table(table: &DataTable) -> Object {
    let object = Object::new();
    set(&object, "caption", &JsValue::from_str(&table.caption));
    set(&object, "columns", &strings(&table.columns));
    let rows: Array = table.rows.iter().map(|row| JsValue::from(strings(row))).collect();
    set(&object, "rows", &rows);
    object
}
