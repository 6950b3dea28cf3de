//! Asking for a file's path in the window, where no native file dialog can open (no desktop
//! portal and no zenity): File > Open, the exports and Save view as PNG then say why on screen and
//! take a typed path, instead of doing nothing.

use std::path::PathBuf;

use super::Intent;
use crate::io::ExportFormat;

/// What the path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// A dataset to open.
    Open,
    /// Where to write the shown events (or the whole dataset) in a format.
    Export(ExportFormat),
    /// Where to save the view as PNG.
    SavePng,
}

impl PathPurpose {
    /// The intent that does it with `path`.
    pub fn intent(self, path: PathBuf) -> Intent {
        match self {
            Self::Open => Intent::OpenFile(path),
            Self::Export(format) => Intent::Export { format, path },
            Self::SavePng => Intent::SaveViewPng(path),
        }
    }
}

/// Why no native file dialog opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogMissing {
    /// No desktop session bus (so no portal) and no zenity program.
    NoPortalNoZenity,
    /// The portal did not answer (the dialog closed at once) and there is no zenity.
    PortalSilent,
}

/// The prompt on screen: what the path is for, the path proposed, and why it is asked here.
#[derive(Clone, Debug, PartialEq)]
pub struct PathPrompt {
    /// What the path is for.
    pub purpose: PathPurpose,
    /// The path proposed: a folder of the user's with a generated name when saving.
    pub suggested: PathBuf,
    /// Why no native dialog opened.
    pub missing: DialogMissing,
}
