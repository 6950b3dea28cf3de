//! Everything the UI reads: the dataset, the cursor, the selection, the map view.

use geo::Point;
use jiff::Timestamp;
use walkers::MapMemory;

use crate::{
    geometry::{self, mercator_inverse},
    i18n::Language,
    io::{ImportReport, LoadError},
    model::EventFilter,
    model::{Dataset, EventIndex, PlaceIndex},
    tiles::MapLayer,
    timeline::{Density, Playback, TimeView},
};

/// What the user has picked. An event brings its place along.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub place: Option<PlaceIndex>,
    pub event: Option<EventIndex>,
}

/// Room left around the dataset's span when the timeline shows all of it, and when zooming out.
pub const TIME_VIEW_PAD: f64 = 0.015;
const TIME_LIMIT_PAD: f64 = 0.08;

/// What the map shows of time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TimeMode {
    /// Everything that has happened by the cursor.
    #[default]
    Cumulative,
    /// Only what happens inside the time window.
    Window,
}

/// Something for the shell to do outside the state after the intents are applied: the renderer
/// and the clipboard belong to the window.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Take a screenshot of the next frame and write it to this PNG file.
    CaptureView(std::path::PathBuf),
    CopyText(String),
    CloseWindow,
}

/// What a frame's intents may have changed; equal keys mean nothing needs a repaint.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewKey {
    cursor: Timestamp,
    selection: Selection,
    show_utc: bool,
    time: (
        TimeView,
        Option<(Timestamp, Timestamp)>,
        TimeMode,
        Playback,
        bool,
    ),
    zoom: u64,
    center: Option<(u64, u64)>,
    tools: (
        EventFilter,
        Option<usize>,
        Option<usize>,
        Option<String>,
        egui::ThemePreference,
    ),
    dataset: (String, usize),
    messages: (bool, Option<String>),
    display: (MapLayer, Language),
}

/// A route's geometry and measures, computed once per dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteMeasure {
    pub points: Vec<Point>,
    /// Geodesic length along the waypoints.
    pub path_km: f64,
    /// Geodesic distance from the first to the last waypoint.
    pub straight_km: f64,
    /// Geodesic length of each leg between waypoints.
    pub leg_km: Vec<f64>,
}

impl RouteMeasure {
    /// The leg and the fraction along it at `km` from the start (clamped to the route).
    pub fn leg_at(&self, km: f64) -> Option<(usize, f64)> {
        let mut left = km.clamp(0.0, self.path_km);
        for (i, &len) in self.leg_km.iter().enumerate() {
            if left <= len || i + 1 == self.leg_km.len() {
                return Some((
                    i,
                    if len > 0.0 {
                        (left / len).min(1.0)
                    } else {
                        0.0
                    },
                ));
            }
            left -= len;
        }
        None
    }
}

/// Each route's waypoints and its geodesic lengths.
pub fn measure_routes(dataset: &Dataset) -> Vec<RouteMeasure> {
    dataset
        .routes
        .iter()
        .map(|r| {
            let points: Vec<Point> = r.via.iter().map(|&p| dataset.places[p].position).collect();
            RouteMeasure {
                leg_km: points
                    .windows(2)
                    .map(|w| geometry::distance_km(w[0], w[1]))
                    .collect(),
                path_km: geometry::path_length_km(&points),
                straight_km: match (points.first(), points.last()) {
                    (Some(&a), Some(&b)) => geometry::distance_km(a, b),
                    _ => 0.0,
                },
                points,
            }
        })
        .collect()
}

pub struct AtlasState {
    pub dataset: Dataset,
    /// Where the dataset came from, for the title bar and messages.
    pub dataset_name: String,
    /// The file the dataset was opened from; `None` for the built-in record.
    pub dataset_path: Option<std::path::PathBuf>,
    /// One per [`Dataset::routes`].
    pub routes: Vec<RouteMeasure>,
    /// The instant the map shows: what has happened by then is active.
    pub cursor: Timestamp,
    pub selection: Selection,
    pub map: MapMemory,
    /// Half the map's size on screen in the last frame, which "Fit region" needs.
    pub map_half_size: [f32; 2],
    /// The map's centre on screen in the last frame.
    pub map_screen_center: [f32; 2],
    /// Frame the region as soon as the map's size is known.
    pub fit_pending: bool,
    /// Show times in UTC instead of the region's local time.
    pub show_utc: bool,
    /// The part of time the timeline shows.
    pub time_view: TimeView,
    /// A time window chosen by Shift-drag on the axis.
    pub time_window: Option<(Timestamp, Timestamp)>,
    /// Whether the map shows everything up to the cursor or only the window.
    pub time_mode: TimeMode,
    pub playback: Playback,
    /// Event counts per bucket at several resolutions, built once per dataset.
    pub density: Density,
    /// Count only the events inside the map's visible area in the histogram.
    pub density_in_map_view: bool,
    /// Categories switched off and the search text.
    pub filter: EventFilter,
    /// For each event, whether it passes the filter; recomputed when the filter changes.
    pub filter_mask: Vec<bool>,
    /// `filter_prefix[i]`: how many of events `0..i` pass, so counts up to the cursor are O(1).
    filter_prefix: Vec<usize>,
    /// Per place, the same prefix counts over its events in time order (empty without a filter),
    /// so that a place's count of shown events is a binary search, filtered or not.
    place_filter_prefix: Vec<Vec<u32>>,
    /// The step of the guided tour on screen, if the tour is running.
    pub story_step: Option<usize>,
    /// Points picked for measuring (at most two), while measuring.
    pub measure: Option<Vec<geo::Point>>,
    /// The subject whose claims window is open.
    pub claims_window: Option<String>,
    pub theme: egui::ThemePreference,
    /// The interface's language.
    pub language: Language,
    /// What lies beneath the data: the offline basemap alone, or an online layer over it.
    pub map_layer: MapLayer,
    /// Why the last file could not be opened; shown until dismissed. The dataset on screen stays.
    pub load_error: Option<LoadError>,
    /// What the last import used and skipped.
    pub import_report: Option<ImportReport>,
    /// A one-line message about the last file operation ("Wrote 55 events to …").
    pub status: Option<String>,
    /// What the shell is to carry out after this frame's intents.
    pub effects: Vec<Effect>,
}

impl AtlasState {
    /// Opens `dataset` with the cursor at the end of its span (everything shown) and the map to be
    /// fitted to the region on the first frame.
    pub fn new(dataset: Dataset, dataset_name: String) -> Self {
        let routes = measure_routes(&dataset);
        let cursor = dataset.time_span().map_or(Timestamp::now(), |(_, end)| end);
        let span = dataset.time_span().unwrap_or((cursor, cursor));
        let dataset_len = dataset.events.len();
        let density = Density::build(dataset.events.iter().map(|e| e.start.start), dataset.offset);
        let mut map = MapMemory::default();
        let center = crate::basemap::Basemap::embedded().focus_region.center();
        let (lon, lat) = mercator_inverse(center);
        map.center_at(walkers::lon_lat(lon, lat));
        let _ = map.set_zoom(7.0);
        Self {
            dataset,
            dataset_name,
            dataset_path: None,
            routes,
            cursor,
            selection: Selection::default(),
            map,
            map_half_size: [0.0, 0.0],
            map_screen_center: [0.0, 0.0],
            fit_pending: true,
            show_utc: false,
            time_view: TimeView::fit(span.0, span.1, TIME_VIEW_PAD),
            time_window: None,
            time_mode: TimeMode::Cumulative,
            playback: Playback::default(),
            density,
            density_in_map_view: false,
            filter: EventFilter::default(),
            filter_prefix: (0..=dataset_len).collect(),
            place_filter_prefix: Vec::new(),
            filter_mask: vec![true; dataset_len],
            story_step: None,
            measure: None,
            claims_window: None,
            theme: egui::ThemePreference::System,
            language: Language::default(),
            map_layer: MapLayer::Offline,
            load_error: None,
            import_report: None,
            status: None,
            effects: Vec::new(),
        }
    }

    /// The offset times are shown in: the region's, or UTC.
    pub fn display_offset(&self) -> jiff::tz::Offset {
        if self.show_utc {
            jiff::tz::Offset::UTC
        } else {
            self.dataset.offset
        }
    }

    /// Whether the event has started by the cursor.
    pub fn has_happened(&self, event: EventIndex) -> bool {
        self.dataset.events[event].start.start <= self.cursor
    }

    /// Whether the map shows the event now: it has happened (cumulative mode), or it overlaps the
    /// time window (window mode).
    pub fn is_event_shown(&self, event: EventIndex) -> bool {
        crate::model::visits::record(1);
        self.filter_mask[event] && self.in_time(event)
    }

    /// Applies a new filter: the mask, its prefix counts and the histogram follow. O(n), once per
    /// change, never per frame.
    pub fn set_filter(&mut self, filter: EventFilter) {
        self.filter_mask = filter.mask(&self.dataset);
        self.filter_prefix = std::iter::once(0)
            .chain(self.filter_mask.iter().scan(0, |n, &m| {
                *n += m as usize;
                Some(*n)
            }))
            .collect();
        let d = &self.dataset;
        let starts = d
            .events
            .iter()
            .zip(&self.filter_mask)
            .filter(|(_, m)| **m)
            .map(|(e, _)| e.start.start);
        self.density = Density::build(starts, d.offset);
        self.place_filter_prefix = if filter.is_active() {
            (0..d.places.len())
                .map(|p| {
                    std::iter::once(0)
                        .chain(d.events_at(p).iter().scan(0, |n, &e| {
                            *n += self.filter_mask[e] as u32;
                            Some(*n)
                        }))
                        .collect()
                })
                .collect()
        } else {
            Vec::new()
        };
        self.filter = filter;
    }

    /// How many events pass the filter.
    pub fn filtered_count(&self) -> usize {
        *self.filter_prefix.last().unwrap_or(&0)
    }

    /// How many events that pass the filter have started by the cursor. O(log n).
    pub fn filtered_started_by_cursor(&self) -> usize {
        self.filter_prefix[self.dataset.events_started_by(self.cursor)]
    }

    /// Whether the event falls in the time the map shows, ignoring the filter.
    fn in_time(&self, event: EventIndex) -> bool {
        match (self.time_mode, self.time_window) {
            (TimeMode::Window, Some((a, b))) => {
                self.dataset
                    .event_overlaps(&self.dataset.events[event], a, b)
            }
            _ => self.has_happened(event),
        }
    }

    /// How many of the place's events the map shows now. O(log k) in cumulative mode.
    pub fn shown_event_count(&self, place: PlaceIndex) -> usize {
        let events = self.dataset.events_at(place);
        let cumulative = matches!(
            (self.time_mode, self.time_window),
            (TimeMode::Cumulative, _) | (TimeMode::Window, None)
        );
        if !cumulative {
            return events.iter().filter(|&&e| self.is_event_shown(e)).count();
        }
        let happened =
            events.partition_point(|&e| self.dataset.events[e].start.start <= self.cursor);
        match self.place_filter_prefix.get(place) {
            Some(prefix) => prefix[happened] as usize,
            None => happened,
        }
    }

    /// The limits of timeline zoom and pan: the dataset's span with room on both sides.
    pub fn time_limits(&self) -> TimeView {
        let (a, b) = self.time_span();
        TimeView::fit(a, b, TIME_LIMIT_PAD)
    }

    /// A place is active while the map shows one of its events; places without events never are.
    pub fn is_place_active(&self, place: PlaceIndex) -> bool {
        self.shown_event_count(place) > 0
    }

    /// Where a moving dot stands on the route at the cursor, in km from its start: while the
    /// cursor is inside the route's event, in proportion to the time passed. `None` otherwise.
    pub fn route_progress_km(&self, route: usize) -> Option<f64> {
        let e = &self.dataset.events[self.dataset.routes[route].event?];
        let (start, end) = (e.start.start, self.dataset.event_end(e));
        if self.cursor < start || self.cursor >= end {
            return None;
        }
        let f = (self.cursor.as_second() - start.as_second()) as f64
            / (end.as_second() - start.as_second()).max(1) as f64;
        Some(f * self.routes[route].path_km)
    }

    /// A route is shown once its event has happened (always, for a route without an event).
    pub fn is_route_shown(&self, route: usize) -> bool {
        self.dataset.routes[route]
            .event
            .is_none_or(|e| self.is_event_shown(e))
    }

    /// Puts a newly opened dataset on screen; the map view and the display settings stay.
    pub fn replace_dataset(
        &mut self,
        dataset: Dataset,
        name: String,
        report: Option<ImportReport>,
    ) {
        let mut next = Self::new(dataset, name);
        next.map = std::mem::take(&mut self.map);
        next.map_half_size = self.map_half_size;
        next.map_screen_center = self.map_screen_center;
        next.fit_pending = false;
        next.show_utc = self.show_utc;
        next.theme = self.theme;
        next.language = self.language;
        next.map_layer = std::mem::take(&mut self.map_layer);
        next.import_report = report;
        *self = next;
    }

    /// What the intents can change, to tell whether a frame changed anything.
    pub fn view_key(&self) -> ViewKey {
        ViewKey {
            cursor: self.cursor,
            selection: self.selection,
            show_utc: self.show_utc,
            time: (
                self.time_view,
                self.time_window,
                self.time_mode,
                self.playback,
                self.density_in_map_view,
            ),
            zoom: self.map.zoom().to_bits(),
            tools: (
                self.filter.clone(),
                self.story_step,
                self.measure.as_ref().map(|m| m.len()),
                self.claims_window.clone(),
                self.theme,
            ),
            center: self
                .map
                .detached()
                .map(|p| (p.x().to_bits(), p.y().to_bits())),
            dataset: (self.dataset_name.clone(), self.dataset.events.len()),
            messages: (self.load_error.is_some(), self.status.clone()),
            display: (self.map_layer.clone(), self.language),
        }
    }

    /// The map's centre (lon, lat): where it was panned to, or the region it was framed on.
    pub fn map_center(&self) -> Point {
        self.map.detached().unwrap_or_else(|| {
            let (lon, lat) =
                mercator_inverse(crate::basemap::Basemap::embedded().focus_region.center());
            Point::new(lon, lat)
        })
    }

    /// The span the timeline shows.
    pub fn time_span(&self) -> (Timestamp, Timestamp) {
        self.dataset
            .time_span()
            .unwrap_or((self.cursor, self.cursor))
    }
}
