//! The timeline panel: the cursor's date, stepping buttons, and the strip of event marks over a
//! calendar axis. Dragging or clicking the strip moves the cursor; clicking a mark selects its event.

mod strip;

pub use strip::{MARK_MIN_WIDTH, STRIP_PAD, strip_scale};

use egui::{RichText, Ui};

use crate::{
    app::{AtlasState, Intent, StepDirection},
    model::{format_cursor, format_offset},
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
        .on_hover_text("The timeline cursor, in the region's local time");
        ui.separator();
        let happened = d.events_started_by(state.cursor);
        ui.label(format!(
            "{happened} of {} events have happened by this date",
            d.events.len()
        ));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let mut utc = state.show_utc;
            if ui
                .checkbox(&mut utc, "UTC")
                .on_hover_text(format!(
                    "Show times in UTC instead of the region's local time ({})",
                    format_offset(d.offset)
                ))
                .changed()
            {
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
    intents.extend(strip::show(ui, state));
    intents
}
