//! The committed corpus of bad datasets (tests/bad-datasets/, one fault per file): each is
//! refused with exactly its expected error. The e2e tests run the same corpus through the
//! browser API.

mod common;

use common::{default_value, load_value};
use serde_json::Value;

/// Applies a corpus file's edits to the default dataset.
fn apply(mut dataset: Value, edits: &[Value]) -> Value {
    for edit in edits {
        let path = edit["path"].as_array().expect("edit.path is an array");
        let value = edit.get("value").cloned();
        let remove = edit.get("remove").and_then(Value::as_bool).unwrap_or(false);
        let Some((last, parents)) = path.split_last() else {
            dataset = value.expect("a root edit has a value");
            continue;
        };
        let mut target = &mut dataset;
        for step in parents {
            target = match step {
                Value::String(key) => &mut target[key.as_str()],
                Value::Number(i) => &mut target[i.as_u64().expect("index") as usize],
                other => panic!("bad path step {other}"),
            };
        }
        match (last, remove) {
            (Value::String(key), true) => {
                target.as_object_mut().expect("object").remove(key);
            }
            (Value::String(key), false) => target[key.as_str()] = value.expect("value"),
            (Value::Number(i), _) => target[i.as_u64().expect("index") as usize] = value.expect("value"),
            (other, _) => panic!("bad path step {other}"),
        }
    }
    dataset
}

#[test]
fn every_bad_dataset_fails_with_its_expected_error() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bad-datasets");
    let mut files: Vec<_> =
        std::fs::read_dir(dir).expect("corpus folder").map(|e| e.expect("entry").path()).collect();
    files.sort();
    assert!(files.len() >= 40, "the corpus has {} files", files.len());
    for file in files {
        let case: Value =
            serde_json::from_str(&std::fs::read_to_string(&file).expect("readable")).expect("JSON");
        let edits = case["edits"].as_array().expect("edits");
        let dataset = apply(default_value(), edits);
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let error = load_value(&dataset).map(|_| ()).expect_err(&name).to_string();
        if let Some(expected) = case["error"].as_str() {
            assert_eq!(error, expected, "{name}");
        } else {
            let prefix = case["error_starts_with"].as_str().expect("error or error_starts_with");
            assert!(error.starts_with(prefix), "{name}: {error}");
        }
    }
}
