//! The part of a screen rectangle left free by panels drawn over it: framing puts what it frames
//! there, so nothing framed lies under the caption, the death-toll box, the legend or the tour
//! card.

/// A screen rectangle: min x, min y, max x, max y, in points.
pub type ScreenRect = [f32; 4];

/// A large rectangle inside `area` that meets none of `panels`: each panel in turn is cut away by
/// moving the one side of the free rectangle that keeps the most of it (panels sit at the map's
/// corners and edges, so one cut each suffices).
pub fn free_rect(area: ScreenRect, panels: &[ScreenRect]) -> ScreenRect {
    let size = |r: &ScreenRect| (r[2] - r[0]).max(0.0) * (r[3] - r[1]).max(0.0);
    let mut free = area;
    for p in panels {
        let meets = p[0] < free[2] && p[2] > free[0] && p[1] < free[3] && p[3] > free[1];
        if !meets {
            continue;
        }
        let cuts = [
            [free[0], p[3], free[2], free[3]], // below the panel
            [free[0], free[1], free[2], p[1]], // above it
            [p[2], free[1], free[2], free[3]], // right of it
            [free[0], free[1], p[0], free[3]], // left of it
        ];
        free = cuts
            .into_iter()
            .max_by(|a, b| size(a).total_cmp(&size(b)))
            .unwrap_or(free);
    }
    free
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_corner_panels_are_cut_away_each_by_its_cheapest_side() {
        // The 1400×900 window's map: the caption top left, the death-toll box top right, the
        // legend bottom left.
        let map = [0.0, 24.0, 1010.0, 654.0];
        let caption = [10.0, 76.0, 430.0, 160.0];
        let toll = [700.0, 34.0, 1000.0, 360.0];
        let legend = [10.0, 510.0, 480.0, 644.0];
        let free = free_rect(map, &[caption, toll, legend]);
        assert_eq!(free, [0.0, 160.0, 700.0, 510.0]);
        // Nothing over the map: all of it.
        assert_eq!(free_rect(map, &[]), map);
        // A panel outside changes nothing.
        assert_eq!(free_rect(map, &[[1100.0, 0.0, 1200.0, 50.0]]), map);
    }
}
