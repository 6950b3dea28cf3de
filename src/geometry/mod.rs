//! Geometry in plain Rust: geodesic distances with `geo`, and the Web Mercator plane the map draws in.

mod geodesic;
mod mercator;
mod scale_bar;

pub use geodesic::{bearing_deg, distance_km, path_length_km};
pub use mercator::{MercBox, MercatorView, mercator, mercator_inverse};
pub use scale_bar::scale_bar;
