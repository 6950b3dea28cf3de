//! The routes of the dataset (the transfer of the wounded from Zhanaozen to Aktau): drawn once their
//! event has happened, highlighted while it lasts ("under way", with no vehicle on it: the sources
//! give no times), labelled with their geodesic length, and hoverable (the km along the route at
//! the pointer) and clickable.

use egui::{Color32, FontId, Painter, Pos2, Response, Stroke, vec2};

use super::{LabelStyle, MapLabel, to_pos};
use crate::{
    app::{AtlasState, Intent},
    geometry::{MercatorView, mercator},
    tr,
    ui::{theme, words},
};

/// How near the pointer must be to the line to hover it, in pixels.
const HOVER_DISTANCE: f32 = 8.0;

/// Draws the routes whose event has happened and returns their labels, to be placed with the others.
pub fn route_ui(
    painter: &Painter,
    view: &MercatorView,
    state: &AtlasState,
    map_response: &Response,
    intents: &mut Vec<Intent>,
) -> Vec<MapLabel> {
    let d = state.dataset();
    let lang = state.language();
    let mut labels = Vec::new();
    for (r, (route, measure)) in d.routes.iter().zip(state.data().routes()).enumerate() {
        if !state.is_route_shown(r) || measure.points.len() < 2 {
            continue;
        }
        let points: Vec<Pos2> = measure
            .points
            .iter()
            .map(|p| to_pos(view.to_screen(mercator(p.x(), p.y()))))
            .collect();
        let hovered = map_response
            .hover_pos()
            .is_some_and(|h| distance_to_path(h, &points) <= HOVER_DISTANCE);
        let selected = route.event.is_some() && state.selection().event == route.event;
        let width = if hovered || selected { 5.0 } else { 3.5 };
        let under_way = state.is_route_under_way(r);
        if under_way {
            painter.add(egui::Shape::line(
                points.clone(),
                Stroke::new(width + 14.0, theme::ROUTE.gamma_multiply(0.25)),
            ));
        }
        painter.add(egui::Shape::line(
            points.clone(),
            Stroke::new(width + 3.0, Color32::WHITE),
        ));
        painter.add(egui::Shape::line(
            points.clone(),
            Stroke::new(width, theme::ROUTE),
        ));
        for p in &points[1..points.len() - 1] {
            painter.circle(*p, 3.5, Color32::WHITE, Stroke::new(2.0, theme::ROUTE));
        }
        arrow_head(painter, points[points.len() - 2], points[points.len() - 1]);
        let mut lines = vec![
            route.name.clone(),
            tr!(
                lang,
                "route-lengths",
                path = words::km(measure.path_km),
                straight = words::km(measure.straight_km)
            ),
            match &route.reported_distance {
                Some(reported) => tr!(lang, "route-sources", reported = reported.as_str()),
                None => tr!(lang, "route-no-distance"),
            },
        ];
        if under_way && let Some(e) = route.event.map(|e| &d.events[e]) {
            let when = e.format_when(d.offset, state.display_offset(), lang.date_names());
            lines.insert(1, tr!(lang, "route-under-way", when = when));
        }
        labels.push(MapLabel {
            anchor: point_at_half_length(&points),
            offset: 28.0,
            lines: lines
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let (size, color) = if i == 0 {
                        (13.0, theme::ROUTE)
                    } else {
                        (12.0, theme::LABEL)
                    };
                    painter.layout_no_wrap(l.clone(), FontId::proportional(size), color)
                })
                .collect(),
            style: LabelStyle::Route,
            rings: 6,
        });

        if let (true, Some(pointer)) = (hovered, map_response.hover_pos()) {
            let (leg, t) = nearest_on_path(pointer, &points);
            let from = d.places[route.via[0]].names.get(lang.code());
            let km = measure.km_at(leg, f64::from(t));
            let tooltip = map_response.clone().on_hover_ui_at_pointer(|ui| {
                ui.strong(&route.name);
                for line in &lines[1..] {
                    ui.label(line);
                }
                ui.label(tr!(
                    lang,
                    "route-progress",
                    km = format!("{km:.0}"),
                    from = from
                ));
                if let Some(note) = &route.note {
                    ui.label(egui::RichText::new(note).italics());
                }
                if route.event.is_some() {
                    ui.label(tr!(lang, "route-click"));
                }
            });
            if let (true, Some(e)) = (tooltip.clicked(), route.event) {
                intents.push(Intent::SelectEvent(e));
            }
        }
    }
    labels
}

fn arrow_head(painter: &Painter, from: Pos2, to: Pos2) {
    let dir = (to - from).normalized();
    if !dir.x.is_finite() {
        return;
    }
    let normal = vec2(-dir.y, dir.x);
    let tip = to - dir * 9.0;
    let back = tip - dir * 12.0;
    painter.add(egui::Shape::convex_polygon(
        vec![tip, back + normal * 6.0, back - normal * 6.0],
        theme::ROUTE,
        Stroke::new(1.0, Color32::WHITE),
    ));
}

/// The point halfway along a polyline, measured on screen.
pub fn point_at_half_length(points: &[Pos2]) -> Pos2 {
    let total: f32 = points.windows(2).map(|w| w[0].distance(w[1])).sum();
    let mut left = total / 2.0;
    for w in points.windows(2) {
        let len = w[0].distance(w[1]);
        if len >= left && len > 0.0 {
            return w[0] + (w[1] - w[0]) * (left / len);
        }
        left -= len;
    }
    points.first().copied().unwrap_or_default()
}

/// The leg of the polyline nearest to `p`, and how far along it (0 to 1) the nearest point is.
pub fn nearest_on_path(p: Pos2, points: &[Pos2]) -> (usize, f32) {
    let mut best = (0, 0.0, f32::INFINITY);
    for (i, w) in points.windows(2).enumerate() {
        let (a, b) = (w[0], w[1]);
        let ab = b - a;
        let t = if ab.length_sq() > 0.0 {
            ((p - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let d = p.distance(a + ab * t);
        if d < best.2 {
            best = (i, t, d);
        }
    }
    (best.0, best.1)
}

/// The shortest screen distance from `p` to the polyline.
pub fn distance_to_path(p: Pos2, points: &[Pos2]) -> f32 {
    let (leg, t) = nearest_on_path(p, points);
    match (points.get(leg), points.get(leg + 1)) {
        (Some(&a), Some(&b)) => p.distance(a + (b - a) * t),
        _ => f32::INFINITY,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    fn polyline_helpers() {
        let path = [pos2(0.0, 0.0), pos2(10.0, 0.0), pos2(10.0, 10.0)];
        assert_eq!(point_at_half_length(&path), pos2(10.0, 0.0));
        assert_eq!(distance_to_path(pos2(5.0, 3.0), &path), 3.0);
        assert_eq!(distance_to_path(pos2(13.0, 5.0), &path), 3.0);
        assert_eq!(nearest_on_path(pos2(13.0, 5.0), &path), (1, 0.5));
    }
}
