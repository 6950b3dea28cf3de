//! The offline basemap: Natural Earth and GeoNames GeoJSON (assets/basemap, embedded in the binary),
//! projected once to the Mercator plane and triangulated, so a frame only scales and offsets it.
//! No egui here: the map view draws what this module prepares.

mod detail;
mod gazetteer;
mod layers;

pub use detail::{DETAILED_FINEST_ZOOM, WORLD_FINEST_ZOOM, beyond_offline_detail, finest_zoom};
pub use gazetteer::Gazetteer;
pub use layers::{Area, AreaRole, Basemap, LayerTexts, Line, LineKind, RegionBox, Town};

/// The credit line the basemap's sources require (see assets/basemap/README.md).
pub const ATTRIBUTION: &str =
    "Made with Natural Earth · Place names: GeoNames (geonames.org), CC BY 4.0";

/// The same credit, short, for a map too narrow for the whole line beside its legend.
pub const ATTRIBUTION_SHORT: &str = "Natural Earth · GeoNames, CC BY 4.0";
