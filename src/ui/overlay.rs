//! The one frame of everything drawn over the map (legend, death-toll box, tour card, notes): a
//! popup-styled panel placed in a rectangle of the map.

use egui::{Layout, Rect, Ui, UiBuilder};

/// Draws `add` in an overlay panel inside `area`, laid out by `layout` (`bottom_up` grows a
/// panel anchored at the bottom upwards), with `margin` points inside its border.
pub fn overlay_ui<R>(
    ui: &mut Ui,
    area: Rect,
    layout: Layout,
    margin: f32,
    add: impl FnOnce(&mut Ui) -> R,
) -> R {
    ui.scope_builder(UiBuilder::new().max_rect(area), |ui| {
        ui.with_layout(layout, |ui| {
            egui::Frame::popup(ui.style())
                .inner_margin(margin)
                .show(ui, add)
                .inner
        })
        .inner
    })
    .inner
}
