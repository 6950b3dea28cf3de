//! A small note under the map's buttons while an online layer's tiles are loading or unavailable;
//! the offline basemap stays drawn beneath in either case.

use egui::{Rect, RichText, Ui, vec2};

use crate::{
    i18n::Language,
    tiles::{MapLayer, TileStatus},
    tr,
    ui::{overlay::overlay_ui, theme},
};

/// The note on the online layer's tiles, under the map's buttons.
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
    let at = (egui::Align2::LEFT_TOP, map_rect.min + vec2(10.0, 50.0));
    overlay_ui(ui, "tile-status", map_rect, at, 420.0, 6.0, |ui| {
        ui.label(text.small());
    });
}
