//! The title bar: the File menu (open, export), the dataset's name and the last file message.

use egui::Ui;

use crate::{
    app::{AtlasState, Intent},
    io::ExportFormat,
};

pub fn show(ui: &mut Ui, state: &AtlasState) -> Vec<Intent> {
    let mut intents = Vec::new();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if ui.button("Open dataset…").clicked() {
                // A native dialog; it blocks this frame only, as file dialogs do.
                let picked = rfd::FileDialog::new()
                    .add_filter("Datasets", &["json", "geojson", "csv"])
                    .add_filter("All files", &["*"])
                    .pick_file();
                intents.extend(picked.map(Intent::OpenFile));
            }
            ui.separator();
            for (label, format) in [
                ("Export events as GeoJSON…", ExportFormat::Geojson),
                ("Export events as CSV…", ExportFormat::Csv),
            ] {
                if ui.button(label).clicked() {
                    let path = rfd::FileDialog::new()
                        .set_file_name(format!("zhanaozen-atlas-events.{}", format.extension()))
                        .save_file();
                    intents.extend(path.map(|path| Intent::Export { format, path }));
                }
            }
        });
        ui.menu_button("View", |ui| {
            for (theme, label) in [
                (egui::ThemePreference::System, "Follow the system theme"),
                (egui::ThemePreference::Light, "Light"),
                (egui::ThemePreference::Dark, "Dark"),
            ] {
                if ui.radio(state.theme == theme, label).clicked() {
                    intents.push(Intent::SetTheme(theme));
                }
            }
        });
        ui.separator();
        ui.strong("Zhanaozen Atlas");
        ui.separator();
        ui.label(&state.dataset_name);
        ui.weak(format!(
            "{} events · {} places · {} sources",
            state.dataset.events.len(),
            state.dataset.places.len(),
            state.dataset.sources.len()
        ));
        if let Some(status) = &state.status {
            ui.separator();
            let response = ui.label(status);
            if let Some(report) = state.import_report.as_ref().filter(|r| r.skipped_total > 0) {
                response.on_hover_ui(|ui| {
                    ui.strong(format!("{} rows skipped", report.skipped_total));
                    for p in &report.skipped {
                        ui.label(format!("{}: {}", p.location, p.message));
                    }
                    if report.skipped_total > report.skipped.len() {
                        ui.label(format!(
                            "… and {} more",
                            report.skipped_total - report.skipped.len()
                        ));
                    }
                });
            }
        }
    });
    intents
}
