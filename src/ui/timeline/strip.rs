//! The strip: axis, event marks in lanes, and the draggable cursor.

use egui::{
    Align2, Color32, CornerRadius, FontId, Id, Rect, Sense, Stroke, StrokeKind, Ui, pos2, vec2,
};

use crate::{
    app::{AtlasState, Intent},
    timeline::{TimeScale, axis_ticks, layout_marks},
    ui::theme,
};

/// Space left before the first and after the last event, as a share of the span.
pub const STRIP_PAD: f64 = 0.015;
pub const MARK_MIN_WIDTH: f32 = 6.0;
const MARK_GAP: f32 = 2.0;
const AXIS_HEIGHT: f32 = 22.0;
const HANDLE_HEIGHT: f32 = 12.0;

/// The scale the strip uses for a strip rectangle; tests use it to find where a date is drawn.
pub fn strip_scale(state: &AtlasState, rect: Rect) -> TimeScale {
    let (start, end) = state.time_span();
    TimeScale::padded(start, end, STRIP_PAD, rect.left() + 8.0, rect.right() - 8.0)
}

pub fn show(ui: &mut Ui, state: &AtlasState) -> Vec<Intent> {
    let mut intents = Vec::new();
    let d = &state.dataset;
    let size = vec2(ui.available_width(), ui.available_height().max(80.0));
    let (rect, response) = ui.allocate_exact_size(size, Sense::click_and_drag());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Slider, true, "Timeline"));
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);

    let scale = strip_scale(state, rect);
    let axis_top = rect.bottom() - AXIS_HEIGHT;
    let lanes_rect = Rect::from_min_max(
        pos2(rect.left(), rect.top() + HANDLE_HEIGHT + 2.0),
        pos2(rect.right(), axis_top - 4.0),
    );

    // Axis: ticks and labels in local time.
    let text_color = ui.visuals().text_color();
    for tick in axis_ticks(&scale, state.display_offset(), 56.0) {
        let stroke = if tick.major {
            Stroke::new(1.0, text_color)
        } else {
            Stroke::new(1.0, ui.visuals().weak_text_color())
        };
        painter.line_segment(
            [pos2(tick.x, lanes_rect.top()), pos2(tick.x, axis_top + 4.0)],
            Stroke::new(0.5, stroke.color.gamma_multiply(0.35)),
        );
        painter.text(
            pos2(tick.x + 3.0, axis_top + 4.0),
            Align2::LEFT_TOP,
            &tick.label,
            FontId::proportional(12.0),
            stroke.color,
        );
    }
    painter.line_segment(
        [pos2(rect.left(), axis_top), pos2(rect.right(), axis_top)],
        Stroke::new(1.0, ui.visuals().weak_text_color()),
    );

    // Event marks.
    let lane_height = 12.0_f32;
    let max_lanes = ((lanes_rect.height() + 2.0) / (lane_height + 2.0))
        .floor()
        .max(1.0) as usize;
    let marks = layout_marks(d, &scale, d.offset, MARK_MIN_WIDTH, MARK_GAP, max_lanes);
    let mut over_mark = false;
    for mark in &marks {
        let e = &d.events[mark.event];
        let y = lanes_rect.bottom() - (mark.lane as f32 + 1.0) * (lane_height + 2.0);
        let mark_rect =
            Rect::from_min_max(pos2(mark.x_start, y), pos2(mark.x_end, y + lane_height));
        let happened = state.has_happened(mark.event);
        let color = theme::category_color(&e.category.0);
        let fill = match (happened, mark.is_span) {
            (true, false) => color,
            (true, true) => color.gamma_multiply(0.55),
            (false, _) => color.gamma_multiply(0.22),
        };
        painter.rect_filled(mark_rect, CornerRadius::same(2), fill);
        if mark.is_span {
            // The known start of a span or a coarse date, drawn as a solid edge.
            painter.line_segment(
                [mark_rect.left_top(), mark_rect.left_bottom()],
                Stroke::new(2.0, color),
            );
        }
        let of_selected_place = e.place.is_some() && e.place == state.selection.place;
        if state.selection.event == Some(mark.event) {
            painter.rect_stroke(
                mark_rect.expand(2.0),
                3.0,
                Stroke::new(2.5, theme::SELECTION),
                StrokeKind::Outside,
            );
        } else if of_selected_place {
            painter.rect_stroke(
                mark_rect.expand(1.0),
                2.0,
                Stroke::new(1.5, theme::SELECTION),
                StrokeKind::Outside,
            );
        }
        let id = Id::unique(("event-mark", &e.id));
        let hit = ui.interact(mark_rect.expand(1.0), id, Sense::click());
        hit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &e.title));
        over_mark |= hit.hovered();
        let place = e
            .place
            .map(|p| d.places[p].names.en.as_str())
            .unwrap_or("place not known");
        let when = e.format_when(d.offset, state.display_offset());
        let hit = hit.on_hover_ui(|ui| {
            ui.strong(&e.title);
            ui.label(format!("{when} ({})", e.start.precision.describe()));
            ui.label(format!("{place} · {}", e.category.0));
            ui.weak("Click to open");
        });
        if hit.clicked() {
            intents.push(Intent::SelectEvent(mark.event));
        }
    }

    // The cursor: a line over the strip with a handle on top.
    let x = scale.x_of(state.cursor);
    painter.line_segment(
        [pos2(x, rect.top()), pos2(x, rect.bottom())],
        Stroke::new(2.0, theme::CURSOR),
    );
    let handle = Rect::from_center_size(
        pos2(x, rect.top() + HANDLE_HEIGHT / 2.0),
        vec2(14.0, HANDLE_HEIGHT),
    );
    painter.rect_filled(handle, 3.0, theme::CURSOR);

    // Dragging anywhere on the strip (or clicking where there is no mark) moves the cursor.
    let moved = response.dragged() || (response.clicked() && !over_mark);
    if moved && let Some(pointer) = response.interact_pointer_pos() {
        intents.push(Intent::SetCursor(scale.time_at(pointer.x)));
    }
    if response.hovered()
        && !over_mark
        && let Some(p) = response.hover_pos()
    {
        painter.line_segment(
            [pos2(p.x, rect.top()), pos2(p.x, rect.bottom())],
            Stroke::new(1.0, Color32::from_black_alpha(60)),
        );
    }
    intents
}
