//! The loaded data: the dataset, where it came from, and what is derived from it once (the routes'
//! measures). Shared with the shell's worker threads (export) through an `Arc`.

use std::{path::PathBuf, sync::Arc};

use crate::model::{Dataset, RouteMeasure, measure_routes};

/// A dataset on screen and what is computed from it once.
#[derive(Clone, Debug)]
pub struct LoadedData {
    dataset: Arc<Dataset>,
    /// Where the dataset came from, for the title bar and messages.
    name: String,
    /// The file the dataset was opened from; `None` for the built-in record.
    path: Option<PathBuf>,
    /// One per [`Dataset::routes`].
    routes: Vec<RouteMeasure>,
}

impl LoadedData {
    /// Wraps `dataset`, named `name` and opened from `path`, and measures its routes.
    pub fn new(dataset: Dataset, name: String, path: Option<PathBuf>) -> Self {
        Self {
            routes: measure_routes(&dataset),
            dataset: Arc::new(dataset),
            name,
            path,
        }
    }

    /// The dataset on screen.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The dataset, to hand to another thread.
    pub fn shared(&self) -> Arc<Dataset> {
        self.dataset.clone()
    }

    /// Where the dataset came from, for the title bar and messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The file the dataset was opened from; `None` for the built-in record.
    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    /// The measures of the dataset's routes, one per route.
    pub fn routes(&self) -> &[RouteMeasure] {
        &self.routes
    }
}
