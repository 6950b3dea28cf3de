//! The map's view: walkers' widget memory (centre and zoom), the map's size on screen in the last
//! frame, and whether it still has to be framed once that size is known.

use geo::Point;
use walkers::{MapMemory, lon_lat};

use super::changed::{Changed, set};
use crate::{
    basemap::Basemap,
    geometry::{MercBox, MercatorView, mercator_inverse},
};

pub use crate::geometry::{MAX_ZOOM, MIN_ZOOM};
/// The zoom the map opens at before it is framed.
const START_ZOOM: f64 = 7.0;
/// The margin left around a box framed by *Fit data* or *Fit region*, in pixels.
/// Wide enough that the map's corner boxes (controls, caption, legend) rarely cover a framed point.
const FIT_MARGIN_PX: f32 = 48.0;
/// The closest *Fit data* comes: a town and its surroundings.
const FIT_MAX_ZOOM: f64 = 11.0;

/// Sets `map`'s zoom within [`MIN_ZOOM`]..=[`MAX_ZOOM`].
pub fn set_zoom(map: &mut MapMemory, zoom: f64) {
    let _ = map.set_zoom(zoom.clamp(MIN_ZOOM, MAX_ZOOM));
}

/// Where the map looks and how large it is on screen.
#[derive(Clone)]
pub struct MapView {
    memory: MapMemory,
    /// Half the map's size on screen in the last frame, which framing needs.
    half_size: [f32; 2],
    /// The map's centre on screen in the last frame.
    screen_center: [f32; 2],
    /// Frame the region as soon as the map's size is known.
    fit_pending: bool,
}

impl Default for MapView {
    /// The embedded basemap's focus region, to be framed on the first frame.
    fn default() -> Self {
        let mut memory = MapMemory::default();
        memory.center_at(home());
        set_zoom(&mut memory, START_ZOOM);
        Self {
            memory,
            half_size: [0.0, 0.0],
            screen_center: [0.0, 0.0],
            fit_pending: true,
        }
    }
}

/// The centre of the embedded basemap's focus region.
fn home() -> Point {
    let (lon, lat) = mercator_inverse(Basemap::embedded().focus_region.center());
    lon_lat(lon, lat)
}

impl MapView {
    /// walkers' memory, for the map widget (the shell hands a copy to it each frame).
    pub fn memory(&self) -> &MapMemory {
        &self.memory
    }

    /// The map's zoom level.
    pub fn zoom(&self) -> f64 {
        self.memory.zoom()
    }

    /// The map's centre (lon, lat): where it was panned to, or the region it was framed on.
    pub fn center(&self) -> Point {
        self.memory.detached().unwrap_or_else(home)
    }

    /// Half the map's size on screen in the last frame.
    pub fn half_size(&self) -> [f32; 2] {
        self.half_size
    }

    /// The map's centre on screen in the last frame.
    pub fn screen_center(&self) -> [f32; 2] {
        self.screen_center
    }

    /// Whether the region is still to be framed once the map's size is known.
    pub fn fit_pending(&self) -> bool {
        self.fit_pending
    }

    /// Keeps the view as it is (a view from the command line or the saved state).
    pub fn keep_view(&mut self) -> Changed {
        set(&mut self.fit_pending, false)
    }

    /// One zoom level in, to a whole level.
    pub fn zoom_in(&mut self) -> Changed {
        self.set_zoom(self.zoom().floor() + 1.0)
    }

    /// One zoom level out, to a whole level.
    pub fn zoom_out(&mut self) -> Changed {
        self.set_zoom(self.zoom().ceil() - 1.0)
    }

    /// Sets the zoom within the allowed range.
    pub fn set_zoom(&mut self, zoom: f64) -> Changed {
        let before = self.zoom();
        set_zoom(&mut self.memory, zoom);
        Changed::from(self.zoom() != before)
    }

    /// Centres the map on `center`.
    pub fn center_at(&mut self, center: Point) -> Changed {
        let before = self.memory.detached();
        self.memory.center_at(center);
        Changed::from(self.memory.detached() != before)
    }

    /// Centres the map on `center` at `zoom`.
    pub fn zoom_to(&mut self, center: Point, zoom: f64) -> Changed {
        self.center_at(center) | self.set_zoom(zoom)
    }

    /// Frames the Mercator box `target` (the zoom once the map's size is known; until then the
    /// framing stays pending), no closer than zoom 11: one place alone is shown with its
    /// town around it.
    pub fn fit(&mut self, target: MercBox) -> Changed {
        let (lon, lat) = mercator_inverse(target.center());
        let mut changed = self.center_at(lon_lat(lon, lat));
        if self.half_size[0] > 0.0 {
            let zoom = MercatorView::zoom_to_fit(&target, self.half_size, FIT_MARGIN_PX);
            changed |= self.set_zoom(zoom.min(FIT_MAX_ZOOM)) | set(&mut self.fit_pending, false);
        }
        changed
    }

    /// Asks for the map to be framed on the data once its size is known (a dataset that names no
    /// view of its own has just opened).
    pub fn request_fit(&mut self) -> Changed {
        set(&mut self.fit_pending, true)
    }

    /// Takes back what the map widget did this frame (its gestures pan and zoom), and where it was
    /// on screen.
    pub fn sync_from_widget(
        &mut self,
        mut memory: MapMemory,
        half_size: [f32; 2],
        screen_center: [f32; 2],
    ) -> Changed {
        // Wheel zoom is free-running in walkers; keep it within the range the basemap is made for.
        let zoom = memory.zoom();
        if !(MIN_ZOOM..=MAX_ZOOM).contains(&zoom) {
            set_zoom(&mut memory, zoom);
        }
        let moved = memory.zoom() != self.zoom() || memory.detached() != self.memory.detached();
        self.memory = memory;
        Changed::from(moved)
            | set(&mut self.half_size, half_size)
            | set(&mut self.screen_center, screen_center)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_is_bounded_and_reported() {
        let mut m = MapView::default();
        for _ in 0..30 {
            let _ = m.zoom_in();
        }
        assert_eq!(m.zoom(), MAX_ZOOM);
        assert_eq!(m.zoom_in(), Changed::No);
        for _ in 0..30 {
            let _ = m.zoom_out();
        }
        assert_eq!(m.zoom(), MIN_ZOOM);
    }

    #[test]
    fn the_region_is_framed_once_the_size_is_known() {
        let region = Basemap::embedded().focus_region;
        let mut m = MapView::default();
        let _ = m.fit(region);
        assert!(m.fit_pending(), "no size yet");
        let memory = m.memory().clone();
        assert_eq!(
            m.sync_from_widget(memory, [500.0, 300.0], [500.0, 300.0]),
            Changed::Yes
        );
        let _ = m.fit(region);
        assert!(!m.fit_pending());
        assert!((6.0..8.0).contains(&m.zoom()), "{}", m.zoom());
        assert_eq!(m.request_fit(), Changed::Yes);
        assert!(m.fit_pending());
    }

    #[test]
    fn one_place_alone_is_framed_with_its_town_around_it() {
        let mut m = MapView::default();
        let memory = m.memory().clone();
        let _ = m.sync_from_widget(memory, [500.0, 300.0], [500.0, 300.0]);
        let p = crate::geometry::mercator(-70.65, -33.45);
        let _ = m.fit(MercBox { min: p, max: p });
        assert_eq!(m.zoom(), FIT_MAX_ZOOM);
        let c = m.center();
        assert!((c.x() + 70.65).abs() < 1e-6 && (c.y() + 33.45).abs() < 1e-6);
    }
}
