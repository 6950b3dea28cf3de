//! The map view: the offline basemap, the route, the places, and the map's own controls, drawn on a
//! walkers map without tiles (walkers handles the pan and zoom gestures).

mod basemap;
mod caption;
mod controls;
mod labels;
mod legend;
mod measure;
mod offline_note;
mod places;
pub mod region_hover;
mod route;
mod scale_bar;
mod tile_status;
mod toll;
mod tour_card;
mod wheel_zoom;

pub use labels::{LabelCandidate, LabelStyle, MapLabel, place_labels};
pub use measure::reading as measure_reading;

use egui::{Rect, Shape, Ui};
use walkers::{Map, MapMemory, Projector, Tiles, lon_lat};

use crate::{
    app::{AtlasState, Intent},
    basemap::Basemap,
    geometry::{MercatorView, mercator, mercator_inverse},
    tiles::{OnlineTiles, TileStatus},
};

/// Draws the map into the whole of `ui`, adding what the user asked for to `intents`. `memory` is the
/// walkers view state, which the map's own gestures change; `tiles`, the online layer if one is
/// chosen, drawn over the offline basemap.
pub fn map_ui(
    ui: &mut Ui,
    state: &AtlasState,
    memory: &mut MapMemory,
    mut tiles: Option<&mut OnlineTiles>,
    intents: &mut Vec<Intent>,
) {
    // The map's own intents start here (the panels drawn before it may have added some).
    let own = intents.len();
    let home = {
        let (lon, lat) = mercator_inverse(Basemap::embedded().focus_region.center());
        lon_lat(lon, lat)
    };
    // The offline basemap goes beneath the tiles walkers draws: its place in the paint order is
    // taken now and filled once the frame's projection is known.
    let basemap_slot = ui.painter().add(Shape::Noop);
    // The tiles follow the state's layer (the shell keeps them in step), so the status is all
    // that is read from them here.
    let tile_status = tiles.as_ref().map(|t| t.status());
    if let Some(t) = tiles.as_deref_mut() {
        t.begin_frame();
    }
    wheel_zoom::zoom_by_wheel(ui, ui.available_rect_before_wrap(), memory, home);
    let map = Map::new(
        tiles.as_deref_mut().map(|t| t as &mut dyn Tiles),
        memory,
        home,
    )
    .zoom_with_ctrl(false)
    .double_click_to_zoom(true);
    map.show(ui, |ui, response, projector, _memory| {
        let rect = response.rect;
        let view = mercator_view(projector, rect);
        let painter = ui.painter().with_clip_rect(rect);
        painter.set(
            basemap_slot,
            Shape::Vec(basemap::shapes(
                &painter,
                &view,
                Basemap::embedded(),
                state
                    .dataset()
                    .home_region
                    .as_ref()
                    .map(|r| r.code.as_str()),
            )),
        );
        let hovered_area = response
            .hovered()
            .then(|| region_hover::hovered_area_ui(&painter, &view, response, state.language()))
            .flatten();
        let route_labels = route::route_ui(&painter, &view, state, response, intents);
        let places = places::place_markers_ui(ui, &painter, &view, state, intents);
        // Label priority: Zhanaozen and Aktau, the route, the other places, the basemap's towns.
        let mut all_labels = places.focus;
        all_labels.extend(route_labels);
        // Beyond a few hundred, more labels could not find room anyway; placing them costs O(n²).
        all_labels.extend(places.others.into_iter().take(MAX_PLACE_LABELS));
        all_labels.extend(places::town_labels(&painter, &view, state));
        // Labels keep off the markers and out from under the panels over the map.
        let mut obstacles = places.markers;
        let overlays = crate::ui::overlay::overlay_rects(ui.ctx());
        obstacles.extend(&overlays);
        obstacles.push(controls::controls_rect(rect));
        labels::paint(&painter, all_labels, &obstacles);
        region_hover::remember_status(
            ui.ctx(),
            hovered_area,
            response
                .hover_pos()
                .map(|pos| projector.unproject(pos.to_vec2())),
        );
        scale_bar::paint(&painter, &view, rect, state.language());
        if let Some(points) = state.tools().measure() {
            measure::paint(&painter, &view, points, state.language());
            if response.clicked()
                && let Some(pos) = response.interact_pointer_pos()
            {
                intents.push(Intent::MeasurePoint(projector.unproject(pos.to_vec2())));
            }
        } else if response.clicked()
            && !intents[own..].iter().any(|i| {
                matches!(
                    i,
                    Intent::SelectEvent(_) | Intent::SelectPlace(_) | Intent::ZoomMapTo { .. }
                )
            })
            && let Some(p) = response
                .interact_pointer_pos()
                .and_then(|pos| places::pick(state, &view, pos))
        {
            // A click beside a marker (or on a place hidden under a label) still picks it.
            intents.push(Intent::SelectPlace(p));
        }
        controls::map_controls_ui(
            ui,
            rect,
            state.tools().measure().is_some(),
            state
                .dataset()
                .home_region
                .as_ref()
                .map(|r| match state.language() {
                    crate::i18n::Language::Russian => r.name_ru.as_deref().unwrap_or(&r.name),
                    _ => r.name.as_str(),
                }),
            state.language(),
            intents,
        );
        controls::attribution(ui, rect, state.settings().map_layer(), &overlays);
        if let Some(status) = tile_status {
            tile_status::tile_status_ui(
                ui,
                rect,
                state.settings().map_layer(),
                status,
                state.language(),
            );
        }
        offline_note::offline_note_ui(ui, rect, state, intents);
        legend::legend_ui(ui, rect, state);
        caption::caption_ui(ui, rect, state, intents);
        toll::death_toll_ui(ui, rect, state, intents);
        tour_card::tour_card_ui(ui, rect, state, intents);
    });
    if let Some(t) = tiles {
        let status = t.end_frame(std::time::Instant::now());
        if Some(status) != tile_status {
            // The note on screen is the last frame's judgement: draw this one.
            ui.ctx().request_repaint();
        } else if status == TileStatus::Loading {
            // Missing tiles may be judged unavailable while nothing else moves.
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(500));
        }
    }
}

/// The most labels of ordinary places tried per frame.
const MAX_PLACE_LABELS: usize = 300;

/// The scale and offset that take the Mercator plane to the screen in this frame.
fn mercator_view(projector: &Projector, rect: Rect) -> MercatorView {
    let center = projector.unproject(rect.center().to_vec2());
    MercatorView::new(
        mercator(center.x(), center.y()),
        projector.zoom(),
        [rect.center().x, rect.center().y],
        [rect.width() / 2.0, rect.height() / 2.0],
    )
}

fn to_pos(p: [f32; 2]) -> egui::Pos2 {
    egui::pos2(p[0], p[1])
}
