//! The name of the region (or sea, or country) under the pointer, from the offline basemap, with
//! its outline traced.

use egui::{Painter, Response, Shape, Stroke};

use super::to_pos;
use crate::{basemap::Basemap, geometry::MercatorView, i18n::Language, ui::theme};

/// Traces the hovered area and returns its name in `lang` (with the English name beside a
/// Russian one), or nothing when the pointer is off the map or over no named area.
pub fn hovered_area_ui(
    painter: &Painter,
    view: &MercatorView,
    response: &Response,
    lang: Language,
) -> Option<String> {
    let pos = response.hover_pos()?;
    let area = Basemap::embedded().area_at(view.to_mercator([pos.x, pos.y]))?;
    let en = area.name.as_deref()?;
    for ring in &area.rings {
        let points = ring.iter().map(|&p| to_pos(view.to_screen(p))).collect();
        painter.add(Shape::line(points, Stroke::new(1.5, theme::HOVER_OUTLINE)));
    }
    Some(match (lang, area.name_ru.as_deref()) {
        (Language::Russian, Some(ru)) => format!("{ru} ({en})"),
        (_, Some(ru)) => format!("{en} ({ru})"),
        (_, None) => en.to_string(),
    })
}

/// The hovered area's name beside the pointer, on a light halo.
pub fn paint_name(painter: &Painter, pointer: egui::Pos2, name: &str) {
    let galley = painter.layout_no_wrap(
        name.to_string(),
        egui::FontId::proportional(12.0),
        theme::LABEL,
    );
    let rect = egui::Rect::from_min_size(pointer + egui::vec2(14.0, 10.0), galley.size())
        .expand2(egui::vec2(4.0, 2.0));
    painter.rect_filled(rect, 3.0, theme::LABEL_HALO);
    painter.galley(rect.min + egui::vec2(4.0, 2.0), galley, theme::LABEL);
}
