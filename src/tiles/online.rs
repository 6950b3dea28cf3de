//! An online layer's tiles, fetched by walkers' HttpTiles, with the count of tiles wanted and found
//! in each frame so that [`TileHealth`] can tell when they stop coming.

use std::{path::PathBuf, time::Instant};

use walkers::{
    HeaderValue, HttpOptions, HttpTiles, TileId, TilePiece, Tiles,
    sources::{Attribution, TileSource},
};

use super::{MapLayer, TileHealth, TileStatus};

/// walkers' tile source for a [`MapLayer`].
struct LayerSource(MapLayer);

impl TileSource for LayerSource {
    fn tile_url(&self, tile: TileId) -> String {
        self.0
            .tile_url(tile.zoom, tile.x, tile.y)
            .unwrap_or_default()
    }

    fn attribution(&self) -> Attribution {
        let (text, url) = self.0.attribution().unwrap_or(("", ""));
        Attribution {
            text,
            url,
            logo_light: None,
            logo_dark: None,
        }
    }

    fn max_zoom(&self) -> u8 {
        self.0.max_zoom()
    }
}

/// The tiles of one online layer. Lives as long as the layer is chosen.
pub struct OnlineTiles {
    layer: MapLayer,
    tiles: HttpTiles,
    health: TileHealth,
    wanted: usize,
    available: usize,
}

impl OnlineTiles {
    /// Starts the layer's download machinery (no request yet: tiles are fetched when drawn).
    /// `cache`: a directory for the HTTP cache, which keeps tiles as long as the server allows.
    pub fn new(layer: MapLayer, cache: Option<PathBuf>, ctx: egui::Context) -> Self {
        let options = HttpOptions {
            cache,
            tls: Some(tls_config()),
            // The tile servers' policies ask for an agent that names the application.
            user_agent: Some(HeaderValue::from_static(concat!(
                "zhanaozen-atlas/",
                env!("CARGO_PKG_VERSION")
            ))),
            ..Default::default()
        };
        Self {
            tiles: HttpTiles::with_options(LayerSource(layer.clone()), options, ctx),
            layer,
            health: TileHealth::default(),
            wanted: 0,
            available: 0,
        }
    }

    /// The layer these tiles are of.
    pub fn layer(&self) -> &MapLayer {
        &self.layer
    }

    /// Whether the layer's tiles are arriving, as of the last frame.
    pub fn status(&self) -> TileStatus {
        self.health.status()
    }

    /// Call before the map draws a frame.
    pub fn begin_frame(&mut self) {
        self.wanted = 0;
        self.available = 0;
    }

    /// Call after the map has drawn: judges whether the tiles are coming.
    pub fn end_frame(&mut self, now: Instant) -> TileStatus {
        let downloading = self.tiles.stats().in_progress;
        self.health
            .frame(now, self.wanted, self.available, downloading)
    }
}

impl Tiles for OnlineTiles {
    fn at(&mut self, tile_id: TileId) -> Option<TilePiece> {
        let piece = self.tiles.at(tile_id);
        self.wanted += 1;
        self.available += usize::from(piece.is_some());
        piece
    }

    fn attribution(&self) -> Attribution {
        self.tiles.attribution()
    }

    fn tile_size(&self) -> u32 {
        self.tiles.tile_size()
    }

    fn stats(&self) -> walkers::Stats {
        self.tiles.stats()
    }
}

/// TLS trusting the system's root certificates and Mozilla's (webpki-roots): reqwest on its own
/// refuses to start without a system store, and walkers panics when its client cannot start.
fn tls_config() -> rustls::ClientConfig {
    let mut roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    let system = rustls_native_certs::load_native_certs();
    let (_, ignored) = roots.add_parsable_certificates(system.certs);
    if ignored > 0 || !system.errors.is_empty() {
        log::warn!(
            "{ignored} system certificates unusable; {:?}",
            system.errors
        );
    }
    rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("ring supports the default TLS versions")
    .with_root_certificates(roots)
    .with_no_client_auth()
}

/// Where downloaded tiles are kept: the platform's cache directory (~/.cache/zhanaozen-atlas/tiles
/// on Linux).
pub fn platform_cache_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "zhanaozen-atlas").map(|d| d.cache_dir().join("tiles"))
}
