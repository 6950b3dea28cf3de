//! Claims side by side: for a subject (the death toll, the injured, who started the violence), every
//! claimant's figure with its date and source. Never reduced to one number.

use egui::{RichText, Ui};

use crate::{app::AtlasState, model::Claim};

/// The `claims` (already in date order), one block each: the value in bold, who says it and when,
/// the note, and the source.
pub fn table<'a>(
    ui: &mut Ui,
    state: &AtlasState,
    id: &str,
    claims: impl Iterator<Item = &'a Claim>,
) {
    let d = &state.dataset;
    ui.push_id(("claims", id), |ui| {
        for c in claims {
            egui::Frame::group(ui.style())
                .inner_margin(6.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(c.value.format()).strong().size(15.0));
                        let who = match &c.claimant_name {
                            Some(name) => format!("{} ({name})", c.claimant.label()),
                            None => c.claimant.label().to_string(),
                        };
                        ui.label(who);
                    });
                    match c.as_of {
                        Some(m) => ui.weak(format!(
                            "as of {}",
                            m.format(d.offset, state.display_offset())
                        )),
                        None => ui.label(RichText::new("date not known").italics().weak()),
                    };
                    if let Some(note) = &c.note {
                        ui.label(RichText::new(note).small());
                    }
                    let source = &d.sources[c.source];
                    let text = format!("{}: {}", source.publisher, source.title);
                    crate::ui::source_link::show(ui, text, source.url.as_deref());
                });
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
