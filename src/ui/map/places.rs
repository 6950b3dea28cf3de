//! Place markers (clickable, focusable, with hover names) and the labels of places and towns.

use egui::{Align2, Color32, FontId, Id, Painter, Rect, Sense, Stroke, Ui, vec2};

use super::{LabelCandidate, place_labels, to_pos};
use crate::{
    app::{AtlasState, Intent},
    basemap::Basemap,
    geometry::{MercatorView, mercator},
    ui::theme,
};

struct Label {
    text: String,
    font: FontId,
    color: Color32,
    anchor: egui::Pos2,
    /// For towns of the basemap: their dot is drawn only when their label has room.
    town_dot: bool,
}

pub fn show(ui: &mut Ui, painter: &Painter, view: &MercatorView, state: &AtlasState, obstacles: &[Rect], intents: &mut Vec<Intent>) {
    let clip = painter.clip_rect().expand(40.0);
    let d = &state.dataset;
    let mut labels: Vec<Label> = Vec::new();
    let mut marker_rects: Vec<Rect> = obstacles.to_vec();

    // Priority: focus places, the selection, places with events, then the rest.
    let mut order: Vec<usize> = (0..d.places.len()).collect();
    order.sort_by_key(|&p| {
        let place = &d.places[p];
        (!place.focus, state.selection.place != Some(p), d.events_at(p).is_empty(), place.id.clone())
    });
    for p in order {
        let place = &d.places[p];
        let pos = to_pos(view.to_screen(mercator(place.position.x(), place.position.y())));
        if !clip.contains(pos) {
            continue;
        }
        let active = state.is_place_active(p);
        let has_events = !d.events_at(p).is_empty();
        let radius = if place.focus { 7.5 } else { 5.0 };
        let fill = match (active, place.focus, has_events) {
            (true, true, _) => theme::FOCUS_PLACE,
            (true, false, _) => theme::ACTIVE_PLACE,
            (false, _, true) => theme::FADED_PLACE,
            (false, _, false) => theme::TOWN,
        };
        let hit = Rect::from_center_size(pos, vec2(24.0, 24.0));
        let response = ui.interact(hit, Id::unique(("place", &place.id)), Sense::click());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &place.names.en));
        let selected = state.selection.place == Some(p);
        if selected {
            painter.circle_stroke(pos, radius + 5.0, Stroke::new(3.0, theme::SELECTION));
        }
        if response.has_focus() {
            painter.circle_stroke(pos, radius + 9.0, ui.visuals().selection.stroke);
        }
        if response.hovered() {
            painter.circle_stroke(pos, radius + 3.0, Stroke::new(1.5, Color32::BLACK));
        }
        painter.circle(pos, radius, fill, Stroke::new(1.5, Color32::WHITE));
        marker_rects.push(Rect::from_center_size(pos, vec2(2.0 * radius + 4.0, 2.0 * radius + 4.0)));
        let count = d.events_at(p).len();
        let response = response.on_hover_text(match count {
            0 => place.names.en.clone(),
            1 => format!("{} — 1 event", place.names.en),
            n => format!("{} — {n} events", place.names.en),
        });
        if response.clicked() {
            intents.push(Intent::SelectPlace(p));
        }
        let (size, color) = match (place.focus, active || !has_events) {
            (true, true) => (16.0, theme::LABEL),
            (true, false) => (16.0, theme::FADED_PLACE),
            (false, true) => (13.0, theme::LABEL),
            (false, false) => (13.0, theme::FADED_PLACE),
        };
        labels.push(Label {
            text: place.names.en.clone(),
            font: FontId::proportional(size),
            color,
            anchor: pos,
            town_dot: false,
        });
    }

    // Towns of the basemap that the dataset does not have, largest first.
    let known: Vec<u64> = d.places.iter().filter_map(|p| p.geonames_id).collect();
    for town in &Basemap::embedded().towns {
        if town.geonames_id.is_some_and(|id| known.contains(&id)) {
            continue;
        }
        let pos = to_pos(view.to_screen(town.merc));
        if !painter.clip_rect().contains(pos) {
            continue;
        }
        labels.push(Label { text: town.name.clone(), font: FontId::proportional(11.5), color: theme::TOWN, anchor: pos, town_dot: true });
    }

    let galleys: Vec<_> = labels.iter().map(|l| painter.layout_no_wrap(l.text.clone(), l.font.clone(), l.color)).collect();
    let candidates: Vec<LabelCandidate> = labels
        .iter()
        .zip(&galleys)
        .map(|(l, g)| LabelCandidate { anchor: l.anchor, size: g.size() + vec2(4.0, 0.0), offset: if l.town_dot { 4.0 } else { 10.0 } })
        .collect();
    for ((label, galley), spot) in labels.iter().zip(galleys).zip(place_labels(&candidates, &marker_rects)) {
        let Some(rect) = spot else { continue };
        if label.town_dot {
            painter.circle_filled(label.anchor, 2.2, theme::TOWN);
        }
        painter.rect_filled(rect, 3.0, theme::LABEL_HALO);
        let pos = Align2::CENTER_CENTER.anchor_size(rect.center(), galley.size()).min;
        painter.galley(pos, galley, label.color);
    }
}
