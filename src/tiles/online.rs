//! An online layer's tiles: fetched on worker threads by [`TileClient`] (same-host redirects,
//! capped bodies, images only), kept on disk by [`DiskCache`] (capped, least recently used out)
//! and in memory as textures (capped too), with the count of tiles wanted and found in each frame
//! so that [`TileHealth`] can tell when they stop coming.

use std::{
    collections::{HashMap, VecDeque},
    path::PathBuf,
    sync::{
        Arc, Mutex,
        atomic::{AtomicUsize, Ordering},
        mpsc::{Receiver, Sender, channel},
    },
    time::Instant,
};

use walkers::{Style, Tile, TileId, TilePiece, Tiles, sources::Attribution};

use super::{
    MapLayer, TileHealth, TileStatus,
    disk_cache::{DiskCache, MAX_CACHE_BYTES},
    fetch::{FetchError, TileClient},
};

/// How many tiles are downloaded at once (the OpenStreetMap policy asks for few).
const WORKERS: usize = 4;
/// How many decoded tiles are kept in memory, as textures: a few screens' worth.
const MEMORY_TILES: usize = 512;
/// The tiles' size in pixels.
const TILE_SIZE: u32 = 256;

/// A tile in memory: arrived, or failed (not asked for again while this layer lives).
enum Slot {
    Pending,
    Ready(Tile),
    Failed,
}

/// The tiles of one online layer. Lives as long as the layer is chosen.
pub struct OnlineTiles {
    layer: MapLayer,
    requests: Option<Sender<TileId>>,
    arrived: Receiver<(TileId, Result<Tile, FetchError>)>,
    memory: HashMap<TileId, Slot>,
    /// Tiles in memory, oldest use first, to let go of when there are too many.
    order: VecDeque<TileId>,
    in_progress: Arc<AtomicUsize>,
    health: TileHealth,
    wanted: usize,
    available: usize,
}

impl OnlineTiles {
    /// Starts the layer's download workers (no request yet: tiles are fetched when drawn).
    /// `cache`: a folder for downloaded tiles, kept to [`MAX_CACHE_BYTES`].
    pub fn new(layer: MapLayer, cache: Option<PathBuf>, ctx: egui::Context) -> Self {
        let client = TileClient::new(tls_config(), true);
        Self::with_client(layer, cache, ctx, client)
    }

    /// [`Self::new`] with a client of the caller's (tests turn the proxy off); a client that
    /// could not be made fails every tile with its reason.
    pub fn with_client(
        layer: MapLayer,
        cache: Option<PathBuf>,
        ctx: egui::Context,
        client: Result<TileClient, String>,
    ) -> Self {
        let (send, requests) = channel::<TileId>();
        let (arrive, arrived) = channel();
        let requests = Arc::new(Mutex::new(requests));
        let in_progress = Arc::new(AtomicUsize::new(0));
        let cache = cache.map(|dir| Arc::new(DiskCache::new(dir, MAX_CACHE_BYTES)));
        for _ in 0..WORKERS {
            let worker = Worker {
                layer: layer.clone(),
                client: client.clone(),
                cache: cache.clone(),
                ctx: ctx.clone(),
                in_progress: in_progress.clone(),
            };
            let (requests, arrive) = (requests.clone(), arrive.clone());
            std::thread::spawn(move || {
                loop {
                    // The lock is held only while waiting for the next request.
                    let next = requests.lock().map(|r| r.recv());
                    let Ok(Ok(tile)) = next else { break };
                    let result = worker.tile(tile);
                    worker.in_progress.fetch_sub(1, Ordering::Relaxed);
                    if arrive.send((tile, result)).is_err() {
                        break;
                    }
                    worker.ctx.request_repaint();
                }
            });
        }
        Self {
            layer,
            requests: Some(send),
            arrived,
            memory: HashMap::new(),
            order: VecDeque::new(),
            in_progress,
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

    /// Call before the map draws a frame: takes in the tiles that have arrived.
    pub fn begin_frame(&mut self) {
        self.wanted = 0;
        self.available = 0;
        while let Ok((tile, result)) = self.arrived.try_recv() {
            let slot = match result {
                Ok(t) => Slot::Ready(t),
                Err(e) => {
                    log::debug!("tile {tile:?} of {}: {e}", self.layer.host());
                    Slot::Failed
                }
            };
            self.memory.insert(tile, slot);
        }
        while self.order.len() > MEMORY_TILES {
            if let Some(old) = self.order.pop_front() {
                self.memory.remove(&old);
            }
        }
    }

    /// Call after the map has drawn: judges whether the tiles are coming.
    pub fn end_frame(&mut self, now: Instant) -> TileStatus {
        let downloading = self.in_progress.load(Ordering::Relaxed);
        self.health
            .frame(now, self.wanted, self.available, downloading)
    }

    /// The tile if it is in memory; otherwise asks for it once, and gives the part of the
    /// nearest zoomed-out tile in memory meanwhile.
    fn piece(&mut self, tile: TileId) -> Option<TilePiece> {
        // Past the server's deepest zoom, its deepest tile is scaled up.
        let max = self.layer.max_zoom();
        let (tile, uv) = if tile.zoom > max {
            ancestor(tile, max)
        } else {
            (tile, full_uv())
        };
        match self.memory.get(&tile) {
            Some(Slot::Ready(t)) => return Some(TilePiece::new(t.clone(), uv)),
            Some(Slot::Pending | Slot::Failed) => {}
            None => self.request(tile),
        }
        (0..tile.zoom).rev().find_map(|zoom| {
            let (donor, part) = ancestor(tile, zoom);
            match self.memory.get(&donor) {
                Some(Slot::Ready(t)) => Some(TilePiece::new(t.clone(), within(part, uv))),
                _ => None,
            }
        })
    }

    fn request(&mut self, tile: TileId) {
        if let Some(requests) = &self.requests
            && requests.send(tile).is_ok()
        {
            self.in_progress.fetch_add(1, Ordering::Relaxed);
            self.memory.insert(tile, Slot::Pending);
            self.order.push_back(tile);
        }
    }
}

/// What a download worker needs.
struct Worker {
    layer: MapLayer,
    client: Result<TileClient, String>,
    cache: Option<Arc<DiskCache>>,
    ctx: egui::Context,
    in_progress: Arc<AtomicUsize>,
}

impl Worker {
    /// One tile, from the disk cache or the server, decoded into a texture.
    fn tile(&self, tile: TileId) -> Result<Tile, FetchError> {
        let url = self
            .layer
            .tile_url(tile.zoom, tile.x, tile.y)
            .ok_or_else(|| FetchError::Request("an offline layer has no tiles".into()))?;
        let key = format!(
            "{}/{}/{}/{}.tile",
            self.layer.host().replace([':', '/', '\\'], "_"),
            tile.zoom,
            tile.x,
            tile.y
        );
        let cached = self.cache.as_ref().and_then(|c| c.get(&key));
        let from_server = cached.is_none();
        let bytes = match cached {
            Some(b) => b,
            None => {
                let client = self
                    .client
                    .as_ref()
                    .map_err(|e| FetchError::Request(e.clone()))?;
                client.fetch(&url)?
            }
        };
        let decoded = Tile::new(&bytes, &Style, tile.zoom, TILE_SIZE, &self.ctx)
            .map_err(|e| FetchError::NotImage(e.to_string()))?;
        if from_server && let Some(cache) = &self.cache {
            cache.put(&key, &bytes);
        }
        Ok(decoded)
    }
}

impl Drop for OnlineTiles {
    fn drop(&mut self) {
        // The workers end once the request channel closes.
        self.requests = None;
    }
}

fn full_uv() -> egui::Rect {
    egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0))
}

/// The tile at `zoom` that covers `tile`, and the part of it (in its 0..1 square) that does.
fn ancestor(tile: TileId, zoom: u8) -> (TileId, egui::Rect) {
    let scale = 1u32 << (tile.zoom - zoom);
    let parent = TileId {
        x: tile.x / scale,
        y: tile.y / scale,
        zoom,
    };
    let size = 1.0 / scale as f32;
    let min = egui::pos2(
        (tile.x % scale) as f32 * size,
        (tile.y % scale) as f32 * size,
    );
    (
        parent,
        egui::Rect::from_min_size(min, egui::vec2(size, size)),
    )
}

/// The part `inner` (in 0..1 of `outer`) of the part `outer` of a tile.
fn within(outer: egui::Rect, inner: egui::Rect) -> egui::Rect {
    let at = |p: egui::Pos2| outer.min + egui::vec2(p.x * outer.width(), p.y * outer.height());
    egui::Rect::from_min_max(at(inner.min), at(inner.max))
}

impl Tiles for OnlineTiles {
    fn at(&mut self, tile_id: TileId) -> Option<TilePiece> {
        let piece = self.piece(tile_id);
        self.wanted += 1;
        self.available += usize::from(piece.is_some());
        piece
    }

    fn attribution(&self) -> Attribution {
        let (text, url) = self.layer.attribution().unwrap_or(("", ""));
        Attribution {
            text,
            url,
            logo_light: None,
            logo_dark: None,
        }
    }

    fn tile_size(&self) -> u32 {
        TILE_SIZE
    }

    fn stats(&self) -> walkers::Stats {
        walkers::Stats {
            in_progress: self.in_progress.load(Ordering::Relaxed),
        }
    }
}

/// TLS trusting the system's root certificates and Mozilla's (webpki-roots): reqwest on its own
/// refuses to start without a system store.
pub fn tls_config() -> rustls::ClientConfig {
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
