//! Measuring on the map: two clicked points (or places), the geodesic distance and bearing between
//! them drawn as a line with its figures.

use egui::{Align2, Color32, FontId, Painter, Stroke, vec2};

use super::to_pos;
use crate::{
    geometry::{MercatorView, bearing_deg, distance_km, mercator},
    i18n::Language,
    tr,
    ui::words,
};

const COLOR: Color32 = Color32::from_rgb(0x10, 0x10, 0x10);

/// The text a measurement reads: "141.1 km · bearing 104°".
pub fn reading(lang: Language, a: geo::Point, b: geo::Point) -> String {
    tr!(
        lang,
        "measure-reading",
        km = words::km(distance_km(a, b)),
        bearing = format!("{:.0}", bearing_deg(a, b))
    )
}

pub fn paint(painter: &Painter, view: &MercatorView, points: &[geo::Point], lang: Language) {
    let screen: Vec<_> = points
        .iter()
        .map(|p| to_pos(view.to_screen(mercator(p.x(), p.y()))))
        .collect();
    if let [a, b] = screen[..] {
        painter.line_segment([a, b], Stroke::new(4.0, Color32::WHITE));
        painter.add(egui::Shape::dashed_line(
            &[a, b],
            Stroke::new(2.0, COLOR),
            8.0,
            5.0,
        ));
        let text = reading(lang, points[0], points[1]);
        let galley = painter.layout_no_wrap(text, FontId::proportional(14.0), Color32::WHITE);
        let rect = Align2::CENTER_BOTTOM.anchor_size(
            a + (b - a) * 0.5 - vec2(0.0, 8.0),
            galley.size() + vec2(10.0, 6.0),
        );
        painter.rect_filled(rect, 4.0, COLOR);
        painter.galley(rect.min + vec2(5.0, 3.0), galley, Color32::WHITE);
    }
    for p in screen {
        painter.circle(p, 5.0, Color32::WHITE, Stroke::new(2.0, COLOR));
    }
    let hint = if points.len() < 2 {
        tr!(lang, "measure-help")
    } else {
        tr!(lang, "measure-again")
    };
    let clip = painter.clip_rect();
    painter.text(
        clip.center_top() + vec2(0.0, 14.0),
        Align2::CENTER_TOP,
        hint,
        FontId::proportional(13.0),
        COLOR,
    );
}
