//! No input, however broken, panics a loader: random bytes, and random edits and random line
//! endings of valid files in every format (our JSON, GeoJSON collections, single Features and
//! text sequences, CSV with commas, tabs and semicolons).

use proptest::prelude::*;
use zhanaozen_atlas::io::{builtin_dataset, parse_any, to_csv, to_geojson};

const NAMES: [&str; 6] = [
    "x.json",
    "x.geojson",
    "x.csv",
    "x.geojsons",
    "x.tsv",
    "semicolons.csv",
];

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
        Just("\r".to_string()),
        Just("\r\n".to_string()),
        Just("\u{1e}".to_string()),
        Just("1324015500".to_string()),
        Just("16 December 11".to_string()),
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

fn valid_texts() -> [String; 6] {
    let d = builtin_dataset();
    let all: Vec<usize> = (0..d.events.len()).collect();
    let geojson = to_geojson(&d, &all);
    let collection: serde_json::Value = serde_json::from_str(&geojson).unwrap();
    let sequence: String = collection["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| format!("\u{1e}{f}\n"))
        .collect();
    let csv = to_csv(&d, &all);
    [
        zhanaozen_atlas::BUILTIN_DATASET.to_string(),
        geojson,
        csv.clone(),
        sequence,
        csv.replace(',', "\t"),
        csv.replace(',', ";"),
    ]
}

/// The text with every line ending made `ending`.
fn with_line_endings(text: &str, ending: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', ending)
}

#[test]
fn every_line_ending_reads_the_same_events() {
    for (text, name) in valid_texts().iter().zip(NAMES) {
        let count = |t: &str| {
            parse_any(name, t)
                .map(|l| l.dataset.events.len())
                .map_err(|e| e.to_string())
        };
        let lf = count(text);
        assert!(lf.is_ok(), "{name}: {lf:?}");
        for ending in ["\r\n", "\r"] {
            assert_eq!(
                count(&with_line_endings(text, ending)),
                lf,
                "{name} with {ending:?}"
            );
        }
    }
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
    fn random_edits_of_valid_files_never_panic(
        edits in proptest::collection::vec(edit(), 1..6),
        ending in prop_oneof![Just("\n"), Just("\r\n"), Just("\r")],
    ) {
        for (text, name) in valid_texts().iter().zip(NAMES) {
            let broken = apply(&with_line_endings(text, ending), &edits);
            if let Err(e) = parse_any(name, &broken) {
                // Every failure says where and what.
                prop_assert!(!e.problems.is_empty());
                prop_assert!(e.problems.iter().all(|p| !p.message.is_empty()));
            }
        }
    }
}
