//! The linear map between instants and horizontal pixels.

use jiff::Timestamp;

/// Maps the span `start..end` onto `x0..x1` pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    /// The instant drawn at `x0`.
    pub start: Timestamp,
    /// The instant drawn at `x1`.
    pub end: Timestamp,
    /// The pixel where `start` is drawn.
    pub x0: f32,
    /// The pixel where `end` is drawn.
    pub x1: f32,
}

impl TimeScale {
    /// A scale whose span is `start..end` widened by `pad` of its length on each side, so the first
    /// and last events are not drawn on the edges.
    pub fn padded(start: Timestamp, end: Timestamp, pad: f64, x0: f32, x1: f32) -> Self {
        let len = (end.as_second() - start.as_second()).max(3600) as f64;
        let p = (len * pad) as i64;
        let at = |s: i64| Timestamp::from_second(s).unwrap_or(Timestamp::UNIX_EPOCH);
        Self {
            start: at(start.as_second() - p),
            end: at(end.as_second() + p),
            x0,
            x1,
        }
    }

    fn seconds(&self) -> f64 {
        (self.end.as_second() - self.start.as_second()).max(1) as f64
    }

    /// The pixel at instant `t` (outside `x0..x1` for an instant outside the span).
    pub fn x_of(&self, t: Timestamp) -> f32 {
        let f = (t.as_second() - self.start.as_second()) as f64 / self.seconds();
        self.x0 + (f * (self.x1 - self.x0) as f64) as f32
    }

    /// The instant at `x`, clamped to the scale's span.
    pub fn time_at(&self, x: f32) -> Timestamp {
        let f = ((x - self.x0) / (self.x1 - self.x0).max(1.0)).clamp(0.0, 1.0) as f64;
        let s = self.start.as_second() + (f * self.seconds()).round() as i64;
        Timestamp::from_second(s).unwrap_or(self.start)
    }

    /// How many pixels a second takes at this scale.
    pub fn pixels_per_second(&self) -> f64 {
        (self.x1 - self.x0) as f64 / self.seconds()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_both_ways() {
        let a: Timestamp = "2011-05-01T00:00Z".parse().unwrap();
        let b: Timestamp = "2012-05-01T00:00Z".parse().unwrap();
        let s = TimeScale {
            start: a,
            end: b,
            x0: 100.0,
            x1: 1100.0,
        };
        assert_eq!(s.x_of(a), 100.0);
        assert_eq!(s.x_of(b), 1100.0);
        let mid = s.time_at(600.0);
        assert!((s.x_of(mid) - 600.0).abs() < 0.01);
        assert_eq!(s.time_at(-50.0), a);
        assert_eq!(s.time_at(5000.0), b);
    }
}
