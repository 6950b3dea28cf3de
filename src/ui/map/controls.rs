//! The map's own buttons (zoom, fit) and the attribution its data requires.

use egui::{Align2, Rect, RichText, Ui, UiBuilder, vec2};

use crate::{
    app::Intent,
    basemap::{ATTRIBUTION, ATTRIBUTION_SHORT},
    i18n::Language,
    tiles::MapLayer,
    tr,
};

/// Where the map's buttons sit, in its top-left corner.
pub fn controls_rect(map_rect: Rect) -> Rect {
    Rect::from_min_size(map_rect.min + vec2(10.0, 10.0), vec2(460.0, 32.0))
}

/// Zoom in, zoom out, measure, "Fit data" and (for a dataset that names its home region, by its
/// name) "Fit region", in the map's top-left corner.
pub fn map_controls_ui(
    ui: &mut Ui,
    map_rect: Rect,
    measuring: bool,
    home_region: Option<&str>,
    lang: Language,
    intents: &mut Vec<Intent>,
) {
    let area = controls_rect(map_rect);
    ui.scope_builder(UiBuilder::new().max_rect(area), |ui| {
        egui::Frame::popup(ui.style())
            .inner_margin(4.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    if ui
                        .button(RichText::new(" + ").strong())
                        .on_hover_text(tr!(lang, "zoom-in"))
                        .clicked()
                    {
                        intents.push(Intent::ZoomIn);
                    }
                    if ui
                        .button(RichText::new(" - ").strong())
                        .on_hover_text(tr!(lang, "zoom-out"))
                        .clicked()
                    {
                        intents.push(Intent::ZoomOut);
                    }
                    if ui
                        .selectable_label(measuring, tr!(lang, "measure"))
                        .on_hover_text(tr!(lang, "measure-tip"))
                        .clicked()
                    {
                        intents.push(Intent::MeasureToggle);
                    }
                    if ui
                        .button(tr!(lang, "fit-data"))
                        .on_hover_text(tr!(lang, "fit-data-tip"))
                        .clicked()
                    {
                        intents.push(Intent::FitData);
                    }
                    if let Some(region) = home_region
                        && ui
                            .button(tr!(lang, "fit-region"))
                            .on_hover_text(tr!(lang, "fit-region-tip", region = region))
                            .clicked()
                    {
                        intents.push(Intent::FitRegion);
                    }
                });
            });
    });
}

/// The credit lines, always visible in the bottom-right corner: the online layer's (a link to its
/// licence, opened only when clicked) above the offline basemap's, clear of `overlays` (the
/// panels over the map).
pub fn attribution(ui: &mut Ui, map_rect: Rect, layer: &MapLayer, overlays: &[Rect]) {
    if let Some((text, url)) = layer.attribution() {
        let area = Align2::RIGHT_BOTTOM.anchor_size(
            map_rect.right_bottom() - vec2(4.0, 46.0),
            vec2(map_rect.width() - 8.0, 18.0),
        );
        ui.scope_builder(UiBuilder::new().max_rect(area), |ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                egui::Frame::new()
                    .fill(egui::Color32::from_white_alpha(200))
                    .corner_radius(3.0)
                    .inner_margin(vec2(4.0, 1.0))
                    .show(ui, |ui| {
                        ui.hyperlink_to(RichText::new(text).size(12.0), url);
                    });
            });
        });
    }
    let painter = ui.painter();
    let place = |text: &str| {
        let font = egui::FontId::proportional(12.0);
        let galley = painter.layout_no_wrap(text.to_string(), font, egui::Color32::from_gray(40));
        let rect = Align2::RIGHT_BOTTOM.anchor_size(
            map_rect.right_bottom() - vec2(4.0, 4.0),
            galley.size() + vec2(8.0, 4.0),
        );
        (galley, rect)
    };
    // The panels over the map (the legend) would cover the whole line on a narrow map: the short
    // credit then, still naming both sources.
    let (mut galley, mut rect) = place(ATTRIBUTION);
    if overlays.iter().any(|r| r.intersects(rect)) {
        (galley, rect) = place(ATTRIBUTION_SHORT);
    }
    painter.rect_filled(rect, 3.0, egui::Color32::from_white_alpha(200));
    painter.galley(rect.min + vec2(4.0, 2.0), galley, egui::Color32::BLACK);
}
