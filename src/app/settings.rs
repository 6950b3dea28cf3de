//! The settings: what survives opening another file (theme, language, map layer, UTC, the recent
//! window).

use std::path::{Path, PathBuf};

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
    /// The files opened last, newest first (at most [`RECENT_FILES`]); empty without a history.
    recent_files: Vec<PathBuf>,
    /// Whether the app keeps a record of the files opened (the recent files, and the file to
    /// reopen at the next start): a user may not want one.
    keep_history: bool,
}

/// How many recent files the File menu lists.
pub const RECENT_FILES: usize = 6;

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: egui::ThemePreference::System,
            language: Language::default(),
            map_layer: MapLayer::Offline,
            show_utc: false,
            recent_window: RecentWindow::default(),
            recent_files: Vec::new(),
            keep_history: true,
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

    /// The files opened last, newest first.
    pub fn recent_files(&self) -> &[PathBuf] {
        &self.recent_files
    }

    /// Whether the app keeps a record of the files opened.
    pub fn keep_history(&self) -> bool {
        self.keep_history
    }

    /// Puts `path` first among the recent files (once), if a history is kept.
    pub fn note_opened(&mut self, path: &Path) -> Changed {
        if !self.keep_history {
            return Changed::No;
        }
        let mut files = vec![path.to_path_buf()];
        files.extend(self.recent_files.iter().filter(|p| *p != path).cloned());
        files.truncate(RECENT_FILES);
        set(&mut self.recent_files, files)
    }

    /// Drops `path` from the recent files (it no longer opens).
    pub fn forget(&mut self, path: &Path) -> Changed {
        let files: Vec<PathBuf> = self
            .recent_files
            .iter()
            .filter(|p| *p != path)
            .cloned()
            .collect();
        set(&mut self.recent_files, files)
    }

    /// Empties the recent files.
    pub fn clear_recent_files(&mut self) -> Changed {
        set(&mut self.recent_files, Vec::new())
    }

    /// Keeps a history of opened files, or (false) keeps none and forgets the one there was.
    pub fn set_keep_history(&mut self, keep: bool) -> Changed {
        let mut changed = set(&mut self.keep_history, keep);
        if !keep {
            changed |= self.clear_recent_files();
        }
        changed
    }

    /// Shows times in UTC (true) or in the region's local time.
    pub fn set_show_utc(&mut self, utc: bool) -> Changed {
        set(&mut self.show_utc, utc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_newest_first_once_each_and_none_without_a_history() {
        let mut s = Settings::default();
        for i in 0..8 {
            let _ = s.note_opened(Path::new(&format!("/data/{i}.csv")));
        }
        let _ = s.note_opened(Path::new("/data/5.csv"));
        let names: Vec<_> = s
            .recent_files()
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        assert_eq!(
            names,
            [
                "/data/5.csv",
                "/data/7.csv",
                "/data/6.csv",
                "/data/4.csv",
                "/data/3.csv",
                "/data/2.csv"
            ]
        );
        assert_eq!(s.forget(Path::new("/data/7.csv")), Changed::Yes);
        assert_eq!(s.recent_files().len(), RECENT_FILES - 1);
        // No history: the list goes, and nothing new is noted.
        assert_eq!(s.set_keep_history(false), Changed::Yes);
        assert!(s.recent_files().is_empty());
        assert_eq!(s.note_opened(Path::new("/data/9.csv")), Changed::No);
        assert!(s.recent_files().is_empty());
    }
}
