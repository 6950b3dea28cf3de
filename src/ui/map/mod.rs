//! The map view: the offline basemap, the route, the places, and the map's own controls, drawn on a
//! walkers map without tiles (walkers handles the pan and zoom gestures).

mod basemap;
mod clusters;
mod controls;
mod labels;
mod legend;
mod measure;
mod places;
mod route;
mod toll;

pub use labels::{LabelCandidate, LabelStyle, MapLabel, place_labels};
pub use measure::reading as measure_reading;

use egui::{Rect, Ui};
use walkers::{Map, MapMemory, Projector, lon_lat};

use crate::{
    app::{AtlasState, Intent, MAX_ZOOM, MIN_ZOOM, set_zoom},
    basemap::Basemap,
    geometry::{MercatorView, mercator, mercator_inverse},
};

/// Draws the map into the whole of `ui` and returns what the user asked for. `memory` is the
/// walkers view state, which the map's own gestures change.
pub fn show(ui: &mut Ui, state: &AtlasState, memory: &mut MapMemory) -> Vec<Intent> {
    let mut intents = Vec::new();
    let home = {
        let (lon, lat) = mercator_inverse(Basemap::embedded().focus_region.center());
        lon_lat(lon, lat)
    };
    let map = Map::new(None, memory, home)
        .zoom_with_ctrl(false)
        .double_click_to_zoom(true);
    map.show(ui, |ui, response, projector, _memory| {
        let rect = response.rect;
        let view = mercator_view(projector, rect);
        let painter = ui.painter().with_clip_rect(rect);
        basemap::paint(&painter, &view, Basemap::embedded());
        let route_labels = route::show(&painter, &view, state, response, &mut intents);
        let places = places::show(ui, &painter, &view, state, &mut intents);
        // Label priority: Zhanaozen and Aktau, the route, the other places, the basemap's towns.
        let mut all_labels = places.focus;
        all_labels.extend(route_labels);
        // Beyond a few hundred, more labels could not find room anyway; placing them costs O(n²).
        all_labels.extend(places.others.into_iter().take(MAX_PLACE_LABELS));
        all_labels.extend(places::town_labels(&painter, &view, state));
        labels::paint(&painter, all_labels, &places.markers);
        if let Some(points) = &state.measure {
            measure::paint(&painter, &view, points);
            if response.clicked()
                && let Some(pos) = response.interact_pointer_pos()
            {
                intents.push(Intent::MeasurePoint(projector.unproject(pos.to_vec2())));
            }
        }
        controls::show(ui, rect, state.measure.is_some(), &mut intents);
        controls::attribution(ui, rect);
        legend::show(ui, rect, state);
        intents.extend(toll::show(ui, rect, state));
        intents.extend(crate::ui::story::show(ui, rect, state));
    });
    // Wheel zoom is free-running in walkers; keep it within the range the basemap is made for.
    let zoom = memory.zoom();
    if !(MIN_ZOOM..=MAX_ZOOM).contains(&zoom) {
        set_zoom(memory, zoom);
    }
    intents
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
