//! The recent window: how far back from the cursor the map still draws an event as news. It
//! moves with the cursor (as kepler.gl's time filter moves with playback); events older than it
//! settle into a quieter mark, and events still to come are not drawn.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// How far back from the cursor an event is still recent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecentWindow {
    /// The last 24 hours.
    Day,
    /// The last seven days.
    #[default]
    Week,
    /// The last 30 days.
    Month,
    /// Everything up to the cursor is drawn alike.
    Everything,
}

/// Where an event stands at the cursor, for the map's marks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Recency {
    /// Begun within the window; `age` runs from 0 (just now) to 1 (at the window's far end).
    Recent {
        /// The fraction of the window since the event began.
        age: f32,
    },
    /// Begun before the window.
    Older,
    /// Not begun by the cursor.
    Future,
}

impl RecentWindow {
    /// Every window, shortest first, for the control.
    pub const ALL: [Self; 4] = [Self::Day, Self::Week, Self::Month, Self::Everything];

    /// The window's length, or `None` for everything up to the cursor.
    pub fn seconds(self) -> Option<i64> {
        match self {
            Self::Day => Some(86_400),
            Self::Week => Some(7 * 86_400),
            Self::Month => Some(30 * 86_400),
            Self::Everything => None,
        }
    }

    /// Where an event that began at `start` stands at `cursor`.
    pub fn recency(self, start: Timestamp, cursor: Timestamp) -> Recency {
        let since = cursor.as_second() - start.as_second();
        if since < 0 {
            return Recency::Future;
        }
        match self.seconds() {
            None => Recency::Recent { age: 0.0 },
            Some(w) if since <= w => Recency::Recent {
                age: since as f32 / w as f32,
            },
            Some(_) => Recency::Older,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn an_event_is_recent_within_the_window_then_older_and_never_before_it_begins() {
        let start = t("2011-12-16T06:00:00Z");
        let w = RecentWindow::Day;
        assert_eq!(w.recency(start, t("2011-12-16T05:59:59Z")), Recency::Future);
        assert_eq!(w.recency(start, start), Recency::Recent { age: 0.0 });
        assert_eq!(
            w.recency(start, t("2011-12-16T18:00:00Z")),
            Recency::Recent { age: 0.5 }
        );
        assert_eq!(w.recency(start, t("2011-12-17T06:00:01Z")), Recency::Older);
        assert_eq!(
            RecentWindow::Week.recency(start, t("2011-12-20T06:00:00Z")),
            Recency::Recent { age: 4.0 / 7.0 }
        );
        assert_eq!(
            RecentWindow::Everything.recency(start, t("2013-01-01T00:00:00Z")),
            Recency::Recent { age: 0.0 }
        );
    }
}
