//! `zhanaozen-atlas export`: a dataset's events as GeoJSON or CSV, or the whole dataset as the
//! app's JSON.

use std::{path::Path, process::ExitCode};

use crate::io::{self, ColumnChoice, ExportFormat};

/// Writes every event of the dataset (the built-in one without `dataset`) to `out` or standard
/// output.
pub fn run(
    dataset: Option<&Path>,
    format: ExportFormat,
    out: Option<&Path>,
    columns: &ColumnChoice,
) -> ExitCode {
    let (loaded, _) = match io::load_or_builtin(dataset, columns) {
        Ok(l) => l,
        Err(e) => return super::fail(&e.to_string()),
    };
    let all: Vec<usize> = (0..loaded.dataset.events.len()).collect();
    let text = io::export(&loaded.dataset, &all, format);
    super::write_out(out, &text, all.len())
}
