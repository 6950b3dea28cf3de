//! The title bar: the File, View, Map and Language menus, the dataset's name and the last message.

use egui::Ui;

use crate::{
    app::{AtlasState, Intent, PathPurpose},
    i18n::Language,
    io::{ExportFormat, Problem},
    tiles::MapLayer,
    tr,
    ui::{file_dialog, words},
};

/// *File > Recent files*: the last files opened (a click opens one; one that no longer opens is
/// reported and dropped), *Clear*, and the choice to keep no history at all.
fn recent_files_menu(ui: &mut Ui, state: &AtlasState, intents: &mut Vec<Intent>) {
    let lang = state.language();
    let settings = state.settings();
    ui.menu_button(tr!(lang, "menu-recent"), |ui| {
        if settings.recent_files().is_empty() {
            ui.weak(tr!(lang, "menu-recent-none"));
        }
        for path in settings.recent_files() {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            if ui
                .button(crate::text::printable(&name))
                .on_hover_text(crate::text::printable(&path.display().to_string()))
                .clicked()
            {
                intents.push(Intent::OpenFile(path.clone()));
            }
        }
        ui.separator();
        if ui
            .add_enabled(
                !settings.recent_files().is_empty(),
                egui::Button::new(tr!(lang, "menu-recent-clear")),
            )
            .clicked()
        {
            intents.push(Intent::ClearRecentFiles);
        }
        let mut keep = settings.keep_history();
        if ui
            .checkbox(&mut keep, tr!(lang, "menu-keep-history"))
            .on_hover_text(tr!(lang, "menu-keep-history-tip"))
            .changed()
        {
            intents.push(Intent::SetKeepHistory(keep));
        }
    });
}

/// The title bar: menus, the dataset's name and counts, and the last message.
pub fn menu_bar_ui(ui: &mut Ui, state: &AtlasState, intents: &mut Vec<Intent>) {
    let lang = state.language();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr!(lang, "menu-file"), |ui| {
            if ui.button(tr!(lang, "menu-open")).clicked() {
                // A native dialog; it blocks this frame only, as file dialogs do.
                // The folder with a trailing separator: the file's name is typed after it.
                let folder = file_dialog::user_folder(false).join("");
                intents.extend(file_dialog::intent_for(PathPurpose::Open, folder, || {
                    rfd::FileDialog::new()
                        .add_filter(
                            tr!(lang, "file-filter-datasets"),
                            &crate::io::Format::EXTENSIONS,
                        )
                        .add_filter(tr!(lang, "file-filter-all"), &["*"])
                        .pick_file()
                }));
            }
            recent_files_menu(ui, state, intents);
            // Always there: whatever was opened, the record is one click away.
            if ui
                .add_enabled(
                    state.data().path().is_some(),
                    egui::Button::new(tr!(lang, "menu-open-builtin")),
                )
                .clicked()
            {
                intents.push(Intent::OpenBuiltin);
            }
            ui.separator();
            for (label, format) in [
                (tr!(lang, "menu-export-geojson"), ExportFormat::Geojson),
                (tr!(lang, "menu-export-csv"), ExportFormat::Csv),
                (tr!(lang, "menu-save-as-json"), ExportFormat::Json),
            ] {
                if ui.button(label).clicked() {
                    let name = match format {
                        ExportFormat::Json => "zhanaozen-atlas-dataset",
                        _ => "zhanaozen-atlas-events",
                    };
                    let file = format!("{name}.{}", format.extension());
                    let suggested = file_dialog::user_folder(false).join(&file);
                    intents.extend(file_dialog::intent_for(
                        PathPurpose::Export(format),
                        suggested,
                        || rfd::FileDialog::new().set_file_name(file).save_file(),
                    ));
                }
            }
            ui.separator();
            let save = egui::Button::new(tr!(lang, "menu-save-png"))
                .shortcut_text(tr!(lang, "menu-save-png-shortcut"));
            if ui.add(save).clicked() {
                intents.extend(save_png_intent(state));
            }
            if ui
                .button(tr!(lang, "menu-copy-link"))
                .on_hover_text(tr!(lang, "menu-copy-link-tip"))
                .clicked()
            {
                intents.push(Intent::CopyViewCommand(crate::app::view_command(state)));
            }
            ui.separator();
            let quit = egui::Button::new(tr!(lang, "menu-quit")).shortcut_text("Ctrl+Q");
            if ui.add(quit).clicked() {
                intents.push(Intent::Quit);
            }
        });
        ui.menu_button(tr!(lang, "menu-view"), |ui| {
            for (theme, label) in [
                (
                    egui::ThemePreference::System,
                    tr!(lang, "menu-theme-system"),
                ),
                (egui::ThemePreference::Light, tr!(lang, "menu-theme-light")),
                (egui::ThemePreference::Dark, tr!(lang, "menu-theme-dark")),
            ] {
                if ui.radio(state.settings().theme() == theme, label).clicked() {
                    intents.push(Intent::SetTheme(theme));
                }
            }
        });
        ui.menu_button(tr!(lang, "menu-map"), |ui| {
            let mut layers = MapLayer::MENU.to_vec();
            if let custom @ MapLayer::Custom { .. } = state.settings().map_layer() {
                layers.push(custom.clone());
            }
            for layer in layers {
                let label = words::map_layer(lang, &layer);
                if ui
                    .radio(*state.settings().map_layer() == layer, label)
                    .clicked()
                {
                    intents.push(Intent::SetMapLayer(layer));
                }
            }
            ui.separator();
            ui.label(
                egui::RichText::new(tr!(lang, "layer-online-note"))
                    .small()
                    .weak(),
            );
        });
        ui.menu_button(tr!(lang, "menu-language"), |ui| {
            for language in Language::ALL {
                if ui.radio(lang == language, language.native_name()).clicked() {
                    intents.push(Intent::SetLanguage(language));
                }
            }
        });
        ui.separator();
        ui.strong(tr!(lang, "app-title"));
        ui.separator();
        // A file's name (its whole path on hover), never the path the built-in record came from.
        let name = ui.label(words::dataset_name(lang, state.data().path()));
        if let Some(path) = state.data().path() {
            name.on_hover_text(path.display().to_string());
        }
        let d = state.dataset();
        ui.weak(format!(
            "{} · {} · {}",
            tr!(lang, "count-events", count = d.events.len()),
            tr!(lang, "count-places", count = d.places.len()),
            tr!(lang, "count-sources", count = d.sources.len())
        ));
        if let Some(status) = state.messages().status() {
            ui.separator();
            let response = ui.label(words::status(lang, status));
            if let Some(report) = state
                .messages()
                .import_report()
                .filter(|r| r.skipped_total > 0 || r.notes_total > 0)
            {
                response.on_hover_ui(|ui| {
                    if let Some(dates) = report.dates {
                        ui.label(tr!(lang, "dates-read-as", form = dates));
                    }
                    let (skipped, notes) = (report.skipped_total, report.notes_total);
                    let heading = tr!(lang, "rows-skipped", count = skipped);
                    listed_ui(ui, lang, &heading, &report.skipped, skipped);
                    let heading = tr!(lang, "import-notes", count = notes);
                    listed_ui(ui, lang, &heading, &report.notes, notes);
                });
            }
        }
    });
}

/// A heading with its count, the listed problems, and how many more there are.
fn listed_ui(ui: &mut egui::Ui, lang: Language, heading: &str, listed: &[Problem], total: usize) {
    if total == 0 {
        return;
    }
    ui.strong(heading);
    for p in listed {
        ui.label(crate::text::shortened(
            &format!("{}: {}", p.location, p.message),
            300,
        ));
    }
    if total > listed.len() {
        ui.label(tr!(lang, "and-more", count = total - listed.len()));
    }
}

/// Asks where to save the view as PNG, proposing a name with the cursor's date in the user's
/// Pictures folder: the save, nothing if the user cancels, or the path asked in the window.
pub fn save_png_intent(state: &AtlasState) -> Option<Intent> {
    let day = state
        .cursor()
        .to_zoned_datetime(jiff::tz::TimeZone::fixed(state.dataset().offset))
        .strftime("%Y-%m-%d");
    let file = format!("zhanaozen-atlas-{day}.png");
    let folder = file_dialog::user_folder(true);
    let suggested = folder.join(&file);
    file_dialog::intent_for(PathPurpose::SavePng, suggested, || {
        rfd::FileDialog::new()
            .add_filter(tr!(state.language(), "file-filter-png"), &["png"])
            .set_file_name(file)
            .set_directory(folder)
            .save_file()
    })
}
