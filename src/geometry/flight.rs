//! A smooth flight between two map views: the path of van Wijk and Nuij, "Smooth and efficient
//! zooming and panning" (InfoVis 2003), as d3-interpolate's `interpolateZoom` and Mapbox's `flyTo`
//! take it. A long way zooms out while it pans and back in as it arrives, so the reader sees
//! where the map is going; a short one is nearly a straight pan. The views are Mercator centres
//! with the width the map shows, so the path does not depend on the window's size.

/// How much the flight zooms out on a long way (ρ; √2 is the paper's and d3's choice).
const RHO: f64 = std::f64::consts::SQRT_2;
/// The shortest and longest a flight takes, in seconds: a flight of the path's length `S` at
/// [`SECONDS_PER_UNIT`] would be instant for a nudge and take seconds across a continent.
const MIN_SECONDS: f64 = 0.35;
const MAX_SECONDS: f64 = 1.5;
const SECONDS_PER_UNIT: f64 = 0.45;

/// A map view for a flight: the Mercator centre and the zoom level.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FlightView {
    /// The centre, in the Mercator unit plane.
    pub center: [f64; 2],
    /// The zoom level (the world is 256·2^zoom pixels wide).
    pub zoom: f64,
}

/// A flight from one view to another, and how far along it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Flight {
    from: FlightView,
    to: FlightView,
    /// Width of the map in Mercator units at the start and at the end.
    w0: f64,
    w1: f64,
    /// The path's constants: `r0` and the length `s` (in units of ρ-scaled log width).
    r0: f64,
    s: f64,
    /// Whether the views share a centre: then the flight only zooms.
    zoom_only: bool,
    seconds: f64,
    elapsed: f64,
}

impl Flight {
    /// A flight from `from` to `to` for a map `width_px` wide.
    pub fn new(from: FlightView, to: FlightView, width_px: f64) -> Self {
        let width = |zoom: f64| width_px.max(1.0) / (256.0 * zoom.exp2());
        let (w0, w1) = (width(from.zoom), width(to.zoom));
        let (dx, dy) = (to.center[0] - from.center[0], to.center[1] - from.center[1]);
        let d2 = dx * dx + dy * dy;
        let rho2 = RHO * RHO;
        let (r0, s, zoom_only) = if d2 < 1e-24 {
            (0.0, (w1 / w0).ln().abs() / RHO, true)
        } else {
            let d1 = d2.sqrt();
            let b0 = (w1 * w1 - w0 * w0 + rho2 * rho2 * d2) / (2.0 * w0 * rho2 * d1);
            let b1 = (w1 * w1 - w0 * w0 - rho2 * rho2 * d2) / (2.0 * w1 * rho2 * d1);
            let r0 = ((b0 * b0 + 1.0).sqrt() - b0).ln();
            let r1 = ((b1 * b1 + 1.0).sqrt() - b1).ln();
            (r0, (r1 - r0) / RHO, false)
        };
        Self {
            from,
            to,
            w0,
            w1,
            r0,
            s,
            zoom_only,
            seconds: (s * SECONDS_PER_UNIT).clamp(MIN_SECONDS, MAX_SECONDS),
            elapsed: 0.0,
        }
    }

    /// How long the whole flight takes, in seconds.
    pub fn seconds(&self) -> f64 {
        self.seconds
    }

    /// How far along the flight is, 0 to 1, eased in and out so it starts and lands gently.
    pub fn progress(&self) -> f64 {
        ease_in_out(self.elapsed / self.seconds)
    }

    /// Whether the flight has arrived.
    pub fn arrived(&self) -> bool {
        self.elapsed >= self.seconds
    }

    /// Moves on by `dt` seconds.
    pub fn advance(&mut self, dt: f64) {
        self.elapsed = (self.elapsed + dt.max(0.0)).min(self.seconds);
    }

    /// Where the map is now: exactly `to` once arrived.
    pub fn view(&self) -> FlightView {
        if self.arrived() {
            return self.to;
        }
        let t = self.progress();
        let (dx, dy) = (
            self.to.center[0] - self.from.center[0],
            self.to.center[1] - self.from.center[1],
        );
        let (u, w) = if self.zoom_only {
            (t, self.w0 * (self.w1 / self.w0).powf(t))
        } else {
            let s = t * self.s;
            let (c, r) = (self.r0.cosh(), RHO * s + self.r0);
            let u = self.w0 / (RHO * RHO * (dx * dx + dy * dy).sqrt())
                * (c * r.tanh() - self.r0.sinh());
            (u, self.w0 * c / r.cosh())
        };
        FlightView {
            center: [self.from.center[0] + u * dx, self.from.center[1] + u * dy],
            zoom: self.from.zoom + (self.w0 / w).log2(),
        }
    }
}

/// Smoothstep: slow at both ends, for anything that moves on its own.
pub fn ease_in_out(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(x: f64, y: f64, zoom: f64) -> FlightView {
        FlightView {
            center: [x, y],
            zoom,
        }
    }

    fn close(a: FlightView, b: FlightView) -> bool {
        (a.center[0] - b.center[0]).abs() < 1e-9
            && (a.center[1] - b.center[1]).abs() < 1e-9
            && (a.zoom - b.zoom).abs() < 1e-6
    }

    #[test]
    fn a_flight_starts_where_it_was_and_lands_exactly_where_it_goes() {
        let (from, to) = (view(0.64, 0.37, 12.0), view(0.645, 0.371, 8.0));
        let mut f = Flight::new(from, to, 1000.0);
        assert!(close(f.view(), from), "{:?}", f.view());
        f.advance(f.seconds() / 2.0);
        let mid = f.view();
        assert!(!f.arrived());
        assert!(mid.center[0] > from.center[0] && mid.center[0] < to.center[0]);
        f.advance(10.0);
        assert!(f.arrived());
        assert_eq!(f.view(), to);
    }

    #[test]
    fn a_long_way_zooms_out_on_the_way_and_a_short_one_barely() {
        // From Zhanaozen at zoom 11 to Aktau at zoom 11, some 150 km west.
        let (a, b) = (view(0.6468, 0.3737, 11.0), view(0.6391, 0.3707, 11.0));
        let mut f = Flight::new(a, b, 1000.0);
        f.advance(f.seconds() / 2.0);
        let mid = f.view().zoom;
        assert!(mid < 10.0, "zoomed out to {mid} half way");
        // A nudge of a few pixels stays at its zoom and is over fast.
        let nudge = Flight::new(a, view(a.center[0] + 1e-6, a.center[1], 11.0), 1000.0);
        assert_eq!(nudge.seconds(), MIN_SECONDS);
        let mut n = nudge.clone();
        n.advance(MIN_SECONDS / 2.0);
        assert!((n.view().zoom - 11.0).abs() < 0.01, "{}", n.view().zoom);
    }

    #[test]
    fn zooming_in_place_only_zooms() {
        let (a, b) = (view(0.5, 0.5, 4.0), view(0.5, 0.5, 8.0));
        let mut f = Flight::new(a, b, 800.0);
        f.advance(f.seconds() / 2.0);
        let v = f.view();
        assert_eq!(v.center, a.center);
        assert!((v.zoom - 6.0).abs() < 1e-9, "{}", v.zoom);
        assert!(f.seconds() <= MAX_SECONDS);
    }
}
