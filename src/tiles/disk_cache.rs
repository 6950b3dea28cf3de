//! Downloaded tiles on disk, capped in size: when the files pass [`MAX_CACHE_BYTES`], the least
//! recently used go first. A tile is used again for [`FRESH_FOR`] (the OpenStreetMap tile
//! policy's minimum when a server gives no expiry), then fetched again.

use std::{
    collections::BTreeMap,
    fs,
    path::{Path, PathBuf},
    sync::Mutex,
    time::{Duration, SystemTime},
};

/// The most the tile cache keeps on disk: 256 MiB.
pub const MAX_CACHE_BYTES: u64 = 256 << 20;
/// How long a cached tile is used before it is fetched again.
pub const FRESH_FOR: Duration = Duration::from_secs(7 * 24 * 3600);

/// The cache folder and what is in it.
pub struct DiskCache {
    dir: PathBuf,
    max_bytes: u64,
    files: Mutex<Files>,
}

/// The cache's files by when they were last used, and their total size. Filled from the folder
/// the first time it is needed, on a worker thread.
#[derive(Default)]
struct Files {
    scanned: bool,
    total: u64,
    by_use: BTreeMap<(SystemTime, PathBuf), u64>,
    used: std::collections::HashMap<PathBuf, SystemTime>,
}

impl Files {
    fn insert(&mut self, path: PathBuf, at: SystemTime, size: u64) {
        self.remove(&path);
        self.total += size;
        self.by_use.insert((at, path.clone()), size);
        self.used.insert(path, at);
    }

    fn remove(&mut self, path: &Path) {
        if let Some(at) = self.used.remove(path)
            && let Some(size) = self.by_use.remove(&(at, path.to_path_buf()))
        {
            self.total -= size;
        }
    }
}

impl DiskCache {
    /// A cache in `dir` of at most `max_bytes`.
    pub fn new(dir: PathBuf, max_bytes: u64) -> Self {
        Self {
            dir,
            max_bytes,
            files: Mutex::new(Files::default()),
        }
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(key)
    }

    fn files(&self) -> std::sync::MutexGuard<'_, Files> {
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        if !files.scanned {
            files.scanned = true;
            let mut stack = vec![self.dir.clone()];
            while let Some(dir) = stack.pop() {
                for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
                    let Ok(meta) = entry.metadata() else { continue };
                    if meta.is_dir() {
                        stack.push(entry.path());
                    } else if meta.is_file() {
                        let at = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
                        files.insert(entry.path(), at, meta.len());
                    }
                }
            }
        }
        files
    }

    /// The cached bytes of `key` (a relative path), if it is there and fresh.
    pub fn get(&self, key: &str) -> Option<Vec<u8>> {
        let path = self.path(key);
        let meta = fs::metadata(&path).ok()?;
        let age = meta.modified().ok()?.elapsed().unwrap_or_default();
        if !meta.is_file() || age > FRESH_FOR || meta.len() > super::fetch::MAX_TILE_BYTES {
            return None;
        }
        let bytes = fs::read(&path).ok()?;
        // Used now: last to go. The file's own time stays its download time (its freshness).
        self.files()
            .insert(path, SystemTime::now(), bytes.len() as u64);
        Some(bytes)
    }

    /// Keeps `bytes` as `key`, then trims the cache to its size.
    pub fn put(&self, key: &str, bytes: &[u8]) {
        let path = self.path(key);
        let written = path.parent().is_some_and(|p| fs::create_dir_all(p).is_ok()) && {
            let temporary = path.with_extension("part");
            fs::write(&temporary, bytes).is_ok() && fs::rename(&temporary, &path).is_ok()
        };
        if !written {
            log::debug!("cannot cache the tile {}", path.display());
            return;
        }
        let mut files = self.files();
        files.insert(path, SystemTime::now(), bytes.len() as u64);
        while files.total > self.max_bytes {
            let Some(((_, oldest), _)) = files.by_use.first_key_value() else {
                break;
            };
            let oldest = oldest.clone();
            let _ = fs::remove_file(&oldest);
            files.remove(&oldest);
        }
    }

    /// The bytes the cache holds, by its own count.
    pub fn size(&self) -> u64 {
        self.files().total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_keeps_to_its_size_dropping_the_least_recently_used() {
        let dir = std::env::temp_dir().join(format!("atlas-tile-cache-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let cache = DiskCache::new(dir.clone(), 2_500);
        cache.put("a/0/0/0.tile", &[1; 1000]);
        cache.put("a/0/0/1.tile", &[2; 1000]);
        assert_eq!(
            cache.get("a/0/0/0.tile").map(|b| b[0]),
            Some(1),
            "used again"
        );
        cache.put("a/0/0/2.tile", &[3; 1000]);
        assert!(cache.size() <= 2_500);
        assert!(
            cache.get("a/0/0/1.tile").is_none(),
            "the least recently used went"
        );
        assert!(cache.get("a/0/0/0.tile").is_some());
        assert!(cache.get("a/0/0/2.tile").is_some());
        // A cache opened again finds its files and their size.
        assert_eq!(DiskCache::new(dir.clone(), 2_500).size(), 2_000);
        fs::remove_dir_all(dir).ok();
    }
}
