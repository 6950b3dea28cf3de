//! The event panel: what happened, when (with its precision), where, what is disputed, who says so.

use egui::{RichText, Ui};

use crate::{
    app::{AtlasState, Intent},
    ui::theme,
};

pub fn show(ui: &mut Ui, state: &AtlasState, e: usize, intents: &mut Vec<Intent>) {
    let d = &state.dataset;
    let event = &d.events[e];
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(&event.category.0)
                .color(theme::category_color(&event.category.0))
                .strong(),
        );
        if ui
            .small_button("Close")
            .on_hover_text("Close (Esc)")
            .clicked()
        {
            intents.push(Intent::ClearSelection);
        }
    });
    ui.heading(&event.title);
    let when = event.format_when(d.offset, state.display_offset());
    ui.label(RichText::new(when).strong());
    ui.weak(event.start.precision.describe());
    match event.place {
        Some(p) => {
            if ui
                .link(format!("at {}", d.places[p].names.en))
                .on_hover_text("Show the place")
                .clicked()
            {
                intents.push(Intent::SelectPlace(p));
            }
        }
        None => {
            let text = match &event.region {
                Some(region) => format!("{region} (no exact place)"),
                None => "Place not known".to_string(),
            };
            ui.label(RichText::new(text).italics());
        }
    }
    if let Some(note) = &event.location_note {
        ui.label(RichText::new(note).small().weak());
    }
    ui.add_space(6.0);
    ui.label(&event.description);
    if let Some(disputed) = &event.disputed {
        ui.add_space(6.0);
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(1.0, theme::DISPUTED))
            .show(ui, |ui| {
                ui.label(RichText::new("Disputed").color(theme::DISPUTED).strong());
                ui.label(disputed);
            });
    }
    for (r, route) in d.routes.iter().enumerate() {
        if route.event == Some(e) {
            let m = &state.routes[r];
            ui.add_space(6.0);
            ui.label(format!(
                "Route: {:.1} km along it, {:.1} km in a straight line (geodesic); the sources say {}.",
                m.path_km,
                m.straight_km,
                route.reported_distance.as_deref().unwrap_or("nothing of the distance")
            ));
        }
    }
    let mut subjects: Vec<&str> = Vec::new();
    for c in d.claims_about(e) {
        if !subjects.contains(&c.subject.as_str()) {
            subjects.push(&c.subject);
        }
    }
    for subject in subjects {
        ui.add_space(6.0);
        ui.label(
            RichText::new(format!("Claims: {subject}"))
                .color(theme::DISPUTED)
                .strong(),
        );
        if ui
            .small_button("Chart all claims")
            .on_hover_text("Every claim on this subject over time")
            .clicked()
        {
            intents.push(Intent::ShowClaims(Some(subject.to_string())));
        }
        let about = d.claims_about(e).filter(|c| c.subject == subject);
        super::claims::table(ui, state, &format!("{e}-{subject}"), about);
    }
    ui.add_space(6.0);
    ui.strong(if event.sources.len() == 1 {
        "Source"
    } else {
        "Sources"
    });
    for &s in &event.sources {
        let source = &d.sources[s];
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&source.publisher).strong());
            crate::ui::source_link::show(ui, source.title.clone(), source.url.as_deref());
        });
        if let Some(note) = &source.note {
            ui.label(RichText::new(note).small().weak());
        }
    }
}
