//! The guided tour's bar over the map: the step's caption and the buttons to move through it.

use egui::{Align2, Rect, RichText, Ui, vec2};

use crate::{
    app::{AtlasState, Intent, StepDirection},
    tr,
    ui::overlay::overlay_ui,
};

/// The tour card at the bottom of the map.
pub fn tour_card_ui(ui: &mut Ui, map_rect: Rect, state: &AtlasState, intents: &mut Vec<Intent>) {
    let (Some(step), false) = (state.tools().story_step(), state.dataset().story.is_empty()) else {
        return;
    };
    let story = &state.dataset().story;
    let lang = state.language();
    let s = &story[step.min(story.len() - 1)];
    let event = &state.dataset().events[s.event];
    let width = (map_rect.width() - 40.0).min(640.0);
    let at = (
        Align2::CENTER_BOTTOM,
        map_rect.center_bottom() - vec2(0.0, 30.0),
    );
    overlay_ui(ui, "tour-card", map_rect, at, width, 10.0, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(tr!(lang, "tour-step", step = step + 1, count = story.len())).weak(),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(tr!(lang, "tour-exit")).clicked() {
                    intents.push(Intent::StoryExit);
                }
                if ui
                    .add_enabled(
                        step + 1 < story.len(),
                        egui::Button::new(tr!(lang, "next-step")),
                    )
                    .on_hover_text(tr!(lang, "next-step-tip"))
                    .clicked()
                {
                    intents.push(Intent::StoryStep(StepDirection::Next));
                }
                if ui
                    .add_enabled(step > 0, egui::Button::new(tr!(lang, "previous-step")))
                    .on_hover_text(tr!(lang, "previous-step-tip"))
                    .clicked()
                {
                    intents.push(Intent::StoryStep(StepDirection::Previous));
                }
            });
        });
        ui.label(RichText::new(&event.title).strong());
        ui.label(&s.caption);
    });
}
