//! A small note above the map's credit line while an online layer's tiles are loading or
//! unavailable; the offline basemap stays drawn beneath in either case.

use egui::{Rect, RichText, Ui, vec2};

use crate::{
    i18n::Language,
    tiles::{MapLayer, TileStatus},
    tr,
    ui::{overlay::overlay_ui, theme},
};

/// The note on the online layer's tiles, above the credit line (the caption has the top left).
pub fn tile_status_ui(
    ui: &mut Ui,
    map_rect: Rect,
    layer: &MapLayer,
    status: TileStatus,
    lang: Language,
) {
    let text = match status {
        TileStatus::Complete => return,
        TileStatus::Loading => RichText::new(tr!(lang, "tiles-loading", host = layer.host())),
        TileStatus::Unavailable => {
            RichText::new(tr!(lang, "tiles-unavailable", host = layer.host()))
                .color(theme::DISPUTED)
        }
    };
    let at = (
        egui::Align2::CENTER_BOTTOM,
        map_rect.center_bottom() - vec2(0.0, 30.0),
    );
    overlay_ui(ui, "tile-status", map_rect, at, 420.0, 6.0, |ui| {
        ui.label(text.small());
    });
}
