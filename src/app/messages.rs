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
        /// The name of the dataset opened.
        name: String,
        /// The import's summary; `None` for formats without one.
        report: Option<String>,
    },
    /// Events were written to a file.
    Wrote {
        /// How many events were written.
        count: usize,
        /// The file they went to.
        path: PathBuf,
    },
    /// The window was saved as a PNG of this size.
    SavedPng {
        /// The PNG file.
        path: PathBuf,
        /// Its width and height in pixels.
        size: [usize; 2],
    },
    /// A file could not be written.
    WriteFailed {
        /// The file, or what was being saved.
        path: String,
        /// Why it failed.
        error: String,
    },
    /// A command line reopening the view was put on the clipboard.
    LinkCopied {
        /// The command line.
        command: String,
    },
}

/// A file being read on a worker thread.
#[derive(Clone, Debug)]
pub struct Loading {
    /// Tells this load's result from a cancelled one's.
    pub id: u64,
    /// The file being read; `None` for the built-in record.
    pub path: Option<PathBuf>,
    /// How far the load has got; also how it is cancelled.
    pub progress: Arc<Progress>,
    /// Where the cursor goes once the dataset is on screen (the saved view of a reopened file);
    /// `None` leaves it where a new dataset opens.
    pub cursor: Option<jiff::Timestamp>,
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
    /// Whether the note that the offline basemap has nothing finer to show was put away: it is
    /// said once a session.
    offline_note_dismissed: bool,
    /// The id the next load gets.
    next_load: u64,
}

impl Messages {
    /// Whether the note on the offline basemap's detail was put away.
    pub fn offline_note_dismissed(&self) -> bool {
        self.offline_note_dismissed
    }

    /// Puts the note on the offline basemap's detail away for the session.
    pub fn dismiss_offline_note(&mut self) -> Changed {
        set(&mut self.offline_note_dismissed, true)
    }

    /// The load under way, if any.
    pub fn loading(&self) -> Option<&Loading> {
        self.loading.as_ref()
    }

    /// Why the last file could not be opened, until dismissed.
    pub fn load_error(&self) -> Option<&LoadError> {
        self.load_error.as_ref()
    }

    /// What the last import used and skipped.
    pub fn import_report(&self) -> Option<&ImportReport> {
        self.import_report.as_ref()
    }

    /// The outcome of the last file operation, for the title bar.
    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// Starts a load of `path`: a new id and a fresh progress. A load under way is cancelled.
    pub fn begin_load(
        &mut self,
        path: Option<PathBuf>,
        cursor: Option<jiff::Timestamp>,
    ) -> Loading {
        let _ = self.cancel_load();
        self.next_load += 1;
        let loading = Loading {
            id: self.next_load,
            path,
            progress: Arc::default(),
            cursor,
        };
        self.loading = Some(loading.clone());
        loading
    }

    /// Ends load `id` if it is the one under way, handing it back; a cancelled load's result
    /// comes too late and is dropped (`None`).
    pub fn end_load(&mut self, id: u64) -> Option<Loading> {
        if self.loading.as_ref().is_some_and(|l| l.id == id) {
            self.loading.take()
        } else {
            None
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

    /// Shows why a file could not be opened, or (`None`) dismisses it.
    pub fn set_load_error(&mut self, error: Option<LoadError>) -> Changed {
        set(&mut self.load_error, error)
    }

    /// Keeps what the last import used and skipped; `None` clears it.
    pub fn set_import_report(&mut self, report: Option<ImportReport>) -> Changed {
        set(&mut self.import_report, report)
    }

    /// Replaces the one-line status.
    pub fn set_status(&mut self, status: Status) -> Changed {
        set(&mut self.status, Some(status))
    }
}
