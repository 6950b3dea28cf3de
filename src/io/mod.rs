//! Reading datasets from files, and writing events out. One error type for all formats: every
//! problem names the file and the place in it (line and column, or the record and field) and says
//! what was expected.
//!
//! Formats: the app's own JSON (`json.rs`), GeoJSON (`geojson.rs`) and CSV (`csv.rs`); the two
//! imports share their date reading (`dates.rs`) and their row-to-dataset step (`import.rs`).

mod csv;
mod dates;
mod error;
mod export;
mod geojson;
mod import;
mod json;

pub use error::{LoadError, Location, Problem};
pub use export::{ExportFormat, export, to_csv, to_geojson};
pub use import::ImportReport;
pub use json::{FORMAT_TAG, RawDataset, is_web_link, json_schema, parse_dataset_json};

use std::path::Path;

use crate::model::Dataset;

/// A loaded dataset, with the importer's report for GeoJSON and CSV files.
#[derive(Debug)]
pub struct Loaded {
    pub dataset: Dataset,
    pub report: Option<ImportReport>,
}

/// The formats a dataset file can be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Atlas,
    GeoJson,
    Csv,
}

impl Format {
    /// By the file's extension, and for `.json` by whether it is a GeoJSON FeatureCollection.
    pub fn detect(name: &str, text: &str) -> Self {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".csv") || lower.ends_with(".tsv") {
            Self::Csv
        } else if lower.ends_with(".geojson") || looks_like_feature_collection(text) {
            Self::GeoJson
        } else {
            Self::Atlas
        }
    }
}

/// A cheap look at the start of a file: does `"type": "FeatureCollection"` come before our tag?
fn looks_like_feature_collection(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(4096)
        .filter(|c| !c.is_whitespace())
        .collect();
    head.contains("\"type\":\"FeatureCollection\"") && !head.contains(FORMAT_TAG)
}

/// Parses a dataset in any supported format. `name` names it in messages.
pub fn parse_any(name: &str, text: &str) -> Result<Loaded, LoadError> {
    match Format::detect(name, text) {
        Format::Atlas => parse_dataset_json(name, text).map(|dataset| Loaded {
            dataset,
            report: None,
        }),
        Format::GeoJson => geojson::parse(name, text).map(|(dataset, r)| Loaded {
            dataset,
            report: Some(r),
        }),
        Format::Csv => csv::parse(name, text).map(|(dataset, r)| Loaded {
            dataset,
            report: Some(r),
        }),
    }
}

/// Loads a dataset file of any supported format. Problems are collected, not stopped at the first.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        LoadError::single(&name, Location::File, format!("cannot read the file: {e}"))
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        LoadError::single(
            &name,
            Location::Byte(e.utf8_error().valid_up_to()),
            "the file is not UTF-8 text (is it a binary file?)".to_string(),
        )
    })?;
    parse_any(&name, &text)
}

/// Loads a dataset file in the app's JSON format.
pub fn load_dataset(path: &Path) -> Result<Dataset, LoadError> {
    load_file(path).map(|l| l.dataset)
}

/// The dataset built into the binary.
pub fn builtin_dataset() -> Dataset {
    parse_dataset_json(crate::BUILTIN_DATASET_NAME, crate::BUILTIN_DATASET)
        .expect("the built-in dataset is valid: checked by the test suite")
}
