//! The side panel: the selected event, else the selected place, else an overview of the dataset.

mod claims;
mod event;
mod filters;
mod overview;
mod place;

use egui::Ui;

pub use claims::table as claims_table;

use crate::app::{AtlasState, Intent};

/// The side panel: the filters over the selected event, place, or the overview.
pub fn side_panel_ui(ui: &mut Ui, state: &AtlasState, intents: &mut Vec<Intent>) {
    filters::filters_ui(ui, state, intents);
    // A new selection starts at the top of its panel, not where the last one was scrolled to.
    let selection = state.selection();
    let seen = ui.scope_id().with("panel-selection");
    let changed = ui.data_mut(|d| {
        let before = d.get_temp::<crate::app::Selection>(seen);
        d.insert_temp(seen, selection);
        before.is_some_and(|b| b != selection)
    });
    let mut area = egui::ScrollArea::vertical().auto_shrink([false, false]);
    if changed {
        area = area.vertical_scroll_offset(0.0);
    }
    area.show(ui, |ui| {
        match (state.selection().event, state.selection().place) {
            (Some(e), _) => event::event_panel_ui(ui, state, e, intents),
            (None, Some(p)) => place::place_panel_ui(ui, state, p, intents),
            (None, None) => overview::overview_ui(ui, state, intents),
        }
    });
}

/// A list row for an event: its date and title; clicking it selects the event.
fn event_row(ui: &mut Ui, state: &AtlasState, e: usize, intents: &mut Vec<Intent>) {
    let d = state.dataset();
    let event = &d.events[e];
    let happened = state.has_happened(e);
    let color = crate::ui::theme::category_color(d, &event.category.0);
    ui.horizontal(|ui| {
        let (dot, _) = ui.allocate_exact_size(egui::vec2(10.0, 16.0), egui::Sense::hover());
        ui.painter().circle_filled(
            dot.center(),
            4.0,
            if happened {
                color
            } else {
                color.gamma_multiply(0.3)
            },
        );
        let text = egui::RichText::new(format!(
            "{} — {}",
            event.start.format(
                d.offset,
                state.display_offset(),
                state.language().date_names()
            ),
            event.title
        ));
        let text = if happened { text } else { text.weak() };
        let selected = state.selection().event == Some(e);
        if ui
            .add(egui::Button::selectable(selected, text).wrap())
            .clicked()
        {
            intents.push(Intent::SelectEvent(e));
        }
    });
}
