//! The filter bar at the top of the side panel: a search box (Ctrl+F) and category toggles whose
//! colours are the map's and the timeline's. Map and timeline follow as you type.

use egui::{Key, Modifiers, RichText, Ui};

use crate::{
    app::{AtlasState, Intent},
    tr,
    ui::{theme, words},
};

/// The first matches of the search under its box: date, title and place, the picked one
/// highlighted; a click (or Enter on the picked one) opens it.
fn search_results_ui(ui: &mut Ui, state: &AtlasState, intents: &mut Vec<Intent>) {
    let results = state.search_results();
    if results.is_empty() {
        return;
    }
    let d = state.dataset();
    let lang = state.language();
    for (i, &e) in results.iter().enumerate() {
        let event = &d.events[e];
        let when = event.format_when(d.offset, state.display_offset(), lang.date_names());
        let place = words::event_place(lang, d, event);
        let text = format!("{when} · {} · {place}", event.title);
        let picked = i == state.tools().search_pick();
        if ui
            .add(egui::Button::selectable(picked, text).truncate())
            .on_hover_text(tr!(lang, "search-result-tip"))
            .clicked()
        {
            intents.push(Intent::SelectEvent(e));
        }
    }
    let total = state.shown().count();
    if total > results.len() {
        ui.weak(tr!(lang, "search-more", count = total - results.len()));
    }
}

pub fn filters_ui(ui: &mut Ui, state: &AtlasState, intents: &mut Vec<Intent>) {
    let d = state.dataset();
    let lang = state.language();
    let search_id = ui.make_persistent_id("event-search");
    if ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::F)) {
        ui.memory_mut(|m| m.request_focus(search_id));
    }
    // Up/Down pick among the results and Enter opens one, while the box has the focus.
    if ui.memory(|m| m.has_focus(search_id)) {
        ui.input_mut(|i| {
            if i.consume_key(Modifiers::NONE, Key::ArrowDown) {
                intents.push(Intent::SearchMove(1));
            }
            if i.consume_key(Modifiers::NONE, Key::ArrowUp) {
                intents.push(Intent::SearchMove(-1));
            }
            if i.consume_key(Modifiers::NONE, Key::Enter) {
                intents.push(Intent::OpenSearchResult);
            }
        });
    }
    let mut query = state.shown().filter().query.clone();
    let edit = egui::TextEdit::singleline(&mut query)
        .id(search_id)
        .hint_text(tr!(lang, "search-hint"))
        .char_limit(crate::model::EventFilter::MAX_QUERY_CHARS)
        .desired_width(f32::INFINITY);
    let response = ui.add(edit);
    let label = tr!(lang, "search-label");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label));
    if response.changed() {
        let mut filter = state.shown().filter().clone();
        filter.query = query;
        intents.push(Intent::SetFilter(filter));
    }
    if state.shown().no_match() {
        ui.colored_label(
            theme::DISPUTED,
            tr!(
                lang,
                "search-no-match",
                query = state.shown().filter().query.trim()
            ),
        );
    }
    search_results_ui(ui, state, intents);
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(4.0, 4.0);
        for c in d.categories() {
            let on = !state
                .shown()
                .filter()
                .hidden_categories
                .contains(c.0.as_str());
            let color = theme::category_color(d, &c.0);
            let text =
                RichText::new(c.0.as_str()).color(if on { egui::Color32::WHITE } else { color });
            let button = egui::Button::new(text)
                .fill(if on {
                    color
                } else {
                    egui::Color32::TRANSPARENT
                })
                .stroke(egui::Stroke::new(1.0, color));
            if ui
                .add(button)
                .on_hover_text(if on {
                    tr!(lang, "category-hide-tip")
                } else {
                    tr!(lang, "category-show-tip")
                })
                .clicked()
            {
                let mut filter = state.shown().filter().clone();
                if on {
                    filter.hidden_categories.insert(c.0.to_string());
                } else {
                    filter.hidden_categories.remove(c.0.as_str());
                }
                intents.push(Intent::SetFilter(filter));
            }
        }
    });
    ui.horizontal(|ui| {
        ui.label(tr!(
            lang,
            "filter-shown",
            shown = state.shown().count(),
            total = d.events.len()
        ));
        if state.shown().filter().is_active() && ui.small_button(tr!(lang, "show-all")).clicked() {
            intents.push(Intent::SetFilter(Default::default()));
        }
    });
    ui.separator();
}
