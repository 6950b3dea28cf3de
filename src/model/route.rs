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
