//! What comes back on the next start: the map view, the cursor, the filters, the theme, the
//! language, the map layer and the last opened dataset, as one JSON value. A state that cannot be
//! read (corrupt, or from another version) is refused with a reason, and each value of a readable
//! one is checked as its command-line or menu twin is before it is used: a file can be edited by
//! hand, or by something hostile. The shell keeps it in a file of its own
//! ([`crate::shell::StateFile`]).

use std::path::PathBuf;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{AtlasState, Intent, MAX_ZOOM, MIN_ZOOM, apply};
use crate::{i18n::Language, model::EventFilter, tiles::MapLayer, timeline::RecentWindow};

/// Raised when the meaning of a field changes; older states are then ignored.
const VERSION: u32 = 1;

/// What is saved for the next start.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedState {
    /// The format's version; a state of another version is refused.
    pub version: u32,
    /// The file the dataset came from; `None` for the built-in record.
    pub dataset_path: Option<PathBuf>,
    /// The instant the map showed.
    pub cursor: Timestamp,
    /// Longitude, latitude.
    pub map_center: [f64; 2],
    /// The map's zoom level.
    pub map_zoom: f64,
    /// The categories switched off and the search text.
    pub filter: EventFilter,
    /// The light or dark theme, or the system's.
    pub theme: egui::ThemePreference,
    /// The interface's language.
    pub language: Language,
    /// What lies beneath the data: the offline basemap alone, or an online layer.
    pub map_layer: MapLayer,
    /// Whether times are shown in UTC instead of the region's local time.
    pub show_utc: bool,
    /// How far back from the cursor the map draws events as recent (absent in older files).
    #[serde(default)]
    pub recent_window: RecentWindow,
    /// The files opened last, newest first (absent in older files).
    #[serde(default)]
    pub recent_files: Vec<PathBuf>,
    /// Whether a history of opened files is kept (absent in older files: kept).
    #[serde(default = "keep_history_default")]
    pub keep_history: bool,
}

fn keep_history_default() -> bool {
    true
}

impl SavedState {
    /// What of `state` is saved: its dataset's file, view, filter and settings.
    pub fn of(state: &AtlasState) -> Self {
        let center = state.map().center();
        let settings = state.settings();
        Self {
            version: VERSION,
            // A file still loading is the one the user asked for.
            // Without a history, nothing says what was opened.
            dataset_path: match state.messages().loading() {
                _ if !settings.keep_history() => None,
                Some(loading) => loading.path.clone(),
                None => state.data().path().map(PathBuf::from),
            },
            cursor: state.cursor(),
            map_center: [center.x(), center.y()],
            map_zoom: state.map().zoom(),
            filter: state.shown().filter().clone(),
            theme: settings.theme(),
            language: settings.language(),
            map_layer: settings.map_layer().clone(),
            show_utc: settings.show_utc(),
            recent_window: settings.recent_window(),
            recent_files: settings.recent_files().to_vec(),
            keep_history: settings.keep_history(),
        }
    }

    /// The saved state as JSON, for the storage.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("the saved state serialises")
    }

    /// Reads a saved state, or says why it cannot be used.
    pub fn from_json(text: &str) -> Result<Self, String> {
        let saved: Self = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if saved.version != VERSION {
            return Err(format!(
                "version {} (this build reads version {VERSION})",
                saved.version
            ));
        }
        Ok(saved)
    }

    /// Puts the saved settings back into `state`. The view (cursor, map) only when `view` is true:
    /// a view asked for on the command line wins over the saved one. A value that its twin on the
    /// command line or in the menu would refuse is dropped, with the reason in the log.
    pub fn restore(self, state: &mut AtlasState, view: bool) {
        let mut intents = vec![
            Intent::SetTheme(self.theme),
            Intent::SetLanguage(self.language),
            Intent::ShowUtc(self.show_utc),
            Intent::SetRecentWindow(self.recent_window),
            Intent::SetKeepHistory(self.keep_history),
        ];
        // Oldest first, so that the newest ends first; only absolute paths, at most the menu's.
        let recent: Vec<&PathBuf> = self
            .recent_files
            .iter()
            .filter(|p| p.is_absolute())
            .take(super::settings::RECENT_FILES)
            .collect();
        for path in recent.into_iter().rev() {
            intents.push(Intent::NoteRecentFile(path.clone()));
        }
        // A layer from the command line wins; a saved custom server must pass `--tiles`' checks.
        let layer = match self.map_layer {
            MapLayer::Custom { url } => MapLayer::custom(&url),
            other => Ok(other),
        };
        match layer {
            Ok(layer) if *state.settings().map_layer() == MapLayer::Offline => {
                intents.push(Intent::SetMapLayer(layer));
            }
            Ok(_) => {}
            Err(e) => log::warn!("the saved map layer is not used: {e}"),
        }
        // Categories the dataset does not have are dropped with the filter's other terms kept.
        let mut filter = self.filter;
        let categories = state.dataset().categories();
        filter
            .hidden_categories
            .retain(|c| categories.iter().any(|k| k.0 == *c));
        if filter.query.chars().count() > EventFilter::MAX_QUERY_CHARS {
            log::warn!("the saved search is longer than a search may be: not used");
            filter.query.clear();
        }
        intents.push(Intent::SetFilter(filter));
        if view {
            intents.push(Intent::SetCursor(self.cursor));
            match saved_map_view(self.map_center, self.map_zoom) {
                Ok((center, zoom)) => {
                    intents.extend([Intent::ZoomMapTo { center, zoom }, Intent::KeepMapView])
                }
                Err(e) => log::warn!("the saved map view is not used: {e}"),
            }
        }
        for intent in intents {
            let _ = apply(state, intent);
        }
    }
}

/// The saved map centre and zoom, if `--center` and `--zoom` would take them.
fn saved_map_view([lon, lat]: [f64; 2], zoom: f64) -> Result<(geo::Point, f64), String> {
    let lon = crate::io::fields::longitude(lon)?;
    let lat = crate::io::fields::map_latitude(lat)?;
    if !(MIN_ZOOM..=MAX_ZOOM).contains(&zoom) {
        return Err(format!("zoom {zoom}: expected {MIN_ZOOM} to {MAX_ZOOM}"));
    }
    Ok((geo::Point::new(lon, lat), zoom))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::builtin_dataset;

    fn state() -> AtlasState {
        AtlasState::new(builtin_dataset(), "test".into())
    }

    #[test]
    fn a_state_round_trips_through_json() {
        let mut s = state();
        let _ = apply(&mut s, Intent::SetLanguage(Language::Russian));
        let _ = apply(&mut s, Intent::SetTheme(egui::ThemePreference::Dark));
        let _ = apply(
            &mut s,
            Intent::ZoomMapTo {
                center: geo::Point::new(52.86, 43.34),
                zoom: 11.0,
            },
        );
        let saved = SavedState::of(&s);
        let back = SavedState::from_json(&saved.to_json()).unwrap();
        assert_eq!(back, saved);
        let mut fresh = state();
        back.restore(&mut fresh, true);
        assert_eq!(fresh.language(), Language::Russian);
        assert_eq!(fresh.map().zoom(), 11.0);
        assert_eq!(fresh.cursor(), s.cursor());
    }

    #[test]
    fn restored_values_are_checked_as_their_command_line_twins_are() {
        let clean = state();
        let mut saved = SavedState::of(&clean);
        saved.map_center = [720.0, 95.0];
        saved.map_layer = MapLayer::Custom {
            url: "file:///etc/passwd".into(),
        };
        saved.filter.query = "x".repeat(EventFilter::MAX_QUERY_CHARS + 1);
        let mut s = state();
        saved.clone().restore(&mut s, true);
        assert_eq!(s.map().center(), clean.map().center());
        assert_eq!(*s.settings().map_layer(), MapLayer::Offline);
        assert!(s.shown().filter().query.is_empty());
        saved.map_center = [52.0, 43.0];
        saved.map_zoom = 1e308;
        let mut s = state();
        saved.restore(&mut s, true);
        assert_eq!(s.map().zoom(), clean.map().zoom());
    }

    #[test]
    fn unreadable_states_are_refused_with_a_reason() {
        assert!(SavedState::from_json("{not json").is_err());
        let mut other = serde_json::to_value(SavedState::of(&state())).unwrap();
        other["version"] = 99.into();
        let e = SavedState::from_json(&other.to_string()).unwrap_err();
        assert!(e.contains("version 99"), "{e}");
    }
}
