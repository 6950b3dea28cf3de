//! The window that lists why a file could not be opened. The dataset on screen stays as it was.

use egui::{Context, RichText};

use crate::{app::Intent, io::LoadError};

/// How many problems are listed before the rest are counted.
const LISTED: usize = 200;

pub fn show(ctx: &Context, error: &LoadError) -> Vec<Intent> {
    let mut intents = Vec::new();
    egui::Window::new("Could not open the file")
        .collapsible(false)
        .resizable(true)
        .default_width(560.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            ui.label(RichText::new(&error.file).strong());
            ui.label(format!(
                "{} problem(s). The dataset on screen is unchanged.",
                error.problems.len()
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
                        ui.weak(format!("… and {} more", error.problems.len() - LISTED));
                    }
                });
            if ui.button("Dismiss").clicked() {
                intents.push(Intent::DismissLoadError);
            }
        });
    intents
}
