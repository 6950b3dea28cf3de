//! The one frame of everything drawn over the map (legend, death-toll box, tour card, notes): a
//! popup-styled panel in an area of its own, pinned to a point of the map by one of its corners,
//! so that a panel anchored at the bottom grows upwards with its content.

use egui::{Align2, Id, Pos2, Rect, Ui};

/// The panels drawn over the map, by the names [`overlay_ui`] is given.
const OVERLAYS: [&str; 6] = [
    "legend",
    "death-toll",
    "caption",
    "tour-card",
    "tile-status",
    "offline-note",
];

/// Where the map's overlay panels on screen were in the last frame: labels keep out from under
/// them. (egui remembers a panel's place after it is gone; only those still drawn count.)
pub fn overlay_rects(ctx: &egui::Context) -> Vec<Rect> {
    ctx.memory(|m| {
        OVERLAYS
            .iter()
            .map(|id| overlay_id(id))
            .filter(|&id| {
                m.areas()
                    .is_visible(&egui::LayerId::new(egui::Order::Middle, id))
            })
            .filter_map(|id| m.area_rect(id))
            .collect()
    })
}

/// The part of `map_rect` the overlay panels leave free, for framing.
pub fn free_of_overlays(ctx: &egui::Context, map_rect: Rect) -> crate::geometry::ScreenRect {
    let r = |r: Rect| [r.min.x, r.min.y, r.max.x, r.max.y];
    let panels: Vec<_> = overlay_rects(ctx).into_iter().map(r).collect();
    crate::geometry::free_rect(r(map_rect), &panels)
}

fn overlay_id(id: &str) -> Id {
    Id::unique(("map-overlay", id))
}

/// Draws `add` in an overlay panel `width` points wide, with its `pivot` corner (or edge) at
/// `at` and kept inside `map_rect`; `margin` points inside its border. `id` names the panel.
pub fn overlay_ui<R>(
    ui: &mut Ui,
    id: &str,
    map_rect: Rect,
    (pivot, at): (Align2, Pos2),
    width: f32,
    margin: f32,
    add: impl FnOnce(&mut Ui) -> R,
) -> R {
    egui::Area::new(overlay_id(id))
        .pivot(pivot)
        .fixed_pos(at)
        .constrain_to(map_rect)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style())
                .inner_margin(margin)
                .show(ui, |ui| {
                    ui.set_width(width - 2.0 * margin);
                    add(ui)
                })
                .inner
        })
        .inner
}
