//! What the side panel shows with nothing selected: the dataset, how to use the app, the legend.

use egui::Ui;

use crate::{
    app::{AtlasState, Intent},
    tr,
    ui::theme,
};

pub fn show(ui: &mut Ui, state: &AtlasState, intents: &mut Vec<Intent>) {
    let d = state.dataset();
    let lang = state.language();
    ui.heading(&d.title);
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
    ui.add_space(8.0);
    ui.strong(tr!(lang, "legend-heading"));
    legend_dot(ui, theme::FOCUS_PLACE, tr!(lang, "legend-focus"));
    legend_dot(ui, theme::ACTIVE_PLACE, tr!(lang, "legend-active"));
    legend_dot(ui, theme::FADED_PLACE, tr!(lang, "legend-future"));
    legend_dot(ui, theme::ROUTE, tr!(lang, "legend-route"));
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        for c in d.categories().iter().map(|c| c.0.as_str()) {
            let (r, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().rect_filled(r, 2.0, theme::category_color(c));
            ui.label(c);
        }
    });
}

fn legend_dot(ui: &mut Ui, color: egui::Color32, text: String) {
    ui.horizontal(|ui| {
        let (r, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
        ui.painter().circle_filled(r.center(), 5.0, color);
        ui.label(text);
    });
}
