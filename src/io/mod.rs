//! Reading datasets from files, and writing events out. One error type for all formats: every
//! problem names the file and the place in it (line and column, or the record and field) and says
//! what was expected.
//!
//! Formats: the app's own JSON (`atlas/`), GeoJSON (`geojson.rs`), CSV (`csv.rs`), GPX
//! (`gpx.rs`) and KML (`kml.rs`), the last two read as XML (`xml.rs`); the imports share their date reading (`dates.rs`) and their row-to-dataset step
//! (`import.rs`).
//! Only regular files of at most [`MAX_FILE_BYTES`] are opened (a FIFO or a device would hang the
//! reader); a file in a format that is not read is named as such (`sniff.rs`).

mod atlas;
pub mod columns;
mod csv;
mod dates;
mod error;
mod export;
pub mod fields;
mod geojson;
mod gpx;
mod import;
mod infer;
mod kml;
mod lines;
mod progress;
mod sniff;
mod xml;

pub use atlas::{
    FORMAT_TAG, FORMAT_TAGS, RawDataset, json_schema, parse_dataset_json, raw, to_atlas_json,
};
pub use columns::ColumnChoice;
pub use error::{LoadError, Location, Problem};
pub use export::{ExportFormat, export, to_csv, to_geojson};
pub use fields::is_web_link;
pub use import::ImportReport;
pub use progress::{Progress, Stage};

use std::path::Path;

use crate::model::{Dataset, DatasetParts};

/// The largest file the app opens: 4 GiB, room for ten million events in our JSON.
pub const MAX_FILE_BYTES: u64 = 4 << 30;

/// The error of a file over [`MAX_FILE_BYTES`].
fn too_large(file: &str) -> LoadError {
    LoadError::single(
        file,
        Location::File,
        format!(
            "the file is larger than {} GiB, the most the app opens",
            MAX_FILE_BYTES >> 30
        ),
    )
}

/// Opens `path` if it is a regular file of at most [`MAX_FILE_BYTES`]; returns it with its size.
/// A FIFO, a device or a directory is refused before it is opened, since opening or reading one
/// could wait for ever (`/dev/zero` would fill the memory).
pub fn open_regular(path: &Path) -> std::io::Result<(std::fs::File, u64)> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        let kind = if meta.is_dir() {
            "a folder"
        } else {
            "not a regular file (a pipe, socket or device)"
        };
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("it is {kind}: only files can be opened"),
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!(
                "it is {:.1} GiB, more than the {} GiB the app opens",
                meta.len() as f64 / f64::from(1u32 << 30),
                MAX_FILE_BYTES >> 30
            ),
        ));
    }
    Ok((std::fs::File::open(path)?, meta.len()))
}

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
    /// GPX: waypoints and track points with times.
    Gpx,
    /// KML: Placemarks with a Point and a time.
    Kml,
}

impl Format {
    /// The file extensions of the formats read, as the Open dialog offers them.
    pub const EXTENSIONS: [&str; 6] = ["json", "geojson", "csv", "tsv", "gpx", "kml"];

    /// By the file's extension, and for `.json` by whether it is a GeoJSON FeatureCollection.
    pub fn detect(name: &str, text: &str) -> Self {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".csv") || lower.ends_with(".tsv") {
            Self::Csv
        } else if lower.ends_with(".gpx") || sniff::xml_root(text) == Some("gpx") {
            Self::Gpx
        } else if lower.ends_with(".kml") || sniff::xml_root(text) == Some("kml") {
            Self::Kml
        } else if lower.ends_with(".geojson") || looks_like_feature_collection(text) {
            Self::GeoJson
        } else {
            Self::Atlas
        }
    }
}

/// A cheap look at the start of a file: is it GeoJSON (a FeatureCollection, a single Feature, or
/// a sequence of Features, RFC 8142) rather than our own JSON?
fn looks_like_feature_collection(text: &str) -> bool {
    if text.starts_with('\u{1e}') {
        return true;
    }
    let head: String = text
        .chars()
        .take(4096)
        .filter(|c| !c.is_whitespace())
        .collect();
    head.contains("\"type\":\"Feature") && !head.contains(raw::FORMAT_FAMILY)
}

/// Parses a dataset in any supported format. `name` names it in messages.
pub fn parse_any(name: &str, text: &str) -> Result<Loaded, LoadError> {
    parse_any_with(name, text, &Progress::default())
}

/// [`parse_any`], reporting to `progress` and stopping when it is cancelled.
pub fn parse_any_with(name: &str, text: &str, progress: &Progress) -> Result<Loaded, LoadError> {
    parse_any_choosing(name, text, progress, &ColumnChoice::default())
}

/// [`parse_any_with`], with a CSV table's columns for some fields chosen by the user.
pub fn parse_any_choosing(
    name: &str,
    text: &str,
    progress: &Progress,
    choice: &ColumnChoice,
) -> Result<Loaded, LoadError> {
    parse_parts(name, text, progress, choice).map(Parsed::into_loaded)
}

/// What a file's text resolves to, before the dataset's indices are built: built only once the
/// text is freed, a million rows' text (55 MB) is not held beside their indices.
struct Parsed {
    parts: DatasetParts,
    report: Option<ImportReport>,
}

impl Parsed {
    fn into_loaded(self) -> Loaded {
        Loaded {
            dataset: Dataset::new(self.parts),
            report: self.report,
        }
    }
}

/// The parts of a dataset of any supported format, resolved and checked (see
/// [`parse_any_choosing`]).
fn parse_parts(
    name: &str,
    text: &str,
    progress: &Progress,
    choice: &ColumnChoice,
) -> Result<Parsed, LoadError> {
    if let Some(e) = sniff::unread_text_format(name, text) {
        return Err(e);
    }
    let imported = |(parts, report)| Parsed {
        parts,
        report: Some(report),
    };
    match Format::detect(name, text) {
        Format::Atlas => {
            atlas::parse_dataset_json_with(name, &lines::lone_cr_as_lf(text), progress).map(
                |parts| Parsed {
                    parts,
                    report: None,
                },
            )
        }
        Format::GeoJson => geojson::parse(name, &lines::lone_cr_as_lf(text), choice).map(imported),
        Format::Csv => csv::parse(name, text, progress, choice).map(imported),
        Format::Gpx => gpx::parse(name, text).map(imported),
        Format::Kml => kml::parse(name, text).map(imported),
    }
}

/// Loads a dataset file of any supported format. Problems are collected, not stopped at the first.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    load_file_choosing(path, &ColumnChoice::default())
}

/// [`load_file`], with a CSV table's columns for some fields chosen by the user.
pub fn load_file_choosing(path: &Path, choice: &ColumnChoice) -> Result<Loaded, LoadError> {
    let name = path.display().to_string();
    let (file, size) = open_regular(path).map_err(|e| {
        LoadError::single(&name, Location::File, format!("cannot read the file: {e}"))
    })?;
    load_reader(&name, file, Some(size), &Progress::default(), choice)
}

/// Loads a dataset of any supported format from `reader` (of `size` bytes, if known). `name`
/// names it in messages and, by its extension, tells the format.
pub fn load_reader(
    name: &str,
    reader: impl std::io::Read,
    size: Option<u64>,
    progress: &Progress,
    choice: &ColumnChoice,
) -> Result<Loaded, LoadError> {
    let (text, encoding) = progress.read_text(name, reader, size, choice.encoding())?;
    let parsed = parse_parts(name, &text, progress, choice)?;
    drop(text);
    let mut loaded = parsed.into_loaded();
    if let Some(report) = &mut loaded.report {
        report.encoding = encoding;
    }
    Ok(loaded)
}

/// Loads the dataset named on the command line (with the columns it chooses), or the built-in
/// one. Returns it with its name.
pub fn load_or_builtin(
    path: Option<&Path>,
    choice: &ColumnChoice,
) -> Result<(Loaded, String), LoadError> {
    match path {
        Some(p) => Ok((load_file_choosing(p, choice)?, p.display().to_string())),
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
