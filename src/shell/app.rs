//! The eframe application: lays out the panels, gathers the intents the UI pieces emit, and applies
//! them in one place.

use egui::{Key, Modifiers, Ui};

use super::{Effects, Screenshot, StateFile};
use crate::{
    app::{AtlasState, Changed, Intent, SavedState, StepDirection, apply},
    tiles::OnlineTiles,
    ui,
};

/// The eframe application: the state, and what the shell keeps beside it.
pub struct AtlasApp {
    /// Everything the UI reads; changed only through intents.
    pub state: AtlasState,
    /// Set by `--screenshot`: write the first fully drawn frame to a PNG, then close.
    pub screenshot: Option<Screenshot>,
    /// The online layer's tiles while one is chosen ([`crate::app::Settings::map_layer`]).
    pub tiles: Option<OnlineTiles>,
    /// Where downloaded tiles are cached; `None` keeps them in memory only.
    pub tile_cache: Option<std::path::PathBuf>,
    /// Loads, exports and captures under way.
    pub effects: Effects,
    /// When the process started, to log how long the first frame took to reach the screen.
    pub launched: Option<std::time::Instant>,
    /// Where the state is saved for the next start; `None` saves nothing (screenshots, tests).
    pub state_file: Option<StateFile>,
    /// What was saved last, and when: a save happens only when the state has changed.
    last_saved: Option<(SavedState, std::time::Instant)>,
    /// Whether the text sizes have been raised to the app's minimum.
    styled: bool,
    frames: u64,
    /// The longest frame while a file loads, logged when the load ends.
    longest_load_frame: Option<std::time::Duration>,
}

/// How often the progress of a load is redrawn.
const LOAD_PROGRESS_REPAINT: std::time::Duration = std::time::Duration::from_millis(100);
/// How often a changed state is saved while the app runs, so that a crash loses little.
const AUTOSAVE_INTERVAL: std::time::Duration = std::time::Duration::from_secs(30);

impl AtlasApp {
    /// The app on `state`, with no screenshot, online layer, tile cache or work under way.
    pub fn new(state: AtlasState) -> Self {
        Self {
            state,
            screenshot: None,
            tiles: None,
            tile_cache: None,
            effects: Effects::default(),
            launched: None,
            state_file: None,
            last_saved: None,
            styled: false,
            frames: 0,
            longest_load_frame: None,
        }
    }

    /// Saves the state if it changed since the last save: at once (`now`, on exit), or on a
    /// worker thread every 30 seconds while the app runs.
    pub fn save_state(&mut self, now: bool) {
        let Some(file) = &self.state_file else {
            return;
        };
        let due = self
            .last_saved
            .as_ref()
            .is_none_or(|(_, at)| at.elapsed() >= AUTOSAVE_INTERVAL);
        let saved = SavedState::of(&self.state);
        if !(now || due) || self.last_saved.as_ref().is_some_and(|(s, _)| *s == saved) {
            return;
        }
        self.last_saved = Some((saved.clone(), std::time::Instant::now()));
        let file = file.clone();
        let save = move || {
            if let Err(e) = file.save(&saved) {
                log::warn!("cannot save the state to {}: {e}", file.path().display());
            }
        };
        if now {
            save();
        } else {
            std::thread::spawn(save);
        }
    }

    /// Starts or stops the online layer to match the state: a layer's downloader exists only while
    /// the layer is chosen.
    fn sync_tiles(&mut self, ctx: &egui::Context) {
        let wanted = self.state.settings().map_layer();
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
        let frame_start = std::time::Instant::now();
        let was_loading = self.state.messages().loading().is_some();
        if !self.styled {
            ui.ctx().all_styles_mut(ui::theme::readable_text_sizes);
            self.styled = true;
        }
        self.sync_tiles(ui.ctx());
        let mut intents = self.effects.finished();
        intents.extend(input_intents(ui, &self.state));
        let state = &self.state;

        egui::Panel::top("title-bar").show(ui, |ui| ui::menu::menu_bar_ui(ui, state, &mut intents));
        // Bounded so that no content (a long unbroken name) can push the map off the window.
        let below_title_bar = ui.available_rect_before_wrap();
        let window = below_title_bar.size();
        egui::Panel::bottom("timeline")
            .resizable(true)
            .default_size(230.0)
            .min_size(150.0)
            .max_size((window.y * 0.5).max(150.0))
            .show(ui, |ui| ui::timeline::timeline_ui(ui, state, &mut intents));
        egui::Panel::right("details")
            .resizable(true)
            .default_size(360.0)
            .min_size(260.0)
            .max_size((window.x * 0.45).max(260.0))
            .show(ui, |ui| ui::panels::side_panel_ui(ui, state, &mut intents));

        if let Some(subject) = state.tools().claims_window() {
            ui::claims_window::claims_window_ui(
                ui.ctx(),
                state,
                subject,
                below_title_bar,
                &mut intents,
            );
        }
        if state.tools().title_card() {
            ui::title_card::title_card_ui(ui.ctx(), state, &mut intents);
        }
        if let Some(prompt) = state.tools().path_prompt() {
            ui::path_prompt::path_prompt_ui(ui.ctx(), state, prompt, &mut intents);
        }
        if let Some(error) = state.messages().load_error() {
            ui::load_error::load_error_ui(ui.ctx(), error, state.language(), &mut intents);
        }
        if let Some(loading) = state.messages().loading() {
            ui::load_progress::load_progress_ui(ui.ctx(), loading, state.language(), &mut intents);
        }
        let mut memory = state.map().memory().clone();
        let mut half_size = [0.0, 0.0];
        let mut screen_center = [0.0, 0.0];
        let mut free = [0.0; 4];
        let tiles = self.tiles.as_mut();
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let rect = ui.available_rect_before_wrap();
            half_size = [rect.width() / 2.0, rect.height() / 2.0];
            screen_center = [rect.center().x, rect.center().y];
            ui::map::map_ui(ui, state, &mut memory, tiles, &mut intents);
            free = ui::overlay::free_of_overlays(ui.ctx(), rect);
        });
        // The map widget's own gestures first, then framing, then what the user asked for.
        let mut first = vec![Intent::MapMoved {
            memory: Box::new(memory),
            half_size,
            screen_center,
            free,
        }];
        if self.state.map().fit_pending() && half_size[0] > 0.0 {
            first.push(Intent::FitData);
        }
        let mut changed = Changed::No;
        for intent in first.into_iter().chain(intents) {
            changed |= apply(&mut self.state, intent);
        }
        self.effects.run(ui.ctx(), self.state.take_effects());
        if ui.ctx().options(|o| o.theme_preference) != self.state.settings().theme() {
            ui.ctx().set_theme(self.state.settings().theme());
        }
        // Redraw only while something moves: a change this frame, playback, or work under way.
        if changed.any() || self.state.time().playback().playing || self.state.animating() {
            ui.ctx().request_repaint();
        } else if self.effects.busy() || self.state.messages().loading().is_some() {
            ui.ctx().request_repaint_after(LOAD_PROGRESS_REPAINT);
        }
        self.note_load_frame(was_loading, frame_start.elapsed());
    }

    /// Keeps the longest frame while a file loads (the frame that puts it on screen included),
    /// and logs it when the load ends: the window must stay responsive.
    fn note_load_frame(&mut self, was_loading: bool, took: std::time::Duration) {
        if was_loading || self.state.messages().loading().is_some() {
            let longest = self.longest_load_frame.get_or_insert(took);
            *longest = (*longest).max(took);
        } else if let Some(longest) = self.longest_load_frame.take() {
            log::info!(
                "longest UI frame while loading: {:.1} ms",
                longest.as_secs_f64() * 1e3
            );
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
        intents.extend(ui::menu::save_png_intent(state));
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
        if state.time().playback().playing {
            // A stalled frame (a hidden window) must not leap through history.
            out.push(Intent::Advance(i.stable_dt.min(0.25) as f64));
        }
        if state.animating() {
            out.push(Intent::Animate(i.stable_dt.min(0.25) as f64));
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
                    anchor: state.cursor(),
                    factor: 0.5,
                },
            ),
            (
                Modifiers::NONE,
                Key::Equals,
                Intent::ZoomTime {
                    anchor: state.cursor(),
                    factor: 0.5,
                },
            ),
            (
                Modifiers::NONE,
                Key::Minus,
                Intent::ZoomTime {
                    anchor: state.cursor(),
                    factor: 2.0,
                },
            ),
            (
                Modifiers::NONE,
                Key::Escape,
                // Esc puts the title card away first ("Explore").
                if state.tools().title_card() {
                    Intent::TitleCard(false)
                } else {
                    Intent::ClearSelection
                },
            ),
            (Modifiers::NONE, Key::F, Intent::FitData),
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
            shot.on_frame(ctx, self.state.messages().loading().is_none());
        }
        self.save_state(false);
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.save_state(true);
    }
}
