//! Places aggregated into grid cells at each map zoom, built once per dataset, so that a map view
//! over a million distinct sites reads a few hundred cells instead of every site (the idea of
//! supercluster, on a square grid).
//!
//! A level's cells are `CELL_PX` screen points wide at its integer zoom; a cell of level `z - 1`
//! is exactly four cells of level `z`, so each level is built from the one below. Levels whose
//! cells hold one site each are not kept: there the caller draws the sites themselves, of which
//! few fit in a view.

use std::ops::RangeInclusive;

/// A cell's width on screen at its level's zoom, in points.
pub const CELL_PX: f64 = 28.0;

/// The sites in one cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// The cell's row: its Mercator y divided by the level's cell size, rounded down.
    pub row: i32,
    /// The cell's column: its Mercator x divided by the level's cell size, rounded down.
    pub col: i32,
    /// How many sites the cell holds.
    pub count: u32,
    /// The lowest index among the cell's sites: its representative (and a stable id).
    pub first: u32,
    /// Sums of the sites' Mercator coordinates, for the centroid.
    pub sum: [f64; 2],
    /// The earliest of the sites' `since` values (for "has anything happened here yet").
    pub since: i64,
}

impl Cell {
    /// The mean Mercator position of the cell's sites.
    pub fn centroid(&self) -> [f64; 2] {
        let n = self.count as f64;
        [self.sum[0] / n, self.sum[1] / n]
    }
}

/// Sites aggregated into grid cells, one level per integer zoom, built once per dataset.
#[derive(Clone, Debug, Default)]
pub struct ClusterGrid {
    min_zoom: u8,
    /// One entry per zoom from `min_zoom`; `None` where the cells would hold a site each.
    levels: Vec<Option<Vec<Cell>>>,
}

/// The Mercator width of a cell at integer `zoom`.
fn cell_size(zoom: u8) -> f64 {
    CELL_PX / (256.0 * 2f64.powi(zoom as i32))
}

impl ClusterGrid {
    /// Aggregates `points` (Mercator) with their `since` values (e.g. the first event's time) at
    /// each zoom in `zooms`.
    pub fn build(points: &[[f64; 2]], since: &[i64], zooms: RangeInclusive<u8>) -> Self {
        let (min_zoom, max_zoom) = (*zooms.start(), *zooms.end());
        let finest = cell_size(max_zoom);
        let mut cells: Vec<Cell> = points
            .iter()
            .zip(since)
            .enumerate()
            .map(|(i, (p, &s))| Cell {
                row: (p[1] / finest).floor() as i32,
                col: (p[0] / finest).floor() as i32,
                count: 1,
                first: i as u32,
                sum: *p,
                since: s,
            })
            .collect();
        cells = merge_sorted(cells);
        let mut levels = vec![None; (max_zoom - min_zoom + 1) as usize];
        for zoom in (min_zoom..=max_zoom).rev() {
            if zoom < max_zoom {
                for c in &mut cells {
                    c.row = c.row.div_euclid(2);
                    c.col = c.col.div_euclid(2);
                }
                cells = merge_sorted(cells);
            }
            if cells.len() * 2 <= points.len() {
                levels[(zoom - min_zoom) as usize] = Some(cells.clone());
            }
        }
        Self { min_zoom, levels }
    }

    /// The cells of the level for `zoom` (its integer part) inside the Mercator box `min`–`max`,
    /// or `None` where that level is not kept (draw the sites themselves).
    pub fn cells_in(&self, zoom: f64, min: [f64; 2], max: [f64; 2]) -> Option<Vec<&Cell>> {
        let level = (zoom.floor().max(self.min_zoom as f64) as usize)
            .saturating_sub(self.min_zoom as usize)
            .min(self.levels.len().checked_sub(1)?);
        let cells = self.levels[level].as_ref()?;
        let size = cell_size(self.min_zoom + level as u8);
        let (r0, r1) = (
            (min[1] / size).floor() as i32,
            (max[1] / size).floor() as i32,
        );
        let (c0, c1) = (
            (min[0] / size).floor() as i32,
            (max[0] / size).floor() as i32,
        );
        let mut out = Vec::new();
        for row in r0..=r1 {
            let from = cells.partition_point(|c| (c.row, c.col) < (row, c0));
            let to = cells.partition_point(|c| (c.row, c.col) <= (row, c1));
            out.extend(&cells[from..to.max(from)]);
        }
        Some(out)
    }
}

/// Sorts cells by (row, col) and merges those in the same place, in place: a million sites'
/// cells are 40 MB, not to be held twice.
fn merge_sorted(mut cells: Vec<Cell>) -> Vec<Cell> {
    cells.sort_unstable_by_key(|c| (c.row, c.col, c.first));
    cells.dedup_by(|c, last| {
        let same = (last.row, last.col) == (c.row, c.col);
        if same {
            last.count += c.count;
            last.first = last.first.min(c.first);
            last.sum = [last.sum[0] + c.sum[0], last.sum[1] + c.sum[1]];
            last.since = last.since.min(c.since);
        }
        same
    });
    cells
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::mercator;

    /// A 100 × 100 lattice of sites 0.01° apart around Zhanaozen.
    fn lattice() -> (Vec<[f64; 2]>, Vec<i64>) {
        let points: Vec<[f64; 2]> = (0..10_000)
            .map(|i| {
                mercator(
                    52.0 + (i % 100) as f64 * 0.01,
                    43.0 + (i / 100) as f64 * 0.01,
                )
            })
            .collect();
        let since = (0..10_000).map(|i| i as i64).collect();
        (points, since)
    }

    #[test]
    fn every_level_counts_every_site_once_and_coarser_levels_have_fewer_cells() {
        let (points, since) = lattice();
        let grid = ClusterGrid::build(&points, &since, 4..=14);
        let all = ([0.0, 0.0], [1.0, 1.0]);
        let mut previous = 0;
        for zoom in 4..=14 {
            let Some(cells) = grid.cells_in(zoom as f64, all.0, all.1) else {
                // Not kept: the cells would hold one site each.
                assert!(zoom >= 10, "zoom {zoom} dropped");
                continue;
            };
            assert_eq!(
                cells.iter().map(|c| c.count).sum::<u32>(),
                10_000,
                "zoom {zoom}"
            );
            assert!(cells.len() >= previous, "zoom {zoom}");
            previous = cells.len();
            let earliest = cells.iter().map(|c| c.since).min();
            assert_eq!(earliest, Some(0));
        }
        // At zoom 4 the whole lattice (1° across, 11 px) is one cell, centred on the lattice.
        let one = grid.cells_in(4.0, all.0, all.1).unwrap();
        assert_eq!(one.len(), 1);
        let c = one[0].centroid();
        let mid = mercator(52.495, 43.495);
        assert!((c[0] - mid[0]).abs() < 1e-6 && (c[1] - mid[1]).abs() < 1e-4);
    }

    #[test]
    fn a_box_holds_only_the_cells_inside_it() {
        let (points, since) = lattice();
        let grid = ClusterGrid::build(&points, &since, 4..=14);
        let (min, max) = (mercator(52.0, 43.3), mercator(52.3, 43.0));
        let (min, max) = ([min[0], min[1]], [max[0], max[1]]);
        let cells = grid.cells_in(8.0, min, max).unwrap();
        let total: u32 = cells.iter().map(|c| c.count).sum();
        assert!(total > 0 && total < 10_000 / 4, "{total}");
        let size = cell_size(8);
        assert!(cells.iter().all(|c| {
            let (x, y) = (c.col as f64 * size, c.row as f64 * size);
            x <= max[0] && x + size >= min[0] && y <= max[1] && y + size >= min[1]
        }));
    }
}
