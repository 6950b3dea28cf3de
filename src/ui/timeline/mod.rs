//! The timeline panel: the cursor's date and the controls (stepping, playback, presets, mode), over
//! the strip of marks, axis and histogram.

mod strip;

pub use strip::{MARK_MIN_WIDTH, MAX_MARKS, MIN_BUCKET_PX, strip_scale};

use egui::{RichText, Ui};

use crate::{
    app::{AtlasState, Intent, StepDirection, TimeMode},
    model::{format_cursor, format_offset},
    timeline::{RecentWindow, Speed},
    tr,
    ui::words,
};

/// The timeline panel: the cursor's date, the controls, and the strip.
pub fn timeline_ui(ui: &mut Ui, state: &AtlasState, intents: &mut Vec<Intent>) {
    let d = state.dataset();
    let lang = state.language();
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format_cursor(
                state.cursor(),
                state.display_offset(),
                lang.date_names(),
            ))
            .size(18.0)
            .strong(),
        )
        .on_hover_text(tr!(lang, "timeline-cursor-tip"));
        ui.separator();
        let shown = state.shown_now_count();
        let total = if state.shown().filter().is_active() {
            tr!(
                lang,
                "timeline-filtered-total",
                count = state.shown().count()
            )
        } else {
            d.events.len().to_string()
        };
        ui.label(match state.time().mode() {
            TimeMode::Cumulative => tr!(
                lang,
                "timeline-shown-cumulative",
                shown = shown,
                total = total
            ),
            TimeMode::Window => tr!(lang, "timeline-shown-window", shown = shown, total = total),
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let mut utc = state.settings().show_utc();
            let tip = tr!(lang, "utc-tip", offset = format_offset(d.offset));
            if ui
                .checkbox(&mut utc, tr!(lang, "utc"))
                .on_hover_text(tip)
                .changed()
            {
                intents.push(Intent::ShowUtc(utc));
            }
            if ui
                .button(tr!(lang, "next-event"))
                .on_hover_text(tr!(lang, "next-event-tip"))
                .clicked()
            {
                intents.push(Intent::StepEvent(StepDirection::Next));
            }
            if ui
                .button(tr!(lang, "previous-event"))
                .on_hover_text(tr!(lang, "previous-event-tip"))
                .clicked()
            {
                intents.push(Intent::StepEvent(StepDirection::Previous));
            }
            // The status line: what is under the map's pointer, in the room left.
            if let Some(status) = crate::ui::map::region_hover::pointer_status(ui.ctx()) {
                ui.add(egui::Label::new(egui::RichText::new(status).weak()).truncate());
            }
        });
    });
    ui.horizontal(|ui| {
        let play = if state.time().playback().playing {
            tr!(lang, "pause")
        } else {
            tr!(lang, "play")
        };
        if ui
            .button(play)
            .on_hover_text(tr!(lang, "play-tip"))
            .clicked()
        {
            intents.push(Intent::TogglePlay);
        }
        egui::ComboBox::from_id_salt("playback-speed")
            .selected_text(words::speed(lang, state.time().playback().speed))
            .show_ui(ui, |ui| {
                for speed in Speed::ALL {
                    if ui
                        .selectable_label(
                            state.time().playback().speed == speed,
                            words::speed(lang, speed),
                        )
                        .clicked()
                    {
                        intents.push(Intent::SetSpeed(speed));
                    }
                }
            })
            .response
            .on_hover_text(tr!(lang, "speed-tip"));
        let recent = state.settings().recent_window();
        ui.label(tr!(lang, "recent-label"));
        egui::ComboBox::from_id_salt("recent-window")
            .selected_text(words::recent_window(lang, recent))
            .show_ui(ui, |ui| {
                for w in RecentWindow::ALL {
                    if ui
                        .selectable_label(recent == w, words::recent_window(lang, w))
                        .clicked()
                    {
                        intents.push(Intent::SetRecentWindow(w));
                    }
                }
            })
            .response
            .on_hover_text(tr!(lang, "recent-tip"));
        // The toggles set once and seldom changed wait in a menu, so the row fits a 1024-px window.
        ui.menu_button(tr!(lang, "timeline-options"), |ui| {
            options_menu(ui, state, intents);
        })
        .response
        .on_hover_text(tr!(lang, "timeline-options-tip"));
        ui.separator();
        if ui
            .button(tr!(lang, "show-all-time"))
            .on_hover_text(tr!(lang, "show-all-time-tip"))
            .clicked()
        {
            let (a, b) = state.time().span();
            intents.push(Intent::ShowTime(a, b));
        }
        for preset in &d.time_presets {
            if ui.button(&preset.label).clicked() {
                intents.push(Intent::ShowTime(preset.start, preset.end));
            }
        }
        ui.separator();
        let mut mode = state.time().mode();
        ui.selectable_value(
            &mut mode,
            TimeMode::Cumulative,
            tr!(lang, "mode-cumulative"),
        )
        .on_hover_text(tr!(lang, "mode-cumulative-tip"));
        ui.add_enabled_ui(state.time().window().is_some(), |ui| {
            ui.selectable_value(&mut mode, TimeMode::Window, tr!(lang, "mode-window"))
                .on_hover_text(tr!(lang, "mode-window-tip"));
        });
        if mode != state.time().mode() {
            intents.push(Intent::SetTimeMode(mode));
        }
        if state.time().window().is_some() && ui.button(tr!(lang, "clear-window")).clicked() {
            intents.push(Intent::SetWindow(None));
        }
    });
    strip::strip_ui(ui, state, intents);
}

/// The timeline's options: looping and skipping quiet stretches in playback, and what the
/// histogram counts.
fn options_menu(ui: &mut Ui, state: &AtlasState, intents: &mut Vec<Intent>) {
    let lang = state.language();
    let mut looping = state.time().playback().looping;
    if ui.checkbox(&mut looping, tr!(lang, "loop")).changed() {
        intents.push(Intent::SetLoop(looping));
    }
    let mut skip = state.time().playback().skip_quiet;
    if ui
        .checkbox(&mut skip, tr!(lang, "skip-quiet"))
        .on_hover_text(tr!(lang, "skip-quiet-tip"))
        .changed()
    {
        intents.push(Intent::SetSkipQuiet(skip));
    }
    let mut in_view = state.shown().density_in_map_view();
    if ui
        .checkbox(&mut in_view, tr!(lang, "histogram-map-only"))
        .on_hover_text(tr!(lang, "histogram-map-only-tip"))
        .changed()
    {
        intents.push(Intent::SetDensityInMapView(in_view));
    }
}
