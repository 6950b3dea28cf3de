//! Carries out what [`crate::app::apply`] asks for outside the state: loads and exports run on
//! worker threads and come back as intents, so the UI thread never waits on a file; screenshots
//! go through the renderer and text to the clipboard.

use std::{
    io::Read,
    path::{Path, PathBuf},
    sync::{
        Arc,
        mpsc::{Receiver, Sender, channel},
    },
};

use super::Capture;
use crate::{
    app::{Effect, Intent, Opened},
    io::{self, LoadError, Location},
};

/// Opens a file for reading: a reader and its size, if known. Tests put in a reader they release
/// step by step.
pub type Opener =
    Arc<dyn Fn(&Path) -> std::io::Result<(Box<dyn Read + Send>, Option<u64>)> + Send + Sync>;

/// The file system's opener.
fn open_file(path: &Path) -> std::io::Result<(Box<dyn Read + Send>, Option<u64>)> {
    let (file, size) = io::open_regular(path)?;
    Ok((Box::new(file), Some(size)))
}

/// The work under way outside the UI thread, and its results as they come back.
pub struct Effects {
    send: Sender<Intent>,
    results: Receiver<Intent>,
    opener: Opener,
    /// A "Save view as PNG" waiting for the renderer's pixels.
    capture: Option<Capture>,
    /// Worker threads started and not yet reported back.
    running: usize,
}

impl Default for Effects {
    fn default() -> Self {
        Self::with_opener(Arc::new(open_file))
    }
}

impl Effects {
    /// Effects that open files with `opener`.
    pub fn with_opener(opener: Opener) -> Self {
        let (send, results) = channel();
        Self {
            send,
            results,
            opener,
            capture: None,
            running: 0,
        }
    }

    /// Whether work is under way outside the UI thread.
    pub fn busy(&self) -> bool {
        self.running > 0 || self.capture.is_some()
    }

    /// Starts each effect.
    pub fn run(&mut self, ctx: &egui::Context, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::Load {
                    id,
                    path,
                    progress,
                    columns,
                } => {
                    let opener = self.opener.clone();
                    self.spawn(ctx, move || {
                        let started = std::time::Instant::now();
                        let result = match path {
                            Some(path) => {
                                let result = load(&opener, &path, &progress, &columns);
                                // How long until it can be shown, indices included: the figure
                                // docs/performance.md gives for loads in the window.
                                log::info!(
                                    "{}: ready {:.3} s after its load started",
                                    path.display(),
                                    started.elapsed().as_secs_f64()
                                );
                                result
                            }
                            None => Ok(Opened::new(
                                io::Loaded {
                                    dataset: io::builtin_dataset(),
                                    report: None,
                                },
                                crate::BUILTIN_DATASET_NAME.to_string(),
                                None,
                            )),
                        };
                        Intent::Loaded {
                            id,
                            result: Box::new(result),
                        }
                    });
                }
                Effect::Export {
                    dataset,
                    events,
                    format,
                    path,
                } => self.spawn(ctx, move || {
                    let text = io::export(&dataset, &events, format);
                    Intent::Exported(match std::fs::write(&path, text) {
                        Ok(()) => Ok((events.len(), path)),
                        Err(e) => Err((path, e.to_string())),
                    })
                }),
                Effect::CaptureView(path) => self.capture = Some(Capture::request(ctx, path)),
                Effect::CopyText(text) => ctx.copy_text(text),
                Effect::CloseWindow => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
                Effect::Discard(retired) => {
                    std::thread::spawn(move || drop(retired));
                }
            }
        }
    }

    /// The intents of the work that has ended since the last call.
    pub fn finished(&mut self) -> Vec<Intent> {
        let mut out: Vec<Intent> = self.results.try_iter().collect();
        self.running -= out.len().min(self.running);
        if let Some(result) = self.capture.as_ref().and_then(Capture::poll) {
            self.capture = None;
            out.push(Intent::ViewSaved(result));
        }
        out
    }

    /// Runs `work` on a thread of its own; its intent comes back through [`Self::finished`], and
    /// the window is woken to take it.
    fn spawn(&mut self, ctx: &egui::Context, work: impl FnOnce() -> Intent + Send + 'static) {
        let (send, ctx) = (self.send.clone(), ctx.clone());
        self.running += 1;
        std::thread::spawn(move || {
            let _ = send.send(work());
            ctx.request_repaint();
        });
    }
}

/// Reads and parses `path`, then builds what the state needs of it (indices, histogram), all on
/// the worker thread.
fn load(
    opener: &Opener,
    path: &Path,
    progress: &io::Progress,
    columns: &io::ColumnChoice,
) -> Result<Opened, LoadError> {
    let name = path.display().to_string();
    let (reader, size) = opener(path).map_err(|e| {
        LoadError::single(&name, Location::File, format!("cannot read the file: {e}"))
    })?;
    let loaded = io::load_reader(&name, reader, size, progress, columns)?;
    let absolute = std::path::absolute(path).unwrap_or_else(|_| PathBuf::from(path));
    Ok(Opened::new(loaded, name, Some(absolute)))
}
