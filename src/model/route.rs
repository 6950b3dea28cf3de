//! A route's measures: its waypoints and their geodesic lengths, computed once per dataset (the
//! map draws them, `check` prints them).

use geo::Point;

use super::Dataset;
use crate::geometry;

/// A route's geometry and measures, computed once per dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteMeasure {
    /// The positions of the route's waypoints, in order.
    pub points: Vec<Point>,
    /// Geodesic length along the waypoints.
    pub path_km: f64,
    /// Geodesic distance from the first to the last waypoint.
    pub straight_km: f64,
    /// Geodesic length of each leg between waypoints.
    pub leg_km: Vec<f64>,
}

impl RouteMeasure {
    /// The leg and the fraction along it at `km` from the start (clamped to the route).
    pub fn leg_at(&self, km: f64) -> Option<(usize, f64)> {
        let mut left = km.clamp(0.0, self.path_km);
        for (i, &len) in self.leg_km.iter().enumerate() {
            if left <= len || i + 1 == self.leg_km.len() {
                return Some((
                    i,
                    if len > 0.0 {
                        (left / len).min(1.0)
                    } else {
                        0.0
                    },
                ));
            }
            left -= len;
        }
        None
    }

    /// The km from the start at `fraction` of leg `leg`: where a point of the route lies along it.
    pub fn km_at(&self, leg: usize, fraction: f64) -> f64 {
        let before: f64 = self.leg_km.iter().take(leg).sum();
        let along = self
            .leg_km
            .get(leg)
            .map_or(0.0, |l| l * fraction.clamp(0.0, 1.0));
        (before + along).min(self.path_km)
    }
}

/// Each route's waypoints and its geodesic lengths.
pub fn measure_routes(dataset: &Dataset) -> Vec<RouteMeasure> {
    dataset
        .routes
        .iter()
        .map(|r| {
            let points: Vec<Point> = r.via.iter().map(|&p| dataset.places[p].position).collect();
            RouteMeasure {
                leg_km: points
                    .windows(2)
                    .map(|w| geometry::distance_km(w[0], w[1]))
                    .collect(),
                path_km: geometry::path_length_km(&points),
                straight_km: match (points.first(), points.last()) {
                    (Some(&a), Some(&b)) => geometry::distance_km(a, b),
                    _ => 0.0,
                },
                points,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn km_along_a_route() {
        let m = RouteMeasure {
            points: Vec::new(),
            path_km: 30.0,
            straight_km: 25.0,
            leg_km: vec![10.0, 20.0],
        };
        assert_eq!(m.km_at(0, 0.5), 5.0);
        assert_eq!(m.km_at(1, 0.5), 20.0);
        assert_eq!(m.km_at(1, 2.0), 30.0);
        assert_eq!(m.leg_at(m.km_at(1, 0.25)), Some((1, 0.25)));
    }
}
