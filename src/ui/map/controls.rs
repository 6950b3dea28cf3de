//! The map's own buttons (zoom, fit) and the attribution its data requires.

use egui::{Align2, Rect, RichText, Ui, UiBuilder, vec2};

use crate::{app::Intent, basemap::ATTRIBUTION};

/// Zoom in, zoom out and "Fit region", in the map's top-left corner.
pub fn show(ui: &mut Ui, map_rect: Rect, measuring: bool, intents: &mut Vec<Intent>) {
    let area = Rect::from_min_size(map_rect.min + vec2(10.0, 10.0), vec2(340.0, 32.0));
    ui.scope_builder(UiBuilder::new().max_rect(area), |ui| {
        egui::Frame::popup(ui.style())
            .inner_margin(4.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    if ui
                        .button(RichText::new(" + ").strong())
                        .on_hover_text("Zoom in")
                        .clicked()
                    {
                        intents.push(Intent::ZoomIn);
                    }
                    if ui
                        .button(RichText::new(" - ").strong())
                        .on_hover_text("Zoom out")
                        .clicked()
                    {
                        intents.push(Intent::ZoomOut);
                    }
                    if ui
                        .selectable_label(measuring, "Measure")
                        .on_hover_text(
                            "Measure the distance between two points or places (Esc stops)",
                        )
                        .clicked()
                    {
                        intents.push(Intent::MeasureToggle);
                    }
                    if ui
                        .button("Fit region")
                        .on_hover_text("Frame the Mangystau Region")
                        .clicked()
                    {
                        intents.push(Intent::FitRegion);
                    }
                });
            });
    });
}

/// The credit line of the basemap's sources, always visible in the bottom-right corner.
pub fn attribution(ui: &mut Ui, map_rect: Rect) {
    let painter = ui.painter();
    let font = egui::FontId::proportional(11.0);
    let galley =
        painter.layout_no_wrap(ATTRIBUTION.to_string(), font, egui::Color32::from_gray(40));
    let rect = Align2::RIGHT_BOTTOM.anchor_size(
        map_rect.right_bottom() - vec2(4.0, 4.0),
        galley.size() + vec2(8.0, 4.0),
    );
    painter.rect_filled(rect, 3.0, egui::Color32::from_white_alpha(200));
    painter.galley(rect.min + vec2(4.0, 2.0), galley, egui::Color32::BLACK);
}
