//! Geometry in plain Rust: geodesic distances with `geo`, and the Web Mercator plane the map draws in.

mod cluster_grid;
mod flight;
mod free_rect;
mod geodesic;
mod mercator;
mod scale_bar;
mod screen_clusters;

pub use cluster_grid::{CELL_PX, Cell, ClusterGrid};
pub use flight::{Flight, FlightView, ease_in_out};
pub use free_rect::{ScreenRect, free_rect};
pub use geodesic::{bearing_deg, distance_km, path_length_km};
pub use mercator::{
    MAX_MERCATOR_LATITUDE, MAX_ZOOM, MIN_ZOOM, MercBox, MercatorView, epsg3857_inverse, mercator,
    mercator_inverse,
};
pub use scale_bar::scale_bar;
pub use screen_clusters::{Cluster, cluster};
