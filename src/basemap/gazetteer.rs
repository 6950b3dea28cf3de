//! The basemap's towns as a gazetteer: the GeoNames place near a point, for naming imported rows
//! that come with coordinates only. Read apart from the rest of the basemap (no polygons to
//! triangulate), and searched by a binary search on latitude, so a million rows cost little.

use std::sync::OnceLock;

use geo::{Distance as _, Haversine, Point};

use super::layers::{PLACES, Town, WORLD_CITIES, towns_of};

/// Kilometres per degree of latitude (a meridian degree, rounded up so the band never misses).
const KM_PER_DEGREE_LAT: f64 = 111.0;

/// The embedded GeoNames towns, sorted by latitude.
pub struct Gazetteer {
    towns: Vec<Town>,
}

impl Gazetteer {
    /// The embedded towns (the region's GeoNames places and the world's large cities), read once.
    pub fn embedded() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(|| {
            let mut towns = towns_of(&[("places", PLACES), ("world-cities", WORLD_CITIES)])
                .expect("the embedded towns are valid GeoJSON: checked by the test suite");
            towns.sort_by(|a, b| a.lat.total_cmp(&b.lat));
            Gazetteer { towns }
        })
    }

    /// The town nearest to (`lon`, `lat`) within `km` kilometres (great-circle), with its distance.
    pub fn near(&self, lon: f64, lat: f64, km: f64) -> Option<(&Town, f64)> {
        let band = km / KM_PER_DEGREE_LAT;
        let from = self.towns.partition_point(|t| t.lat < lat - band);
        let here = Point::new(lon, lat);
        self.towns[from..]
            .iter()
            .take_while(|t| t.lat <= lat + band)
            .map(|t| {
                (
                    t,
                    Haversine.distance(here, Point::new(t.lon, t.lat)) / 1000.0,
                )
            })
            .filter(|&(_, d)| d <= km)
            .min_by(|a, b| a.1.total_cmp(&b.1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_near_a_town_takes_its_name_and_one_far_from_any_does_not() {
        let g = Gazetteer::embedded();
        // A kilometre or so from Aktau's GeoNames point.
        let (town, km) = g.near(51.18, 43.67, 2.0).unwrap();
        assert_eq!(town.name, "Aktau");
        assert!(km < 2.0);
        assert_eq!(g.near(51.40, 43.67, 2.0).map(|(t, _)| &t.name), None);
        // The world's cities too.
        assert_eq!(g.near(139.69, 35.69, 2.0).unwrap().0.name, "Tokyo");
        // Mid-ocean.
        assert!(g.near(-30.0, 0.0, 2.0).is_none());
    }
}
