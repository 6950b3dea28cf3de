//! What the app tells the user about file work: a load under way, the last error, what an import
//! used, and a one-line status. Kept typed: the UI words them in the interface's language.

use std::{path::PathBuf, sync::Arc};

use super::changed::{Changed, set};
use crate::io::{ImportReport, LoadError, Progress};

/// The outcome of the last file operation, shown in the title bar.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// A dataset was opened; `report` is the import's summary for GeoJSON and CSV.
    Opened {
        name: String,
        report: Option<String>,
    },
    /// Events were written to a file.
    Wrote { count: usize, path: PathBuf },
    /// The window was saved as a PNG of this size.
    SavedPng { path: PathBuf, size: [usize; 2] },
    /// A file could not be written.
    WriteFailed { path: String, error: String },
    /// A command line reopening the view was put on the clipboard.
    LinkCopied { command: String },
}

/// A file being read on a worker thread.
#[derive(Clone, Debug)]
pub struct Loading {
    /// Tells this load's result from a cancelled one's.
    pub id: u64,
    pub path: PathBuf,
    pub progress: Arc<Progress>,
}

/// The messages on screen.
#[derive(Clone, Debug, Default)]
pub struct Messages {
    loading: Option<Loading>,
    /// Why the last file could not be opened; shown until dismissed. The dataset on screen stays.
    load_error: Option<LoadError>,
    /// What the last import used and skipped.
    import_report: Option<ImportReport>,
    status: Option<Status>,
    /// The id the next load gets.
    next_load: u64,
}

impl Messages {
    pub fn loading(&self) -> Option<&Loading> {
        self.loading.as_ref()
    }

    pub fn load_error(&self) -> Option<&LoadError> {
        self.load_error.as_ref()
    }

    pub fn import_report(&self) -> Option<&ImportReport> {
        self.import_report.as_ref()
    }

    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// Starts a load of `path`: a new id and a fresh progress. A load under way is cancelled.
    pub fn begin_load(&mut self, path: PathBuf) -> Loading {
        let _ = self.cancel_load();
        self.next_load += 1;
        let loading = Loading {
            id: self.next_load,
            path,
            progress: Arc::default(),
        };
        self.loading = Some(loading.clone());
        loading
    }

    /// Whether load `id` is the one under way; it then ends. A cancelled load's result comes too
    /// late and is dropped.
    pub fn end_load(&mut self, id: u64) -> bool {
        if self.loading.as_ref().is_some_and(|l| l.id == id) {
            self.loading = None;
            true
        } else {
            false
        }
    }

    /// Stops the load under way; the dataset on screen stays.
    pub fn cancel_load(&mut self) -> Changed {
        match self.loading.take() {
            Some(loading) => {
                loading.progress.cancel();
                Changed::Yes
            }
            None => Changed::No,
        }
    }

    pub fn set_load_error(&mut self, error: Option<LoadError>) -> Changed {
        set(&mut self.load_error, error)
    }

    pub fn set_import_report(&mut self, report: Option<ImportReport>) -> Changed {
        set(&mut self.import_report, report)
    }

    pub fn set_status(&mut self, status: Status) -> Changed {
        set(&mut self.status, Some(status))
    }
}
