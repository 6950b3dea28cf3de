//! Claims side by side: for a subject (the death toll, the injured, who started the violence), every
//! claimant's figure with its date and source. Never reduced to one number.

use egui::{RichText, Ui};

use crate::{app::AtlasState, model::Claim, tr, ui::words};

/// The `claims` (already in date order), one block each: the value in bold, who says it and when,
/// the note, and the source.
pub fn table<'a>(
    ui: &mut Ui,
    state: &AtlasState,
    id: &str,
    claims: impl Iterator<Item = &'a Claim>,
) {
    let d = state.dataset();
    let lang = state.language();
    ui.push_id(("claims", id), |ui| {
        for c in claims {
            egui::Frame::group(ui.style())
                .inner_margin(6.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(words::claim_value(lang, &c.value))
                                .strong()
                                .size(15.0),
                        );
                        let claimant = words::claimant(lang, c.claimant);
                        let who = match &c.claimant_name {
                            Some(name) => format!("{claimant} ({name})"),
                            None => claimant,
                        };
                        ui.label(who);
                    });
                    match c.as_of {
                        Some(m) => ui.weak(tr!(
                            lang,
                            "claim-as-of",
                            date = m.format(d.offset, state.display_offset(), lang.date_names())
                        )),
                        None => {
                            ui.label(RichText::new(tr!(lang, "date-not-known")).italics().weak())
                        }
                    };
                    if let Some(passage) = &c.passage {
                        ui.label(
                            RichText::new(tr!(lang, "claim-passage", passage = passage.as_str()))
                                .italics(),
                        );
                    }
                    if let Some(note) = &c.note {
                        ui.label(RichText::new(note).small());
                    }
                    let source = &d.sources[c.source];
                    let text = format!(
                        "{}: {}",
                        source.publisher,
                        words::source_title(lang, source)
                    );
                    crate::ui::source_link::source_link_ui(ui, lang, text, source.url.as_deref());
                });
        }
    });
}

/// Every contested subject of the dataset, each as a collapsible table.
pub fn all_subjects(ui: &mut Ui, state: &AtlasState) {
    let d = state.dataset();
    for subject in d.claim_subjects() {
        let count = d.claims_on(subject).count();
        egui::CollapsingHeader::new(tr!(
            state.language(),
            "claims-header",
            subject = subject,
            count = count
        ))
        .id_salt(("subject", subject))
        .show(ui, |ui| table(ui, state, subject, d.claims_on(subject)));
    }
}
