//! The event panel: what happened, when (with its precision), where, what is disputed, who says so.

use egui::{RichText, Ui};

use crate::{
    app::{AtlasState, Intent},
    tr,
    ui::{theme, words},
};

/// The selected event: when, where, what is disputed, the claims about it and its sources.
pub fn event_panel_ui(ui: &mut Ui, state: &AtlasState, e: usize, intents: &mut Vec<Intent>) {
    let d = state.dataset();
    let event = &d.events[e];
    let lang = state.language();
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(event.category.0.as_str())
                .color(theme::category_color(d, &event.category.0))
                .strong(),
        );
        if ui
            .small_button(tr!(lang, "close"))
            .on_hover_text(tr!(lang, "close-tip"))
            .clicked()
        {
            intents.push(Intent::ClearSelection);
        }
    });
    ui.label(theme::title(&event.title));
    let when = event.format_when(d.offset, state.display_offset(), lang.date_names());
    ui.label(RichText::new(when).strong());
    ui.weak(words::precision(lang, event.start.precision));
    match event.place {
        Some(p) => {
            if ui
                .link(tr!(
                    lang,
                    "event-at",
                    place = d.places[p].names.get(lang.code())
                ))
                .on_hover_text(tr!(lang, "show-place-tip"))
                .clicked()
            {
                intents.push(Intent::SelectPlace(p));
            }
        }
        None => {
            let text = match event.region() {
                Some(region) => tr!(lang, "region-no-exact", region = region),
                None => tr!(lang, "place-not-known"),
            };
            ui.label(RichText::new(text).italics());
        }
    }
    if let Some(note) = event.location_note() {
        ui.label(RichText::new(note).small().weak());
    }
    ui.add_space(6.0);
    ui.label(&event.description);
    if let Some(note) = event.single_source() {
        ui.add_space(6.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(RichText::new(tr!(lang, "single-source")).strong());
            let note = note.get(lang.code());
            if !note.is_empty() {
                ui.label(note);
            }
        });
    }
    if let Some(disputed) = event.disputed() {
        ui.add_space(6.0);
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(1.0, theme::DISPUTED))
            .show(ui, |ui| {
                ui.label(
                    RichText::new(tr!(lang, "disputed"))
                        .color(theme::DISPUTED)
                        .strong(),
                );
                ui.label(disputed);
            });
    }
    for (r, route) in d.routes.iter().enumerate() {
        if route.event == Some(e) {
            let m = &state.data().routes()[r];
            ui.add_space(6.0);
            let reported = match &route.reported_distance {
                Some(r) => r.clone(),
                None => tr!(lang, "event-route-nothing-reported"),
            };
            ui.label(tr!(
                lang,
                "event-route",
                path = words::km(m.path_km),
                straight = words::km(m.straight_km),
                reported = reported
            ));
        }
    }
    for subject in d.claim_subjects_about(e) {
        ui.add_space(6.0);
        ui.label(
            RichText::new(tr!(lang, "event-claims", subject = subject))
                .color(theme::DISPUTED)
                .strong(),
        );
        if ui
            .small_button(tr!(lang, "chart-all-claims"))
            .on_hover_text(tr!(lang, "chart-all-claims-tip"))
            .clicked()
        {
            intents.push(Intent::ShowClaims(Some(subject.to_string())));
        }
        let about = d.claims_about(e).filter(|c| c.subject == subject);
        super::claims::table(ui, state, &format!("{e}-{subject}"), about);
    }
    ui.add_space(6.0);
    ui.strong(tr!(lang, "sources-heading", count = event.sources.len()));
    for &s in &event.sources {
        let source = &d.sources[s];
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&source.publisher).strong());
            crate::ui::source_link::source_link_ui(
                ui,
                lang,
                words::source_title(lang, source),
                source.url.as_deref(),
            );
        });
        if let Some(note) = &source.note {
            ui.label(RichText::new(note).small().weak());
        }
    }
}
