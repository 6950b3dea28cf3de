//! The integration tests, one binary: each module is one concern (the command line, a format, a
//! part of the window). One binary rather than one per file, because each test binary links the
//! whole window stack: two dozen of them took 13 GB of disk and most of the build's time.
//! The memory test stays a binary of its own (tests/memory.rs), so that the peak it reads for its
//! child process is not shared with children the other tests start.

#[path = "../common/mod.rs"]
mod common;

mod cli;
mod dataset;
mod dataset_facts;
mod frame_visits;
mod i18n;
mod io_bad_inputs;
mod io_formats;
mod io_fuzz;
mod io_hostile;
mod record_audit;
mod saved_state;
mod schema;
mod tiles_fetch;
mod ui_claims;
mod ui_export_view;
mod ui_load_progress;
mod ui_map;
mod ui_map_layers;
mod ui_open_file;
mod ui_timeline;
mod ui_timeline_explore;
mod ui_trust;
