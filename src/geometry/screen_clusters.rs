//! Screen-space clustering of markers: when many places are in view, those that fall in the same
//! grid cell are drawn as one marker with their count, so the map draws at most one shape per cell
//! however many places there are. O(places in view) per frame, no allocation per place beyond
//! one map entry.

use std::collections::HashMap;

/// Markers in one cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// Indices of the members (as given).
    pub members: Vec<usize>,
    /// Mean screen position of the members.
    pub center: [f32; 2],
}

/// Groups `points` (index, screen position) by `cell`-sized squares; clusters come out in the
/// order of their first member, so the result is stable from frame to frame.
pub fn cluster(points: impl Iterator<Item = (usize, [f32; 2])>, cell: f32) -> Vec<Cluster> {
    let mut by_cell: HashMap<(i32, i32), usize> = HashMap::new();
    let mut clusters: Vec<(Cluster, [f32; 2])> = Vec::new();
    for (i, p) in points {
        let key = ((p[0] / cell).floor() as i32, (p[1] / cell).floor() as i32);
        let slot = *by_cell.entry(key).or_insert_with(|| {
            clusters.push((
                Cluster {
                    members: Vec::new(),
                    center: [0.0, 0.0],
                },
                [0.0, 0.0],
            ));
            clusters.len() - 1
        });
        let (c, sum) = &mut clusters[slot];
        c.members.push(i);
        *sum = [sum[0] + p[0], sum[1] + p[1]];
    }
    clusters
        .into_iter()
        .map(|(mut c, sum)| {
            let n = c.members.len() as f32;
            c.center = [sum[0] / n, sum[1] / n];
            c
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos2(x: f32, y: f32) -> [f32; 2] {
        [x, y]
    }

    #[test]
    fn nearby_points_merge_and_far_ones_stay_apart() {
        let points = [
            (0, pos2(1.0, 1.0)),
            (1, pos2(5.0, 3.0)),
            (2, pos2(100.0, 100.0)),
            (3, pos2(9.0, 9.0)),
        ];
        let c = cluster(points.into_iter(), 28.0);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].members, [0, 1, 3]);
        assert_eq!(c[1].members, [2]);
        assert_eq!(c[0].center, pos2(5.0, 13.0 / 3.0));
    }

    #[test]
    fn ten_thousand_points_make_at_most_one_cluster_per_cell() {
        let points =
            (0..10_000).map(|i| (i, pos2((i % 100) as f32 * 10.0, (i / 100) as f32 * 6.0)));
        let c = cluster(points, 28.0);
        // 1000 x 600 px in 28 px cells: at most 36 x 22 cells.
        assert!(c.len() <= 36 * 22, "{}", c.len());
        assert_eq!(c.iter().map(|c| c.members.len()).sum::<usize>(), 10_000);
    }
}
