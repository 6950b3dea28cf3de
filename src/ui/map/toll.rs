//! The death-toll counter in the map's corner: what each claimant said by the cursor's date, side
//! by side, from the dataset's claims. It follows the cursor and never picks one figure; "Chart"
//! opens every claim over time.

use egui::{Align2, Rect, RichText, Ui, vec2};

use crate::{
    app::{AtlasState, Intent},
    model::Claim,
    tr,
    ui::{overlay::overlay_ui, words},
};

/// The subject the counter follows.
pub const SUBJECT: &str = "death toll";

/// The width the box takes from the map's right side, with room either side of it: the panels
/// at the top left (the caption, the tour card) keep to the rest.
pub const RIGHT_ROOM: f32 = 340.0;

/// The death-toll box in the map's top-right corner.
pub fn death_toll_ui(ui: &mut Ui, map_rect: Rect, state: &AtlasState, intents: &mut Vec<Intent>) {
    let d = state.dataset();
    if d.claims_on(SUBJECT).next().is_none() {
        return;
    }
    let latest = d.latest_claims(SUBJECT, state.cursor());
    let lang = state.language();
    // On a small map the box gives the map more room: narrower, and fewer voices before it scrolls.
    let width = if map_rect.width() < 800.0 {
        250.0
    } else {
        300.0
    };
    let share = if map_rect.height() < 600.0 {
        0.28
    } else {
        0.45
    };
    let at = (Align2::RIGHT_TOP, map_rect.right_top() + vec2(-10.0, 10.0));
    overlay_ui(ui, "death-toll", map_rect, at, width, 8.0, |ui| {
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
        // Inside an area egui offers a scroll area little height at first; the box takes its
        // full share as soon as its voices need it (else it opened 64 points high, mid-line).
        let height = map_rect.height() * share;
        egui::ScrollArea::vertical()
            .max_height(height)
            .min_scrolled_height(height)
            .show(ui, |ui| {
                for c in latest {
                    voice_row(ui, state, c);
                }
            });
    });
}

/// One voice's latest figure on one line, "15 — prosecutor, 18 Dec 2011"; who exactly said it, and
/// the source, on hover (the claims panel and chart give them in full).
fn voice_row(ui: &mut Ui, state: &AtlasState, c: &Claim) {
    let (d, lang) = (state.dataset(), state.language());
    let when = c.as_of.map_or_else(
        || tr!(lang, "date-not-known"),
        |m| m.format_date(d.offset, lang.date_names()),
    );
    let source = tr!(
        lang,
        "claim-source",
        source = d.sources[c.source].publisher.as_str()
    );
    let detail: Vec<&str> = [c.claimant_name.as_deref(), c.note.as_deref(), Some(&source)]
        .into_iter()
        .flatten()
        .filter(|line| !line.is_empty())
        .collect();
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(words::claim_value(lang, &c.value))
                .strong()
                .size(16.0),
        );
        ui.label(format!("— {}, {when}", words::claimant(lang, c.claimant)));
    })
    .response
    .on_hover_text(detail.join("\n"));
}
