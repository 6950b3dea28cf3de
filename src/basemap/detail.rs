//! How close the offline basemap still has something to show. Its detailed layers (Natural Earth
//! 1:10m, GeoNames towns) cover lon 40–90° E, lat 35–56° N; the world beneath them is Natural
//! Earth 1:50m. Zoomed in further than their scale carries, the map only grows emptier.

/// The box of the detailed layers, (west, south) and (east, north) in degrees: the clip box of
/// assets/basemap/countries.geojson.
const DETAILED_BOX: ([f64; 2], [f64; 2]) = ([40.0, 35.0], [90.0, 56.0]);
/// The closest zoom at which the detailed layers add anything: 1:10m lines are at their finest
/// about here, and a town's marker and label are all a closer view shows of it.
pub const DETAILED_FINEST_ZOOM: f64 = 11.0;
/// The same for the world's 1:50m layers.
pub const WORLD_FINEST_ZOOM: f64 = 7.0;

/// The closest zoom at which the offline basemap has detail at (`lon`, `lat`).
pub fn finest_zoom(lon: f64, lat: f64) -> f64 {
    let ([west, south], [east, north]) = DETAILED_BOX;
    if (west..=east).contains(&lon) && (south..=north).contains(&lat) {
        DETAILED_FINEST_ZOOM
    } else {
        WORLD_FINEST_ZOOM
    }
}

/// Whether a map centred at (`lon`, `lat`) at `zoom` is closer than the offline basemap has
/// anything to show for.
pub fn beyond_offline_detail(lon: f64, lat: f64, zoom: f64) -> bool {
    zoom > finest_zoom(lon, lat)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_detailed_region_carries_closer_zooms_than_the_world() {
        // Zhanaozen: its town and surroundings at 11, nothing finer at 12.
        assert!(!beyond_offline_detail(52.86, 43.34, 11.0));
        assert!(beyond_offline_detail(52.86, 43.34, 12.0));
        // Paris, on the 1:50m world only.
        assert!(!beyond_offline_detail(2.35, 48.86, 7.0));
        assert!(beyond_offline_detail(2.35, 48.86, 8.0));
    }
}
