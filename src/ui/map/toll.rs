//! The death-toll counter in the map's corner: what each claimant said by the cursor's date, side
//! by side, from the dataset's claims. It follows the cursor and never picks one figure; "Chart"
//! opens every claim over time.

use egui::{Align2, Rect, RichText, Ui, vec2};

use crate::{
    app::{AtlasState, Intent},
    tr,
    ui::{overlay::overlay_ui, words},
};

/// The subject the counter follows.
pub const SUBJECT: &str = "death toll";

/// The death-toll box in the map's top-right corner.
pub fn death_toll_ui(ui: &mut Ui, map_rect: Rect, state: &AtlasState, intents: &mut Vec<Intent>) {
    let d = state.dataset();
    if d.claims_on(SUBJECT).next().is_none() {
        return;
    }
    let latest = d.latest_claims(SUBJECT, state.cursor());
    let lang = state.language();
    let width = 300.0;
    let area =
        Align2::RIGHT_TOP.anchor_size(map_rect.right_top() + vec2(-10.0, 10.0), vec2(width, 0.0));
    let max = Rect::from_min_size(area.min, vec2(width, map_rect.height() * 0.6));
    overlay_ui(
        ui,
        max,
        egui::Layout::top_down(egui::Align::Min),
        8.0,
        |ui| {
            ui.set_width(width - 16.0);
            ui.horizontal(|ui| {
                ui.label(RichText::new(tr!(lang, "toll-heading")).strong());
                if ui
                    .small_button(tr!(lang, "chart"))
                    .on_hover_text(tr!(lang, "chart-tip"))
                    .clicked()
                {
                    intents.push(Intent::ShowClaims(Some(SUBJECT.to_string())));
                }
            });
            if latest.is_empty() {
                ui.weak(tr!(lang, "toll-none"));
            }
            for c in latest {
                let claimant = words::claimant(lang, c.claimant);
                let who = match &c.claimant_name {
                    Some(name) => format!("{claimant}: {name}"),
                    None => claimant,
                };
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(words::claim_value(lang, &c.value))
                            .strong()
                            .size(15.0),
                    );
                    ui.label(RichText::new(who).small());
                })
                .response
                .on_hover_text(format!(
                    "{}\n{}",
                    c.note.as_deref().unwrap_or(""),
                    tr!(
                        lang,
                        "claim-source",
                        source = d.sources[c.source].publisher.as_str()
                    )
                ));
            }
        },
    );
}
