//! Reading datasets from files, and writing events out. One error type for all formats: every
//! problem names the file and the place in it (line and column, or the record and field) and says
//! what was expected.
//!
//! Formats: the app's own JSON (`json.rs`), GeoJSON (`geojson.rs`) and CSV (`csv.rs`); the two
//! imports share their date reading (`dates.rs`) and their row-to-dataset step (`import.rs`).

mod atlas;
pub mod columns;
mod csv;
mod dates;
mod error;
mod export;
pub mod fields;
mod geojson;
mod import;
mod progress;

pub use atlas::{FORMAT_TAG, FORMAT_TAGS, RawDataset, json_schema, parse_dataset_json, raw};
pub use error::{LoadError, Location, Problem};
pub use export::{ExportFormat, export, to_csv, to_geojson};
pub use fields::is_web_link;
pub use import::ImportReport;
pub use progress::{Progress, Stage};

use std::path::Path;

use crate::model::Dataset;

/// A loaded dataset, with the importer's report for GeoJSON and CSV files.
#[derive(Debug)]
pub struct Loaded {
    /// The dataset read from the file.
    pub dataset: Dataset,
    /// Which columns were used and which rows skipped: for GeoJSON and CSV files only.
    pub report: Option<ImportReport>,
}

/// The formats a dataset file can be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The app's own JSON format.
    Atlas,
    /// A GeoJSON FeatureCollection of Point features.
    GeoJson,
    /// CSV (or TSV) with latitude, longitude and date columns.
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
    head.contains("\"type\":\"FeatureCollection\"") && !head.contains(raw::FORMAT_FAMILY)
}

/// Parses a dataset in any supported format. `name` names it in messages.
pub fn parse_any(name: &str, text: &str) -> Result<Loaded, LoadError> {
    parse_any_with(name, text, &Progress::default())
}

/// [`parse_any`], reporting to `progress` and stopping when it is cancelled.
pub fn parse_any_with(name: &str, text: &str, progress: &Progress) -> Result<Loaded, LoadError> {
    match Format::detect(name, text) {
        Format::Atlas => {
            atlas::parse_dataset_json_with(name, text, progress).map(|dataset| Loaded {
                dataset,
                report: None,
            })
        }
        Format::GeoJson => geojson::parse(name, text).map(|(dataset, r)| Loaded {
            dataset,
            report: Some(r),
        }),
        Format::Csv => csv::parse(name, text, progress).map(|(dataset, r)| Loaded {
            dataset,
            report: Some(r),
        }),
    }
}

/// Loads a dataset file of any supported format. Problems are collected, not stopped at the first.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| {
        LoadError::single(&name, Location::File, format!("cannot read the file: {e}"))
    })?;
    let size = file.metadata().ok().map(|m| m.len());
    load_reader(&name, file, size, &Progress::default())
}

/// Loads a dataset of any supported format from `reader` (of `size` bytes, if known). `name`
/// names it in messages and, by its extension, tells the format.
pub fn load_reader(
    name: &str,
    reader: impl std::io::Read,
    size: Option<u64>,
    progress: &Progress,
) -> Result<Loaded, LoadError> {
    let text = progress.read_text(name, reader, size)?;
    parse_any_with(name, &text, progress)
}

/// Loads the dataset named on the command line, or the built-in one. Returns it with its name.
pub fn load_or_builtin(path: Option<&Path>) -> Result<(Loaded, String), LoadError> {
    match path {
        Some(p) => Ok((load_file(p)?, p.display().to_string())),
        None => Ok((
            Loaded {
                dataset: builtin_dataset(),
                report: None,
            },
            crate::BUILTIN_DATASET_NAME.to_string(),
        )),
    }
}

/// The dataset built into the binary.
pub fn builtin_dataset() -> Dataset {
    parse_dataset_json(crate::BUILTIN_DATASET_NAME, crate::BUILTIN_DATASET)
        .expect("the built-in dataset is valid: checked by the test suite")
}
