//! Zooming the map with the mouse wheel in even steps about the point under the pointer.
//!
//! walkers scales each frame's wheel movement by the frame's duration, so one notch zooms by
//! different amounts at different frame rates (and by whole levels after an idle moment, as this
//! app draws only when something changes). Here the wheel's movement alone decides: half a zoom
//! level per notch, spread over egui's smoothed frames, the point under the pointer held still.

use egui::{Rect, Ui, Vec2};
use walkers::{MapMemory, lon_lat};

use crate::{
    app::set_zoom,
    geometry::{MercatorView, mercator, mercator_inverse},
};

/// Zoom levels per point of wheel movement: a notch (egui's 40 points) is half a level.
const ZOOM_PER_POINT: f64 = 0.5 / 40.0;

/// Takes this frame's wheel movement over the map (`rect`, nothing drawn over it at the pointer)
/// and zooms `memory` by it about the pointer, before walkers sees the frame's input.
pub fn zoom_by_wheel(ui: &mut Ui, rect: Rect, memory: &mut MapMemory, home: geo::Point) {
    let Some(pointer) = ui.input(|i| i.pointer.hover_pos()) else {
        return;
    };
    let on_map = rect.contains(pointer) && ui.ctx().layer_id_at(pointer) == Some(ui.layer_id());
    let scroll = ui.input(|i| i.smooth_scroll_delta.y);
    if !on_map || scroll == 0.0 {
        return;
    }
    let center = memory.detached().unwrap_or(home);
    let view = MercatorView::new(
        mercator(center.x(), center.y()),
        memory.zoom(),
        [rect.center().x, rect.center().y],
        [rect.width() / 2.0, rect.height() / 2.0],
    );
    let zoom = memory.zoom() + f64::from(scroll) * ZOOM_PER_POINT;
    set_zoom(memory, zoom);
    let (lon, lat) = mercator_inverse(view.center_keeping([pointer.x, pointer.y], memory.zoom()));
    memory.center_at(lon_lat(lon, lat));
    ui.input_mut(|i| i.smooth_scroll_delta = Vec2::ZERO);
}
