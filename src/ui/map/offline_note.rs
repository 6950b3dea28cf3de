//! The note that the offline basemap has nothing finer to show at this zoom, offering the online
//! layers instead: said once a session, above the credit line, until a layer is chosen or it is
//! put away.

use egui::{Align2, Rect, RichText, Ui, vec2};

use crate::{
    app::{AtlasState, Intent},
    basemap::beyond_offline_detail,
    tiles::MapLayer,
    tr,
    ui::{overlay::overlay_ui, words},
};

/// The note, when the offline basemap is the only layer and the map is closer than it has detail
/// for.
pub fn offline_note_ui(ui: &mut Ui, map_rect: Rect, state: &AtlasState, intents: &mut Vec<Intent>) {
    let center = state.map().center();
    if state.settings().map_layer().is_online()
        || state.messages().offline_note_dismissed()
        || state.tools().story_step().is_some()
        || !beyond_offline_detail(center.x(), center.y(), state.map().zoom())
    {
        return;
    }
    let lang = state.language();
    let at = (
        Align2::CENTER_BOTTOM,
        map_rect.center_bottom() - vec2(0.0, 30.0),
    );
    let width = (map_rect.width() - 40.0).min(460.0);
    overlay_ui(ui, "offline-note", map_rect, at, width, 8.0, |ui| {
        ui.label(tr!(lang, "offline-note"));
        ui.horizontal_wrapped(|ui| {
            for layer in MapLayer::MENU.into_iter().filter(MapLayer::is_online) {
                if ui.button(words::map_layer(lang, &layer)).clicked() {
                    intents.push(Intent::SetMapLayer(layer));
                }
            }
            if ui
                .button(RichText::new(tr!(lang, "offline-note-keep")))
                .clicked()
            {
                intents.push(Intent::DismissOfflineNote);
            }
        });
    });
}
