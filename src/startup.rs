//! Start-up: the first state, built once from the command line's dataset and view over what was
//! saved last time.

use std::path::PathBuf;

use jiff::Timestamp;

use crate::{
    app::{AtlasState, Intent, Opened, SavedState, apply},
    cli::{Cli, StartView},
    io::{self, ColumnChoice, Loaded},
    model::{Dataset, Moment, Precision},
};

/// Reads `--date` in the dataset's local time; only a day or a minute makes sense for a cursor.
pub fn parse_cursor(text: &str, dataset: &Dataset) -> Result<Timestamp, String> {
    Ok(parse_date_option("--date", text, dataset)?.start)
}

/// A date as `--date` and `--span` take it (a day or a minute, in the dataset's local time).
fn parse_date_option(option: &str, text: &str, dataset: &Dataset) -> Result<Moment, String> {
    match Moment::parse(text, dataset.offset, None) {
        Ok(m) if matches!(m.precision, Precision::Day | Precision::Minute) => Ok(m),
        Ok(_) => Err(format!(
            "{option} '{text}': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        )),
        Err(e) => Err(format!("{option}: {e}")),
    }
}

/// The `--span FROM..TO` text as the range the timeline shows: from FROM's start to the end of
/// TO's day or minute.
pub fn parse_span(text: &str, dataset: &Dataset) -> Result<(Timestamp, Timestamp), String> {
    let (from, to) = text.split_once("..").ok_or_else(|| {
        format!("--span '{text}': expected FROM..TO, such as 2011-12-14..2011-12-20")
    })?;
    let from = parse_date_option("--span", from.trim(), dataset)?.start;
    let to = parse_date_option("--span", to.trim(), dataset)?.period_end(dataset.offset);
    if to <= from {
        return Err(format!("--span '{text}': the end is before the start"));
    }
    Ok((from, to))
}

/// The map zoom a place named on the command line is shown at, where neither `--zoom` nor the
/// dataset says: a town and its surroundings.
const PLACE_ZOOM: f64 = 9.0;

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
    initial_state_from(dataset, name, None, view)
}

/// [`initial_state`] for a dataset opened from `path`.
fn initial_state_from(
    dataset: Dataset,
    name: String,
    path: Option<PathBuf>,
    view: &StartView,
) -> Result<AtlasState, String> {
    let cursor = view
        .date
        .as_deref()
        .map(|d| parse_cursor(d, &dataset))
        .transpose()?;
    let span = view
        .span
        .as_deref()
        .map(|s| parse_span(s, &dataset))
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
    let loaded = Loaded {
        dataset,
        report: None,
    };
    let mut state = AtlasState::opened(Opened::new(loaded, name, path));
    let mut intents = Vec::new();
    // The span first: a cursor given too then moves within it (or takes the view with it).
    intents.extend(span.map(|(a, b)| Intent::ShowTimeExactly(a, b)));
    intents.extend(event.map(Intent::SelectEvent));
    intents.extend(place.map(Intent::SelectPlace));
    intents.extend(cursor.map(Intent::SetCursor));
    for intent in intents.drain(..) {
        let _ = apply(&mut state, intent);
    }
    // A place selected (by `--place` or `--event`) is put in the middle of the map: at `--zoom`,
    // else at the dataset's opening zoom, else at a town's.
    let place = state
        .selection()
        .place
        .map(|p| state.dataset().places[p].position);
    let opening_zoom = state.dataset().opening.as_ref().and_then(|o| o.zoom);
    let zoom = view
        .zoom
        .or_else(|| place.map(|_| opening_zoom.unwrap_or(PLACE_ZOOM)));
    if let Some(zoom) = zoom {
        let center = place.unwrap_or_else(|| state.map().center());
        intents.extend([Intent::ZoomMapTo { center, zoom }, Intent::KeepMapView]);
    }
    if let Some(center) = view.center {
        let zoom = view.zoom.unwrap_or(state.map().zoom());
        intents.extend([Intent::ZoomMapTo { center, zoom }, Intent::KeepMapView]);
    }
    intents.extend(view.tiles.clone().map(Intent::SetMapLayer));
    intents.extend(view.language.map(Intent::SetLanguage));
    for intent in intents {
        let _ = apply(&mut state, intent);
    }
    Ok(state)
}

/// The state the window opens on, in two steps: [`Startup::prepare`] checks the command line
/// before a window opens (a bad id or date exits with a message; a bad dataset opens the window on
/// the built-in record with its problems), and
/// [`Startup::into_state`] builds the state once the saved state is known.
pub struct Startup {
    view: StartView,
    /// A dataset named on the command line wins over the last opened one.
    dataset_given: bool,
    /// The command line's dataset where no view needs it checked first: read on a worker thread
    /// once the window is up, as *File > Open* reads, so that the window opens at once on a big
    /// file, with the load's progress.
    open_in_window: Option<(PathBuf, ColumnChoice)>,
    /// The command line's dataset (or the built-in one) with the command line's view.
    state: AtlasState,
}

impl Startup {
    /// Loads the command line's dataset (or the built-in one) and checks its view against it. A
    /// dataset that does not load is not the end: the window opens on the built-in record with
    /// the file's problems listed (and the view, if it names ids of that file, is dropped).
    pub fn prepare(args: &Cli) -> Result<Self, String> {
        let view = args.start_view();
        let absolute = |p: &PathBuf| std::path::absolute(p).unwrap_or_else(|_| p.clone());
        // A view (a date, a place…) is checked against the dataset before the window opens, so
        // that a bad one is told at once; without one, the dataset is read in the window.
        let open_in_window = args
            .dataset
            .as_ref()
            .filter(|_| !view.sets_view())
            .map(absolute);
        let read_now = args.dataset.as_deref().filter(|_| open_in_window.is_none());
        let columns = args.columns.choice();
        let (loaded, name, path, failed) = match io::load_or_builtin(read_now, &columns) {
            Ok((loaded, name)) => (
                loaded,
                name,
                read_now.map(|p| absolute(&p.to_path_buf())),
                None,
            ),
            Err(e) => {
                eprintln!("zhanaozen-atlas: {e}");
                let (builtin, name) =
                    io::load_or_builtin(None, &columns).map_err(|e| e.to_string())?;
                (builtin, name, None, Some(e))
            }
        };
        let dataset = loaded.dataset;
        let mut state = match &failed {
            None => initial_state_from(dataset, name, path, &view)?,
            // Only the built-in record is kept for a second try: a loaded file is never copied.
            Some(_) => {
                initial_state_from(dataset.clone(), name.clone(), None, &view).or_else(|e| {
                    eprintln!("zhanaozen-atlas: the view is not used on the built-in record: {e}");
                    initial_state_from(dataset, name, None, &StartView::default())
                })?
            }
        };
        if let Some(e) = failed {
            let _ = apply(&mut state, Intent::ShowLoadError(Box::new(e)));
        }
        Ok(Self {
            view,
            dataset_given: args.dataset.is_some(),
            open_in_window: open_in_window.map(|path| (path, columns)),
            state,
        })
    }

    /// The app's state at start-up: the command line's dataset and view, over what was saved last
    /// time. Without a dataset or a view on the command line, the last opened dataset is read
    /// again on a worker thread (the window opens at once on the built-in record, and a file that
    /// no longer loads is reported, not reopened in silence); without a view on the command line
    /// the saved view comes back.
    pub fn into_state(self, saved: Option<SavedState>) -> AtlasState {
        let reopen = match (self.dataset_given || self.view.sets_view(), &saved) {
            (false, Some(saved)) => saved.dataset_path.clone().map(|p| (p, saved.cursor)),
            _ => None,
        };
        let mut state = self.state;
        // With nothing saved, the dataset's own opening view for what the command line does not
        // set (a `--screenshot` run has nothing saved): a date alone keeps the opening's map.
        if saved.is_none() && !self.view.sets_map() {
            let time = !self.view.sets_view();
            let _ = apply(&mut state, Intent::GoToOpening { time });
        }
        if let Some(saved) = saved {
            restore_saved(&mut state, saved, &self.view);
        }
        if let Some((path, cursor)) = reopen {
            let _ = apply(&mut state, Intent::Reopen { path, cursor });
        }
        if let Some((path, columns)) = self.open_in_window {
            let _ = apply(&mut state, Intent::OpenFileWithColumns { path, columns });
        }
        state
    }
}

/// [`Startup::prepare`] and [`Startup::into_state`] in one go.
pub fn startup_state(args: &Cli, saved: Option<SavedState>) -> Result<AtlasState, String> {
    Ok(Startup::prepare(args)?.into_state(saved))
}

/// Puts the saved settings back, under what the command line asks for: its view, its tile server
/// and its language win.
fn restore_saved(state: &mut AtlasState, saved: SavedState, view: &StartView) {
    saved.restore(state, !view.sets_view());
    if let Some(language) = view.language {
        let _ = apply(state, Intent::SetLanguage(language));
    }
}
