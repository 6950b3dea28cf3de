//! The filter bar at the top of the side panel: a search box (Ctrl+F) and category toggles whose
//! colours are the map's and the timeline's. Map and timeline follow as you type.

use egui::{Key, Modifiers, RichText, Ui};

use crate::{
    app::{AtlasState, Intent},
    tr,
    ui::theme,
};

pub fn filters_ui(ui: &mut Ui, state: &AtlasState, intents: &mut Vec<Intent>) {
    let d = state.dataset();
    let lang = state.language();
    let search_id = ui.make_persistent_id("event-search");
    if ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::F)) {
        ui.memory_mut(|m| m.request_focus(search_id));
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
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(4.0, 4.0);
        for c in d.categories() {
            let on = !state.shown().filter().hidden_categories.contains(&c.0);
            let color = theme::category_color(d, &c.0);
            let text = RichText::new(&c.0).color(if on { egui::Color32::WHITE } else { color });
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
                    filter.hidden_categories.insert(c.0.clone());
                } else {
                    filter.hidden_categories.remove(&c.0);
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
