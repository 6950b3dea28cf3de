//! What comes back on the next start: the map view, the cursor, the filters, the theme, the
//! language, the map layer and the last opened dataset, as one JSON value under [`KEY`]. A state
//! that cannot be read (corrupt, or from another version) is refused with a reason. The shell
//! keeps it in eframe's storage ([`crate::shell::storage`]).

use std::path::PathBuf;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{AtlasState, Intent, apply};
use crate::{i18n::Language, model::EventFilter, tiles::MapLayer};

/// The storage key.
pub const KEY: &str = "zhanaozen-atlas/state";
/// Raised when the meaning of a field changes; older states are then ignored.
const VERSION: u32 = 1;

/// What is saved for the next start, as stored under [`KEY`].
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
}

impl SavedState {
    /// What of `state` is saved: its dataset's file, view, filter and settings.
    pub fn of(state: &AtlasState) -> Self {
        let center = state.map().center();
        let settings = state.settings();
        Self {
            version: VERSION,
            dataset_path: state.data().path().map(PathBuf::from),
            cursor: state.cursor(),
            map_center: [center.x(), center.y()],
            map_zoom: state.map().zoom(),
            filter: state.shown().filter().clone(),
            theme: settings.theme(),
            language: settings.language(),
            map_layer: settings.map_layer().clone(),
            show_utc: settings.show_utc(),
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
    /// a view asked for on the command line wins over the saved one.
    pub fn restore(self, state: &mut AtlasState, view: bool) {
        let mut intents = vec![
            Intent::SetTheme(self.theme),
            Intent::SetLanguage(self.language),
            Intent::ShowUtc(self.show_utc),
        ];
        // A layer from the command line wins.
        if *state.settings().map_layer() == MapLayer::Offline {
            intents.push(Intent::SetMapLayer(self.map_layer));
        }
        // Categories the dataset does not have are dropped with the filter's other terms kept.
        let mut filter = self.filter;
        let categories = state.dataset().categories();
        filter
            .hidden_categories
            .retain(|c| categories.iter().any(|k| &k.0 == c));
        intents.push(Intent::SetFilter(filter));
        if view {
            intents.push(Intent::SetCursor(self.cursor));
            let [lon, lat] = self.map_center;
            if lon.is_finite() && lat.is_finite() && self.map_zoom.is_finite() {
                let center = geo::Point::new(lon, lat);
                intents.push(Intent::ZoomMapTo {
                    center,
                    zoom: self.map_zoom,
                });
                intents.push(Intent::KeepMapView);
            }
        }
        for intent in intents {
            let _ = apply(state, intent);
        }
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
    fn unreadable_states_are_refused_with_a_reason() {
        assert!(SavedState::from_json("{not json").is_err());
        let mut other = serde_json::to_value(SavedState::of(&state())).unwrap();
        other["version"] = 99.into();
        let e = SavedState::from_json(&other.to_string()).unwrap_err();
        assert!(e.contains("version 99"), "{e}");
    }
}
