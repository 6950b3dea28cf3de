//! The caption over the map's top-left corner: what is happening at the cursor (the event under
//! way, the latest one, or before the first, the next), with its date and place, so that a still
//! view tells its story. Clicking it opens the event.

use egui::{Align2, Rect, RichText, Sense, Ui, vec2};

use crate::{
    app::{AtlasState, CaptionTense, Intent},
    tr,
    ui::{overlay::overlay_ui, words},
};

/// The caption, under the map's zoom controls and left of the death-toll box.
pub fn caption_ui(ui: &mut Ui, map_rect: Rect, state: &AtlasState, intents: &mut Vec<Intent>) {
    // During the tour its card stands here and names the step's event.
    if state.tools().story_step().is_some() {
        return;
    }
    let Some((e, tense)) = state.caption_event() else {
        return;
    };
    let d = state.dataset();
    let event = &d.events[e];
    let lang = state.language();
    let width = (map_rect.width() - super::toll::RIGHT_ROOM).clamp(200.0, 420.0);
    let at = (Align2::LEFT_TOP, map_rect.left_top() + vec2(10.0, 52.0));
    let heading = match tense {
        CaptionTense::UnderWay => tr!(lang, "caption-under-way"),
        CaptionTense::Latest => tr!(lang, "caption-latest"),
        CaptionTense::Next => tr!(lang, "caption-next"),
    };
    let place = words::event_place(lang, d, event);
    let when = event.format_when(d.offset, state.display_offset(), lang.date_names());
    let clicked = overlay_ui(ui, "caption", map_rect, at, width, 8.0, |ui| {
        ui.label(RichText::new(heading).weak());
        let title = ui.add(
            egui::Label::new(RichText::new(event.title.as_str()).strong().size(15.0))
                .sense(Sense::click()),
        );
        ui.label(format!("{when} · {place}"));
        title.on_hover_text(tr!(lang, "click-to-open")).clicked()
    });
    if clicked {
        intents.push(Intent::SelectEvent(e));
    }
}
