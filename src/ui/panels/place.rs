//! The place panel: names in three languages, coordinates and where they come from, the events.

use egui::{RichText, Ui};

use super::event_row;
use crate::{
    app::{AtlasState, Intent},
    tr,
    ui::{theme, words},
};

/// The selected place: its names, coordinates, distances to the focus places and its events.
pub fn place_panel_ui(ui: &mut Ui, state: &AtlasState, p: usize, intents: &mut Vec<Intent>) {
    let d = state.dataset();
    let place = &d.places[p];
    let lang = state.language();
    ui.horizontal(|ui| {
        ui.label(theme::title(place.names.get(lang.code())));
        if ui
            .small_button(tr!(lang, "close"))
            .on_hover_text(tr!(lang, "close-tip"))
            .clicked()
        {
            intents.push(Intent::ClearSelection);
        }
    });
    if !place.kind().is_empty() {
        ui.weak(place.kind());
    }
    egui::Grid::new("place-names")
        .num_columns(2)
        .show(ui, |ui| {
            let unknown = || RichText::new(tr!(lang, "not-in-sources")).weak().italics();
            ui.label(tr!(lang, "name-english"));
            ui.label(place.names.en.as_str());
            ui.end_row();
            ui.label(tr!(lang, "name-russian"));
            match place.names.ru.as_deref() {
                Some(n) => ui.label(n),
                None => ui.label(unknown()),
            };
            ui.end_row();
            ui.label(tr!(lang, "name-kazakh"));
            match place.names.kk.as_deref() {
                Some(n) => ui.label(n),
                None => ui.label(unknown()),
            };
            ui.end_row();
            ui.label(tr!(lang, "coordinates"));
            ui.label(crate::text::format_lat_lon(
                place.position.y(),
                place.position.x(),
                5,
            ));
            ui.end_row();
            if let Some(km) = place.uncertainty_km() {
                ui.label(tr!(lang, "uncertainty"));
                ui.label(tr!(lang, "uncertainty-within", km = km));
                ui.end_row();
            }
        });
    ui.horizontal(|ui| {
        let coords = format!("{:.5}, {:.5}", place.position.y(), place.position.x());
        if ui
            .small_button(tr!(lang, "copy-coordinates"))
            .on_hover_text(tr!(lang, "copy-coordinates-tip", coords = coords.as_str()))
            .clicked()
        {
            ui.ctx().copy_text(coords);
        }
    });
    // Distances to the places of the events, on the WGS84 ellipsoid.
    for other in d
        .focus_places()
        .iter()
        .filter(|&&o| o != p)
        .map(|&o| &d.places[o])
    {
        let km = crate::geometry::distance_km(place.position, other.position);
        ui.label(tr!(
            lang,
            "distance-to",
            km = words::km(km),
            place = other.names.get(lang.code())
        ));
    }
    if let Some(note) = &place.coordinate_source {
        ui.label(RichText::new(note.as_ref()).small().weak());
    }
    ui.separator();
    let events = d.events_at(p);
    ui.strong(tr!(lang, "place-events", count = events.len()));
    for &e in events {
        event_row(ui, state, e, intents);
    }
}
