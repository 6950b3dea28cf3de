//! The strip: the ruler (axis labels, the cursor's handle), event marks in lanes, and the density
//! histogram. Scroll zooms around the pointer, dragging the ruler scrubs, dragging below it pans,
//! Shift-drag selects a time window, a click moves the cursor, a double-click shows everything.

use egui::{
    Align2, Color32, CornerRadius, FontId, Id, Pos2, Rect, Response, Sense, Stroke, StrokeKind, Ui,
    pos2, vec2,
};
use jiff::Timestamp;

use crate::{
    app::{AtlasState, Intent},
    model::{EventIndex, visits},
    timeline::{
        Bucket, HiddenRun, LABEL_PAD, LabelPlace, Resolution, TimeScale, axis_ticks,
        key_events_first, layout_marks, place_labels,
    },
    tr,
    ui::{theme, words},
};

/// The narrowest an event mark is drawn, in points.
pub const MARK_MIN_WIDTH: f32 = 6.0;
const MARK_GAP: f32 = 2.0;
/// Tall enough for a 12-point title inside a bar.
const LANE_HEIGHT: f32 = 17.0;
/// The marks' titles.
const LABEL_SIZE: f32 = 12.0;
/// Above this many marks in view their titles are not laid out (hover still names each).
const MAX_LABELLED_MARKS: usize = 800;
const RULER_HEIGHT: f32 = 24.0;
const DENSITY_HEIGHT: f32 = 34.0;
/// The room above a full-height histogram for the line that says the marks are too many.
const DENSE_MESSAGE_HEIGHT: f32 = 22.0;
/// Above this many events in view the marks give way to the histogram alone.
pub const MAX_MARKS: usize = 4000;
/// The narrowest histogram bar, which decides the bucket size.
pub const MIN_BUCKET_PX: f64 = 5.0;

/// The scale the strip uses in `rect`; tests use it to find where a date is drawn.
pub fn strip_scale(state: &AtlasState, rect: Rect) -> TimeScale {
    state
        .time()
        .view()
        .scale(rect.left() + 8.0, rect.right() - 8.0)
}

/// What a drag on the strip does, decided when it starts.
#[derive(Clone, Copy, Debug)]
enum DragKind {
    Scrub,
    Pan { last_x: f32 },
    Window { from: Timestamp },
}

pub fn strip_ui(ui: &mut Ui, state: &AtlasState, intents: &mut Vec<Intent>) {
    let size = vec2(ui.available_width(), ui.available_height().max(90.0));
    let (rect, response) = ui.allocate_exact_size(size, Sense::click_and_drag());
    let label = tr!(state.language(), "timeline-label");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Slider, true, &label));
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);

    let scale = strip_scale(state, rect);
    let ruler = Rect::from_min_max(rect.min, pos2(rect.right(), rect.top() + RULER_HEIGHT));
    // Where the events in view are too many to draw as marks, the histogram is all there is to
    // read: it takes the strip's height, under a line that says why (`marks`).
    let view = state.time().view();
    let candidates = state.dataset().candidates_overlapping(view.start, view.end);
    let dense = too_many_to_draw(&candidates);
    let density_top = if dense {
        ruler.bottom() + DENSE_MESSAGE_HEIGHT
    } else {
        rect.bottom() - DENSITY_HEIGHT
    };
    let density_rect = Rect::from_min_max(pos2(rect.left(), density_top), rect.max);
    let lanes_rect = Rect::from_min_max(
        pos2(rect.left(), ruler.bottom() + 2.0),
        pos2(
            rect.right(),
            (density_rect.top() - 2.0).max(ruler.bottom() + 4.0),
        ),
    );

    // The time window, behind everything.
    if let Some((a, b)) = state.time().window() {
        let w = Rect::from_x_y_ranges(
            scale.x_of(a)..=scale.x_of(b).max(scale.x_of(a) + 1.0),
            rect.y_range(),
        );
        painter.rect_filled(w, 0.0, theme::CURSOR.gamma_multiply(0.16));
        painter.rect_stroke(
            w,
            0.0,
            Stroke::new(1.0, theme::CURSOR.gamma_multiply(0.6)),
            StrokeKind::Inside,
        );
    }

    // Ruler: ticks and labels in the displayed offset.
    let text_color = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    for tick in axis_ticks(
        &scale,
        state.display_offset(),
        64.0,
        state.language().date_names(),
    ) {
        let color = if tick.major { text_color } else { weak };
        painter.line_segment(
            [
                pos2(tick.x, ruler.top() + 12.0),
                pos2(tick.x, rect.bottom()),
            ],
            Stroke::new(0.5, color.gamma_multiply(0.3)),
        );
        painter.text(
            pos2(tick.x + 3.0, ruler.top() + 3.0),
            Align2::LEFT_TOP,
            &tick.label,
            FontId::proportional(12.0),
            color,
        );
    }
    painter.line_segment(
        [ruler.left_bottom(), ruler.right_bottom()],
        Stroke::new(1.0, weak),
    );

    density(ui, &painter, state, &scale, density_rect);
    let over_mark = marks(ui, &painter, state, &scale, lanes_rect, candidates, intents);

    // The cursor: a line across the strip with a handle in the ruler.
    let x = scale.x_of(state.cursor());
    if rect.x_range().contains(x) {
        painter.line_segment(
            [pos2(x, rect.top()), pos2(x, rect.bottom())],
            Stroke::new(2.0, theme::CURSOR),
        );
        let handle = Rect::from_center_size(pos2(x, ruler.bottom() - 5.0), vec2(12.0, 10.0));
        painter.rect_filled(handle, 3.0, theme::CURSOR);
    }

    gestures(ui, &response, state, &scale, ruler, over_mark, intents);
}

/// Scroll, drags, clicks and double-clicks on the strip.
fn gestures(
    ui: &mut Ui,
    response: &Response,
    state: &AtlasState,
    scale: &TimeScale,
    ruler: Rect,
    over_mark: bool,
    intents: &mut Vec<Intent>,
) {
    let drag_id = response.id.with("drag-kind");
    let pointer = response.interact_pointer_pos().or(response.hover_pos());
    if response.hovered() {
        let scroll = ui.input(|i| i.smooth_scroll_delta.y + i.smooth_scroll_delta.x);
        if scroll != 0.0 {
            if let Some(p) = response.hover_pos() {
                let factor = (-scroll as f64 * 0.004).exp();
                intents.push(Intent::ZoomTime {
                    anchor: scale.time_at(p.x),
                    factor,
                });
            }
            ui.input_mut(|i| i.smooth_scroll_delta = egui::Vec2::ZERO);
        }
    }
    if response.double_clicked() {
        let (a, b) = state.time().span();
        intents.push(Intent::ShowTime(a, b));
        return;
    }
    if response.drag_started() {
        // Where the button went down, not where the drag was recognised a few pixels later.
        let origin = ui.input(|i| i.pointer.press_origin());
        if let Some(p) = origin.or(response.interact_pointer_pos()) {
            let shift = ui.input(|i| i.modifiers.shift);
            let kind = if shift {
                DragKind::Window {
                    from: scale.time_at(p.x),
                }
            } else if ruler.contains(p) || (p.x - scale.x_of(state.cursor())).abs() <= 6.0 {
                DragKind::Scrub
            } else {
                DragKind::Pan { last_x: p.x }
            };
            ui.data_mut(|data| data.insert_temp(drag_id, kind));
        }
    }
    if response.dragged() {
        let kind: Option<DragKind> = ui.data(|data| data.get_temp(drag_id));
        if let (Some(kind), Some(p)) = (kind, pointer) {
            match kind {
                DragKind::Scrub => intents.push(Intent::SetCursor(scale.time_at(p.x))),
                DragKind::Pan { last_x } => {
                    let seconds = -((p.x - last_x) as f64 / scale.pixels_per_second()) as i64;
                    if seconds != 0 {
                        intents.push(Intent::PanTime(seconds));
                    }
                    ui.data_mut(|data| data.insert_temp(drag_id, DragKind::Pan { last_x: p.x }));
                }
                DragKind::Window { from } => {
                    intents.push(Intent::SetWindow(Some((from, scale.time_at(p.x)))))
                }
            }
        }
    }
    if response.drag_stopped() {
        ui.data_mut(|data| data.remove::<DragKind>(drag_id));
    }
    if response.clicked()
        && !over_mark
        && let Some(p) = pointer
    {
        intents.push(Intent::SetCursor(scale.time_at(p.x)));
    }
    if response.hovered()
        && !over_mark
        && let Some(p) = response.hover_pos()
    {
        ui.painter().line_segment(
            [pos2(p.x, ruler.top()), pos2(p.x, ruler.bottom())],
            Stroke::new(1.0, Color32::from_gray(140)),
        );
    }
}

/// Whether the events that may be in view are more than the strip draws as marks.
fn too_many_to_draw(candidates: &std::ops::Range<EventIndex>) -> bool {
    candidates.len() > MAX_MARKS
}

/// The event marks in lanes, for the `candidates` in view, or where they are too many a line
/// that says so; returns whether the pointer is over a mark.
fn marks(
    ui: &mut Ui,
    painter: &egui::Painter,
    state: &AtlasState,
    scale: &TimeScale,
    lanes_rect: Rect,
    candidates: std::ops::Range<EventIndex>,
    intents: &mut Vec<Intent>,
) -> bool {
    let d = state.dataset();
    let view = state.time().view();
    if too_many_to_draw(&candidates) {
        painter.text(
            pos2(lanes_rect.center().x, lanes_rect.top() + 2.0),
            Align2::CENTER_TOP,
            tr!(
                state.language(),
                "timeline-too-many",
                count = candidates.len()
            ),
            FontId::proportional(13.0),
            ui.visuals().weak_text_color(),
        );
        return false;
    }
    let visible = candidates.filter(|&i| {
        visits::record(1);
        state.shown().passes(i) && d.event_overlaps(&d.events[i], view.start, view.end)
    });
    let lanes = ((lanes_rect.height() + 2.0) / (LANE_HEIGHT + 2.0))
        .floor()
        .max(2.0) as usize;
    // The top lane is kept for the "+N" of marks that find no room below.
    // The selected event, the tour's events and those at the focus places take the lanes first.
    let selected = state.selection().event;
    let key: Vec<usize> = d.story.iter().map(|s| s.event).collect();
    let priority = |i: usize| {
        let focus = d.events[i].place.is_some_and(|p| d.places[p].focus);
        match (Some(i) == selected, key.contains(&i), focus) {
            (true, _, _) => 3,
            (_, true, _) => 2,
            (_, _, true) => 1,
            _ => 0,
        }
    };
    let ordered = key_events_first(d, visible, priority);
    let layout = layout_marks(
        d,
        ordered.into_iter(),
        scale,
        MARK_MIN_WIDTH,
        MARK_GAP,
        lanes - 1,
    );
    let top = lanes_rect.bottom() - lanes as f32 * (LANE_HEIGHT + 2.0);
    for run in &layout.hidden {
        hidden_run_ui(ui, painter, state, scale, run, top, intents);
    }
    let mut over_mark = false;
    let labels = if layout.marks.len() <= MAX_LABELLED_MARKS {
        let font = FontId::proportional(LABEL_SIZE);
        let widths: Vec<f32> = layout
            .marks
            .iter()
            .map(|m| {
                let title = &d.events[m.event].title;
                painter
                    .layout_no_wrap(title.to_string(), font.clone(), Color32::PLACEHOLDER)
                    .size()
                    .x
            })
            .collect();
        place_labels(&layout.marks, &widths, lanes_rect.right())
    } else {
        Vec::new()
    };
    for mark in &layout.marks {
        let e = &d.events[mark.event];
        let y = lanes_rect.bottom() - (mark.lane as f32 + 1.0) * (LANE_HEIGHT + 2.0);
        let x0 = mark.x_start.max(lanes_rect.left() - 2.0);
        let mark_rect =
            Rect::from_min_max(pos2(x0, y), pos2(mark.x_end.max(x0 + 2.0), y + LANE_HEIGHT));
        let shown = state.is_event_shown(mark.event);
        let color = theme::category_color(d, &e.category.0);
        let fill = match (shown, mark.is_span) {
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
        if state.selection().event == Some(mark.event) {
            painter.rect_stroke(
                mark_rect.expand(2.0),
                3.0,
                Stroke::new(2.5, theme::SELECTION),
                StrokeKind::Outside,
            );
        } else if e.place.is_some() && e.place == state.selection().place {
            painter.rect_stroke(
                mark_rect.expand(1.0),
                2.0,
                Stroke::new(1.5, theme::SELECTION),
                StrokeKind::Outside,
            );
        }
        let hit = ui.interact(
            mark_rect.expand(1.0),
            Id::unique(("event-mark", &e.id)),
            Sense::click(),
        );
        hit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &e.title));
        over_mark |= hit.hovered();
        let lang = state.language();
        // Only while hovered: the place's name is not built for every mark every frame.
        let hit = hit.on_hover_ui(|ui| {
            let place = words::event_place(lang, d, e);
            ui.strong(e.title.as_str());
            ui.label(e.format_when(d.offset, state.display_offset(), lang.date_names()));
            ui.label(words::precision(lang, e.start.precision));
            ui.label(format!("{place} · {}", e.category.0));
            ui.weak(tr!(lang, "click-to-open"));
        });
        if hit.clicked() {
            intents.push(Intent::SelectEvent(mark.event));
        }
    }
    // Over the marks: a title inside a bar is drawn on it.
    for label in &labels {
        let mark = &layout.marks[label.mark];
        let y = lanes_rect.bottom() - (mark.lane as f32 + 1.0) * (LANE_HEIGHT + 2.0);
        mark_title_ui(ui, painter, state, mark, label.place, y);
    }
    over_mark
}

/// A mark's title, inside its bar or beside it, named in the accessibility tree as a label.
fn mark_title_ui(
    ui: &Ui,
    painter: &egui::Painter,
    state: &AtlasState,
    mark: &crate::timeline::EventMark,
    place: LabelPlace,
    y: f32,
) {
    let e = &state.dataset().events[mark.event];
    let shown = state.is_event_shown(mark.event);
    let visuals = ui.visuals();
    let color = match (place, shown) {
        (LabelPlace::Beside(_), true) => visuals.strong_text_color(),
        (LabelPlace::Beside(_), false) => visuals.weak_text_color(),
        (_, true) => Color32::WHITE,
        (_, false) => visuals.text_color(),
    };
    let (x, max_width) = match place {
        LabelPlace::Beside(x) => (x, f32::INFINITY),
        LabelPlace::Inside | LabelPlace::Cut => (
            mark.x_start.max(painter.clip_rect().left()) + LABEL_PAD,
            mark.x_end - mark.x_start.max(painter.clip_rect().left()) - 2.0 * LABEL_PAD,
        ),
    };
    let mut job = egui::text::LayoutJob::single_section(
        e.title.to_string(),
        egui::TextFormat::simple(FontId::proportional(LABEL_SIZE), color),
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(max_width.max(1.0));
    let galley = painter.layout_job(job);
    let at = pos2(x, y + (LANE_HEIGHT - galley.size().y) / 2.0);
    let rect = Rect::from_min_size(at, galley.size());
    painter.galley(at, galley, color);
    ui.ctx()
        .accesskit_node_builder(Id::unique(("mark-title", &e.id)), |node| {
            node.set_role(egui::accesskit::Role::Label);
            node.set_label(e.title.as_str());
            node.set_bounds(egui::accesskit::Rect {
                x0: f64::from(rect.left()),
                y0: f64::from(rect.top()),
                x1: f64::from(rect.right()),
                y1: f64::from(rect.bottom()),
            });
        });
}

/// A "+N" for marks that found no free lane: a click zooms the timeline in on them.
fn hidden_run_ui(
    ui: &mut Ui,
    painter: &egui::Painter,
    state: &AtlasState,
    scale: &TimeScale,
    run: &HiddenRun,
    top: f32,
    intents: &mut Vec<Intent>,
) {
    let lang = state.language();
    let text = tr!(lang, "timeline-hidden-marks", count = run.count);
    let galley = painter.layout_no_wrap(
        text.clone(),
        FontId::proportional(12.0),
        ui.visuals().strong_text_color(),
    );
    let rect = Rect::from_min_size(pos2(run.x_start, top), galley.size() + vec2(8.0, 0.0));
    let hit = ui.interact(
        rect,
        Id::unique(("hidden-marks", run.first)),
        Sense::click(),
    );
    hit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &text));
    painter.rect_filled(rect, CornerRadius::same(3), ui.visuals().faint_bg_color);
    painter.rect_stroke(
        rect,
        3.0,
        Stroke::new(1.0, ui.visuals().weak_text_color()),
        StrokeKind::Inside,
    );
    painter.galley(rect.min + vec2(4.0, 0.0), galley, Color32::PLACEHOLDER);
    let hit = hit.on_hover_text(tr!(lang, "timeline-hidden-marks-tip", count = run.count));
    if hit.clicked() {
        let anchor = scale.time_at((run.x_start + run.x_end) / 2.0);
        intents.push(Intent::ZoomTime {
            anchor,
            factor: 0.25,
        });
    }
}

/// The histogram of events per bucket; the bucket follows the zoom. Hover tells the count and the
/// bucket's dates.
fn density(
    ui: &mut Ui,
    painter: &egui::Painter,
    state: &AtlasState,
    scale: &TimeScale,
    rect: Rect,
) {
    let view = state.time().view();
    let resolution = Resolution::for_scale(scale.pixels_per_second(), MIN_BUCKET_PX);
    let buckets: Vec<Bucket> = if state.shown().density_in_map_view() {
        state.map_view_buckets(resolution)
    } else {
        state
            .shown()
            .density()
            .visible(resolution, view.start, view.end)
            .to_vec()
    };
    let max = buckets.iter().map(|b| b.count).max().unwrap_or(1).max(1) as f32;
    let hover = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|p| rect.contains(*p));
    let mut hovered: Option<Bucket> = None;
    for b in &buckets {
        let x0 = scale.x_of(b.start).max(rect.left());
        let x1 = scale.x_of(b.end).min(rect.right());
        if x1 <= x0 {
            continue;
        }
        let h = (b.count as f32 / max * (rect.height() - 4.0)).max(2.0);
        let bar = Rect::from_min_max(
            pos2(x0 + 0.5, rect.bottom() - h),
            pos2((x1 - 0.5).max(x0 + 1.0), rect.bottom()),
        );
        let hot = hover.is_some_and(|p: Pos2| (x0..x1).contains(&p.x));
        painter.rect_filled(
            bar,
            1.0,
            if hot {
                theme::CURSOR
            } else {
                Color32::from_gray(120)
            },
        );
        if hot {
            hovered = Some(*b);
        }
    }
    if let Some(b) = hovered {
        let offset = state.display_offset();
        let tz = jiff::tz::TimeZone::fixed(offset);
        let last = Timestamp::from_second(b.end.as_second() - 1).unwrap_or(b.end);
        let lang = state.language();
        let fmt = |t: Timestamp| {
            let z = t.to_zoned_datetime(tz.clone());
            let day = lang.date_names().day_month_year(z.date());
            if resolution == Resolution::Hour {
                format!("{day} {}", z.strftime("%H:00"))
            } else {
                day
            }
        };
        let text = tr!(
            lang,
            "density-bucket",
            count = b.count,
            from = fmt(b.start),
            to = fmt(last),
            resolution = words::resolution(lang, resolution)
        );
        egui::Tooltip::always_open(
            ui.ctx().clone(),
            ui.layer_id(),
            ui.scope_id().with("density-tooltip"),
            egui::PopupAnchor::Pointer,
        )
        .show(|ui| ui.label(text));
    }
}
