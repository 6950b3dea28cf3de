//! `--screenshot FILE.png`: ask the renderer for a frame once the UI has settled, write it, close.

use std::{
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
};

use egui::{ColorImage, Context, ScreenshotCallback, ViewportCommand};

/// Frames to let pass first: fonts load and panels find their sizes in the first frames.
const SETTLE_FRAMES: u32 = 5;

pub struct Screenshot {
    path: PathBuf,
    frames: u32,
    requested: bool,
    /// Filled by the renderer's callback.
    image: Arc<Mutex<Option<Arc<ColorImage>>>>,
    /// What happened, for `main` to report after the window closes.
    pub outcome: Arc<Mutex<Option<Result<PathBuf, String>>>>,
}

impl Screenshot {
    pub fn new(path: PathBuf) -> Self {
        Self {
            path,
            frames: 0,
            requested: false,
            image: Default::default(),
            outcome: Default::default(),
        }
    }

    pub fn on_frame(&mut self, ctx: &Context) {
        self.frames += 1;
        let image = self.image.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(image) = image {
            let result = save_png(&self.path, &image);
            *self.outcome.lock().unwrap_or_else(|e| e.into_inner()) = Some(result);
            ctx.send_viewport_cmd(ViewportCommand::Close);
        } else if !self.requested && self.frames >= SETTLE_FRAMES {
            self.requested = true;
            let slot = self.image.clone();
            let repaint = ctx.clone();
            ctx.send_viewport_cmd(ViewportCommand::Screenshot(ScreenshotCallback::new(
                move |image| {
                    *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(image);
                    repaint.request_repaint();
                },
            )));
        }
        ctx.request_repaint();
    }
}

fn save_png(path: &Path, image: &ColorImage) -> Result<PathBuf, String> {
    let [w, h] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    image::save_buffer(
        path,
        &bytes,
        w as u32,
        h as u32,
        image::ExtendedColorType::Rgba8,
    )
    .map(|()| path.to_path_buf())
    .map_err(|e| format!("{}: cannot write the screenshot: {e}", path.display()))
}
