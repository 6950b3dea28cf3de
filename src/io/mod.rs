//! Reading datasets from files. One error type for all formats: every problem names the file and
//! the place in it (line and column, or the record and field) and says what was expected.

mod error;
mod json;

pub use error::{LoadError, Location, Problem};
pub use json::{is_web_link, parse_dataset_json};

use std::path::Path;

use crate::model::Dataset;

/// Loads a dataset file. Problems are collected, not stopped at the first.
pub fn load_dataset(path: &Path) -> Result<Dataset, LoadError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        LoadError::single(&name, Location::File, format!("cannot read the file: {e}"))
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        LoadError::single(
            &name,
            Location::Byte(e.utf8_error().valid_up_to()),
            "the file is not UTF-8 text".to_string(),
        )
    })?;
    parse_dataset_json(&name, &text)
}

/// The dataset built into the binary.
pub fn builtin_dataset() -> Dataset {
    parse_dataset_json(crate::BUILTIN_DATASET_NAME, crate::BUILTIN_DATASET)
        .expect("the built-in dataset is valid: checked by the test suite")
}
