//! The guided tour's card over the map: the step's event and text, and the buttons to move
//! through it.

use egui::{Align2, Rect, RichText, Ui, vec2};

use crate::{
    app::{AtlasState, Intent, StepDirection},
    tr,
    ui::{overlay::overlay_ui, words},
};

/// The tour card where the caption stands (top left, beside the death-toll box): the step's
/// event, its date and place, and the step's text, with the buttons under them. It never covers
/// the timeline or the legend, and a step's framing keeps its places out from under it.
pub fn tour_card_ui(ui: &mut Ui, map_rect: Rect, state: &AtlasState, intents: &mut Vec<Intent>) {
    let (Some(step), false) = (state.tools().story_step(), state.dataset().story.is_empty()) else {
        return;
    };
    let d = state.dataset();
    let story = &d.story;
    let lang = state.language();
    let s = &story[step.min(story.len() - 1)];
    let event = &d.events[s.event];
    let width = (map_rect.width() - super::toll::RIGHT_ROOM).clamp(300.0, 560.0);
    let at = (Align2::LEFT_TOP, map_rect.left_top() + vec2(10.0, 52.0));
    let when = event.format_when(d.offset, state.display_offset(), lang.date_names());
    let place = words::event_place(lang, d, event);
    overlay_ui(ui, "tour-card", map_rect, at, width, 10.0, |ui| {
        ui.label(
            RichText::new(tr!(lang, "tour-step", step = step + 1, count = story.len())).weak(),
        );
        ui.label(RichText::new(event.title.as_str()).strong().size(15.0));
        ui.label(format!("{when} · {place}"));
        ui.label(&s.caption);
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(step > 0, egui::Button::new(tr!(lang, "previous-step")))
                .on_hover_text(tr!(lang, "previous-step-tip"))
                .clicked()
            {
                intents.push(Intent::StoryStep(StepDirection::Previous));
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
            if ui.button(tr!(lang, "tour-exit")).clicked() {
                intents.push(Intent::StoryExit);
            }
        });
    });
}
