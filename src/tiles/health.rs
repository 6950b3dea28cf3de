//! Whether an online layer's tiles are arriving, judged from what each frame asks for and gets.
//! walkers logs a failed download and leaves the tile empty; it reports no error to the caller, so
//! the judgement is: tiles are missing and none has arrived for a while.

use std::time::{Duration, Instant};

/// How long to wait for a missing tile while downloads are running, and once none is running.
const PATIENCE_BUSY: Duration = Duration::from_secs(15);
const PATIENCE_IDLE: Duration = Duration::from_secs(3);

/// How an online layer's tiles are doing in view, for the status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TileStatus {
    /// Every tile in view is there.
    Complete,
    /// Some tiles are missing and may still come.
    Loading,
    /// Tiles are missing and have stopped arriving: no network, or the server fails.
    Unavailable,
}

/// Judges from frame to frame whether an online layer's tiles are arriving.
#[derive(Clone, Debug)]
pub struct TileHealth {
    /// Since when tiles have been missing without a new one arriving.
    waiting_since: Option<Instant>,
    available_before: usize,
    status: TileStatus,
}

impl Default for TileHealth {
    fn default() -> Self {
        Self {
            waiting_since: None,
            available_before: 0,
            status: TileStatus::Complete,
        }
    }
}

impl TileHealth {
    /// The judgement as of the last frame.
    pub fn status(&self) -> TileStatus {
        self.status
    }

    /// Takes one frame's count of tiles wanted and found, and the downloads still running.
    pub fn frame(
        &mut self,
        now: Instant,
        wanted: usize,
        available: usize,
        downloading: usize,
    ) -> TileStatus {
        let arrived = available > self.available_before;
        self.available_before = available;
        self.status = if available >= wanted {
            self.waiting_since = None;
            TileStatus::Complete
        } else {
            let since = match self.waiting_since {
                Some(t) if !arrived => t,
                _ => now,
            };
            self.waiting_since = Some(since);
            let patience = if downloading > 0 {
                PATIENCE_BUSY
            } else {
                PATIENCE_IDLE
            };
            if now.duration_since(since) >= patience {
                TileStatus::Unavailable
            } else {
                TileStatus::Loading
            }
        };
        self.status
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_tiles_that_stop_arriving_are_unavailable() {
        let t0 = Instant::now();
        let mut h = TileHealth::default();
        assert_eq!(h.frame(t0, 6, 0, 6), TileStatus::Loading);
        assert_eq!(
            h.frame(t0 + Duration::from_secs(1), 6, 0, 0),
            TileStatus::Loading
        );
        assert_eq!(
            h.frame(t0 + Duration::from_secs(4), 6, 0, 0),
            TileStatus::Unavailable
        );
    }

    #[test]
    fn arriving_tiles_restart_the_wait_and_all_present_is_complete() {
        let t0 = Instant::now();
        let mut h = TileHealth::default();
        h.frame(t0, 6, 0, 6);
        assert_eq!(
            h.frame(t0 + Duration::from_secs(10), 6, 3, 3),
            TileStatus::Loading
        );
        assert_eq!(
            h.frame(t0 + Duration::from_secs(12), 6, 3, 3),
            TileStatus::Loading
        );
        assert_eq!(
            h.frame(t0 + Duration::from_secs(13), 6, 6, 0),
            TileStatus::Complete
        );
    }

    #[test]
    fn a_hanging_server_is_given_up_on_later() {
        let t0 = Instant::now();
        let mut h = TileHealth::default();
        h.frame(t0, 4, 0, 4);
        assert_eq!(
            h.frame(t0 + Duration::from_secs(10), 4, 0, 4),
            TileStatus::Loading
        );
        assert_eq!(
            h.frame(t0 + Duration::from_secs(16), 4, 0, 4),
            TileStatus::Unavailable
        );
    }
}
