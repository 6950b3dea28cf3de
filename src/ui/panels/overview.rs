//! What the side panel shows with nothing selected: the dataset, how to use the app, the legend.

use egui::Ui;

use crate::{
    app::{AtlasState, Intent},
    ui::theme,
};

pub fn show(ui: &mut Ui, state: &AtlasState, intents: &mut Vec<Intent>) {
    let d = &state.dataset;
    ui.heading(&d.title);
    ui.label(&d.description);
    ui.add_space(8.0);
    ui.label("Click a place on the map or a mark on the timeline. Drag the timeline to move through time; the Left and Right arrow keys step from event to event.");
    ui.add_space(8.0);
    if !d.story.is_empty() {
        if ui
            .button(format!("Start the guided tour ({} steps)", d.story.len()))
            .on_hover_text(
                "Step through the key events with a short caption each (Page Up/Page Down)",
            )
            .clicked()
        {
            intents.push(Intent::StoryStart);
        }
        ui.add_space(8.0);
    }
    let focus: Vec<(usize, &crate::model::Place)> = d
        .places
        .iter()
        .enumerate()
        .filter(|(_, p)| p.focus)
        .collect();
    if !focus.is_empty() {
        ui.strong("Places of the events");
    }
    for (p, place) in focus {
        if ui.link(&place.names.en).clicked() {
            intents.push(Intent::SelectPlace(p));
        }
    }
    if !d.claims.is_empty() {
        ui.add_space(8.0);
        ui.strong("Contested figures");
        ui.label("Where sources disagree, each claim is listed with who makes it and where it was published.");
        super::claims::all_subjects(ui, state);
    }
    ui.add_space(8.0);
    ui.strong("Legend");
    legend_dot(
        ui,
        theme::FOCUS_PLACE,
        "Zhanaozen and Aktau, the places of the events",
    );
    legend_dot(
        ui,
        theme::ACTIVE_PLACE,
        "a place whose events have happened by the cursor",
    );
    legend_dot(
        ui,
        theme::FADED_PLACE,
        "a place whose events are still to come",
    );
    legend_dot(
        ui,
        theme::ROUTE,
        "the transfer of the wounded, once it has happened",
    );
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        for c in d.categories().iter().map(|c| c.0.as_str()) {
            let (r, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().rect_filled(r, 2.0, theme::category_color(c));
            ui.label(c);
        }
    });
}

fn legend_dot(ui: &mut Ui, color: egui::Color32, text: &str) {
    ui.horizontal(|ui| {
        let (r, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
        ui.painter().circle_filled(r.center(), 5.0, color);
        ui.label(text);
    });
}
