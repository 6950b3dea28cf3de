//! The window shown while a file loads on a worker thread: its name, how far the load has got, and
//! a Cancel button. The dataset on screen stays until the new one is ready.

use egui::{Context, ProgressBar};

use crate::{
    app::{Intent, Loading},
    i18n::Language,
    io::Stage,
    tr,
};

/// "12.3 MB", "840 kB": sizes as people read them.
fn size_text(bytes: u64) -> String {
    match bytes {
        b if b >= 1_000_000 => format!("{:.1} MB", b as f64 / 1e6),
        b if b >= 1_000 => format!("{} kB", b / 1_000),
        b => format!("{b} B"),
    }
}

/// The progress window of `loading`.
pub fn load_progress_ui(
    ctx: &Context,
    loading: &Loading,
    lang: Language,
    intents: &mut Vec<Intent>,
) {
    let name = crate::ui::words::dataset_name(lang, loading.path.as_deref());
    let (line, fraction) = match loading.progress.stage() {
        Stage::Reading {
            bytes,
            total: Some(total),
        } => (
            tr!(
                lang,
                "loading-reading",
                done = size_text(bytes),
                total = size_text(total)
            ),
            Some(bytes as f32 / total.max(1) as f32),
        ),
        Stage::Reading { bytes, total: None } => (
            tr!(lang, "loading-reading-unknown", done = size_text(bytes)),
            None,
        ),
        Stage::Parsing { rows, fraction } => (
            tr!(
                lang,
                "loading-parsing",
                rows = rows,
                percent = (fraction * 100.0).round() as u32
            ),
            Some(fraction),
        ),
    };
    egui::Window::new(tr!(lang, "loading-title", name = name.as_str()))
        .id(egui::Id::unique("load-progress"))
        .order(egui::Order::Foreground)
        .collapsible(false)
        .resizable(false)
        .default_width(420.0)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 48.0])
        .show(ctx, |ui| {
            let bar = match fraction {
                Some(f) => ProgressBar::new(f).show_percentage(),
                None => ProgressBar::new(0.0).animate(true),
            };
            ui.add(bar);
            ui.label(line);
            ui.weak(tr!(lang, "loading-keeps"));
            if ui.button(tr!(lang, "loading-cancel")).clicked() {
                intents.push(Intent::CancelLoad);
            }
        });
}
