//! The JSON text format every dataset is read with: values, escapes and numbers read as JSON
//! defines them (checked against serde_json on arbitrary documents), and each kind of bad
//! text refused with its own message and path.
#![cfg(not(target_arch = "wasm32"))]

use std::borrow::Cow;

use alliance_charts::dataset::json::JsonText;
use alliance_charts::dataset::parse::{load_json, value};
use alliance_charts::dataset::value::Value;
use proptest::prelude::*;

fn read(text: &str) -> Result<Value<'_>, String> {
    let mut json = JsonText::new(text);
    let value = value(&mut json).map_err(|e| e.to_string())?;
    json.end().map_err(|e| format!("invalid dataset: {e}"))?;
    Ok(value)
}

fn number(text: &str) -> f64 {
    match read(text) {
        Ok(Value::Number(n)) => n,
        other => panic!("{text}: {other:?}"),
    }
}

#[test]
fn reads_every_kind_of_value() {
    let value = read(" {\"a\" : [1, -2.5e1, \"x\", true, false, null, {}, []]}\n").expect("JSON");
    let expected = Value::Object(vec![(
        "a".into(),
        Value::Array(vec![
            Value::Number(1.0),
            Value::Number(-25.0),
            Value::String("x".into()),
            Value::Bool(true),
            Value::Bool(false),
            Value::Null,
            Value::Object(vec![]),
            Value::Array(vec![]),
        ]),
    )]);
    assert_eq!(value, expected);
}

#[test]
fn strings_without_escapes_are_lent_from_the_text() {
    let Ok(Value::Array(items)) = read(r#"["Алматы", "a\nb"]"#) else { panic!("an array") };
    assert!(matches!(&items[0], Value::String(Cow::Borrowed("Алматы"))), "{:?}", items[0]);
    assert!(matches!(&items[1], Value::String(Cow::Owned(s)) if s == "a\nb"), "{:?}", items[1]);
}

#[test]
fn every_escape_is_read() {
    let text = r#""q\" b\\ s\/ \b\f\n\r\t \u00e9 \u041a \ud83d\ude80 end""#;
    assert_eq!(read(text), Ok(Value::String("q\" b\\ s/ \u{8}\u{c}\n\r\t é К 🚀 end".into())));
}

#[test]
fn small_numbers_are_read_exactly() {
    for text in [
        "0",
        "-0",
        "3.9",
        "4.35",
        "0.000012",
        "1e22",
        "123456789012345",
        "9007199254740991",
        "2.5E-3",
        "1E+2",
    ] {
        assert_eq!(number(text).to_bits(), text.parse::<f64>().unwrap().to_bits(), "{text}");
    }
}

#[test]
fn other_numbers_are_the_nearest_f64() {
    let texts = [
        "0.30000000000000004",
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "2.2250738585072014e-308",
        "2.2250738585072011e-308",
        "5e-324",
        "2.4703282292062328e-324",
        "1.5e-320",
        "1e-300",
        "1.0000000000000002e300",
        "9007199254740993",
        "123456789012345678",
        "8.98846567431158e307",
    ];
    for text in texts {
        assert_eq!(number(text).to_bits(), text.parse::<f64>().unwrap().to_bits(), "{text}");
    }
    assert_eq!(number("2.4703282292062327e-324"), 0.0, "below half the smallest f64");
    assert_eq!(number("1e-400"), 0.0);
    assert_eq!(number("0e999999999"), 0.0);
    assert_eq!(read("1.7976931348623159e308"), Err("invalid dataset: number out of range".to_string()));
}

/// Each kind of bad text, its message and the path to where it went wrong.
#[test]
fn bad_text_is_refused_with_its_reason() {
    let cases = [
        ("", "the text ends before its JSON value does"),
        ("{\"a\": [1 2]}", "a[1]: expected `,` or `]`"),
        ("{\"a\": 1 \"b\": 2}", "expected `,` or `}`"),
        ("{\"a\" 1}", "a: expected `:` after a key"),
        ("{a: 1}", "expected a key in double quotes"),
        ("[1,]", "[1]: expected a JSON value"),
        ("[1, tru]", "[1]: expected a JSON value"),
        ("{\"a\": [1", "a[1]: the text ends inside an array or object"),
        ("\"abc", "the text ends inside a string"),
        ("\"a\tb\"", "a control character in a string must be escaped"),
        ("\"\\x\"", "not a JSON escape: a backslash goes before one of \" \\ / b f n r t u"),
        ("\"\\u12\"", "a \\u escape needs four hexadecimal digits"),
        ("\"\\ud83d\"", "a \\u escape of a lone surrogate is not a character"),
        ("\"\\ude80\"", "a \\u escape of a lone surrogate is not a character"),
        ("[01]", "[0]: not a JSON number: a number does not start with 0 unless it is 0"),
        ("-", "not a JSON number: `-` goes before digits"),
        ("1.", "not a JSON number: a digit must follow the decimal point"),
        ("1e+", "not a JSON number: a digit must follow the exponent's `e`"),
        ("[1e999]", "[0]: number out of range"),
        ("{} {}", "text follows the dataset's JSON"),
    ];
    for (text, message) in cases {
        assert_eq!(read(text), Err(format!("invalid dataset: {message}")), "{text:?}");
    }
}

#[test]
fn a_dataset_is_read_from_its_text() {
    let error = load_json("[]").expect_err("not a dataset");
    assert_eq!(error.to_string(), "invalid dataset: invalid type: sequence, expected struct Dataset");
    let error = load_json(&format!("{} x", alliance_charts::dataset::embedded::DEFAULT_DATASET_JSON))
        .expect_err("text after the dataset");
    assert_eq!(error.to_string(), "invalid dataset: text follows the dataset's JSON");
}

/// Our value tree of `json`, as serde_json reads the same text (numbers compared separately).
fn same(ours: &Value, theirs: &serde_json::Value) -> bool {
    match (ours, theirs) {
        (Value::Null, serde_json::Value::Null) => true,
        (Value::Bool(a), serde_json::Value::Bool(b)) => a == b,
        (Value::Number(a), serde_json::Value::Number(b)) => *a == b.as_f64().expect("finite"),
        (Value::String(a), serde_json::Value::String(b)) => a == b,
        (Value::Array(a), serde_json::Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
        }
        (Value::Object(a), serde_json::Value::Object(b)) => {
            a.len() == b.len() && a.iter().all(|(k, v)| b.get(k.as_ref()).is_some_and(|w| same(v, w)))
        }
        _ => false,
    }
}

fn document() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        any::<f64>().prop_filter("finite", |n| n.is_finite()).prop_map(|n| serde_json::json!(n)),
        (1.0..7.0f64).prop_map(|n| serde_json::json!((n * 100.0).round() / 100.0)),
        "\\PC{0,12}".prop_map(serde_json::Value::String),
        any::<String>().prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map("[a-z]{1,4}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    /// Every finite `f64`, written as `JSON.stringify` writes it (the shortest text that reads
    /// back), reads back as itself.
    #[test]
    fn every_f64_reads_back_exactly(bits in any::<u64>()) {
        let n = f64::from_bits(bits);
        prop_assume!(n.is_finite());
        let text = format!("{n:e}");
        prop_assert_eq!(number(&text).to_bits(), n.to_bits(), "{}", text);
    }

    /// Up to 19 significant digits at any power of ten read as the nearest `f64`, as Rust's
    /// own parser (correctly rounded) reads them.
    #[test]
    fn decimals_read_as_the_nearest_f64(digits in 1u64..10_000_000_000_000_000_000, exponent in -360i32..320) {
        let text = format!("{digits}e{exponent}");
        let exact: f64 = text.parse().unwrap();
        match read(&text) {
            Ok(Value::Number(n)) => prop_assert_eq!(n.to_bits(), exact.to_bits(), "{}", text),
            other => prop_assert!(exact.is_infinite(), "{}: {:?}", text, other),
        }
    }

    /// Whatever serde_json writes (compact or pretty, with escapes) reads back as the same tree.
    #[test]
    fn reads_what_serde_json_writes(doc in document(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&doc) } else { serde_json::to_string(&doc) }.unwrap();
        let ours = read(&text).map_err(TestCaseError::fail)?;
        prop_assert!(same(&ours, &doc), "{text}");
    }

    /// Any text is read or refused without a panic, and never accepted where serde_json refuses it.
    #[test]
    fn never_accepts_what_json_refuses(text in "[\\[\\]{}\",:0-9eE.+\\-a-z\\\\ ]{0,24}") {
        let ours = read(&text).is_ok();
        let theirs = serde_json::from_str::<serde_json::Value>(&text).is_ok();
        prop_assert!(!ours || theirs, "{text:?} accepted");
    }
}
