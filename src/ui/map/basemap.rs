//! Paints the prepared basemap: one mesh for all filled areas, then the lines on top.

use egui::{Color32, Mesh, Painter, Pos2, Shape, Stroke, epaint::Vertex};

use super::to_pos;
use crate::{
    basemap::{Area, AreaRole, Basemap, LineKind},
    geometry::MercatorView,
    ui::theme,
};

/// The basemap's shapes for this view, to be painted beneath everything else on the map;
/// `home_region` (an ISO 3166-2 code the dataset names) is highlighted.
pub fn shapes(
    painter: &Painter,
    view: &MercatorView,
    basemap: &Basemap,
    home_region: Option<&str>,
) -> Vec<Shape> {
    // The region highlighted is the dataset's, not the basemap's own focus; without a home
    // region (in Kazakhstan, where the basemap's regions are) no country stands out either.
    let role = |a: &Area| match a.role {
        AreaRole::FocusRegion | AreaRole::Region
            if home_region.is_some() && a.code.as_deref() == home_region =>
        {
            AreaRole::FocusRegion
        }
        AreaRole::FocusRegion => AreaRole::Region,
        AreaRole::FocusCountry | AreaRole::NeighbourCountry if home_region.is_none() => {
            AreaRole::ContextCountry
        }
        other => other,
    };
    let mut out = Vec::new();
    let visible = view.visible();
    // The world layers cover the land everywhere, so what no area covers is sea (the Caspian and
    // the lakes are areas of their own); beyond the Mercator square there is nothing.
    out.push(Shape::rect_filled(painter.clip_rect(), 0.0, theme::NO_DATA));
    let square = egui::Rect::from_min_max(
        to_pos(view.to_screen([0.0, 0.0])),
        to_pos(view.to_screen([1.0, 1.0])),
    );
    out.push(Shape::rect_filled(
        square.intersect(painter.clip_rect()),
        0.0,
        theme::SEA,
    ));

    let mut mesh = Mesh::default();
    for area in basemap.areas.iter().filter(|a| a.bbox.intersects(&visible)) {
        let color = theme::area_fill(role(area));
        if color == Color32::TRANSPARENT {
            continue;
        }
        let base = mesh.vertices.len() as u32;
        mesh.vertices.extend(area.vertices.iter().map(|&p| Vertex {
            pos: to_pos(view.to_screen(p)),
            uv: egui::epaint::WHITE_UV,
            color,
        }));
        mesh.indices
            .extend(area.triangles.iter().flat_map(|t| t.map(|i| base + i)));
    }
    out.push(Shape::mesh(mesh));

    // Outlines: regions faint, then coast and borders, then Mangystau on top of all.
    let zoom_width = (view.world_px.log2() - 12.0).clamp(0.0, 4.0) as f32 * 0.25;
    for area in basemap
        .areas
        .iter()
        .filter(|a| role(a) == AreaRole::Region && a.bbox.intersects(&visible))
    {
        for ring in &area.rings {
            out.push(Shape::line(
                screen_path(view, ring),
                Stroke::new(0.8, theme::REGION_OUTLINE),
            ));
        }
    }
    for line in basemap.lines.iter().filter(|l| l.bbox.intersects(&visible)) {
        let stroke = match line.kind {
            LineKind::Coastline => Stroke::new(0.8 + zoom_width, theme::COASTLINE),
            LineKind::KazakhstanBorder if home_region.is_some() => {
                Stroke::new(1.4 + zoom_width, theme::KZ_BORDER)
            }
            LineKind::KazakhstanBorder | LineKind::OtherBorder => {
                Stroke::new(0.8, theme::OTHER_BORDER)
            }
            LineKind::WorldBoundary => Stroke::new(0.7, theme::OTHER_BORDER),
        };
        out.push(Shape::line(screen_path(view, &line.points), stroke));
    }
    for area in basemap
        .areas
        .iter()
        .filter(|a| role(a) == AreaRole::FocusRegion)
    {
        for ring in &area.rings {
            out.push(Shape::line(
                screen_path(view, ring),
                Stroke::new(2.0 + zoom_width, theme::FOCUS_REGION_OUTLINE),
            ));
        }
    }
    out
}

/// A line on screen without the points that fall within half a pixel of the previous one: at low
/// zoom most of a detailed coast collapses, which keeps the tessellator's work small.
fn screen_path(view: &MercatorView, points: &[[f64; 2]]) -> Vec<Pos2> {
    let mut out: Vec<Pos2> = Vec::with_capacity(points.len());
    for (i, &p) in points.iter().enumerate() {
        let s = to_pos(view.to_screen(p));
        let last = i + 1 == points.len();
        if last || out.last().is_none_or(|q| q.distance_sq(s) >= 0.25) {
            out.push(s);
        }
    }
    out
}
