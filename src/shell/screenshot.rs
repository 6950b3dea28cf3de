//! Saving what the window shows as PNG: "Save view as PNG" (Ctrl+S), and `--screenshot FILE.png`,
//! which writes the first fully drawn frame and closes.

use std::{
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
};

use egui::{ColorImage, Context, ScreenshotCallback, ViewportCommand};

use crate::app::SavedView;

/// A screenshot asked of the renderer, to be written to `path` when it arrives.
pub struct Capture {
    path: PathBuf,
    /// Filled by the renderer's callback.
    image: Arc<Mutex<Option<Arc<ColorImage>>>>,
}

impl Capture {
    /// Asks the renderer for the next frame's pixels.
    pub fn request(ctx: &Context, path: PathBuf) -> Self {
        let image: Arc<Mutex<Option<Arc<ColorImage>>>> = Default::default();
        let slot = image.clone();
        let repaint = ctx.clone();
        ctx.send_viewport_cmd(ViewportCommand::Screenshot(ScreenshotCallback::new(
            move |pixels| {
                *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(pixels);
                repaint.request_repaint();
            },
        )));
        Self { path, image }
    }

    /// Writes the PNG once the pixels have come; `None` while waiting.
    pub fn poll(&self) -> Option<SavedView> {
        let image = self
            .image
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()?;
        Some(save_png(&self.path, &image).map(|path| (path, image.size)))
    }
}

/// Frames to let pass before `--screenshot`: fonts load and panels find their sizes first.
const SETTLE_FRAMES: u32 = 5;

/// `--screenshot FILE.png`.
pub struct Screenshot {
    path: PathBuf,
    frames: u32,
    capture: Option<Capture>,
    /// What happened, for `main` to report after the window closes.
    pub outcome: Arc<Mutex<Option<SavedView>>>,
}

impl Screenshot {
    /// A screenshot to be written to `path`, once the first frames have settled.
    pub fn new(path: PathBuf) -> Self {
        Self {
            path,
            frames: 0,
            capture: None,
            outcome: Default::default(),
        }
    }

    /// Called each frame: asks for the pixels once settled (frames while a file loads do not
    /// count: the screenshot shows the file), then writes them and closes.
    pub fn on_frame(&mut self, ctx: &Context, loaded: bool) {
        if loaded {
            self.frames += 1;
        }
        match &self.capture {
            Some(capture) => {
                if let Some(result) = capture.poll() {
                    *self.outcome.lock().unwrap_or_else(|e| e.into_inner()) = Some(result);
                    ctx.send_viewport_cmd(ViewportCommand::Close);
                }
            }
            None if self.frames >= SETTLE_FRAMES => {
                self.capture = Some(Capture::request(ctx, self.path.clone()));
            }
            None => {}
        }
        ctx.request_repaint();
    }
}

fn save_png(path: &Path, image: &ColorImage) -> Result<PathBuf, String> {
    let [w, h] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    image::save_buffer_with_format(
        path,
        &bytes,
        w as u32,
        h as u32,
        image::ExtendedColorType::Rgba8,
        image::ImageFormat::Png,
    )
    .map(|()| path.to_path_buf())
    .map_err(|e| format!("{}: {e}", path.display()))
}
