//! The path field in the window, where no native file dialog could open: why, a path to type
//! (proposed: a folder of the user's with a generated name when saving), and Open or Save.

use egui::{Context, Id, Key, RichText};

use crate::{
    app::{AtlasState, DialogMissing, Intent, PathPrompt, PathPurpose},
    tr,
};

/// The prompt, while the state holds one.
pub fn path_prompt_ui(
    ctx: &Context,
    state: &AtlasState,
    prompt: &PathPrompt,
    intents: &mut Vec<Intent>,
) {
    let lang = state.language();
    // The typed text lives in egui's memory, one per proposal, until the prompt closes.
    let text_id = Id::unique(("path-prompt", &prompt.suggested));
    let mut text = ctx.data_mut(|d| {
        d.get_temp_mut_or_insert_with(text_id, || prompt.suggested.display().to_string())
            .clone()
    });
    let (title, action) = match prompt.purpose {
        PathPurpose::Open => (
            tr!(lang, "path-prompt-title-open"),
            tr!(lang, "path-prompt-open"),
        ),
        PathPurpose::Export(_) | PathPurpose::SavePng => (
            tr!(lang, "path-prompt-title-save"),
            tr!(lang, "path-prompt-save"),
        ),
    };
    let mut submit = false;
    let modal = egui::Modal::new(Id::unique("path-prompt")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.label(RichText::new(title).heading().strong());
        ui.add_space(6.0);
        ui.label(match prompt.missing {
            DialogMissing::NoPortalNoZenity => tr!(lang, "path-prompt-no-dialog"),
            DialogMissing::PortalSilent => tr!(lang, "path-prompt-portal-silent"),
        });
        ui.add_space(8.0);
        let label = ui.label(tr!(lang, "path-prompt-path"));
        let field = ui.add(
            egui::TextEdit::singleline(&mut text)
                .desired_width(f32::INFINITY)
                .id(Id::unique("path-prompt-field")),
        );
        let field = field.labelled_by(label.id);
        if !field.has_focus() && ui.memory(|m| m.focused().is_none()) {
            field.request_focus();
        }
        // Enter in the field (a single line gives up the focus on Enter, or keeps it).
        submit |=
            (field.lost_focus() || field.has_focus()) && ui.input(|i| i.key_pressed(Key::Enter));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            submit |= ui
                .add_enabled(!text.trim().is_empty(), egui::Button::new(action))
                .clicked();
            if ui.button(tr!(lang, "loading-cancel")).clicked() {
                intents.push(Intent::AskPath(None));
            }
        });
    });
    if submit && !text.trim().is_empty() {
        intents.push(Intent::AskPath(None));
        intents.push(prompt.purpose.intent(text.trim().into()));
        ctx.data_mut(|d| d.remove::<String>(text_id));
    } else {
        ctx.data_mut(|d| d.insert_temp(text_id, text));
        if modal.should_close() {
            intents.push(Intent::AskPath(None));
        }
    }
}
