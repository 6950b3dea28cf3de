//! Optional online map layers drawn beneath the data, over the offline basemap: which layer, and
//! whether its tiles arrive. Off by default; nothing here makes a request until the user picks a
//! layer (or names a tile server with `--tiles`).

mod disk_cache;
mod fetch;
mod health;
mod layer;
mod online;

pub use disk_cache::{DiskCache, FRESH_FOR, MAX_CACHE_BYTES};
pub use fetch::{FetchError, MAX_TILE_BYTES, TileClient};
pub use health::{TileHealth, TileStatus};
pub use layer::MapLayer;
pub use online::{OnlineTiles, platform_cache_dir, tls_config};
