//! The map's scale bar: a round distance and its length on screen.

/// The longest round distance (1, 2 or 5 × 10ⁿ km) that fits in `max_px` at `km_per_px`, and its
/// length in pixels.
pub fn scale_bar(km_per_px: f64, max_px: f64) -> Option<(f64, f64)> {
    if !(km_per_px > 0.0 && max_px > 0.0 && km_per_px.is_finite()) {
        return None;
    }
    let max_km = km_per_px * max_px;
    let magnitude = 10f64.powf(max_km.log10().floor());
    let km = [5.0, 2.0, 1.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|&km| km <= max_km)?;
    Some((km, km / km_per_px))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_lengths_that_fit() {
        // 1 km per pixel, room for 120 px: 100 km.
        assert_eq!(scale_bar(1.0, 120.0), Some((100.0, 100.0)));
        // 0.3 km per pixel, 120 px = 36 km: 20 km.
        let (km, px) = scale_bar(0.3, 120.0).unwrap();
        assert_eq!(km, 20.0);
        assert!((px - 66.67).abs() < 0.01);
        let (km, _) = scale_bar(0.004, 120.0).unwrap();
        assert!((km - 0.2).abs() < 1e-12, "{km}");
        assert_eq!(scale_bar(0.0, 100.0), None);
    }
}
