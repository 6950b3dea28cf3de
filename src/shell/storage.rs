//! The saved state in eframe's storage: read at start-up, written when eframe saves.

use crate::app::{AtlasState, SAVED_STATE_KEY, SavedState};

/// The saved state in eframe's storage, if there is a usable one; an unusable one is ignored with
/// a warning in the log, and the app starts clean.
pub fn load(storage: &dyn eframe::Storage) -> Option<SavedState> {
    let text = storage.get_string(SAVED_STATE_KEY)?;
    match SavedState::from_json(&text) {
        Ok(saved) => Some(saved),
        Err(e) => {
            log::warn!("ignoring the saved state ({SAVED_STATE_KEY}): {e}");
            None
        }
    }
}

/// Writes what should come back on the next start.
pub fn save(storage: &mut dyn eframe::Storage, state: &AtlasState) {
    storage.set_string(SAVED_STATE_KEY, SavedState::of(state).to_json());
}
