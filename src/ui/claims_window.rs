//! The claims window: for a contested subject, each claimant's figures over time as a step line
//! (points cite their source on hover), beside the list of the same claims.

use egui::{Context, RichText};
use egui_plot::{Legend, Line, MarkerShape, Plot, Points};
use jiff::Timestamp;

use crate::{
    app::{AtlasState, Intent},
    model::chart_opening_range,
    tr,
    ui::{panels::claims_table, theme, words},
};

const DAY: f64 = 86_400.0;

/// The point shapes the claimants' series take in turn.
const SHAPES: [MarkerShape; 6] = [
    MarkerShape::Circle,
    MarkerShape::Square,
    MarkerShape::Diamond,
    MarkerShape::Up,
    MarkerShape::Cross,
    MarkerShape::Down,
];

/// Days since 1970 as a plot coordinate.
fn x_of(t: Timestamp) -> f64 {
    t.as_second() as f64 / DAY
}

/// The claims window of `subject`: the chart of each claimant's figures and the list of claims,
/// kept inside `bounds` (the window below the title bar, whose menus it must not cover).
pub fn claims_window_ui(
    ctx: &Context,
    state: &AtlasState,
    subject: &str,
    bounds: egui::Rect,
    intents: &mut Vec<Intent>,
) {
    let d = state.dataset();
    let lang = state.language();
    let mut open = true;
    egui::Window::new(tr!(lang, "claims-window-title", subject = subject))
        .order(egui::Order::Foreground)
        .open(&mut open)
        .default_size([720.0, 520.0])
        .constrain_to(bounds)
        .show(ctx, |ui| {
            let series = d.claim_series(subject);
            if series.is_empty() {
                ui.label(tr!(lang, "claims-no-dated"));
            } else {
                let tz = jiff::tz::TimeZone::fixed(d.offset);
                let names = lang.date_names();
                let date = move |x: f64| {
                    Timestamp::from_second((x * DAY) as i64)
                        .map(|t| names.day_month_year(t.to_zoned_datetime(tz.clone()).date()))
                        .unwrap_or_default()
                };
                let date_axis = date.clone();
                let label = move |hover: &egui_plot::HoverPosition<'_>| -> Option<String> {
                    match hover {
                        egui_plot::HoverPosition::NearDataPoint {
                            plot_name,
                            position,
                            ..
                        } => Some(format!("{plot_name}\n{}: {}", date(position.x), position.y)),
                        _ => None,
                    }
                };
                // Opens on the two months that hold the most claims, with a margin; the y axis from
                // 0, so that a figure's size is not exaggerated. Drag and scroll zoom and pan.
                let mut plot = Plot::new(("claims-plot", subject))
                    .height(260.0)
                    .include_y(0.0);
                if let Some((a, b)) = chart_opening_range(&series) {
                    let (a, b) = (x_of(a), x_of(b));
                    let pad = ((b - a) * 0.08).max(3.0);
                    plot = plot.default_x_bounds(a - pad, b + pad);
                }
                plot.legend(Legend::default())
                    .x_axis_formatter(move |mark, _| date_axis(mark.value))
                    .y_axis_label(subject.to_string())
                    .label_formatter(label)
                    .allow_scroll(false)
                    .show(ui, |plot| {
                        // Where the timeline's cursor is.
                        plot.vline(
                            egui_plot::VLine::new(tr!(lang, "claims-cursor"), x_of(state.cursor()))
                                .stroke(egui::Stroke::new(1.5, theme::CURSOR)),
                        );
                        for (k, s) in series.iter().enumerate() {
                            let color = theme::claimant_color(s.claimant);
                            // A step line: a figure holds until the same claimant gives another.
                            let mut steps: Vec<[f64; 2]> = Vec::new();
                            for (i, &(t, v, _)) in s.points.iter().enumerate() {
                                if i > 0 {
                                    steps.push([x_of(t), steps[steps.len() - 1][1]]);
                                }
                                steps.push([x_of(t), v]);
                            }
                            let name = words::claimant(lang, s.claimant);
                            plot.line(Line::new(name.clone(), steps).color(color).width(2.0));
                            let points: Vec<[f64; 2]> =
                                s.points.iter().map(|&(t, v, _)| [x_of(t), v]).collect();
                            // A shape of its own for each claimant, beside its colour.
                            let shape = SHAPES[k % SHAPES.len()];
                            plot.points(
                                Points::new(name, points)
                                    .color(color)
                                    .radius(4.5)
                                    .shape(shape),
                            );
                        }
                    });
                ui.label(RichText::new(tr!(lang, "claims-range-note")).small().weak());
            }
            ui.separator();
            egui::ScrollArea::vertical().show(ui, |ui| {
                claims_table(ui, state, subject, d.claims_on(subject));
            });
        });
    if !open {
        intents.push(Intent::ShowClaims(None));
    }
}
