//! The settings: what survives opening another file (theme, language, map layer, UTC, the recent
//! window).

use super::changed::{Changed, set};
use crate::{i18n::Language, tiles::MapLayer, timeline::RecentWindow};

/// How the app looks and speaks, whatever the dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    theme: egui::ThemePreference,
    language: Language,
    /// What lies beneath the data: the offline basemap alone, or an online layer over it.
    map_layer: MapLayer,
    /// Show times in UTC instead of the region's local time.
    show_utc: bool,
    /// How far back from the cursor the map draws events as recent.
    recent_window: RecentWindow,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: egui::ThemePreference::System,
            language: Language::default(),
            map_layer: MapLayer::Offline,
            show_utc: false,
            recent_window: RecentWindow::default(),
        }
    }
}

impl Settings {
    /// The light or dark theme, or the system's.
    pub fn theme(&self) -> egui::ThemePreference {
        self.theme
    }

    /// The interface's language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// What lies beneath the data: the offline basemap alone, or an online layer.
    pub fn map_layer(&self) -> &MapLayer {
        &self.map_layer
    }

    /// Whether times are shown in UTC instead of the region's local time.
    pub fn show_utc(&self) -> bool {
        self.show_utc
    }

    /// Sets the theme.
    pub fn set_theme(&mut self, theme: egui::ThemePreference) -> Changed {
        set(&mut self.theme, theme)
    }

    /// Sets the interface's language.
    pub fn set_language(&mut self, language: Language) -> Changed {
        set(&mut self.language, language)
    }

    /// Sets what lies beneath the data.
    pub fn set_map_layer(&mut self, layer: MapLayer) -> Changed {
        set(&mut self.map_layer, layer)
    }

    /// How far back from the cursor the map draws events as recent.
    pub fn recent_window(&self) -> RecentWindow {
        self.recent_window
    }

    /// Sets how far back from the cursor the map draws events as recent.
    pub fn set_recent_window(&mut self, window: RecentWindow) -> Changed {
        set(&mut self.recent_window, window)
    }

    /// Shows times in UTC (true) or in the region's local time.
    pub fn set_show_utc(&mut self, utc: bool) -> Changed {
        set(&mut self.show_utc, utc)
    }
}
