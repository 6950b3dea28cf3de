//! Place markers (clickable, focusable, with hover names) and the labels of places and towns.

use egui::{Color32, FontId, Id, Painter, Rect, Sense, Stroke, Ui, vec2};

use super::{LabelStyle, MapLabel, to_pos};
use crate::{
    app::{
        AtlasState, ClusterMarker, Intent, MARK_READ_BUDGET, MARKS_PER_PLACE, PlaceEventMark,
        leads_with_news,
    },
    basemap::Basemap,
    geometry::{CELL_PX, MercatorView},
    timeline::Recency,
    tr,
    ui::theme,
};

/// What the markers leave for the labels: where the markers are, and the places' labels split by
/// priority (Zhanaozen and Aktau before the route's label, the rest after it).
pub struct PlaceLabels {
    pub markers: Vec<Rect>,
    pub focus: Vec<MapLabel>,
    pub others: Vec<MapLabel>,
}

/// How far from a place, in points, a click on the map still picks it (beyond its marker).
const PICK_RADIUS: f64 = 20.0;

/// The place a click at `pos` on the map's background picks: the nearest one, if within
/// [`PICK_RADIUS`]. O(log n) through the dataset's R-tree.
pub fn pick(state: &AtlasState, view: &MercatorView, pos: egui::Pos2) -> Option<usize> {
    let (p, distance) = state
        .dataset()
        .nearest_place(view.to_mercator([pos.x, pos.y]))?;
    (distance * view.world_px <= PICK_RADIUS).then_some(p)
}

pub fn place_markers_ui(
    ui: &mut Ui,
    painter: &Painter,
    view: &MercatorView,
    state: &AtlasState,
    intents: &mut Vec<Intent>,
) -> PlaceLabels {
    let clip = painter.clip_rect().expand(40.0);
    let d = state.dataset();
    let mut out = PlaceLabels {
        markers: Vec::new(),
        focus: Vec::new(),
        others: Vec::new(),
    };

    let scene = state.map_scene(
        view,
        ([clip.left(), clip.top()], [clip.right(), clip.bottom()]),
    );
    let clustering = !scene.clusters.is_empty();
    for marker in &scene.clusters {
        cluster_marker(ui, painter, state, marker, view, intents);
    }
    let mut single: Vec<(usize, egui::Pos2)> = scene
        .places
        .into_iter()
        .map(|(p, pos)| (p, to_pos(pos)))
        .collect();
    // Label (and event-mark) priority: the selection, the focus places, then places with events.
    single.sort_by_key(|&(p, _)| {
        (
            state.selection().place != Some(p),
            !d.places[p].focus,
            d.events_at(p).is_empty(),
        )
    });
    let mut mark_budget = MARK_READ_BUDGET;
    for (p, pos) in single {
        let place = &d.places[p];
        // How many of its events the map shows now: the badge, and whether the place is active.
        let count = state.shown_event_count(p);
        let active = count > 0;
        let has_events = !d.events_at(p).is_empty();
        let radius = if place.focus { 8.0 } else { 5.0 };
        let marks = state.place_event_marks(p, &mut mark_budget);
        // A place looks as its events are: news while one is recent, quiet after, faded before.
        let fill = match (active, leads_with_news(&marks), has_events) {
            (true, true, _) => theme::RECENT_PLACE,
            (true, false, _) => theme::ACTIVE_PLACE,
            (false, _, true) => theme::FADED_PLACE,
            (false, _, false) => theme::TOWN,
        };
        if let Some(km) = place.uncertainty_km() {
            // Where the sites are only known to be somewhere in the town: a circle of that size.
            let r = (km * 1000.0 * view.pixels_per_meter(place.position.y())) as f32;
            if r > radius + 4.0 {
                painter.circle(
                    pos,
                    r,
                    fill.gamma_multiply(0.10),
                    Stroke::new(1.0, fill.gamma_multiply(0.6)),
                );
            }
        }
        let hit = Rect::from_center_size(pos, vec2(24.0, 24.0));
        let response = ui.interact(hit, Id::unique(("place", &place.id)), Sense::click());
        let lang = state.language();
        let name = place.names.get(lang.code());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
        if state.selection().place == Some(p) {
            painter.circle_stroke(pos, radius + 5.0, Stroke::new(3.0, theme::SELECTION));
        }
        if response.has_focus() {
            painter.circle_stroke(pos, radius + 9.0, ui.visuals().selection.stroke);
        }
        if response.hovered() {
            painter.circle_stroke(pos, radius + 3.0, Stroke::new(1.5, Color32::BLACK));
        }
        painter.circle(pos, radius, fill, Stroke::new(1.5, Color32::WHITE));
        event_marks_ui(ui, painter, state, pos, radius, &marks, intents);
        if count > 0 && !clustering {
            let badge = pos + vec2(radius + 3.0, -radius - 3.0);
            painter.circle(
                badge,
                9.0,
                theme::SELECTION,
                Stroke::new(1.0, Color32::WHITE),
            );
            painter.text(
                badge,
                egui::Align2::CENTER_CENTER,
                count.to_string(),
                egui::FontId::proportional(12.0),
                Color32::WHITE,
            );
        }
        out.markers.push(Rect::from_center_size(
            pos,
            vec2(2.0 * radius + 4.0, 2.0 * radius + 4.0),
        ));
        let response = response.on_hover_ui(|ui| {
            ui.label(match d.events_at(p).len() {
                0 => name.to_string(),
                n => tr!(lang, "place-marker", name = name, count = n),
            });
        });
        if response.clicked() {
            // While measuring, a place is a point to measure from or to.
            intents.push(match state.tools().measure() {
                Some(_) => Intent::MeasurePoint(place.position),
                None => Intent::SelectPlace(p),
            });
        }

        let size = if place.focus { 17.0 } else { 13.5 };
        let color = if active || !has_events {
            theme::LABEL
        } else {
            theme::FADED_PLACE
        };
        let galley = painter.layout_no_wrap(name.to_string(), FontId::proportional(size), color);
        let label = MapLabel {
            anchor: pos,
            // Beyond the ring of event marks, where there is one.
            offset: radius
                + if marks.is_empty() {
                    4.0
                } else {
                    FAN_GAP + 10.0
                },
            lines: vec![galley],
            style: LabelStyle::Place,
            rings: 1,
        };
        if place.focus {
            out.focus.push(label)
        } else {
            out.others.push(label)
        }
    }
    out
}

/// How far outside a place's marker its event marks sit, in points.
const FAN_GAP: f32 = 9.0;

/// The events at a place, fanned out on a ring around its marker, newest first clockwise from
/// the right (the top-right is the count badge's): recent ones large in their category's colour
/// (with a ring that spreads as they age while playing), older ones small and pale. Each is a
/// button naming its event; a click selects it.
fn event_marks_ui(
    ui: &mut Ui,
    painter: &Painter,
    state: &AtlasState,
    center: egui::Pos2,
    radius: f32,
    marks: &[PlaceEventMark],
    intents: &mut Vec<Intent>,
) {
    let d = state.dataset();
    let ring = radius + FAN_GAP;
    // 290° of the circle, leaving the badge's corner free.
    let (from, sweep) = (-10f32.to_radians(), 290f32.to_radians());
    let step = sweep / MARKS_PER_PLACE as f32;
    let playing = state.time().playback().playing;
    for (i, mark) in marks.iter().enumerate() {
        let angle = from + step * i as f32;
        let pos = center + ring * vec2(angle.cos(), angle.sin());
        let event = &d.events[mark.event];
        let color = theme::category_color(d, &event.category.0);
        let (r, fill) = match mark.recency {
            Recency::Recent { age } => (5.5 - 1.5 * age, color),
            _ => (3.5, color.gamma_multiply(0.45)),
        };
        if playing
            && let Recency::Recent { age } = mark.recency
            && age < PULSE_AGE
        {
            let t = age / PULSE_AGE;
            painter.circle_stroke(
                pos,
                r + 2.0 + 8.0 * t,
                Stroke::new(2.0, color.gamma_multiply(1.0 - t)),
            );
        }
        painter.circle(pos, r, fill, Stroke::new(1.0, Color32::WHITE));
        let response = ui.interact(
            egui::Rect::from_center_size(pos, vec2(12.0, 12.0)),
            Id::unique(("event-mark", mark.event)),
            Sense::click(),
        );
        // Named apart from the same event's mark on the timeline.
        let name = tr!(state.language(), "event-mark", title = event.title.as_str());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if response.on_hover_text(event.title.as_str()).clicked() {
            intents.push(Intent::SelectEvent(mark.event));
        }
    }
}

/// Below this fraction of the recent window, a recent event's mark pulses during playback.
const PULSE_AGE: f32 = 0.15;

/// A cluster's marker: (a member for its id, how many places, where, whether any has events by
/// now). It shows the count; a click zooms in on it.
fn cluster_marker(
    ui: &mut Ui,
    painter: &Painter,
    state: &AtlasState,
    marker: &ClusterMarker,
    view: &MercatorView,
    intents: &mut Vec<Intent>,
) {
    let (member, n, center, active) = (
        marker.first,
        marker.count,
        to_pos(marker.center),
        marker.active,
    );
    // Grows with the count, but never past half a cell, so that neighbouring clusters do not overlap.
    let radius = (7.0 + (n as f32).log2() * 1.5).min(CELL_PX as f32 / 2.0 - 1.0);
    let fill = if active {
        theme::ACTIVE_PLACE
    } else {
        theme::FADED_PLACE
    };
    painter.circle(
        center,
        radius,
        fill.gamma_multiply(0.85),
        Stroke::new(1.5, Color32::WHITE),
    );
    // Abbreviated to fit the marker (8.5k): the full count is in its label and tooltip.
    painter.text(
        center,
        egui::Align2::CENTER_CENTER,
        crate::text::compact_count(n),
        FontId::proportional(12.0),
        Color32::WHITE,
    );
    let id = Id::unique(("cluster", &state.dataset().places[member].id));
    let response = ui.interact(
        egui::Rect::from_center_size(center, vec2(2.0 * radius, 2.0 * radius)),
        id,
        Sense::click(),
    );
    let lang = state.language();
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            tr!(lang, "cluster-label", count = n),
        )
    });
    let response = response.on_hover_ui(|ui| {
        ui.label(tr!(lang, "cluster-tip", count = n));
    });
    if response.clicked() {
        let (lon, lat) = crate::geometry::mercator_inverse(view.to_mercator([center.x, center.y]));
        intents.push(Intent::ZoomMapTo {
            center: geo::Point::new(lon, lat),
            zoom: (view.world_px / 256.0).log2() + 2.0,
        });
    }
}

/// Whether a town is labelled at `zoom`: on a view of the world only the largest cities, on a
/// continent the capitals and cities of a million, closer in every town (a world map of small
/// towns says nothing, and leaves no room for the data's own labels).
fn town_shown_at(t: &crate::basemap::Town, zoom: f64) -> bool {
    match zoom {
        z if z < 3.0 => t.population >= 5_000_000,
        z if z < 4.0 => t.capital || t.population >= 1_000_000,
        _ => true,
    }
}

/// Labels for the basemap's towns that the dataset does not have, largest first.
pub fn town_labels(painter: &Painter, view: &MercatorView, state: &AtlasState) -> Vec<MapLabel> {
    let zoom = view.zoom();
    Basemap::embedded()
        .towns
        .iter()
        .filter(|t| town_shown_at(t, zoom))
        .filter(|t| {
            !t.geonames_id
                .is_some_and(|id| state.dataset().has_geonames_id(id))
        })
        .map(|t| (t, to_pos(view.to_screen(t.merc))))
        .filter(|(_, pos)| painter.clip_rect().contains(*pos))
        .map(|(t, pos)| MapLabel {
            anchor: pos,
            offset: 4.0,
            lines: vec![painter.layout_no_wrap(
                t.name.clone(),
                FontId::proportional(12.5),
                theme::TOWN,
            )],
            style: LabelStyle::Town,
            rings: 1,
        })
        .collect()
}
