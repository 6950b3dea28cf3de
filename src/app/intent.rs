//! What the user asked for, and the one function that changes the state accordingly.

use std::path::PathBuf;

use jiff::Timestamp;

use super::{AtlasState, Changed, Effect, SavedView, Status, TimeMode, state::Opened};
use crate::{
    geometry::MercBox,
    i18n::Language,
    io::{ColumnChoice, ExportFormat, LoadError},
    model::{EventFilter, EventIndex, PlaceIndex},
    tiles::MapLayer,
    timeline::{RecentWindow, Speed},
};

/// Which way to step: to the previous or the next event or tour step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepDirection {
    /// Back: the previous one.
    Previous,
    /// Forward: the next one.
    Next,
}

/// A request from the UI. UI modules emit these; only [`apply`] acts on them.
#[derive(Debug)]
pub enum Intent {
    /// Select a place. If none of its events has happened yet, the cursor moves to the first one,
    /// so that the place and its story come into view.
    SelectPlace(PlaceIndex),
    /// Select an event and its place, and move the cursor to its start.
    SelectEvent(EventIndex),
    /// End a measurement if one is under way, else clear the selection (Esc).
    ClearSelection,
    /// Move the cursor (clamped to the dataset's span).
    SetCursor(Timestamp),
    /// Move the cursor to the previous or next event, selecting it.
    StepEvent(StepDirection),
    /// Zoom the map in one level.
    ZoomIn,
    /// Zoom the map out one level.
    ZoomOut,
    /// Frame the region the dataset names as its home (nothing when it names none).
    FitRegion,
    /// Frame the dataset's events on the map.
    FitData,
    /// Show times in UTC (true) or in the region's local time.
    ShowUtc(bool),
    /// How far back from the cursor the map draws events as recent.
    SetRecentWindow(RecentWindow),
    /// Open a dataset file (any supported format), read on a worker thread. On failure the
    /// current dataset stays and the errors are shown.
    OpenFile(PathBuf),
    /// Open a dataset file with a CSV table's columns for some fields chosen (the command line's
    /// `--lat-column`…).
    OpenFileWithColumns {
        /// The file.
        path: PathBuf,
        /// The columns chosen.
        columns: ColumnChoice,
    },
    /// Open the dataset opened last time, as File > Open does, with the cursor where it was.
    Reopen {
        /// The file.
        path: PathBuf,
        /// Where the cursor was.
        cursor: Timestamp,
    },
    /// A load has ended: the dataset made ready, or every problem of the file.
    Loaded {
        /// The load's id, to drop the result of a load that was cancelled.
        id: u64,
        /// The dataset ready to put on screen, or why the file could not be opened.
        result: Box<Result<Opened, LoadError>>,
    },
    /// Stop the load under way; the dataset on screen stays.
    CancelLoad,
    /// Hide the error of the last load.
    DismissLoadError,
    /// Put a file among the recent ones (restoring the saved list).
    NoteRecentFile(PathBuf),
    /// Empty *File > Recent files*.
    ClearRecentFiles,
    /// Keep a history of the files opened (recent files, reopening at start), or none.
    SetKeepHistory(bool),
    /// Open the built-in record again (always offered, so no file traps the user).
    OpenBuiltin,
    /// Show why a file did not open (one named on the command line: the window opens anyway).
    ShowLoadError(Box<LoadError>),
    /// Write every event of the dataset to a file (the format's own columns), on a worker thread.
    Export {
        /// The format to write.
        format: ExportFormat,
        /// The file to write.
        path: PathBuf,
    },
    /// An export has ended: how many events went to which file, or why it failed.
    Exported(Result<(usize, PathBuf), (PathBuf, String)>),
    /// Zoom the time axis by `factor` (< 1 zooms in) around `anchor`.
    ZoomTime {
        /// The instant that stays in place.
        anchor: Timestamp,
        /// How much the shown span is scaled (< 1 zooms in).
        factor: f64,
    },
    /// Pan the time axis by so many seconds (positive: later).
    PanTime(i64),
    /// Show this range on the time axis (presets, double-click to fit).
    ShowTime(Timestamp, Timestamp),
    /// Show exactly this range on the timeline (`--span`), no margin added.
    ShowTimeExactly(Timestamp, Timestamp),
    /// Set or clear the time window (Shift-drag on the axis).
    SetWindow(Option<(Timestamp, Timestamp)>),
    /// Show everything up to the cursor, or only the time window.
    SetTimeMode(TimeMode),
    /// Start or stop playback; playing from the end starts again from the beginning.
    TogglePlay,
    /// Set how much historical time passes per second of playback.
    SetSpeed(Speed),
    /// Play again from the start on reaching the end, or stop there.
    SetLoop(bool),
    /// Jump over stretches with no events during playback, or play through them.
    SetSkipQuiet(bool),
    /// Playback: `dt` seconds of wall time have passed.
    Advance(f64),
    /// Move the cursor by whole days (Shift+Left/Right).
    StepDays(i64),
    /// Move the cursor to the start or the end of the dataset (Home/End).
    CursorToStart,
    /// Move the cursor to the end of the dataset (End).
    CursorToEnd,
    /// Go to where the dataset says it opens: its moment, its place or part of the map, its
    /// range of time (a first start, or a dataset opened from a file).
    GoToOpening {
        /// Its time too (cursor and span); `false` when the command line gave a date.
        time: bool,
    },
    /// Count only the events in the map's view in the histogram, or all of them.
    SetDensityInMapView(bool),
    /// Show only events of these categories and containing this text.
    SetFilter(EventFilter),
    /// Move the pick among the search's results (Up: -1, Down: +1).
    SearchMove(i32),
    /// Open the picked search result (Enter): select it, the cursor and the map go to it.
    OpenSearchResult,
    /// Start the guided tour at its first step.
    StoryStart,
    /// Show the title card (a real first start) or, with `false`, put it away ("Explore").
    TitleCard(bool),
    /// Put away the note that the offline basemap has nothing finer at this zoom.
    DismissOfflineNote,
    /// Go to the previous or next step of the tour.
    StoryStep(StepDirection),
    /// Leave the guided tour.
    StoryExit,
    /// Start or stop measuring.
    MeasureToggle,
    /// Add a point to the measurement (a third point starts a new one).
    MeasurePoint(geo::Point),
    /// Open the claims window for a subject, or close it.
    ShowClaims(Option<String>),
    /// Use the light or dark theme, or follow the system's.
    SetTheme(egui::ThemePreference),
    /// Set the interface's language.
    SetLanguage(Language),
    /// Save what the window shows as a PNG file (File > Save view as PNG, Ctrl+S).
    SaveViewPng(PathBuf),
    /// Ask for a file's path in the window (no native dialog could open), or (`None`) stop.
    AskPath(Option<super::PathPrompt>),
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
        /// The point to centre on (lon, lat).
        center: geo::Point,
        /// The zoom level to show it at.
        zoom: f64,
    },
    /// Keep the map's view as it is instead of framing the region (a view given at start-up).
    KeepMapView,
    /// What the map widget did this frame (its gestures pan and zoom), and where it is on screen.
    MapMoved {
        /// walkers' memory after the widget's gestures this frame.
        memory: Box<walkers::MapMemory>,
        /// Half the map's size on screen.
        half_size: [f32; 2],
        /// The map's centre on screen.
        screen_center: [f32; 2],
        /// The part of the map on screen the panels over it leave free.
        free: crate::geometry::ScreenRect,
    },
    /// `dt` seconds have passed while the map or the timeline glides to a tour step's view.
    Animate(f64),
}

/// Applies one intent and says whether it changed anything (the shell repaints only then).
pub fn apply(state: &mut AtlasState, intent: Intent) -> Changed {
    let s = state;
    match intent {
        Intent::SelectPlace(p) => select_place(s, p),
        Intent::SelectEvent(e) => select_event(s, e),
        // Esc ends a measurement first, then clears the selection.
        Intent::ClearSelection => {
            if s.tools.measure().is_some() {
                s.tools.end_measure()
            } else {
                super::changed::set(&mut s.selection, Default::default())
            }
        }
        Intent::SetCursor(t) => s.time.set_cursor(t),
        Intent::StepEvent(direction) => match step_target(s, direction) {
            Some(e) => select_event(s, e),
            None => Changed::No,
        },
        Intent::ZoomIn => s.map.zoom_in(),
        Intent::ZoomOut => s.map.zoom_out(),
        Intent::FitRegion => match &s.data.dataset().home_region {
            Some(region) => s.map.fit(region.bbox),
            None => Changed::No,
        },
        Intent::FitData => {
            let d = s.data.dataset();
            let target = d
                .extent()
                .or(d.home_region.as_ref().map(|r| r.bbox))
                .unwrap_or(WHOLE_WORLD);
            s.map.fit(target)
        }
        Intent::ShowUtc(utc) => s.settings.set_show_utc(utc),
        Intent::SetRecentWindow(w) => s.settings.set_recent_window(w),
        Intent::OpenFile(path) => begin_load(s, Some(path), None, ColumnChoice::default()),
        Intent::OpenFileWithColumns { path, columns } => begin_load(s, Some(path), None, columns),
        Intent::OpenBuiltin => begin_load(s, None, None, ColumnChoice::default()),
        Intent::ClearRecentFiles => s.settings.clear_recent_files(),
        Intent::NoteRecentFile(path) => s.settings.note_opened(&path),
        Intent::SetKeepHistory(keep) => s.settings.set_keep_history(keep),
        Intent::Reopen { path, cursor } => {
            begin_load(s, Some(path), Some(cursor), ColumnChoice::default())
        }
        Intent::Loaded { id, result } => {
            let Some(loading) = s.messages.end_load(id) else {
                return Changed::No;
            };
            match *result {
                Ok(opened) => {
                    let status = Status::Opened {
                        name: opened.data.name().to_string(),
                        report: opened.report.as_ref().map(|r| r.summary()),
                    };
                    s.replace_dataset(opened);
                    if let Some(path) = s.data.path() {
                        let _ = s.settings.note_opened(path);
                    }
                    match loading.cursor {
                        Some(t) => {
                            let _ = s.time.set_cursor(t);
                        }
                        None => {
                            let _ = go_to_opening(s, true);
                            if !s
                                .data
                                .dataset()
                                .opening
                                .as_ref()
                                .is_some_and(|o| o.frames_map())
                            {
                                let _ = s.map.request_fit();
                            }
                        }
                    }
                    let _ = s.messages.set_status(status);
                }
                Err(e) => {
                    // A recent file that no longer opens is reported (here) and dropped.
                    if let Some(path) = &loading.path {
                        let _ = s.settings.forget(path);
                    }
                    let _ = s.messages.set_load_error(Some(e));
                }
            }
            Changed::Yes
        }
        Intent::CancelLoad => s.messages.cancel_load(),
        Intent::DismissLoadError => s.messages.set_load_error(None),
        Intent::ShowLoadError(e) => s.messages.set_load_error(Some(*e)),
        Intent::ZoomTime { anchor, factor } => s.time.zoom(anchor, factor),
        Intent::PanTime(seconds) => s.time.pan(seconds),
        Intent::ShowTime(a, b) => s.time.show(a, b),
        Intent::ShowTimeExactly(a, b) => s.time.show_exactly(a, b),
        Intent::SetWindow(window) => s.time.set_window(window),
        Intent::SetTimeMode(mode) => s.time.set_mode(mode),
        Intent::TogglePlay => s.time.toggle_play(),
        Intent::SetSpeed(speed) => s.time.set_speed(speed),
        Intent::SetLoop(on) => s.time.set_looping(on),
        Intent::SetSkipQuiet(on) => s.time.set_skip_quiet(on),
        Intent::Advance(dt) => {
            let d = s.data.dataset();
            let next = d
                .events
                .get(d.events_started_by(s.time.cursor()))
                .map(|e| e.start.start);
            s.time.advance(dt, next)
        }
        Intent::StepDays(days) => s.time.step_days(days),
        Intent::CursorToStart => s.time.set_cursor(s.time.span().0),
        Intent::CursorToEnd => s.time.set_cursor(s.time.span().1),
        Intent::GoToOpening { time } => go_to_opening(s, time),
        Intent::SetDensityInMapView(on) => s.shown.set_density_in_map_view(on),
        Intent::SetFilter(filter) => {
            s.shown.set_filter(s.data.dataset(), filter) | s.tools.set_search_pick(0)
        }
        Intent::SearchMove(delta) => {
            let last = s.search_results().len().saturating_sub(1);
            let pick = (s.tools.search_pick() as i64 + delta as i64).clamp(0, last as i64);
            s.tools.set_search_pick(pick as usize)
        }
        Intent::OpenSearchResult => match s.search_results().get(s.tools.search_pick()) {
            Some(&e) => {
                let mut changed = select_event(s, e);
                if let Some(p) = s.dataset().events[e].place {
                    changed |= s.map.center_at(s.dataset().places[p].position);
                }
                changed
            }
            None => Changed::No,
        },
        Intent::StoryStart => s.tools.set_title_card(false) | go_to_story_step(s, 0),
        Intent::TitleCard(shown) => s.tools.set_title_card(shown),
        Intent::DismissOfflineNote => s.messages.dismiss_offline_note(),
        Intent::AskPath(prompt) => s.tools.set_path_prompt(prompt),
        Intent::StoryStep(direction) => {
            let current = s.tools.story_step().unwrap_or(0);
            let next = match direction {
                StepDirection::Next => current + 1,
                StepDirection::Previous => current.saturating_sub(1),
            };
            if next < s.dataset().story.len() {
                go_to_story_step(s, next)
            } else {
                Changed::No
            }
        }
        Intent::StoryExit => s.tools.set_story_step(None),
        Intent::MeasureToggle => s.tools.toggle_measure(),
        Intent::MeasurePoint(p) => s.tools.add_measure_point(p),
        Intent::ShowClaims(subject) => s.tools.set_claims_window(subject),
        Intent::SetTheme(theme) => s.settings.set_theme(theme),
        Intent::SetLanguage(language) => s.settings.set_language(language),
        Intent::SaveViewPng(path) => {
            s.effects.push(Effect::CaptureView(path));
            Changed::No
        }
        Intent::ViewSaved(result) => s.messages.set_status(match result {
            Ok((path, size)) => Status::SavedPng { path, size },
            Err(error) => Status::WriteFailed {
                path: "PNG".into(),
                error,
            },
        }),
        Intent::Quit => {
            s.effects.push(Effect::CloseWindow);
            Changed::No
        }
        Intent::CopyViewCommand(command) => {
            s.effects.push(Effect::CopyText(command.clone()));
            s.messages.set_status(Status::LinkCopied { command })
        }
        // Choosing a layer answers the note that offered them.
        Intent::SetMapLayer(layer) => {
            s.settings.set_map_layer(layer) | s.messages.dismiss_offline_note()
        }
        Intent::ZoomMapTo { center, zoom } => s.map.zoom_to(center, zoom),
        Intent::KeepMapView => s.map.keep_view(),
        Intent::MapMoved {
            memory,
            half_size,
            screen_center,
            free,
        } => s
            .map
            .sync_from_widget(*memory, half_size, screen_center, free),
        Intent::Animate(dt) => s.map.advance_flight(dt) | s.time.advance_glide(dt),
        Intent::Export { format, path } => {
            let dataset = s.data.shared();
            s.effects.push(Effect::Export {
                events: (0..dataset.events.len()).collect(),
                dataset,
                format,
                path,
            });
            Changed::No
        }
        Intent::Exported(result) => s.messages.set_status(match result {
            Ok((count, path)) => Status::Wrote { count, path },
            Err((path, error)) => Status::WriteFailed {
                path: path.display().to_string(),
                error,
            },
        }),
    }
}

/// Starts reading `path` (the built-in record for `None`) on a worker thread; `cursor` goes into
/// effect once it is on screen.
fn begin_load(
    s: &mut AtlasState,
    path: Option<PathBuf>,
    cursor: Option<Timestamp>,
    columns: ColumnChoice,
) -> Changed {
    let loading = s.messages.begin_load(path, cursor);
    s.effects.push(Effect::Load {
        id: loading.id,
        path: loading.path,
        progress: loading.progress,
        columns,
    });
    Changed::Yes
}

/// Selects a place. If none of its events has happened yet, the cursor moves to the first one.
fn select_place(s: &mut AtlasState, p: PlaceIndex) -> Changed {
    let mut changed = super::changed::set(
        &mut s.selection,
        super::Selection {
            place: Some(p),
            event: None,
        },
    );
    if !s.is_place_active(p)
        && let Some(t) = s.dataset().first_event_start_at(p)
    {
        changed |= s.time.set_cursor(t);
    }
    changed
}

/// Shows a step of the tour: its event selected, the cursor on it, the map on the places the
/// step frames (or the event's place), the timeline on the step's span (or around the cursor).
fn go_to_story_step(s: &mut AtlasState, step: usize) -> Changed {
    let Some(st) = s.dataset().story.get(step) else {
        return Changed::No;
    };
    let (e, span) = (st.event, st.span);
    let mut frame = MercBox::EMPTY;
    for &p in &st.frame {
        let at = s.dataset().places[p].position;
        frame.extend(crate::geometry::mercator(at.x(), at.y()));
    }
    // The step sets map and timeline at once; then both glide there from where they were.
    let (map_before, time_before) = (s.map.view_now(), s.time.view());
    let mut changed = s.tools.set_story_step(Some(step)) | select_event(s, e);
    if frame != MercBox::EMPTY {
        changed |= s.map.fit(frame);
    } else if let Some(p) = s.dataset().events[e].place {
        let position = s.dataset().places[p].position;
        changed |= s.map.center_at(position);
    }
    changed |= match span {
        Some((a, b)) => s.time.show_exactly(a, b),
        None => s.time.show_cursor(),
    };
    changed | s.map.glide_from(map_before) | s.time.glide_from(time_before)
}

fn select_event(s: &mut AtlasState, e: EventIndex) -> Changed {
    let event = &s.dataset().events[e];
    let (place, start) = (event.place, event.start.start);
    super::changed::set(
        &mut s.selection,
        super::Selection {
            place,
            event: Some(e),
        },
    ) | s.time.set_cursor(start)
}

/// From the selected event, the neighbour in time order, so events that start at the same instant
/// are visited one by one; otherwise the first event at or after the cursor, or the last before it.
fn step_target(state: &AtlasState, direction: StepDirection) -> Option<EventIndex> {
    let d = state.dataset();
    let cursor = state.cursor();
    let at_selected = state
        .selection
        .event
        .filter(|&e| d.events[e].start.start == cursor);
    match (direction, at_selected) {
        (StepDirection::Next, Some(e)) => (e + 1 < d.events.len()).then_some(e + 1),
        (StepDirection::Previous, Some(e)) => e.checked_sub(1),
        (StepDirection::Next, None) => d.next_event_from(cursor),
        (StepDirection::Previous, None) => d.previous_event_before(cursor),
    }
}

/// What *Fit data* frames when no event has a place: the world, as far as Mercator goes.
const WHOLE_WORLD: MercBox = MercBox {
    min: [0.0, 0.0],
    max: [1.0, 1.0],
};

/// The dataset's opening view, if it has one: where the map looks, and with `time` its moment
/// and span.
fn go_to_opening(s: &mut AtlasState, time: bool) -> Changed {
    let Some(o) = s.data.dataset().opening.clone() else {
        return Changed::No;
    };
    let mut changed = Changed::No;
    if time {
        if let Some((a, b)) = o.span {
            changed |= s.time.show(a, b);
        }
        changed |= s.time.set_cursor(o.cursor);
    }
    let center = o
        .place
        .map(|p| s.data.dataset().places[p].position)
        .or(o.center);
    if let Some(center) = center {
        let zoom = o.zoom.unwrap_or(s.map.zoom());
        changed |= s.map.zoom_to(center, zoom);
        changed |= s.map.keep_view();
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{MAX_ZOOM, MIN_ZOOM};
    use crate::io::builtin_dataset;

    fn state() -> AtlasState {
        AtlasState::new(builtin_dataset(), "test".into())
    }

    #[test]
    fn stepping_visits_simultaneous_events_one_by_one() {
        let mut s = state();
        let first = s.dataset().time_span().unwrap().0;
        let _ = apply(&mut s, Intent::SetCursor(first));
        let mut visited = Vec::new();
        let n = s.dataset().events.len();
        for _ in 0..n + 2 {
            let _ = apply(&mut s, Intent::StepEvent(StepDirection::Next));
            visited.extend(s.selection().event);
        }
        visited.dedup();
        assert_eq!(visited, (0..n).collect::<Vec<_>>());
        assert_eq!(
            apply(&mut s, Intent::StepEvent(StepDirection::Next)),
            Changed::No,
            "past the last event nothing changes"
        );
        let _ = apply(&mut s, Intent::StepEvent(StepDirection::Previous));
        assert_eq!(s.selection().event, Some(n - 2));
    }

    #[test]
    fn selecting_a_place_that_has_not_happened_moves_the_cursor() {
        let mut s = state();
        let shetpe = s.dataset().place_by_id("shetpe").unwrap();
        let start = s.time().span().0;
        let _ = apply(&mut s, Intent::SetCursor(start));
        assert!(!s.is_place_active(shetpe));
        assert_eq!(apply(&mut s, Intent::SelectPlace(shetpe)), Changed::Yes);
        assert!(s.is_place_active(shetpe));
        assert_eq!(s.selection().place, Some(shetpe));
    }

    #[test]
    fn filtered_place_counts_equal_a_count_of_the_events() {
        let mut s = state();
        let mut filter = EventFilter::default();
        filter.hidden_categories.insert("violence".into());
        filter.query = "zhanaozen".into();
        assert_eq!(
            apply(&mut s, Intent::SetFilter(filter.clone())),
            Changed::Yes
        );
        assert_eq!(apply(&mut s, Intent::SetFilter(filter)), Changed::No);
        let (a, b) = s.time().span();
        for i in 0..=20 {
            let t =
                Timestamp::from_second(a.as_second() + (b.as_second() - a.as_second()) * i / 20)
                    .unwrap();
            let _ = apply(&mut s, Intent::SetCursor(t));
            for p in 0..s.dataset().places.len() {
                let counted = s
                    .dataset()
                    .events_at(p)
                    .iter()
                    .filter(|&&e| s.shown().passes(e) && s.has_happened(e))
                    .count();
                assert_eq!(s.shown_event_count(p), counted, "place {p} at {t}");
            }
        }
    }

    #[test]
    fn cursor_is_clamped_and_zoom_bounded() {
        let mut s = state();
        let _ = apply(&mut s, Intent::SetCursor(Timestamp::UNIX_EPOCH));
        assert_eq!(s.cursor(), s.time().span().0);
        for _ in 0..30 {
            let _ = apply(&mut s, Intent::ZoomIn);
        }
        assert_eq!(s.map().zoom(), MAX_ZOOM);
        for _ in 0..30 {
            let _ = apply(&mut s, Intent::ZoomOut);
        }
        assert_eq!(s.map().zoom(), MIN_ZOOM);
    }

    #[test]
    fn a_load_cancelled_keeps_the_dataset_and_its_late_result_is_dropped() {
        let mut s = state();
        let title = s.dataset().title.clone();
        let _ = apply(&mut s, Intent::OpenFile("other.csv".into()));
        let Some(Effect::Load { id, progress, .. }) = s.take_effects().pop() else {
            panic!("opening a file asks the shell to load it");
        };
        assert_eq!(apply(&mut s, Intent::CancelLoad), Changed::Yes);
        assert!(progress.is_cancelled());
        let other = crate::io::parse_any("x.csv", "lat,lon,date\n1,2,2020-01-01\n").unwrap();
        let result = Box::new(Ok(Opened::new(other, "x.csv".into(), None)));
        assert_eq!(apply(&mut s, Intent::Loaded { id, result }), Changed::No);
        assert_eq!(s.dataset().title, title);
        assert!(s.messages().loading().is_none());
    }
}
