//! The part of time the timeline shows, and how zooming and panning change it.

use jiff::Timestamp;

use super::TimeScale;

/// The shortest span the axis zooms to.
pub const MIN_SPAN_SECONDS: i64 = 3600;

/// A visible time range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeView {
    /// The first instant shown.
    pub start: Timestamp,
    /// The last instant shown.
    pub end: Timestamp,
}

fn ts(s: i64) -> Timestamp {
    Timestamp::from_second(s.clamp(Timestamp::MIN.as_second(), Timestamp::MAX.as_second()))
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

impl TimeView {
    /// The whole of `start..end` with `pad` of its length to spare on each side.
    pub fn fit(start: Timestamp, end: Timestamp, pad: f64) -> Self {
        let len = (end.as_second() - start.as_second()).max(MIN_SPAN_SECONDS);
        let p = (len as f64 * pad) as i64;
        Self {
            start: ts(start.as_second() - p),
            end: ts(start.as_second() + len + p),
        }
    }

    /// The range's length in seconds (at least 1).
    pub fn seconds(&self) -> i64 {
        (self.end.as_second() - self.start.as_second()).max(1)
    }

    /// The scale that draws this range across the pixels `x0..x1`.
    pub fn scale(&self, x0: f32, x1: f32) -> TimeScale {
        TimeScale {
            start: self.start,
            end: self.end,
            x0,
            x1,
        }
    }

    /// Zooms by `factor` (< 1 zooms in) keeping `anchor` where it is, within `limits`.
    pub fn zoom_around(&self, anchor: Timestamp, factor: f64, limits: &TimeView) -> Self {
        let max = limits.seconds();
        let new_len = ((self.seconds() as f64 * factor) as i64).clamp(MIN_SPAN_SECONDS, max);
        let a = anchor.as_second();
        let left = (a - self.start.as_second()) as f64 / self.seconds() as f64;
        let start = a - (left * new_len as f64) as i64;
        Self {
            start: ts(start),
            end: ts(start + new_len),
        }
        .within(limits)
    }

    /// Moves by `seconds` (positive: later), within `limits`.
    pub fn pan(&self, seconds: i64, limits: &TimeView) -> Self {
        Self {
            start: ts(self.start.as_second() + seconds),
            end: ts(self.end.as_second() + seconds),
        }
        .within(limits)
    }

    /// Shifted (not shrunk) to lie inside `limits`, unless it is longer than them.
    fn within(self, limits: &TimeView) -> Self {
        if self.seconds() >= limits.seconds() {
            return *limits;
        }
        let shift = if self.start < limits.start {
            limits.start.as_second() - self.start.as_second()
        } else if self.end > limits.end {
            limits.end.as_second() - self.end.as_second()
        } else {
            0
        };
        Self {
            start: ts(self.start.as_second() + shift),
            end: ts(self.end.as_second() + shift),
        }
    }

    /// Whether `t` lies in the range, ends included.
    pub fn contains(&self, t: Timestamp) -> bool {
        self.start <= t && t <= self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn zooming_keeps_the_anchor_and_respects_limits() {
        let all = TimeView::fit(t("2011-05-01T00:00Z"), t("2013-07-31T00:00Z"), 0.0);
        let anchor = t("2011-12-16T12:00Z");
        let z = all.zoom_around(anchor, 0.1, &all);
        assert!(z.seconds() < all.seconds() / 9);
        let before = (anchor.as_second() - all.start.as_second()) as f64 / all.seconds() as f64;
        let after = (anchor.as_second() - z.start.as_second()) as f64 / z.seconds() as f64;
        assert!((before - after).abs() < 1e-3);
        // Zooming in forever stops at an hour; zooming out stops at the limits.
        let mut v = all;
        for _ in 0..100 {
            v = v.zoom_around(anchor, 0.5, &all);
        }
        assert_eq!(v.seconds(), MIN_SPAN_SECONDS);
        assert_eq!(v.zoom_around(anchor, 1e9, &all), all);
    }

    #[test]
    fn panning_stops_at_the_edges() {
        let all = TimeView::fit(t("2011-05-01T00:00Z"), t("2013-07-31T00:00Z"), 0.0);
        let z = all.zoom_around(t("2012-01-01T00:00Z"), 0.1, &all);
        let far = z.pan(-10 * 365 * 86_400, &all);
        assert_eq!(far.start, all.start);
        assert_eq!(far.seconds(), z.seconds());
    }
}
