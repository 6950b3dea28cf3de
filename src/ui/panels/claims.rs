//! Claims side by side: for a subject (the death toll, the injured, who started the violence), every
//! claimant's figure with its date and source. Never reduced to one number.

use egui::{RichText, Ui};

use crate::{app::AtlasState, model::Claim};

/// A table of `claims` (already in date order), one row per claim.
pub fn table<'a>(
    ui: &mut Ui,
    state: &AtlasState,
    id: &str,
    claims: impl Iterator<Item = &'a Claim>,
) {
    let d = &state.dataset;
    egui::Grid::new(("claims", id))
        .num_columns(3)
        .striped(true)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            ui.strong("As of");
            ui.strong("Who says");
            ui.strong("What");
            ui.end_row();
            for c in claims {
                match c.as_of {
                    Some(m) => ui.label(m.format(d.offset, state.display_offset())),
                    None => ui.label(RichText::new("date not known").italics().weak()),
                };
                ui.vertical(|ui| {
                    ui.label(c.claimant.label());
                    if let Some(name) = &c.claimant_name {
                        ui.label(RichText::new(name).small().weak());
                    }
                });
                ui.vertical(|ui| {
                    ui.set_max_width(170.0);
                    ui.label(RichText::new(c.value.format()).strong());
                    if let Some(note) = &c.note {
                        ui.label(RichText::new(note).small());
                    }
                    let source = &d.sources[c.source];
                    match &source.url {
                        Some(url) => ui.hyperlink_to(RichText::new(&source.publisher).small(), url),
                        None => ui.label(
                            RichText::new(format!("{} (no link recorded)", source.publisher))
                                .small(),
                        ),
                    };
                });
                ui.end_row();
            }
        });
}

/// Every contested subject of the dataset, each as a collapsible table.
pub fn all_subjects(ui: &mut Ui, state: &AtlasState) {
    let d = &state.dataset;
    for subject in d.claim_subjects() {
        let count = d.claims.iter().filter(|c| c.subject == subject).count();
        egui::CollapsingHeader::new(format!("{subject}: {count} claims"))
            .id_salt(("subject", subject))
            .show(ui, |ui| {
                table(
                    ui,
                    state,
                    subject,
                    d.claims.iter().filter(|c| c.subject == subject),
                )
            });
    }
}
