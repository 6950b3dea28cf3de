//! The timeline panel: the cursor's date and the controls (stepping, playback, presets, mode), over
//! the strip of marks, axis and histogram.

mod strip;

pub use strip::{MARK_MIN_WIDTH, MAX_MARKS, MIN_BUCKET_PX, strip_scale};

use egui::{RichText, Ui};

use crate::{
    app::{AtlasState, Intent, StepDirection, TimeMode},
    model::{format_cursor, format_offset},
    timeline::Speed,
};

pub fn show(ui: &mut Ui, state: &AtlasState) -> Vec<Intent> {
    let mut intents = Vec::new();
    let d = &state.dataset;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format_cursor(state.cursor, state.display_offset()))
                .size(18.0)
                .strong(),
        )
        .on_hover_text("The timeline cursor");
        ui.separator();
        let shown = match (state.time_mode, state.time_window) {
            (TimeMode::Window, Some((a, b))) => d
                .candidates_overlapping(a, b)
                .filter(|&e| state.is_event_shown(e))
                .count(),
            _ => state.filtered_started_by_cursor(),
        };
        let what = match state.time_mode {
            TimeMode::Cumulative => "have happened by this date",
            TimeMode::Window => "fall in the window",
        };
        let of = if state.filter.is_active() {
            format!("{} filtered", state.filtered_count())
        } else {
            d.events.len().to_string()
        };
        ui.label(format!("{shown} of {of} events {what}"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let mut utc = state.show_utc;
            let tip = format!(
                "Show times in UTC instead of the region's local time ({})",
                format_offset(d.offset)
            );
            if ui.checkbox(&mut utc, "UTC").on_hover_text(tip).changed() {
                intents.push(Intent::ShowUtc(utc));
            }
            if ui
                .button("Next event")
                .on_hover_text("Next event (Right arrow key)")
                .clicked()
            {
                intents.push(Intent::StepEvent(StepDirection::Next));
            }
            if ui
                .button("Previous event")
                .on_hover_text("Previous event (Left arrow key)")
                .clicked()
            {
                intents.push(Intent::StepEvent(StepDirection::Previous));
            }
        });
    });
    ui.horizontal(|ui| {
        let play = if state.playback.playing { "Pause" } else { "Play" };
        if ui.button(play).on_hover_text("Play or pause (Space)").clicked() {
            intents.push(Intent::TogglePlay);
        }
        egui::ComboBox::from_id_salt("playback-speed")
            .selected_text(state.playback.speed.label())
            .show_ui(ui, |ui| {
                for speed in Speed::ALL {
                    if ui.selectable_label(state.playback.speed == speed, speed.label()).clicked() {
                        intents.push(Intent::SetSpeed(speed));
                    }
                }
            })
            .response
            .on_hover_text("Playback speed, in historical time per second");
        let mut looping = state.playback.looping;
        if ui.checkbox(&mut looping, "Loop").changed() {
            intents.push(Intent::SetLoop(looping));
        }
        let mut skip = state.playback.skip_quiet;
        if ui.checkbox(&mut skip, "Skip quiet periods").on_hover_text("Jump over stretches with no events").changed() {
            intents.push(Intent::SetSkipQuiet(skip));
        }
        ui.separator();
        if ui.button("All").on_hover_text("Show the whole dataset (double-click the timeline)").clicked() {
            let (a, b) = state.time_span();
            intents.push(Intent::ShowTime(a, b));
        }
        for preset in &d.time_presets {
            if ui.button(&preset.label).clicked() {
                intents.push(Intent::ShowTime(preset.start, preset.end));
            }
        }
        ui.separator();
        let mut mode = state.time_mode;
        ui.selectable_value(&mut mode, TimeMode::Cumulative, "Up to the cursor")
            .on_hover_text("The map shows everything that has happened by the cursor");
        ui.add_enabled_ui(state.time_window.is_some(), |ui| {
            ui.selectable_value(&mut mode, TimeMode::Window, "Window only")
                .on_hover_text("The map shows only the events in the time window (Shift-drag on the timeline to choose it)");
        });
        if mode != state.time_mode {
            intents.push(Intent::SetTimeMode(mode));
        }
        if state.time_window.is_some() && ui.button("Clear window").clicked() {
            intents.push(Intent::SetWindow(None));
        }
        ui.separator();
        let mut in_view = state.density_in_map_view;
        if ui
            .checkbox(&mut in_view, "Histogram: map view only")
            .on_hover_text("Count only the events inside the map's visible area")
            .changed()
        {
            intents.push(Intent::SetDensityInMapView(in_view));
        }
    });
    intents.extend(strip::show(ui, state));
    intents
}
