//! The command line: open the app on a dataset, or check a dataset without a window.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use jiff::Timestamp;

use crate::{
    app::{AtlasState, Intent, MAX_ZOOM, MIN_ZOOM, SavedState, apply, set_zoom},
    i18n::Language,
    io::{self, ExportFormat, LoadError, Loaded},
    model::{Dataset, Moment, Precision},
    tiles::MapLayer,
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
    /// Centre the map here (latitude, longitude in degrees), at --zoom or the current zoom.
    #[arg(long, value_name = "LAT,LON", value_parser = parse_center, allow_hyphen_values = true)]
    pub center: Option<geo::Point>,
    /// Draw tiles from this server beneath the data, e.g. http://localhost:8080/{z}/{x}/{y}.png
    /// (the app is offline otherwise; OpenStreetMap and OpenTopoMap are in the Map menu).
    #[arg(long, value_name = "URL", value_parser = MapLayer::custom)]
    pub tiles: Option<MapLayer>,
    /// The interface's language: en or ru (the one chosen last time otherwise).
    #[arg(long, value_name = "en|ru", value_parser = Language::from_code)]
    pub language: Option<Language>,
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

/// "43.34116,52.86192": latitude first, as people write coordinates.
fn parse_center(text: &str) -> Result<geo::Point, String> {
    let (lat, lon) = text
        .split_once(',')
        .ok_or_else(|| format!("'{text}': expected LAT,LON"))?;
    let number = |s: &str, what: &str, limit: f64| -> Result<f64, String> {
        let v: f64 = s
            .trim()
            .parse()
            .map_err(|_| format!("'{}' is not a {what}", s.trim()))?;
        if v.abs() <= limit {
            Ok(v)
        } else {
            Err(format!("{what} {v} is outside -{limit}..{limit}"))
        }
    };
    Ok(geo::Point::new(
        number(lon, "longitude", 180.0)?,
        number(lat, "latitude", 85.0)?,
    ))
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
    pub center: Option<geo::Point>,
    pub tiles: Option<MapLayer>,
    pub language: Option<Language>,
}

impl StartView {
    /// Whether the command line says where to look (then a saved view does not override it).
    pub fn sets_view(&self) -> bool {
        self.date.is_some()
            || self.place.is_some()
            || self.event.is_some()
            || self.zoom.is_some()
            || self.center.is_some()
    }
}

impl Cli {
    pub fn start_view(&self) -> StartView {
        StartView {
            date: self.date.clone(),
            place: self.place.clone(),
            event: self.event.clone(),
            zoom: self.zoom,
            center: self.center,
            tiles: self.tiles.clone(),
            language: self.language,
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
    if let Some(center) = view.center {
        state.map.center_at(center);
        state.fit_pending = false;
    }
    if let Some(layer) = &view.tiles {
        state.map_layer = layer.clone();
    }
    if let Some(language) = view.language {
        state.language = language;
    }
    Ok(state)
}

/// The app's state at start-up: the command line's dataset and view, over what was saved last time.
/// Without a dataset on the command line the last opened one comes back, if it still loads; without
/// a view on the command line the saved view comes back.
pub fn startup_state(args: &Cli, saved: Option<SavedState>) -> Result<AtlasState, String> {
    let view = args.start_view();
    let last_opened = match (&args.dataset, &saved) {
        (None, Some(saved)) => saved.dataset_path.as_deref(),
        _ => None,
    };
    let mut state = match last_opened.and_then(|path| reopen(path, &view)) {
        Some(state) => state,
        None => {
            let (loaded, name) = load(args.dataset.as_ref()).map_err(|e| e.to_string())?;
            let mut state = initial_state(loaded.dataset, name, &view)?;
            state.dataset_path = args
                .dataset
                .as_ref()
                .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.clone()));
            state
        }
    };
    if let Some(saved) = saved {
        restore_saved(&mut state, saved, &view);
    }
    Ok(state)
}

/// The app on the dataset opened last time, if it still loads and has what the command line names.
fn reopen(path: &std::path::Path, view: &StartView) -> Option<AtlasState> {
    let loaded = io::load_file(path)
        .map_err(|e| log::warn!("the last opened dataset does not load any more: {e}"))
        .ok()?;
    let mut state = initial_state(loaded.dataset, path.display().to_string(), view).ok()?;
    state.dataset_path = Some(path.to_path_buf());
    Some(state)
}

/// Puts the saved settings back, under what the command line asks for: its view, its tile server
/// and its language win.
pub fn restore_saved(state: &mut AtlasState, saved: SavedState, view: &StartView) {
    saved.restore(state, !view.sets_view());
    if let Some(language) = view.language {
        state.language = language;
    }
}

/// The command line that reopens the app on this view: the dataset, the cursor (local time), the
/// selection, the map's zoom and centre. Paths are quoted for a POSIX shell.
pub fn view_command(state: &AtlasState) -> String {
    let mut args: Vec<String> = vec!["zhanaozen-atlas".into()];
    if let Some(path) = &state.dataset_path {
        args.push(path.display().to_string());
    }
    if let Some(e) = state.selection.event {
        args.extend(["--event".into(), state.dataset.events[e].id.clone()]);
    } else if let Some(p) = state.selection.place {
        args.extend(["--place".into(), state.dataset.places[p].id.clone()]);
    }
    let local = state
        .cursor
        .to_zoned_datetime(jiff::tz::TimeZone::fixed(state.dataset.offset));
    args.extend([
        "--date".into(),
        local.strftime("%Y-%m-%dT%H:%M").to_string(),
    ]);
    let center = state.map_center();
    args.extend([
        "--zoom".into(),
        format!("{:.2}", state.map.zoom()),
        "--center".into(),
        format!("{:.5},{:.5}", center.y(), center.x()),
    ]);
    if let MapLayer::Custom { url } = &state.map_layer {
        args.extend(["--tiles".into(), url.clone()]);
    }
    args.iter()
        .map(|a| shlex::try_quote(a).map_or_else(|_| a.clone(), |q| q.into_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}
