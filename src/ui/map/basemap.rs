//! Paints the prepared basemap: one mesh for all filled areas, then the lines on top.

use egui::{Color32, Mesh, Painter, Pos2, Shape, Stroke, epaint::Vertex};

use super::to_pos;
use crate::{
    basemap::{AreaRole, Basemap, LineKind},
    geometry::MercatorView,
    ui::theme,
};

/// The basemap's shapes for this view, to be painted beneath everything else on the map.
pub fn shapes(painter: &Painter, view: &MercatorView, basemap: &Basemap) -> Vec<Shape> {
    let mut out = Vec::new();
    let visible = view.visible();
    // Seas come from the water layer; the background is only what lies outside the basemap.
    out.push(Shape::rect_filled(painter.clip_rect(), 0.0, theme::NO_DATA));

    let mut mesh = Mesh::default();
    for area in basemap.areas.iter().filter(|a| a.bbox.intersects(&visible)) {
        let color = theme::area_fill(area.role);
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
        .filter(|a| a.role == AreaRole::Region && a.bbox.intersects(&visible))
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
            LineKind::KazakhstanBorder => Stroke::new(1.4 + zoom_width, theme::KZ_BORDER),
            LineKind::OtherBorder => Stroke::new(0.8, theme::OTHER_BORDER),
        };
        out.push(Shape::line(screen_path(view, &line.points), stroke));
    }
    for area in basemap
        .areas
        .iter()
        .filter(|a| a.role == AreaRole::FocusRegion)
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
