//! No input, however broken, panics a loader: random bytes, and random edits of valid files in
//! every format.

use proptest::prelude::*;
use zhanaozen_atlas::io::{builtin_dataset, parse_any, to_csv, to_geojson};

const NAMES: [&str; 3] = ["x.json", "x.geojson", "x.csv"];

/// An edit of a text: delete a range, insert a snippet, or replace a range.
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, String),
    Replace(usize, usize, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    let snippet = prop_oneof![
        Just("\"".to_string()),
        Just("{".to_string()),
        Just("]".to_string()),
        Just(",".to_string()),
        Just("null".to_string()),
        Just("NaN".to_string()),
        Just("-1e999".to_string()),
        Just("\n".to_string()),
        Just("2011-02-30".to_string()),
        Just("\"type\": \"Polygon\"".to_string()),
        "\\PC{0,12}",
    ];
    prop_oneof![
        (any::<usize>(), 0usize..64).prop_map(|(a, n)| Edit::Delete(a, n)),
        (any::<usize>(), snippet.clone()).prop_map(|(a, s)| Edit::Insert(a, s)),
        (any::<usize>(), 0usize..16, snippet).prop_map(|(a, n, s)| Edit::Replace(a, n, s)),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for e in edits {
        let len = bytes.len().max(1);
        match e {
            Edit::Delete(at, n) => {
                let at = at % len;
                let end = (at + n).min(bytes.len());
                bytes.drain(at.min(bytes.len())..end);
            }
            Edit::Insert(at, s) => {
                let at = (at % len).min(bytes.len());
                bytes.splice(at..at, s.bytes());
            }
            Edit::Replace(at, n, s) => {
                let at = (at % len).min(bytes.len());
                let end = (at + n).min(bytes.len());
                bytes.splice(at..end, s.bytes());
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn valid_texts() -> [String; 3] {
    let d = builtin_dataset();
    let all: Vec<usize> = (0..d.events.len()).collect();
    [
        zhanaozen_atlas::BUILTIN_DATASET.to_string(),
        to_geojson(&d, &all),
        to_csv(&d, &all),
    ]
}

#[test]
fn short_point_coordinates_are_an_error_not_a_panic() {
    let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[52]},"properties":{"time":"2011-12-16"}}]}"#;
    let e = parse_any("short.geojson", text).unwrap_err();
    assert!(e.to_string().contains("short.geojson"), "{e}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let text = String::from_utf8_lossy(&bytes);
        for name in NAMES {
            let _ = parse_any(name, &text);
        }
    }

    #[test]
    fn random_edits_of_valid_files_never_panic(edits in proptest::collection::vec(edit(), 1..6)) {
        for (text, name) in valid_texts().iter().zip(NAMES) {
            let broken = apply(text, &edits);
            if let Err(e) = parse_any(name, &broken) {
                // Every failure says where and what.
                prop_assert!(!e.problems.is_empty());
                prop_assert!(e.problems.iter().all(|p| !p.message.is_empty()));
            }
        }
    }
}
