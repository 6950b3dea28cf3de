//! The name of the region (or sea, or country) under the pointer, from the offline basemap, with
//! its outline traced, for the status line (not over the map's labels).

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

/// Where egui keeps the status line's text between the map, which finds it, and the timeline's
/// header, which shows it (a frame later: the header is drawn first).
fn status_id() -> egui::Id {
    egui::Id::unique("map-pointer-status")
}

/// Notes what is under the pointer for the status line: the area's name and the position
/// ("Mangystau (Мангистауская область) · 43.352° N, 52.861° E"), or nothing off the map.
pub fn remember_status(ctx: &egui::Context, area: Option<String>, at: Option<geo::Point>) {
    let text = at.map(|p| {
        let position = crate::text::format_lat_lon(p.y(), p.x(), 3);
        match area {
            Some(name) => format!("{name} · {position}"),
            None => position,
        }
    });
    ctx.data_mut(|d| d.insert_temp(status_id(), text));
}

/// What is under the map's pointer, for the status line.
pub fn pointer_status(ctx: &egui::Context) -> Option<String> {
    ctx.data(|d| d.get_temp::<Option<String>>(status_id()))
        .flatten()
}
