//! The native file dialogs (rfd: the desktop portal, else zenity), and why none opened where none
//! can, so that the caller asks for the path in the window instead of doing nothing. rfd returns
//! nothing both when the user cancels and when no dialog could open; the two are told apart by
//! what the system has (a session bus for the portal, a zenity program) and by a dialog that
//! closes sooner than a person could cancel it.

use std::{
    path::{Path, PathBuf},
    time::{Duration, Instant},
};

use crate::app::{DialogMissing, Intent, PathPrompt, PathPurpose};

/// Sooner than a person can cancel a dialog: a dialog that closed this fast never opened.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(150);

/// What came of asking for a path.
#[derive(Debug, PartialEq)]
pub enum Picked {
    /// The path chosen.
    Path(PathBuf),
    /// The user closed the dialog.
    Cancelled,
    /// No dialog could open.
    Unavailable(DialogMissing),
}

/// Runs `dialog` (an rfd call) where one can open.
pub fn pick(dialog: impl FnOnce() -> Option<PathBuf>) -> Picked {
    let zenity = zenity_installed();
    if let Some(missing) = missing(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        zenity,
    ) {
        return Picked::Unavailable(missing);
    }
    let asked = Instant::now();
    let path = dialog();
    outcome(path, zenity, asked.elapsed())
}

/// What a dialog's answer means, given whether zenity was there and how long the dialog took.
fn outcome(path: Option<PathBuf>, zenity: bool, took: Duration) -> Picked {
    match path {
        Some(path) => Picked::Path(path),
        None if !zenity && took < NO_DIALOG_WITHIN => {
            Picked::Unavailable(DialogMissing::PortalSilent)
        }
        None => Picked::Cancelled,
    }
}

/// The intent a dialog's answer asks for: `purpose`'s with the path picked, nothing when
/// cancelled, or the path asked for in the window (proposing `suggested`) where no dialog opened.
pub fn intent_for(
    purpose: PathPurpose,
    suggested: PathBuf,
    dialog: impl FnOnce() -> Option<PathBuf>,
) -> Option<Intent> {
    match pick(dialog) {
        Picked::Path(path) => Some(purpose.intent(path)),
        Picked::Cancelled => None,
        Picked::Unavailable(missing) => Some(Intent::AskPath(Some(PathPrompt {
            purpose,
            suggested,
            missing,
        }))),
    }
}

/// Why no dialog can open, before trying: the portal needs a session bus, and zenity is rfd's
/// fallback.
fn missing(session_bus: bool, zenity: bool) -> Option<DialogMissing> {
    (!session_bus && !zenity).then_some(DialogMissing::NoPortalNoZenity)
}

fn zenity_installed() -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()))
}

/// A folder of the user's for a file the app writes (`pictures` for images), else the home folder,
/// else the working folder.
pub fn user_folder(pictures: bool) -> PathBuf {
    let dirs = directories::UserDirs::new();
    let chosen = dirs.as_ref().and_then(|d| {
        if pictures {
            d.picture_dir()
        } else {
            d.document_dir()
        }
    });
    chosen
        .map(Path::to_path_buf)
        .or_else(|| dirs.as_ref().map(|d| d.home_dir().to_path_buf()))
        .unwrap_or_else(|| PathBuf::from("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dialog_is_missing_only_without_both_the_portal_and_zenity() {
        assert_eq!(missing(false, false), Some(DialogMissing::NoPortalNoZenity));
        assert_eq!(missing(true, false), None);
        assert_eq!(missing(false, true), None);
    }

    #[test]
    fn a_dialog_that_closes_at_once_without_zenity_never_opened() {
        let at_once = Duration::from_millis(5);
        let later = Duration::from_secs(3);
        assert_eq!(
            outcome(None, false, at_once),
            Picked::Unavailable(DialogMissing::PortalSilent)
        );
        // A person who closes it after a while cancelled; so did one whose zenity answered.
        assert_eq!(outcome(None, false, later), Picked::Cancelled);
        assert_eq!(outcome(None, true, at_once), Picked::Cancelled);
        let path = PathBuf::from("/tmp/x.csv");
        assert_eq!(
            outcome(Some(path.clone()), false, at_once),
            Picked::Path(path)
        );
    }
}
