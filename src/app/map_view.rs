//! The map's view: walkers' widget memory (centre and zoom), the map's size on screen in the last
//! frame, and whether it still has to be framed once that size is known.

use geo::Point;
use walkers::{MapMemory, lon_lat};

use super::changed::{Changed, set};
use crate::{
    basemap::Basemap,
    geometry::{Flight, FlightView, MercBox, MercatorView, ScreenRect, mercator, mercator_inverse},
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
    /// The part of the map the panels over it left free in the last frame (screen points; all
    /// zero before the first): framing puts what it frames there.
    free: ScreenRect,
    /// Frame the region as soon as the map's size is known.
    fit_pending: bool,
    /// A flight under way to a view the tour asked for: `memory` holds where it is now.
    flight: Option<Flight>,
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
            free: [0.0; 4],
            fit_pending: true,
            flight: None,
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

    /// The map as it was on screen in the last frame: what is in view, and where a point is drawn.
    pub fn screen_view(&self) -> MercatorView {
        let c = self.center();
        MercatorView::new(
            mercator(c.x(), c.y()),
            self.zoom(),
            self.screen_center,
            self.half_size,
        )
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
        self.flight = None;
        let before = self.zoom();
        set_zoom(&mut self.memory, zoom);
        Changed::from(self.zoom() != before)
    }

    /// Centres the map on `center`.
    pub fn center_at(&mut self, center: Point) -> Changed {
        self.flight = None;
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
        match self.framing(target) {
            Some((center, zoom)) => {
                self.center_at(center) | self.set_zoom(zoom) | set(&mut self.fit_pending, false)
            }
            None => {
                let (lon, lat) = mercator_inverse(target.center());
                self.center_at(lon_lat(lon, lat))
            }
        }
    }

    /// The centre and zoom that frame `target` in the part of the map the panels leave free,
    /// once the map's size is known.
    fn framing(&self, target: MercBox) -> Option<(Point, f64)> {
        if self.half_size[0] <= 0.0 {
            return None;
        }
        let [x0, y0, x1, y1] = self.free;
        // Too little left free (a small window, or no frame yet): frame in the whole map.
        let free_half = [(x1 - x0) / 2.0, (y1 - y0) / 2.0];
        let usable = free_half[0] >= 120.0 && free_half[1] >= 80.0;
        let (half, offset) = if usable {
            let mid = [(x0 + x1) / 2.0, (y0 + y1) / 2.0];
            (
                free_half,
                [
                    mid[0] - self.screen_center[0],
                    mid[1] - self.screen_center[1],
                ],
            )
        } else {
            (self.half_size, [0.0, 0.0])
        };
        let zoom = MercatorView::zoom_to_fit(&target, half, FIT_MARGIN_PX)
            .min(FIT_MAX_ZOOM)
            .clamp(MIN_ZOOM, MAX_ZOOM);
        // The target's centre goes to the free part's middle: the map's centre is that far off.
        let world_px = 256.0 * zoom.exp2();
        let c = target.center();
        let (lon, lat) = mercator_inverse([
            c[0] - f64::from(offset[0]) / world_px,
            c[1] - f64::from(offset[1]) / world_px,
        ]);
        Some((lon_lat(lon, lat), zoom))
    }

    /// Where the map looks now, as a flight would start from it.
    pub fn view_now(&self) -> FlightView {
        let c = self.center();
        FlightView {
            center: mercator(c.x(), c.y()),
            zoom: self.zoom(),
        }
    }

    /// Turns the jump from `before` to the view now into a smooth flight: the view goes back to
    /// `before` and travels to where it was set (the tour's steps glide; other moves are
    /// immediate).
    pub fn glide_from(&mut self, before: FlightView) -> Changed {
        let to = self.view_now();
        if before == to {
            return Changed::No;
        }
        let flight = Flight::new(before, to, f64::from(2.0 * self.half_size[0]));
        self.show(before);
        self.flight = Some(flight);
        Changed::Yes
    }

    fn show(&mut self, view: FlightView) {
        let (lon, lat) = mercator_inverse(view.center);
        self.memory.center_at(lon_lat(lon, lat));
        set_zoom(&mut self.memory, view.zoom);
    }

    /// Whether a flight is under way.
    pub fn flying(&self) -> bool {
        self.flight.is_some()
    }

    /// Moves a flight under way on by `dt` seconds; it ends where it was going.
    pub fn advance_flight(&mut self, dt: f64) -> Changed {
        let Some(flight) = self.flight.as_mut() else {
            return Changed::No;
        };
        flight.advance(dt);
        let (view, arrived) = (flight.view(), flight.arrived());
        if arrived {
            self.flight = None;
        }
        self.show(view);
        Changed::Yes
    }

    /// Asks for the map to be framed on the data once its size is known (a dataset that names no
    /// view of its own has just opened).
    pub fn request_fit(&mut self) -> Changed {
        set(&mut self.fit_pending, true)
    }

    /// Takes back what the map widget did this frame (its gestures pan and zoom; one stops a
    /// flight under way), where it was on screen, and the part of it the panels left free.
    pub fn sync_from_widget(
        &mut self,
        mut memory: MapMemory,
        half_size: [f32; 2],
        screen_center: [f32; 2],
        free: ScreenRect,
    ) -> Changed {
        // Wheel zoom is free-running in walkers; keep it within the range the basemap is made for.
        let zoom = memory.zoom();
        if !(MIN_ZOOM..=MAX_ZOOM).contains(&zoom) {
            set_zoom(&mut memory, zoom);
        }
        let moved = memory.zoom() != self.zoom() || memory.detached() != self.memory.detached();
        if moved {
            self.flight = None;
        }
        self.memory = memory;
        Changed::from(moved)
            | set(&mut self.half_size, half_size)
            | set(&mut self.screen_center, screen_center)
            | set(&mut self.free, free)
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
            m.sync_from_widget(memory, [500.0, 300.0], [500.0, 300.0], [0.0; 4]),
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
        let _ = m.sync_from_widget(memory, [500.0, 300.0], [500.0, 300.0], [0.0; 4]);
        let p = crate::geometry::mercator(-70.65, -33.45);
        let _ = m.fit(MercBox { min: p, max: p });
        assert_eq!(m.zoom(), FIT_MAX_ZOOM);
        let c = m.center();
        assert!((c.x() + 70.65).abs() < 1e-6 && (c.y() + 33.45).abs() < 1e-6);
    }

    #[test]
    fn framing_keeps_the_target_out_from_under_the_panels_and_a_glide_lands_on_it() {
        use crate::geometry::mercator;
        let (zhanaozen, aktau) = (mercator(52.86, 43.34), mercator(51.2, 43.65));
        let mut target = MercBox::EMPTY;
        target.extend(zhanaozen);
        target.extend(aktau);
        let mut m = MapView::default();
        let memory = m.memory().clone();
        // A 1000×600 map whose top 200 pixels are under the caption and the death-toll box.
        let free = [0.0, 200.0, 1000.0, 600.0];
        let _ = m.sync_from_widget(memory, [500.0, 300.0], [500.0, 300.0], free);
        let before = m.view_now();
        let _ = m.fit(target);
        let framed = m.view_now();
        let c = m.center();
        let view = MercatorView::new(
            mercator(c.x(), c.y()),
            m.zoom(),
            [500.0, 300.0],
            [500.0, 300.0],
        );
        for p in [zhanaozen, aktau] {
            let [x, y] = view.to_screen(p);
            assert!((0.0..=1000.0).contains(&x), "{x}");
            assert!((200.0..=600.0).contains(&y), "below the panels: {y}");
        }
        assert_eq!(m.glide_from(before), Changed::Yes);
        assert_eq!(m.view_now(), before);
        assert!(m.flying());
        for _ in 0..100 {
            let _ = m.advance_flight(0.05);
        }
        assert!(!m.flying());
        let now = m.view_now();
        assert!((now.zoom - framed.zoom).abs() < 1e-9);
        assert!((now.center[0] - framed.center[0]).abs() < 1e-9);
        assert!((now.center[1] - framed.center[1]).abs() < 1e-9);
        // A gesture of the user's stops a flight.
        let _ = m.glide_from(before);
        let _ = m.advance_flight(0.05);
        let mut dragged = m.memory().clone();
        dragged.center_at(walkers::lon_lat(50.0, 44.0));
        let _ = m.sync_from_widget(dragged, [500.0, 300.0], [500.0, 300.0], free);
        assert!(!m.flying());
    }
}
