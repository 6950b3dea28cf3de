//! The legend, always on the map: what the colours of places and event categories mean.

use egui::{Align2, Rect, RichText, Ui, vec2};

use crate::{
    app::AtlasState,
    tr,
    ui::{overlay::overlay_ui, theme, words},
};

/// The map's legend, in its bottom-left corner: the only legend of the app, one item a line (the
/// places' states, the event dots, the route, and folded at first the timeline's category
/// colours), folding away with its heading (folded at first on a short map).
pub fn legend_ui(ui: &mut Ui, map_rect: Rect, state: &AtlasState) {
    let width = 330.0;
    let at = (
        Align2::LEFT_BOTTOM,
        map_rect.left_bottom() + vec2(10.0, -10.0),
    );
    let lang = state.language();
    overlay_ui(ui, "legend", map_rect, at, width, 6.0, |ui| {
        ui.spacing_mut().item_spacing = vec2(4.0, 2.0);
        // On a short map the open legend would cover the places: it starts folded there.
        egui::CollapsingHeader::new(tr!(lang, "map-legend"))
            .default_open(map_rect.height() >= 600.0)
            .show(ui, |ui| {
                // One item a line: the places' states and the count badge.
                let window = words::recent_window(lang, state.settings().recent_window());
                for (color, text) in [
                    (
                        theme::RECENT_PLACE,
                        tr!(lang, "map-legend-recent", window = window),
                    ),
                    (theme::ACTIVE_PLACE, tr!(lang, "map-legend-earlier")),
                    (theme::FADED_PLACE, tr!(lang, "map-legend-future")),
                    (theme::SELECTION, tr!(lang, "map-legend-badge")),
                ] {
                    ui.horizontal(|ui| {
                        swatch(ui, color, true);
                        ui.label(RichText::new(text).small());
                    });
                }
                ui.horizontal(|ui| {
                    let (r, _) = ui.allocate_exact_size(vec2(22.0, 10.0), egui::Sense::hover());
                    let dot = theme::SELECTION;
                    ui.painter()
                        .circle_filled(r.left_center() + vec2(5.0, 0.0), 4.5, dot);
                    ui.painter().circle_filled(
                        r.left_center() + vec2(16.0, 0.0),
                        3.0,
                        dot.gamma_multiply(0.45),
                    );
                    ui.label(RichText::new(tr!(lang, "map-legend-event-dot")).small());
                });
                if !state.dataset().routes.is_empty() {
                    ui.horizontal(|ui| {
                        swatch(ui, theme::ROUTE, false);
                        ui.label(RichText::new(tr!(lang, "map-legend-route")).small());
                    });
                }
                // The filter chips beside the map show the same colours: folded by default.
                egui::CollapsingHeader::new(
                    RichText::new(tr!(lang, "map-legend-categories")).small(),
                )
                .default_open(false)
                .show(ui, |ui| {
                    // One a line, scrolling for a dataset of many categories.
                    egui::ScrollArea::vertical()
                        .max_height(map_rect.height() * 0.3)
                        .show(ui, |ui| {
                            for c in state.dataset().categories() {
                                ui.horizontal(|ui| {
                                    swatch(ui, theme::category_color(state.dataset(), &c.0), false);
                                    ui.label(RichText::new(c.0.as_str()).small());
                                });
                            }
                        });
                });
            });
    });
}

/// A round swatch for places, a square one for categories.
fn swatch(ui: &mut Ui, color: egui::Color32, round: bool) {
    let (r, _) = ui.allocate_exact_size(vec2(10.0, 10.0), egui::Sense::hover());
    if round {
        ui.painter().circle_filled(r.center(), 4.5, color);
    } else {
        ui.painter().rect_filled(r, 2.0, color);
    }
}
