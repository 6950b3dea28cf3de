//! What the side panel shows with nothing selected: the dataset, how to use the app, the legend.

use egui::Ui;

use crate::{
    app::{AtlasState, Intent},
    tr,
    ui::theme,
};

/// The dataset with nothing selected: its title, the tour, the focus places, the contested subjects.
pub fn overview_ui(ui: &mut Ui, state: &AtlasState, intents: &mut Vec<Intent>) {
    let d = state.dataset();
    let lang = state.language();
    ui.label(theme::title(&d.title));
    ui.label(&d.description);
    ui.add_space(8.0);
    ui.label(tr!(lang, "overview-help"));
    ui.add_space(8.0);
    if !d.story.is_empty() {
        if ui
            .button(tr!(lang, "tour-start", count = d.story.len()))
            .on_hover_text(tr!(lang, "tour-start-tip"))
            .clicked()
        {
            intents.push(Intent::StoryStart);
        }
        ui.add_space(8.0);
    }
    let focus: Vec<(usize, &crate::model::Place)> = d
        .focus_places()
        .iter()
        .map(|&p| (p, &d.places[p]))
        .collect();
    if !focus.is_empty() {
        ui.strong(tr!(lang, "places-heading"));
    }
    for (p, place) in focus {
        if ui.link(place.names.get(lang.code())).clicked() {
            intents.push(Intent::SelectPlace(p));
        }
    }
    if !d.claims.is_empty() {
        ui.add_space(8.0);
        ui.strong(tr!(lang, "contested-heading"));
        ui.label(tr!(lang, "contested-help"));
        super::claims::all_subjects(ui, state);
    }
}
