//! The saved state's own file, written so that a crash or a `kill -9` at any moment leaves the
//! old state or the new one, never a torn one: the new text goes to a temporary file in the same
//! folder, is synced, and is renamed over the old; the previous good copy is kept beside it as
//! `state.json.bak` and read when the main file is missing or unreadable. (eframe's file storage
//! truncates and writes in place, so the app writes its own.)
//!
//! Reading is as careful: only a regular file of at most [`MAX_STATE_BYTES`] is read, and what it
//! holds is checked value by value when it is restored ([`crate::app::SavedState::restore`]).

use std::{
    fs,
    io::{self, Write as _},
    path::{Path, PathBuf},
};

use crate::app::SavedState;

/// The largest state file read: a real one is well under 10 KB.
pub const MAX_STATE_BYTES: u64 = 1 << 20;

/// The moments of a save at which a test may stop the process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavePoint {
    /// Half of the new text is in the temporary file.
    HalfWritten,
    /// The temporary file is complete and synced; the rename has not happened.
    BeforeRename,
}

/// Where the state is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateFile {
    path: PathBuf,
}

impl StateFile {
    /// The state file in the platform's data folder (~/.local/share/zhanaozen-atlas on Linux).
    pub fn in_data_dir() -> Option<Self> {
        let dirs = directories::ProjectDirs::from("", "", "zhanaozen-atlas")?;
        Some(Self::at(dirs.data_dir().join("state.json")))
    }

    /// The state file of a window: none for a `--screenshot` run, which shows the app as the
    /// command line asks and leaves the user's saved state as it was (neither read nor written).
    pub fn for_window(screenshot: bool) -> Option<Self> {
        if screenshot {
            None
        } else {
            Self::in_data_dir()
        }
    }

    /// The state file at `path` (tests use a folder of their own).
    pub fn at(path: PathBuf) -> Self {
        Self { path }
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn backup(&self) -> PathBuf {
        self.path.with_extension("json.bak")
    }

    fn temporary(&self) -> PathBuf {
        self.path.with_extension("json.tmp")
    }

    /// The saved state: the main file's, or the previous good copy's when the main one is missing
    /// or cannot be read. Whatever is refused is logged with the reason; `None` starts clean.
    pub fn load(&self) -> Option<SavedState> {
        for path in [self.path.clone(), self.backup()] {
            match read(&path) {
                Ok(Some(saved)) => return Some(saved),
                Ok(None) => {}
                Err(e) => log::warn!("ignoring the saved state {}: {e}", path.display()),
            }
        }
        None
    }

    /// Writes `saved` atomically.
    pub fn save(&self, saved: &SavedState) -> io::Result<()> {
        self.save_with(saved, |_| {})
    }

    /// [`Self::save`], calling `at` at each [`SavePoint`] (a test stops the process there).
    pub fn save_with(&self, saved: &SavedState, mut at: impl FnMut(SavePoint)) -> io::Result<()> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        let text = saved.to_json();
        let bytes = text.as_bytes();
        let temporary = self.temporary();
        let mut file = fs::File::create(&temporary)?;
        let half = bytes.len() / 2;
        file.write_all(&bytes[..half])?;
        file.flush()?;
        at(SavePoint::HalfWritten);
        file.write_all(&bytes[half..])?;
        file.sync_all()?;
        drop(file);
        at(SavePoint::BeforeRename);
        if read(&self.path).is_ok_and(|s| s.is_some()) {
            // The good copy stays: a hard link costs nothing; a copy where links are refused.
            let backup = self.backup();
            let _ = fs::remove_file(&backup);
            if fs::hard_link(&self.path, &backup).is_err() {
                fs::copy(&self.path, &backup)?;
            }
        }
        fs::rename(&temporary, &self.path)?;
        // The rename itself is made durable by syncing the folder.
        if let Ok(folder) = fs::File::open(dir) {
            let _ = folder.sync_all();
        }
        Ok(())
    }
}

/// The state in `path`; `Ok(None)` when there is no such file.
fn read(path: &Path) -> Result<Option<SavedState>, String> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > MAX_STATE_BYTES {
        return Err(format!(
            "{} bytes, more than the {MAX_STATE_BYTES} a state may have",
            meta.len()
        ));
    }
    let text = fs::read_to_string(path).map_err(|e| e.to_string())?;
    SavedState::from_json(&text).map(Some)
}
