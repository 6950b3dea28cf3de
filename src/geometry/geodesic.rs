//! Distances on the WGS84 ellipsoid (Karney's geodesics, through `geo`).

use geo::{Bearing, Distance, Geodesic, Length, LineString, Point};

/// The geodesic distance between two points (lon, lat), in kilometres.
///
/// ```
/// use geo::Point;
/// let aktau = Point::new(51.17392, 43.66105);
/// let zhanaozen = Point::new(52.86192, 43.34116);
/// let km = zhanaozen_atlas::geometry::distance_km(aktau, zhanaozen);
/// assert!((km - 141.06).abs() < 0.01);
/// ```
pub fn distance_km(a: Point, b: Point) -> f64 {
    Geodesic.distance(a, b) / 1000.0
}

/// The geodesic length of a path through `points` (lon, lat), in kilometres.
pub fn path_length_km(points: &[Point]) -> f64 {
    let line: LineString = points.iter().map(|p| p.0).collect();
    Geodesic.length(&line) / 1000.0
}

/// The initial bearing from `a` to `b`, degrees clockwise from north in 0..360.
pub fn bearing_deg(a: Point, b: Point) -> f64 {
    Geodesic.bearing(a, b).rem_euclid(360.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    // GeoNames points from shared/data/basemap/places.geojson.
    const AKTAU: (f64, f64) = (51.17392, 43.66105);
    const ZHANAOZEN: (f64, f64) = (52.86192, 43.34116);
    const ZHETYBAY: (f64, f64) = (52.10313, 43.58928);

    fn p((lon, lat): (f64, f64)) -> Point {
        Point::new(lon, lat)
    }

    #[test]
    fn aktau_zhanaozen_matches_geographiclib() {
        // The basemap README gives 141.06 km and an initial azimuth of 104.0° (Karney, geographiclib).
        let d = distance_km(p(AKTAU), p(ZHANAOZEN));
        assert!((d - 141.06).abs() < 0.01, "{d}");
        assert!((bearing_deg(p(AKTAU), p(ZHANAOZEN)) - 104.0).abs() < 0.1);
    }

    #[test]
    fn path_via_zhetybay_is_the_sum_of_its_legs() {
        let path = path_length_km(&[p(ZHANAOZEN), p(ZHETYBAY), p(AKTAU)]);
        assert!((path - 142.73).abs() < 0.01, "{path}");
        assert_eq!(path_length_km(&[p(AKTAU)]), 0.0);
    }
}
