//! The title card over the map on a real first start, as TimelineJS and StoryMapJS open: the
//! dataset's title, one sentence of what it covers, and two ways in — the guided tour, or
//! exploring on one's own. Esc or a click outside is "Explore".

use egui::{Context, Id, RichText};

use crate::{
    app::{AtlasState, Intent},
    text::first_sentence,
    tr,
};

/// The card, while the state says it is on screen.
pub fn title_card_ui(ctx: &Context, state: &AtlasState, intents: &mut Vec<Intent>) {
    let d = state.dataset();
    let lang = state.language();
    let modal = egui::Modal::new(Id::unique("title-card")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.label(RichText::new(&d.title).heading().strong());
        ui.add_space(6.0);
        if !d.description.is_empty() {
            ui.label(first_sentence(&d.description));
            ui.add_space(10.0);
        }
        ui.horizontal(|ui| {
            if !d.story.is_empty() {
                let tour = ui.button(RichText::new(tr!(lang, "title-card-tour")).strong());
                // The first way in has the keyboard focus: Enter starts the tour.
                if ui.memory(|m| m.focused().is_none()) {
                    tour.request_focus();
                }
                if tour.clicked() {
                    intents.push(Intent::StoryStart);
                }
            }
            if ui.button(tr!(lang, "title-card-explore")).clicked() {
                intents.push(Intent::TitleCard(false));
            }
        });
    });
    // A click outside; Esc is the shell's key, which puts the card away too.
    if modal.should_close() {
        intents.push(Intent::TitleCard(false));
    }
}
