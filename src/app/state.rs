//! The state the UI reads, in named parts that each keep their own invariants: the settings (which
//! survive opening another file), the loaded data, time control, what is shown, the map's view,
//! the tools, the selection and the messages. Only [`super::apply`] changes it.

use std::path::PathBuf;

use jiff::Timestamp;

use super::{
    data::LoadedData, map_view::MapView, messages::Messages, settings::Settings, shown::Shown,
    time::TimeControl, time::TimeMode, tools::Tools,
};
use crate::{
    io::{ColumnChoice, ExportFormat, ImportReport, Loaded, Progress},
    model::{Dataset, EventIndex, PlaceIndex},
};

/// What the user has picked. An event brings its place along.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// The place picked, or that of the event picked.
    pub place: Option<PlaceIndex>,
    /// The event picked.
    pub event: Option<EventIndex>,
}

/// What a saved view became: the file and its size in pixels, or why it could not be written.
pub type SavedView = Result<(PathBuf, [usize; 2]), String>;

/// Something for the shell to do outside the state after the intents are applied: files, the
/// renderer and the clipboard belong to the shell.
#[derive(Clone, Debug)]
pub enum Effect {
    /// Read a dataset file on a worker thread, reporting to `progress`; the result comes back
    /// as [`super::Intent::Loaded`] with this `id`.
    Load {
        /// Tells this load's result from a cancelled one's.
        id: u64,
        /// The file to read; `None` for the built-in record.
        path: Option<PathBuf>,
        /// Where the loader reports how far it got, and learns of a cancel.
        progress: std::sync::Arc<Progress>,
        /// A CSV table's columns chosen for some fields.
        columns: ColumnChoice,
    },
    /// Write these events of the dataset to a file, on a worker thread; the result comes back as
    /// [`super::Intent::Exported`].
    Export {
        /// The dataset the events belong to.
        dataset: std::sync::Arc<Dataset>,
        /// The events to write.
        events: Vec<EventIndex>,
        /// The format to write them in.
        format: ExportFormat,
        /// The file to write.
        path: PathBuf,
    },
    /// Take a screenshot of the next frame and write it to this PNG file.
    CaptureView(PathBuf),
    /// Put this text on the clipboard.
    CopyText(String),
    /// Close the window.
    CloseWindow,
    /// Free what a dataset taken off screen held, on a worker thread: freeing a million events
    /// takes longer than a frame.
    Discard(std::sync::Arc<Retired>),
}

/// The parts of a dataset taken off screen, to be freed off the UI thread.
#[derive(Debug)]
pub struct Retired {
    _data: LoadedData,
    _time: TimeControl,
    _shown: Shown,
}

/// A dataset opened and made ready on a worker thread: its data, a fresh time control and what
/// is shown, so that putting it on screen costs the UI thread nothing.
#[derive(Debug)]
pub struct Opened {
    pub(super) data: LoadedData,
    pub(super) time: TimeControl,
    pub(super) shown: Shown,
    pub(super) report: Option<ImportReport>,
}

impl Opened {
    /// Builds the parts for a loaded dataset (the slow part of opening a file, after parsing).
    pub fn new(loaded: Loaded, name: String, path: Option<PathBuf>) -> Self {
        let time = TimeControl::new(span_of(&loaded.dataset));
        let shown = Shown::new(&loaded.dataset);
        Self {
            data: LoadedData::new(loaded.dataset, name, path),
            time,
            shown,
            report: loaded.report,
        }
    }
}

/// The dataset's span; a dataset without events has a span of one instant, now.
fn span_of(dataset: &Dataset) -> (Timestamp, Timestamp) {
    dataset.time_span().unwrap_or_else(|| {
        let now = Timestamp::now();
        (now, now)
    })
}

/// Everything the UI reads. Its parts' fields are private to them; the parts change through their
/// own methods, called from [`super::apply`].
pub struct AtlasState {
    pub(super) settings: Settings,
    pub(super) data: LoadedData,
    pub(super) time: TimeControl,
    pub(super) shown: Shown,
    pub(super) map: MapView,
    pub(super) tools: Tools,
    pub(super) selection: Selection,
    pub(super) messages: Messages,
    /// What the shell is to carry out after this frame's intents.
    pub(super) effects: Vec<Effect>,
}

impl AtlasState {
    /// Opens `dataset` with the cursor at the end of its span (everything shown) and the map to be
    /// framed on the region on the first frame.
    pub fn new(dataset: Dataset, name: String) -> Self {
        let loaded = Loaded {
            dataset,
            report: None,
        };
        Self::opened(Opened::new(loaded, name, None))
    }

    /// The state on an opened dataset, with the default settings and map view.
    pub fn opened(opened: Opened) -> Self {
        let mut messages = Messages::default();
        let _ = messages.set_import_report(opened.report);
        Self {
            settings: Settings::default(),
            data: opened.data,
            time: opened.time,
            shown: opened.shown,
            map: MapView::default(),
            tools: Tools::default(),
            selection: Selection::default(),
            messages,
            effects: Vec::new(),
        }
    }

    /// Puts an opened dataset on screen: a new data part, time control and filter; the settings,
    /// the map view and the messages stay.
    pub(super) fn replace_dataset(&mut self, opened: Opened) {
        let _ = self.messages.set_import_report(opened.report);
        let retired = Retired {
            _data: std::mem::replace(&mut self.data, opened.data),
            _time: std::mem::replace(&mut self.time, opened.time),
            _shown: std::mem::replace(&mut self.shown, opened.shown),
        };
        self.effects
            .push(Effect::Discard(std::sync::Arc::new(retired)));
        self.tools = Tools::default();
        self.selection = Selection::default();
        let _ = self.map.keep_view();
    }

    /// The theme, language, map layer and UTC choice, whatever the dataset.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Whether the map or the timeline is gliding to a tour step's view: the shell then sends
    /// [`super::Intent::Animate`] each frame.
    pub fn animating(&self) -> bool {
        self.map.flying() || self.time.gliding()
    }

    /// The loaded dataset, where it came from and its routes' measures.
    pub fn data(&self) -> &LoadedData {
        &self.data
    }

    /// The dataset on screen.
    pub fn dataset(&self) -> &Dataset {
        self.data.dataset()
    }

    /// The cursor, the timeline's view, the time window and playback.
    pub fn time(&self) -> &TimeControl {
        &self.time
    }

    /// The cursor: the instant the map shows.
    pub fn cursor(&self) -> Timestamp {
        self.time.cursor()
    }

    /// The filter and which events pass it.
    pub fn shown(&self) -> &Shown {
        &self.shown
    }

    /// Where the map looks and how large it is on screen.
    pub fn map(&self) -> &MapView {
        &self.map
    }

    /// The guided tour, measuring and the claims window.
    pub fn tools(&self) -> &Tools {
        &self.tools
    }

    /// What the user has picked.
    pub fn selection(&self) -> Selection {
        self.selection
    }

    /// The load under way, the last error, the import report and the status.
    pub fn messages(&self) -> &Messages {
        &self.messages
    }

    /// Hands the shell what it is to carry out.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// The offset times are shown in: the region's, or UTC.
    pub fn display_offset(&self) -> jiff::tz::Offset {
        if self.settings.show_utc() {
            jiff::tz::Offset::UTC
        } else {
            self.dataset().offset
        }
    }

    /// The interface's language.
    pub fn language(&self) -> crate::i18n::Language {
        self.settings.language()
    }

    /// Whether the event has started by the cursor.
    pub fn has_happened(&self, event: EventIndex) -> bool {
        self.dataset().events[event].start.start <= self.cursor()
    }

    /// Whether the map shows the event now: it passes the filter and has happened (cumulative
    /// mode), or overlaps the time window (window mode).
    pub fn is_event_shown(&self, event: EventIndex) -> bool {
        crate::model::visits::record(1);
        self.shown.passes(event) && self.in_time(event)
    }

    /// How many events that pass the filter have started by the cursor. O(log n).
    pub fn filtered_started_by_cursor(&self) -> usize {
        self.shown
            .count_of_first(self.dataset().events_started_by(self.cursor()))
    }

    /// Whether the event falls in the time the map shows, ignoring the filter.
    fn in_time(&self, event: EventIndex) -> bool {
        match (self.time.mode(), self.time.window()) {
            (TimeMode::Window, Some((a, b))) => {
                let d = self.dataset();
                d.event_overlaps(&d.events[event], a, b)
            }
            _ => self.has_happened(event),
        }
    }

    /// How many of the place's events the map shows now. O(log k) in cumulative mode.
    pub fn shown_event_count(&self, place: PlaceIndex) -> usize {
        let d = self.dataset();
        let events = d.events_at(place);
        let cumulative = matches!(
            (self.time.mode(), self.time.window()),
            (TimeMode::Cumulative, _) | (TimeMode::Window, None)
        );
        if !cumulative {
            return events.iter().filter(|&&e| self.is_event_shown(e)).count();
        }
        let cursor = self.cursor();
        let happened = events.partition_point(|&e| d.events[e].start.start <= cursor);
        self.shown.count_at_place_of_first(place, happened)
    }

    /// A place is active while the map shows one of its events; places without events never are.
    pub fn is_place_active(&self, place: PlaceIndex) -> bool {
        self.shown_event_count(place) > 0
    }

    /// Whether the cursor is inside the route's event (the transfers of 16–17 December): the
    /// route is then drawn as under way. The sources date the transfers only to the days, so no
    /// position along the route is implied.
    pub fn is_route_under_way(&self, route: usize) -> bool {
        let d = self.dataset();
        let Some(e) = d.routes[route].event.map(|e| &d.events[e]) else {
            return false;
        };
        let cursor = self.cursor();
        e.start.start <= cursor && cursor < d.event_end(e)
    }

    /// A route is shown once its event has happened (always, for a route without an event).
    pub fn is_route_shown(&self, route: usize) -> bool {
        self.dataset().routes[route]
            .event
            .is_none_or(|e| self.is_event_shown(e))
    }
}
