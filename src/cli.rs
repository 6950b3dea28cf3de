//! The command line: open the app on a dataset, or check a dataset without a window.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use jiff::Timestamp;

use crate::{
    app::{AtlasState, Intent, MAX_ZOOM, MIN_ZOOM, apply, set_zoom},
    io::{self, ExportFormat, LoadError, Loaded},
    model::{Dataset, Moment, Precision},
};

#[derive(Debug, Parser)]
#[command(
    name = "zhanaozen-atlas",
    version,
    about = "An offline map and timeline of the 2011 events in Kazakhstan's Mangystau Region.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A dataset: the app's JSON, GeoJSON or CSV; the built-in record when omitted.
    pub dataset: Option<PathBuf>,
    /// Where to put the timeline cursor, in the region's local time: YYYY-MM-DD or YYYY-MM-DDTHH:MM.
    #[arg(long, value_name = "YYYY-MM-DD[THH:MM]")]
    pub date: Option<String>,
    /// The id of a place to select, such as zhanaozen or aktau.
    #[arg(long, value_name = "ID")]
    pub place: Option<String>,
    /// The id of an event to open (its place is selected and the cursor moves to it).
    #[arg(long, value_name = "ID")]
    pub event: Option<String>,
    /// Map zoom from 4 (all of Kazakhstan) to 14, centred on --place if given; the region is
    /// framed when omitted.
    #[arg(long, value_name = "4..14", value_parser = parse_zoom)]
    pub zoom: Option<f64>,
    /// Write the first fully drawn frame to this PNG file and exit.
    #[arg(long, value_name = "FILE.png")]
    pub screenshot: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a dataset without opening a window and print a one-line summary.
    Check {
        /// A dataset: the app's JSON, GeoJSON or CSV; the built-in record when omitted.
        dataset: Option<PathBuf>,
        /// Print a machine-readable summary (or the errors) as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write a deterministic synthetic dataset (for benchmarks): events clustered around real towns
    /// over two years, labelled synthetic.
    Generate {
        #[arg(long)]
        events: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long, value_enum, default_value = "json")]
        format: crate::generate::GeneratedFormat,
        /// The file to write; standard output without it.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Write the dataset's events as GeoJSON or CSV.
    Export {
        /// A dataset: the app's JSON, GeoJSON or CSV; the built-in record when omitted.
        dataset: Option<PathBuf>,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// The file to write; standard output without it.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

fn parse_zoom(text: &str) -> Result<f64, String> {
    let z: f64 = text
        .parse()
        .map_err(|_| format!("'{text}' is not a number"))?;
    if (MIN_ZOOM..=MAX_ZOOM).contains(&z) {
        Ok(z)
    } else {
        Err(format!("{z} is outside {MIN_ZOOM}..{MAX_ZOOM}"))
    }
}

/// Loads the dataset named on the command line, or the built-in one. Returns it with its name.
pub fn load(path: Option<&PathBuf>) -> Result<(Loaded, String), LoadError> {
    match path {
        Some(p) => Ok((io::load_file(p)?, p.display().to_string())),
        None => Ok((
            Loaded {
                dataset: io::builtin_dataset(),
                report: None,
            },
            crate::BUILTIN_DATASET_NAME.to_string(),
        )),
    }
}

/// Reads `--date` in the dataset's local time; only a day or a minute makes sense for a cursor.
pub fn parse_cursor(text: &str, dataset: &Dataset) -> Result<Timestamp, String> {
    match Moment::parse(text, dataset.offset, None) {
        Ok(m) if matches!(m.precision, Precision::Day | Precision::Minute) => Ok(m.start),
        Ok(_) => Err(format!(
            "--date '{text}': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        )),
        Err(e) => Err(format!("--date: {e}")),
    }
}

/// The view the command line asks for: `--event`, `--place`, `--date`, `--zoom`.
#[derive(Debug, Default, Clone)]
pub struct StartView {
    pub date: Option<String>,
    pub place: Option<String>,
    pub event: Option<String>,
    pub zoom: Option<f64>,
}

impl Cli {
    pub fn start_view(&self) -> StartView {
        StartView {
            date: self.date.clone(),
            place: self.place.clone(),
            event: self.event.clone(),
            zoom: self.zoom,
        }
    }
}

/// Looks an id up, or says which ids there are.
fn find_id(option: &str, id: &str, found: Option<usize>, all: Vec<&str>) -> Result<usize, String> {
    found.ok_or_else(|| {
        format!(
            "{option} '{id}': no such id; the dataset has: {}",
            all.join(", ")
        )
    })
}

/// The app's state as the command line asks for it. In order: `--event` opens an event, `--place`
/// selects a place, `--date` sets the cursor (so an explicit date wins), `--zoom` centres the map
/// on the selected place at that zoom.
pub fn initial_state(
    dataset: Dataset,
    name: String,
    view: &StartView,
) -> Result<AtlasState, String> {
    let cursor = view
        .date
        .as_deref()
        .map(|d| parse_cursor(d, &dataset))
        .transpose()?;
    let event = match &view.event {
        None => None,
        Some(id) => Some(find_id(
            "--event",
            id,
            dataset.event_by_id(id),
            dataset.events.iter().map(|e| e.id.as_str()).collect(),
        )?),
    };
    let place = match &view.place {
        None => None,
        Some(id) => Some(find_id(
            "--place",
            id,
            dataset.place_by_id(id),
            dataset.places.iter().map(|p| p.id.as_str()).collect(),
        )?),
    };
    let mut state = AtlasState::new(dataset, name);
    if let Some(e) = event {
        apply(&mut state, Intent::SelectEvent(e));
    }
    if let Some(p) = place {
        apply(&mut state, Intent::SelectPlace(p));
    }
    if let Some(t) = cursor {
        apply(&mut state, Intent::SetCursor(t));
    }
    if let Some(z) = view.zoom {
        set_zoom(&mut state.map, z);
        if let Some(p) = state.selection.place {
            state.map.center_at(state.dataset.places[p].position);
        }
        state.fit_pending = false;
    }
    Ok(state)
}
