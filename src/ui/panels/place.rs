//! The place panel: names in three languages, coordinates and where they come from, the events.

use egui::{RichText, Ui};

use super::event_row;
use crate::app::{AtlasState, Intent};

pub fn show(ui: &mut Ui, state: &AtlasState, p: usize, intents: &mut Vec<Intent>) {
    let d = &state.dataset;
    let place = &d.places[p];
    ui.horizontal(|ui| {
        ui.heading(&place.names.en);
        if ui
            .small_button("Close")
            .on_hover_text("Close (Esc)")
            .clicked()
        {
            intents.push(Intent::ClearSelection);
        }
    });
    if !place.kind.is_empty() {
        ui.weak(&place.kind);
    }
    egui::Grid::new("place-names")
        .num_columns(2)
        .show(ui, |ui| {
            let unknown = || RichText::new("not in the sources").weak().italics();
            ui.label("English");
            ui.label(&place.names.en);
            ui.end_row();
            ui.label("Russian");
            match &place.names.ru {
                Some(n) => ui.label(n),
                None => ui.label(unknown()),
            };
            ui.end_row();
            ui.label("Kazakh");
            match &place.names.kk {
                Some(n) => ui.label(n),
                None => ui.label(unknown()),
            };
            ui.end_row();
            ui.label("Coordinates");
            ui.label(format_lat_lon(place.position.y(), place.position.x()));
            ui.end_row();
            if let Some(km) = place.uncertainty_km {
                ui.label("Uncertainty");
                ui.label(format!("the sites are within about {km} km of the point"));
                ui.end_row();
            }
        });
    ui.horizontal(|ui| {
        let coords = format!("{:.5}, {:.5}", place.position.y(), place.position.x());
        if ui
            .small_button("Copy coordinates")
            .on_hover_text(format!("Copy \"{coords}\" (latitude, longitude)"))
            .clicked()
        {
            ui.ctx().copy_text(coords);
        }
    });
    // Distances to the places of the events, on the WGS84 ellipsoid.
    for other in d
        .places
        .iter()
        .enumerate()
        .filter(|(i, o)| o.focus && *i != p)
        .map(|(_, o)| o)
    {
        ui.label(format!(
            "{:.1} km to {} (geodesic)",
            crate::geometry::distance_km(place.position, other.position),
            other.names.en
        ));
    }
    if let Some(note) = &place.coordinate_source {
        ui.label(RichText::new(note).small().weak());
    }
    ui.separator();
    let events = d.events_at(p);
    ui.strong(match events.len() {
        0 => "No events here in this dataset".to_string(),
        1 => "1 event here".to_string(),
        n => format!("{n} events here, in time order"),
    });
    for &e in events {
        event_row(ui, state, e, intents);
    }
}

/// "43.34116° N, 52.86192° E".
pub fn format_lat_lon(lat: f64, lon: f64) -> String {
    let ns = if lat >= 0.0 { 'N' } else { 'S' };
    let ew = if lon >= 0.0 { 'E' } else { 'W' };
    format!("{:.5}° {ns}, {:.5}° {ew}", lat.abs(), lon.abs())
}
