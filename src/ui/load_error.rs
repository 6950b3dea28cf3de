//! The window that lists why a file could not be opened. The dataset on screen stays as it was.

use egui::{Context, RichText};

use crate::{app::Intent, i18n::Language, io::LoadError, tr};

/// How many problems are listed before the rest are counted.
const LISTED: usize = 200;

/// The window listing why a file could not be opened.
pub fn load_error_ui(ctx: &Context, error: &LoadError, lang: Language, intents: &mut Vec<Intent>) {
    egui::Window::new(tr!(lang, "load-error-title"))
        .order(egui::Order::Foreground)
        .collapsible(false)
        .resizable(true)
        .default_width(560.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label(RichText::new(&error.file).strong());
            ui.label(tr!(
                lang,
                "load-error-summary",
                count = error.problems.len()
            ));
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for p in error.problems.iter().take(LISTED) {
                        let place = p.location.to_string();
                        if place.is_empty() {
                            ui.label(&p.message);
                        } else {
                            ui.label(format!("{place}: {}", p.message));
                        }
                    }
                    if error.problems.len() > LISTED {
                        ui.weak(tr!(lang, "and-more", count = error.problems.len() - LISTED));
                    }
                });
            if ui.button(tr!(lang, "dismiss")).clicked() {
                intents.push(Intent::DismissLoadError);
            }
        });
}
