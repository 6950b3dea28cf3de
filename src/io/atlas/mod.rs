//! The app's own JSON format (`"format": "zhanaozen-atlas/2"`, and `/1` files as they are): read
//! with serde ([`raw`]), then every rule checked and every reference resolved ([`resolve`]),
//! collecting all problems of the file together.

pub mod raw;
mod resolve;
mod write;

pub use raw::{FORMAT_TAG, FORMAT_TAGS, RawDataset, json_schema};
pub use write::to_atlas_json;

use super::{LoadError, Location, Progress};
use crate::model::{Dataset, DatasetParts};
use resolve::{EventCount, Resolver};

/// Parses and validates a dataset in the app's JSON format. `file` names it in messages.
pub fn parse_dataset_json(file: &str, text: &str) -> Result<Dataset, LoadError> {
    parse_dataset_json_with(file, text, &Progress::default()).map(Dataset::new)
}

/// [`parse_dataset_json`], reporting to `progress` and stopping when it is cancelled.
pub fn parse_dataset_json_with(
    file: &str,
    text: &str,
    progress: &Progress,
) -> Result<DatasetParts, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::single(
            file,
            Location::File,
            "the file is empty: expected a JSON object".into(),
        ));
    }
    let syntax = |e: serde_json::Error| {
        LoadError::single(
            file,
            Location::LineColumn {
                line: e.line(),
                column: e.column(),
            },
            json_message(&e),
        )
    };
    // Two passes over the text, so that the events are never held twice: the first reads
    // everything but the events (skipping them checks their syntax); the second resolves each
    // event as it is read, against the places and sources of the first.
    let header: RawDataset<EventCount> = serde_json::from_str(text).map_err(syntax)?;
    if progress.is_cancelled() {
        return Err(super::progress::cancelled(file));
    }
    Resolver::default()
        .resolve(header, text, progress)
        .map_err(syntax)?
        .map_err(|problems| LoadError {
            file: file.to_string(),
            problems,
        })
}

/// serde_json's message without its own " at line L column C" tail, which [`Location`] carries;
/// an unknown field may be one of a newer version of the format, and the message says so.
pub(crate) fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let text = match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    if text.starts_with("unknown field") {
        format!("{text} (the file may be written for a newer version of Zhanaozen Atlas)")
    } else {
        text
    }
}
