//! The scale bar in km, above the attribution. Its length is measured on the ellipsoid across the
//! map's centre, so it stays right at any latitude the map is panned to.

use egui::{Align2, Color32, FontId, Painter, Rect, Stroke, pos2};

use crate::{
    geometry::{MercatorView, distance_km, mercator_inverse, scale_bar},
    i18n::Language,
    ui::words,
};

/// The longest the bar may be, in points.
const MAX_WIDTH: f64 = 120.0;

/// The distance the bar stands for, and its length in points.
fn measure(view: &MercatorView) -> Option<(f64, f64)> {
    let [cx, cy] = view.screen_center;
    let ends = [cx - 50.0, cx + 50.0].map(|x| {
        let (lon, lat) = mercator_inverse(view.to_mercator([x, cy]));
        geo::Point::new(lon, lat)
    });
    scale_bar(distance_km(ends[0], ends[1]) / 100.0, MAX_WIDTH)
}

pub fn paint(painter: &Painter, view: &MercatorView, map_rect: Rect, lang: Language) {
    let Some((km, px)) = measure(view) else {
        return;
    };
    let px = px as f32;
    let right = map_rect.right() - 12.0;
    let y = map_rect.bottom() - 30.0;
    let left = right - px;
    let text = words::distance(lang, km);
    let font = FontId::proportional(12.0);
    let galley = painter.layout_no_wrap(text, font, Color32::BLACK);
    let back = Rect::from_min_max(
        pos2(left - 6.0, y - galley.size().y - 4.0),
        pos2(right + 6.0, y + 5.0),
    );
    painter.rect_filled(back, 3.0, Color32::from_white_alpha(200));
    let stroke = Stroke::new(1.5, Color32::BLACK);
    painter.line_segment([pos2(left, y), pos2(right, y)], stroke);
    for x in [left, right] {
        painter.line_segment([pos2(x, y - 4.0), pos2(x, y + 3.0)], stroke);
    }
    let at = Align2::CENTER_BOTTOM.anchor_size(pos2((left + right) / 2.0, y - 1.0), galley.size());
    painter.galley(at.min, galley, Color32::BLACK);
}
