//! The eframe application: lays out the panels, gathers the intents the UI pieces emit, and applies
//! them in one place.

use egui::{Key, Modifiers, Ui};

use super::{AtlasState, Capture, Effect, Intent, Screenshot, StepDirection, apply};
use crate::{tiles::OnlineTiles, ui};

pub struct AtlasApp {
    pub state: AtlasState,
    /// Set by `--screenshot`: write the first fully drawn frame to a PNG, then close.
    pub screenshot: Option<Screenshot>,
    /// The online layer's tiles while one is chosen ([`AtlasState::map_layer`]).
    pub tiles: Option<OnlineTiles>,
    /// Where downloaded tiles are cached; `None` keeps them in memory only.
    pub tile_cache: Option<std::path::PathBuf>,
    /// A "Save view as PNG" waiting for the renderer's pixels.
    capture: Option<Capture>,
    /// When the process started, to log how long the first frame took to reach the screen.
    pub launched: Option<std::time::Instant>,
    frames: u64,
}

impl AtlasApp {
    pub fn new(state: AtlasState) -> Self {
        Self {
            state,
            screenshot: None,
            tiles: None,
            tile_cache: None,
            capture: None,
            launched: None,
            frames: 0,
        }
    }

    /// Carries out what the intents asked of the window, and reports a finished capture.
    fn run_effects(&mut self, ctx: &egui::Context) {
        for effect in std::mem::take(&mut self.state.effects) {
            match effect {
                Effect::CaptureView(path) => self.capture = Some(Capture::request(ctx, path)),
                Effect::CopyText(text) => ctx.copy_text(text),
                Effect::CloseWindow => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            }
        }
        if let Some(result) = self.capture.as_ref().and_then(Capture::poll) {
            self.capture = None;
            apply(&mut self.state, Intent::ViewSaved(result));
        }
    }

    /// Starts or stops the online layer to match the state: a layer's downloader exists only while
    /// the layer is chosen.
    fn sync_tiles(&mut self, ctx: &egui::Context) {
        let wanted = &self.state.map_layer;
        if !wanted.is_online() {
            self.tiles = None;
        } else if self.tiles.as_ref().is_none_or(|t| t.layer() != wanted) {
            self.tiles = Some(OnlineTiles::new(
                wanted.clone(),
                self.tile_cache.clone(),
                ctx.clone(),
            ));
        }
    }

    /// Draws the whole UI into `ui` and applies what the user asked for. Used by eframe and by the
    /// UI tests alike.
    pub fn show(&mut self, ui: &mut Ui) {
        self.sync_tiles(ui.ctx());
        let before = self.state.view_key();
        self.run_effects(ui.ctx());
        let mut intents = input_intents(ui, &self.state);
        let state = &self.state;

        egui::Panel::top("title-bar").show(ui, |ui| intents.extend(ui::menu::show(ui, state)));
        egui::Panel::bottom("timeline")
            .resizable(true)
            .default_size(230.0)
            .min_size(150.0)
            .show(ui, |ui| intents.extend(ui::timeline::show(ui, state)));
        egui::Panel::right("details")
            .resizable(true)
            .default_size(360.0)
            .min_size(260.0)
            .show(ui, |ui| intents.extend(ui::panels::show(ui, state)));

        if let Some(subject) = &state.claims_window {
            intents.extend(ui::claims_window::show(ui.ctx(), state, subject));
        }
        if let Some(error) = &state.load_error {
            intents.extend(ui::load_error::show(ui.ctx(), error, state.language));
        }
        let mut memory = self.state.map.clone();
        let mut half_size = self.state.map_half_size;
        let mut screen_center = self.state.map_screen_center;
        let tiles = self.tiles.as_mut();
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let rect = ui.available_rect_before_wrap();
            half_size = [rect.width() / 2.0, rect.height() / 2.0];
            screen_center = [rect.center().x, rect.center().y];
            intents.extend(ui::map::show(ui, state, &mut memory, tiles));
        });
        self.state.map = memory;
        self.state.map_half_size = half_size;
        self.state.map_screen_center = screen_center;
        if self.state.fit_pending && half_size[0] > 0.0 {
            intents.insert(0, Intent::FitRegion);
        }

        // Repaint only when something changed: a held drag re-sends the same cursor every frame.
        for intent in intents {
            apply(&mut self.state, intent);
        }
        self.run_effects(ui.ctx());
        if ui.ctx().options(|o| o.theme_preference) != self.state.theme {
            ui.ctx().set_theme(self.state.theme);
        }
        // Redraw only while something moves: a change this frame, or playback.
        if self.state.view_key() != before || self.state.playback.playing {
            ui.ctx().request_repaint();
        }
    }
}

/// The app's keys, taken before any widget sees them: Left/Right step between events, Shift+Left/
/// Right move a day, Home/End go to the ends, +/- zoom the time axis, Space plays and pauses, Esc
/// clears the selection. A file dropped on the window opens.
fn input_intents(ui: &Ui, state: &AtlasState) -> Vec<Intent> {
    let typing = ui.ctx().egui_wants_keyboard_input();
    let mut intents = key_intents(ui, state, typing);
    if ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::S)) {
        // Outside the input lock: the dialog blocks this frame only, as file dialogs do.
        intents.extend(ui::menu::ask_png_path(state).map(Intent::SaveViewPng));
    }
    intents
}

fn key_intents(ui: &Ui, state: &AtlasState, typing: bool) -> Vec<Intent> {
    ui.input_mut(|i| {
        let mut out: Vec<Intent> = i
            .raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .map(Intent::OpenFile)
            .collect();
        if state.playback.playing {
            // A stalled frame (a hidden window) must not leap through history.
            out.push(Intent::Advance(i.stable_dt.min(0.25) as f64));
        }
        // While the user types (the search box), the keys are the text field's.
        if typing {
            return out;
        }
        let keys = [
            (Modifiers::SHIFT, Key::ArrowLeft, Intent::StepDays(-1)),
            (Modifiers::SHIFT, Key::ArrowRight, Intent::StepDays(1)),
            (
                Modifiers::NONE,
                Key::ArrowLeft,
                Intent::StepEvent(StepDirection::Previous),
            ),
            (
                Modifiers::NONE,
                Key::ArrowRight,
                Intent::StepEvent(StepDirection::Next),
            ),
            (Modifiers::NONE, Key::Home, Intent::CursorToStart),
            (Modifiers::NONE, Key::End, Intent::CursorToEnd),
            (Modifiers::NONE, Key::Space, Intent::TogglePlay),
            (
                Modifiers::NONE,
                Key::Plus,
                Intent::ZoomTime {
                    anchor: state.cursor,
                    factor: 0.5,
                },
            ),
            (
                Modifiers::NONE,
                Key::Equals,
                Intent::ZoomTime {
                    anchor: state.cursor,
                    factor: 0.5,
                },
            ),
            (
                Modifiers::NONE,
                Key::Minus,
                Intent::ZoomTime {
                    anchor: state.cursor,
                    factor: 2.0,
                },
            ),
            (Modifiers::NONE, Key::Escape, Intent::ClearSelection),
            (Modifiers::COMMAND, Key::Q, Intent::Quit),
            (
                Modifiers::NONE,
                Key::PageDown,
                Intent::StoryStep(StepDirection::Next),
            ),
            (
                Modifiers::NONE,
                Key::PageUp,
                Intent::StoryStep(StepDirection::Previous),
            ),
        ];
        for (modifiers, key, intent) in keys {
            if i.consume_key(modifiers, key) {
                out.push(intent);
            }
        }
        out
    })
}

impl eframe::App for AtlasApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        // The second frame starts once the first has been painted and presented.
        self.frames += 1;
        if let (2, Some(launched)) = (self.frames, self.launched) {
            log::info!(
                "first frame on screen {:.3} s after launch",
                launched.elapsed().as_secs_f64()
            );
        }
        if let Some(shot) = &mut self.screenshot {
            shot.on_frame(ctx);
        }
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        storage.set_string(
            super::SAVED_STATE_KEY,
            super::SavedState::of(&self.state).to_json(),
        );
    }
}
