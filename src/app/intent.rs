//! What the user asked for, and the one function that changes the state accordingly.

use std::path::PathBuf;

use jiff::Timestamp;
use walkers::{MapMemory, lon_lat};

use super::{AtlasState, Effect, SavedView, TIME_VIEW_PAD, TimeMode};
use crate::{
    basemap::Basemap,
    geometry::{MercatorView, mercator_inverse},
    i18n::Language,
    io::{self, ExportFormat},
    model::{EventFilter, EventIndex, PlaceIndex},
    tiles::MapLayer,
    timeline::{Speed, TimeView},
    tr,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepDirection {
    Previous,
    Next,
}

/// A request from the UI. UI modules emit these; only [`apply`] acts on them.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// Select a place. If none of its events has happened yet, the cursor moves to the first one,
    /// so that the place and its story come into view.
    SelectPlace(PlaceIndex),
    /// Select an event and its place, and move the cursor to its start.
    SelectEvent(EventIndex),
    ClearSelection,
    /// Move the cursor (clamped to the dataset's span).
    SetCursor(Timestamp),
    /// Move the cursor to the previous or next event, selecting it.
    StepEvent(StepDirection),
    ZoomIn,
    ZoomOut,
    /// Frame the Mangystau Region.
    FitRegion,
    /// Show times in UTC (true) or in the region's local time.
    ShowUtc(bool),
    /// Open a dataset file (any supported format). On failure the current dataset stays and the
    /// errors are shown.
    OpenFile(PathBuf),
    DismissLoadError,
    /// Write the events on screen to a file.
    Export {
        format: ExportFormat,
        path: PathBuf,
    },
    /// Zoom the time axis by `factor` (< 1 zooms in) around `anchor`.
    ZoomTime {
        anchor: Timestamp,
        factor: f64,
    },
    /// Pan the time axis by so many seconds (positive: later).
    PanTime(i64),
    /// Show this range on the time axis (presets, double-click to fit).
    ShowTime(Timestamp, Timestamp),
    /// Set or clear the time window (Shift-drag on the axis).
    SetWindow(Option<(Timestamp, Timestamp)>),
    SetTimeMode(TimeMode),
    TogglePlay,
    SetSpeed(Speed),
    SetLoop(bool),
    SetSkipQuiet(bool),
    /// Playback: `dt` seconds of wall time have passed.
    Advance(f64),
    /// Move the cursor by whole days (Shift+Left/Right).
    StepDays(i64),
    /// Move the cursor to the start or the end of the dataset (Home/End).
    CursorToStart,
    CursorToEnd,
    SetDensityInMapView(bool),
    /// Show only events of these categories and containing this text.
    SetFilter(EventFilter),
    /// Start the guided tour at its first step.
    StoryStart,
    /// Go to the previous or next step of the tour.
    StoryStep(StepDirection),
    StoryExit,
    /// Start or stop measuring.
    MeasureToggle,
    /// Add a point to the measurement (a third point starts a new one).
    MeasurePoint(geo::Point),
    /// Open the claims window for a subject, or close it.
    ShowClaims(Option<String>),
    SetTheme(egui::ThemePreference),
    SetLanguage(Language),
    /// Save what the window shows as a PNG file (File > Save view as PNG, Ctrl+S).
    SaveViewPng(PathBuf),
    /// The renderer's pixels were written, or could not be.
    ViewSaved(SavedView),
    /// Put a command line that reopens this view on the clipboard.
    CopyViewCommand(String),
    /// Close the window (File > Quit, Ctrl+Q); the state is saved for the next start.
    Quit,
    /// Draw an online layer beneath the data, or the offline basemap alone.
    SetMapLayer(MapLayer),
    /// Centre the map on a point at a zoom (clicking a cluster).
    ZoomMapTo {
        center: geo::Point,
        zoom: f64,
    },
}

/// The lowest and highest map zoom: all of Kazakhstan, and a town's streets.
pub const MIN_ZOOM: f64 = 4.0;
pub const MAX_ZOOM: f64 = 14.0;

pub fn apply(state: &mut AtlasState, intent: Intent) {
    match intent {
        Intent::SelectPlace(p) => {
            state.selection.place = Some(p);
            state.selection.event = None;
            if !state.is_place_active(p)
                && let Some(t) = state.dataset.first_event_start_at(p)
            {
                state.cursor = t;
            }
        }
        Intent::SelectEvent(e) => select_event(state, e),
        // Esc ends a measurement first, then clears the selection.
        Intent::ClearSelection if state.measure.is_some() => state.measure = None,
        Intent::ClearSelection => state.selection = Default::default(),
        Intent::SetCursor(t) => {
            let (start, end) = state.time_span();
            state.cursor = t.clamp(start, end);
        }
        Intent::StepEvent(direction) => {
            if let Some(e) = step_target(state, direction) {
                select_event(state, e);
            }
        }
        Intent::ZoomIn => {
            let zoom = state.map.zoom().floor() + 1.0;
            set_zoom(&mut state.map, zoom);
        }
        Intent::ZoomOut => {
            let zoom = state.map.zoom().ceil() - 1.0;
            set_zoom(&mut state.map, zoom);
        }
        Intent::FitRegion => fit_region(state),
        Intent::ShowUtc(utc) => state.show_utc = utc,
        Intent::OpenFile(path) => match io::load_file(&path) {
            Ok(loaded) => {
                let name = path.display().to_string();
                let lang = state.language;
                let status = match &loaded.report {
                    Some(r) => tr!(
                        lang,
                        "status-opened-report",
                        name = name.as_str(),
                        report = r.summary()
                    ),
                    None => tr!(lang, "status-opened", name = name.as_str()),
                };
                state.replace_dataset(loaded.dataset, name, loaded.report);
                state.dataset_path = Some(path);
                state.status = Some(status);
            }
            Err(e) => state.load_error = Some(e),
        },
        Intent::DismissLoadError => state.load_error = None,
        Intent::ZoomTime { anchor, factor } => {
            state.time_view = state
                .time_view
                .zoom_around(anchor, factor, &state.time_limits());
        }
        Intent::PanTime(seconds) => {
            state.time_view = state.time_view.pan(seconds, &state.time_limits())
        }
        Intent::ShowTime(a, b) => {
            let limits = state.time_limits();
            let view = TimeView::fit(a, b, TIME_VIEW_PAD);
            state.time_view = view.zoom_around(a, 1.0, &limits);
        }
        Intent::SetWindow(window) => {
            state.time_window = window.map(|(a, b)| (a.min(b), a.max(b)));
            state.time_mode = if state.time_window.is_some() {
                TimeMode::Window
            } else {
                TimeMode::Cumulative
            };
        }
        Intent::SetTimeMode(mode) => state.time_mode = mode,
        Intent::TogglePlay => {
            let (_, end) = state.time_span();
            // Playing from the end starts again from the beginning.
            if !state.playback.playing && state.cursor >= end {
                state.cursor = state.time_span().0;
            }
            state.playback.playing = !state.playback.playing;
        }
        Intent::SetSpeed(speed) => state.playback.speed = speed,
        Intent::SetLoop(on) => state.playback.looping = on,
        Intent::SetSkipQuiet(on) => state.playback.skip_quiet = on,
        Intent::Advance(dt) => {
            if state.playback.playing {
                let next = state
                    .dataset
                    .events
                    .get(state.dataset.events_started_by(state.cursor))
                    .map(|e| e.start.start);
                let (cursor, playing) =
                    state
                        .playback
                        .advance(state.cursor, dt, next, state.time_span());
                state.cursor = cursor;
                state.playback.playing = playing;
                // Keep the cursor in view as it plays.
                if !state.time_view.contains(cursor) {
                    let len = state.time_view.seconds();
                    let start =
                        Timestamp::from_second(cursor.as_second() - len / 10).unwrap_or(cursor);
                    let end = Timestamp::from_second(start.as_second() + len).unwrap_or(cursor);
                    state.time_view =
                        TimeView { start, end }.zoom_around(start, 1.0, &state.time_limits());
                }
            }
        }
        Intent::StepDays(days) => {
            let t = Timestamp::from_second(state.cursor.as_second() + days * 86_400)
                .unwrap_or(state.cursor);
            apply(state, Intent::SetCursor(t));
        }
        Intent::CursorToStart => state.cursor = state.time_span().0,
        Intent::CursorToEnd => state.cursor = state.time_span().1,
        Intent::SetDensityInMapView(on) => state.density_in_map_view = on,
        Intent::SetFilter(filter) => state.set_filter(filter),
        Intent::StoryStart => go_to_story_step(state, 0),
        Intent::StoryStep(direction) => {
            let current = state.story_step.unwrap_or(0);
            let next = match direction {
                StepDirection::Next => current + 1,
                StepDirection::Previous => current.saturating_sub(1),
            };
            if next < state.dataset.story.len() {
                go_to_story_step(state, next);
            }
        }
        Intent::StoryExit => state.story_step = None,
        Intent::MeasureToggle => {
            state.measure = if state.measure.is_some() {
                None
            } else {
                Some(Vec::new())
            };
        }
        Intent::MeasurePoint(p) => {
            let points = state.measure.get_or_insert_with(Vec::new);
            if points.len() >= 2 {
                points.clear();
            }
            points.push(p);
        }
        Intent::ShowClaims(subject) => state.claims_window = subject,
        Intent::SetTheme(theme) => state.theme = theme,
        Intent::SetLanguage(language) => state.language = language,
        Intent::SaveViewPng(path) => state.effects.push(Effect::CaptureView(path)),
        Intent::ViewSaved(result) => {
            let lang = state.language;
            state.status = Some(match result {
                Ok((path, [width, height])) => tr!(
                    lang,
                    "status-saved-png",
                    path = path.display().to_string(),
                    width = width,
                    height = height
                ),
                Err(error) => tr!(lang, "status-write-failed", path = "PNG", error = error),
            });
        }
        Intent::Quit => state.effects.push(Effect::CloseWindow),
        Intent::CopyViewCommand(command) => {
            state.status = Some(tr!(
                state.language,
                "status-link-copied",
                command = command.as_str()
            ));
            state.effects.push(Effect::CopyText(command));
        }
        Intent::SetMapLayer(layer) => state.map_layer = layer,
        Intent::ZoomMapTo { center, zoom } => {
            state.map.center_at(center);
            set_zoom(&mut state.map, zoom);
        }
        Intent::Export { format, path } => {
            let events: Vec<usize> = (0..state.dataset.events.len()).collect();
            let text = io::export(&state.dataset, &events, format);
            let (lang, shown) = (state.language, path.display().to_string());
            state.status = Some(match std::fs::write(&path, text) {
                Ok(()) => tr!(lang, "status-wrote", count = events.len(), path = shown),
                Err(e) => tr!(
                    lang,
                    "status-write-failed",
                    path = shown,
                    error = e.to_string()
                ),
            });
        }
    }
}

/// Shows a step of the tour: its event selected, the cursor on it, the map on its place, the
/// timeline around it.
fn go_to_story_step(state: &mut AtlasState, step: usize) {
    let Some(s) = state.dataset.story.get(step) else {
        return;
    };
    let e = s.event;
    state.story_step = Some(step);
    select_event(state, e);
    if let Some(p) = state.dataset.events[e].place {
        state.map.center_at(state.dataset.places[p].position);
    }
    if !state.time_view.contains(state.cursor) {
        let (a, b) = state.time_span();
        state.time_view = TimeView::fit(a, b, TIME_VIEW_PAD);
    }
}

fn select_event(state: &mut AtlasState, e: EventIndex) {
    state.selection.event = Some(e);
    state.selection.place = state.dataset.events[e].place;
    state.cursor = state.dataset.events[e].start.start;
}

/// From the selected event, the neighbour in time order, so events that start at the same instant
/// are visited one by one; otherwise the first event at or after the cursor, or the last before it.
fn step_target(state: &AtlasState, direction: StepDirection) -> Option<EventIndex> {
    let d = &state.dataset;
    let at_selected = state
        .selection
        .event
        .filter(|&e| d.events[e].start.start == state.cursor);
    match (direction, at_selected) {
        (StepDirection::Next, Some(e)) => (e + 1 < d.events.len()).then_some(e + 1),
        (StepDirection::Previous, Some(e)) => e.checked_sub(1),
        (StepDirection::Next, None) => d.next_event_from(state.cursor),
        (StepDirection::Previous, None) => d.previous_event_before(state.cursor),
    }
}

pub fn set_zoom(map: &mut MapMemory, zoom: f64) {
    let _ = map.set_zoom(zoom.clamp(MIN_ZOOM, MAX_ZOOM));
}

fn fit_region(state: &mut AtlasState) {
    let region = Basemap::embedded().focus_region;
    let (lon, lat) = mercator_inverse(region.center());
    state.map.center_at(lon_lat(lon, lat));
    if state.map_half_size[0] > 0.0 {
        let zoom = MercatorView::zoom_to_fit(&region, state.map_half_size, 24.0);
        set_zoom(&mut state.map, zoom);
        state.fit_pending = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::builtin_dataset;

    fn state() -> AtlasState {
        AtlasState::new(builtin_dataset(), "test".into())
    }

    #[test]
    fn stepping_visits_simultaneous_events_one_by_one() {
        let mut s = state();
        let first = s.dataset.time_span().unwrap().0;
        apply(&mut s, Intent::SetCursor(first));
        let mut visited = Vec::new();
        for _ in 0..s.dataset.events.len() + 2 {
            apply(&mut s, Intent::StepEvent(StepDirection::Next));
            visited.extend(s.selection.event);
        }
        visited.dedup();
        assert_eq!(visited, (0..s.dataset.events.len()).collect::<Vec<_>>());
        apply(&mut s, Intent::StepEvent(StepDirection::Previous));
        assert_eq!(s.selection.event, Some(s.dataset.events.len() - 2));
    }

    #[test]
    fn selecting_a_place_that_has_not_happened_moves_the_cursor() {
        let mut s = state();
        let shetpe = s.dataset.place_by_id("shetpe").unwrap();
        let start = s.time_span().0;
        apply(&mut s, Intent::SetCursor(start));
        assert!(!s.is_place_active(shetpe));
        apply(&mut s, Intent::SelectPlace(shetpe));
        assert!(s.is_place_active(shetpe));
        assert_eq!(s.selection.place, Some(shetpe));
    }

    #[test]
    fn filtered_place_counts_equal_a_count_of_the_events() {
        let mut s = state();
        let mut filter = EventFilter::default();
        filter.hidden_categories.insert("violence".into());
        filter.query = "zhanaozen".into();
        apply(&mut s, Intent::SetFilter(filter));
        let (a, b) = s.time_span();
        for i in 0..=20 {
            let t =
                Timestamp::from_second(a.as_second() + (b.as_second() - a.as_second()) * i / 20)
                    .unwrap();
            apply(&mut s, Intent::SetCursor(t));
            for p in 0..s.dataset.places.len() {
                let counted = s
                    .dataset
                    .events_at(p)
                    .iter()
                    .filter(|&&e| s.filter_mask[e] && s.has_happened(e))
                    .count();
                assert_eq!(s.shown_event_count(p), counted, "place {p} at {t}");
            }
        }
    }

    #[test]
    fn cursor_is_clamped_and_zoom_bounded() {
        let mut s = state();
        apply(&mut s, Intent::SetCursor(Timestamp::UNIX_EPOCH));
        assert_eq!(s.cursor, s.time_span().0);
        for _ in 0..30 {
            apply(&mut s, Intent::ZoomIn);
        }
        assert_eq!(s.map.zoom(), MAX_ZOOM);
        for _ in 0..30 {
            apply(&mut s, Intent::ZoomOut);
        }
        assert_eq!(s.map.zoom(), MIN_ZOOM);
    }
}
