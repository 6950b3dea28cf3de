//! The Web Mercator plane, normalised to 0..1 on both axes (x east, y south), as walkers projects.
//! The basemap is converted to it once; each frame maps it to the screen with one scale and offset.

use std::f64::consts::PI;

/// The latitude where the Web Mercator square ends, north and south.
pub const MAX_MERCATOR_LATITUDE: f64 = 85.051_128_78;

/// Normalised Web Mercator coordinates of (lon, lat) in degrees.
pub fn mercator(lon: f64, lat: f64) -> [f64; 2] {
    let lat = lat.clamp(-MAX_MERCATOR_LATITUDE, MAX_MERCATOR_LATITUDE);
    let x = (1.0 + lon.to_radians() / PI) / 2.0;
    let y = (1.0 - lat.to_radians().tan().asinh() / PI) / 2.0;
    [x, y]
}

/// (lon, lat) in degrees of normalised Web Mercator coordinates.
pub fn mercator_inverse([x, y]: [f64; 2]) -> (f64, f64) {
    let lon = (x * 2.0 - 1.0) * 180.0;
    let lat = ((1.0 - y * 2.0) * PI).sinh().atan().to_degrees();
    (lon, lat)
}

/// The lowest map zoom the app shows: the whole world (the world basemap lies beneath the region).
pub const MIN_ZOOM: f64 = 2.0;
/// The highest map zoom the app shows: a town's streets.
pub const MAX_ZOOM: f64 = 14.0;

/// The sphere's radius of EPSG:3857, in metres.
const WEB_MERCATOR_RADIUS_M: f64 = 6_378_137.0;

/// (lon, lat) in degrees of EPSG:3857 coordinates in metres, as GIS tools write Web Mercator.
pub fn epsg3857_inverse(x_m: f64, y_m: f64) -> (f64, f64) {
    let circumference = 2.0 * PI * WEB_MERCATOR_RADIUS_M;
    mercator_inverse([0.5 + x_m / circumference, 0.5 - y_m / circumference])
}

/// An axis-aligned box in the Mercator plane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MercBox {
    /// The west and north corner (the smallest x and y).
    pub min: [f64; 2],
    /// The east and south corner (the largest x and y).
    pub max: [f64; 2],
}

impl MercBox {
    /// A box that holds nothing, which `extend` grows from.
    pub const EMPTY: Self = Self {
        min: [f64::INFINITY; 2],
        max: [f64::NEG_INFINITY; 2],
    };

    /// Grows the box to take in the point `p`.
    pub fn extend(&mut self, p: [f64; 2]) {
        self.min = [self.min[0].min(p[0]), self.min[1].min(p[1])];
        self.max = [self.max[0].max(p[0]), self.max[1].max(p[1])];
    }

    /// The smallest box that holds every one of `points`.
    pub fn of_points<'a>(points: impl IntoIterator<Item = &'a [f64; 2]>) -> Self {
        let mut b = Self::EMPTY;
        points.into_iter().for_each(|p| b.extend(*p));
        b
    }

    /// Whether the two boxes overlap (touching counts).
    pub fn intersects(&self, other: &Self) -> bool {
        self.min[0] <= other.max[0]
            && other.min[0] <= self.max[0]
            && self.min[1] <= other.max[1]
            && other.min[1] <= self.max[1]
    }

    /// The box's middle point.
    pub fn center(&self) -> [f64; 2] {
        [
            (self.min[0] + self.max[0]) / 2.0,
            (self.min[1] + self.max[1]) / 2.0,
        ]
    }

    /// The box's width and height.
    pub fn size(&self) -> [f64; 2] {
        [self.max[0] - self.min[0], self.max[1] - self.min[1]]
    }
}

/// How the Mercator plane maps to the screen in one frame: a centre, a scale and a screen point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MercatorView {
    /// The Mercator point drawn at `screen_center`.
    pub center: [f64; 2],
    /// Screen pixels per Mercator unit: the width of the whole world in pixels (256 · 2^zoom).
    pub world_px: f64,
    /// The screen point, in pixels, where `center` is drawn.
    pub screen_center: [f32; 2],
    /// Half the screen size in pixels, for the visible box.
    pub half_size: [f32; 2],
}

impl MercatorView {
    /// The view at map `zoom` (the world 256 · 2^zoom pixels wide), `center` at `screen_center`.
    pub fn new(center: [f64; 2], zoom: f64, screen_center: [f32; 2], half_size: [f32; 2]) -> Self {
        Self {
            center,
            world_px: 256.0 * 2f64.powf(zoom),
            screen_center,
            half_size,
        }
    }

    /// The map zoom of this view (the inverse of `new`'s).
    pub fn zoom(&self) -> f64 {
        (self.world_px / 256.0).log2()
    }

    /// Arithmetic in f64 before the cast: at zoom 14 the world is four million pixels wide.
    pub fn to_screen(&self, p: [f64; 2]) -> [f32; 2] {
        [
            self.screen_center[0] + ((p[0] - self.center[0]) * self.world_px) as f32,
            self.screen_center[1] + ((p[1] - self.center[1]) * self.world_px) as f32,
        ]
    }

    /// The Mercator point drawn at the screen point `s`: the inverse of `to_screen`.
    pub fn to_mercator(&self, s: [f32; 2]) -> [f64; 2] {
        [
            self.center[0] + (s[0] - self.screen_center[0]) as f64 / self.world_px,
            self.center[1] + (s[1] - self.screen_center[1]) as f64 / self.world_px,
        ]
    }

    /// The centre a view at `zoom` needs for the point now drawn at the screen point `anchor` to
    /// stay there: zooming about the pointer.
    pub fn center_keeping(&self, anchor: [f32; 2], zoom: f64) -> [f64; 2] {
        let p = self.to_mercator(anchor);
        let world_px = 256.0 * 2f64.powf(zoom);
        [
            p[0] - (anchor[0] - self.screen_center[0]) as f64 / world_px,
            p[1] - (anchor[1] - self.screen_center[1]) as f64 / world_px,
        ]
    }

    /// Screen pixels per metre on the ground at latitude `lat` (Mercator stretches by 1/cos(lat)).
    pub fn pixels_per_meter(&self, lat: f64) -> f64 {
        const EARTH_CIRCUMFERENCE_M: f64 = 40_075_016.686;
        self.world_px / (EARTH_CIRCUMFERENCE_M * lat.to_radians().cos())
    }

    /// The part of the plane on screen.
    pub fn visible(&self) -> MercBox {
        let hx = self.half_size[0] as f64 / self.world_px;
        let hy = self.half_size[1] as f64 / self.world_px;
        MercBox {
            min: [self.center[0] - hx, self.center[1] - hy],
            max: [self.center[0] + hx, self.center[1] + hy],
        }
    }

    /// The zoom at which `target` fits into a screen of `2 · half_size` pixels, with `margin`
    /// pixels to spare on each side.
    pub fn zoom_to_fit(target: &MercBox, half_size: [f32; 2], margin: f32) -> f64 {
        let [w, h] = target.size();
        let avail_w = (2.0 * half_size[0] - 2.0 * margin).max(1.0) as f64;
        let avail_h = (2.0 * half_size[1] - 2.0 * margin).max(1.0) as f64;
        let world_px = (avail_w / w.max(1e-12)).min(avail_h / h.max(1e-12));
        (world_px / 256.0).log2()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epsg3857_metres_come_back_as_degrees() {
        // Zhanaozen, as ogr2ogr writes it in EPSG:3857.
        let (lon, lat) = epsg3857_inverse(5_807_092.6, 5_363_867.3);
        assert!(
            (lon - 52.166).abs() < 1e-3 && (lat - 43.34).abs() < 1e-3,
            "{lon}, {lat}"
        );
    }

    #[test]
    fn zooming_about_a_point_keeps_it_where_it_is_drawn() {
        let view = MercatorView::new(mercator(52.0, 43.5), 8.0, [500.0, 300.0], [500.0, 300.0]);
        let anchor = [820.0, 120.0];
        let under = view.to_mercator(anchor);
        let zoomed = MercatorView::new(
            view.center_keeping(anchor, 8.5),
            8.5,
            [500.0, 300.0],
            [500.0, 300.0],
        );
        let [x, y] = zoomed.to_screen(under);
        assert!(
            (x - 820.0).abs() < 1e-3 && (y - 120.0).abs() < 1e-3,
            "{x}, {y}"
        );
    }

    #[test]
    fn round_trip_and_orientation() {
        let m = mercator(52.86192, 43.34116);
        let (lon, lat) = mercator_inverse(m);
        assert!((lon - 52.86192).abs() < 1e-9 && (lat - 43.34116).abs() < 1e-9);
        // East is right, north is up.
        assert!(mercator(53.0, 43.0)[0] > mercator(52.0, 43.0)[0]);
        assert!(mercator(52.0, 44.0)[1] < mercator(52.0, 43.0)[1]);
        assert_eq!(mercator(0.0, 0.0), [0.5, 0.5]);
    }

    #[test]
    fn view_maps_center_to_screen_center_and_back() {
        let c = mercator(51.17392, 43.66105);
        let v = MercatorView::new(c, 14.0, [700.0, 400.0], [700.0, 400.0]);
        assert_eq!(v.to_screen(c), [700.0, 400.0]);
        let east = mercator(51.18392, 43.66105);
        let s = v.to_screen(east);
        assert!(s[0] > 700.0 && (s[1] - 400.0).abs() < 1e-3);
        let back = v.to_mercator(s);
        assert!((back[0] - east[0]).abs() < 1e-9);
    }

    #[test]
    fn fitting_zoom_fits() {
        let b = MercBox::of_points(&[mercator(50.0, 41.0), mercator(56.7, 46.5)]);
        let z = MercatorView::zoom_to_fit(&b, [500.0, 300.0], 20.0);
        let v = MercatorView::new(b.center(), z, [500.0, 300.0], [500.0, 300.0]);
        let vis = v.visible();
        assert!(vis.min[0] <= b.min[0] && vis.max[0] >= b.max[0]);
        assert!(vis.min[1] <= b.min[1] && vis.max[1] >= b.max[1]);
        assert!(z > 5.0 && z < 8.0, "{z}");
    }
}
