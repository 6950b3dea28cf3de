//! Playing time forward at a historical speed, optionally skipping the quiet stretches between
//! events.

use jiff::Timestamp;

/// How much historical time passes per second of playback.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speed {
    /// An hour of history per second.
    HourPerSecond,
    /// Six hours of history per second.
    SixHoursPerSecond,
    /// A day of history per second.
    DayPerSecond,
    /// A week of history per second.
    WeekPerSecond,
    /// A month of history per second.
    MonthPerSecond,
}

impl Speed {
    /// Every speed, slowest first, as the speed menu lists them.
    pub const ALL: [Speed; 5] = [
        Self::HourPerSecond,
        Self::SixHoursPerSecond,
        Self::DayPerSecond,
        Self::WeekPerSecond,
        Self::MonthPerSecond,
    ];

    /// Historical seconds per second; a month is its average length, 30.44 days.
    pub fn seconds_per_second(self) -> f64 {
        match self {
            Self::HourPerSecond => 3600.0,
            Self::SixHoursPerSecond => 6.0 * 3600.0,
            Self::DayPerSecond => 86_400.0,
            Self::WeekPerSecond => 7.0 * 86_400.0,
            Self::MonthPerSecond => 30.44 * 86_400.0,
        }
    }
}

/// How the timeline cursor plays forward: whether it is playing, how fast, and what it skips.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Playback {
    /// Whether time is playing now.
    pub playing: bool,
    /// How fast it plays.
    pub speed: Speed,
    /// Whether to start again from the beginning at the end, instead of stopping.
    pub looping: bool,
    /// Jump over stretches with no events instead of playing through them.
    pub skip_quiet: bool,
}

impl Default for Playback {
    fn default() -> Self {
        Self {
            playing: false,
            speed: Speed::DayPerSecond,
            looping: false,
            skip_quiet: true,
        }
    }
}

/// A quiet stretch is one that would take longer than this to play through.
pub const QUIET_SECONDS: f64 = 1.5;

impl Playback {
    /// Where the cursor is after `dt` seconds of playback from `cursor`, and whether playback goes
    /// on. `next_event` is the start of the first event after `cursor`, if any; `span` the
    /// dataset's first and last instants.
    pub fn advance(
        &self,
        cursor: Timestamp,
        dt: f64,
        next_event: Option<Timestamp>,
        span: (Timestamp, Timestamp),
    ) -> (Timestamp, bool) {
        let rate = self.speed.seconds_per_second();
        let mut target = cursor.as_second() as f64 + dt * rate;
        // Land a little before the next event, so it is seen arriving.
        if let (true, Some(next)) = (self.skip_quiet, next_event)
            && (next.as_second() - cursor.as_second()) as f64 > QUIET_SECONDS * rate
        {
            target = target.max(next.as_second() as f64 - 0.5 * rate);
        }
        let end = span.1.as_second() as f64;
        if target >= end {
            return if self.looping {
                (span.0, true)
            } else {
                (span.1, false)
            };
        }
        let t = Timestamp::from_second(target as i64).unwrap_or(span.1);
        (t, true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn plays_at_the_chosen_speed() {
        let p = Playback {
            skip_quiet: false,
            ..Default::default()
        };
        let span = (t("2011-01-01T00:00Z"), t("2012-01-01T00:00Z"));
        let (c, playing) = p.advance(t("2011-12-16T00:00Z"), 0.5, None, span);
        assert_eq!(c, t("2011-12-16T12:00Z"));
        assert!(playing);
    }

    #[test]
    fn skip_quiet_jumps_over_an_empty_month() {
        let p = Playback {
            speed: Speed::DayPerSecond,
            skip_quiet: true,
            ..Default::default()
        };
        let span = (t("2011-01-01T00:00Z"), t("2013-01-01T00:00Z"));
        // Nothing happens from 1 June to 5 July: one frame brings the cursor to just before 5 July.
        let (c, _) = p.advance(
            t("2011-06-01T00:00Z"),
            0.25,
            Some(t("2011-07-05T00:00Z")),
            span,
        );
        assert_eq!(c, t("2011-07-04T12:00Z"));
        // Near an event it plays normally.
        let (c, _) = p.advance(
            t("2011-07-04T12:00Z"),
            0.25,
            Some(t("2011-07-05T00:00Z")),
            span,
        );
        assert_eq!(c, t("2011-07-04T18:00Z"));
    }

    #[test]
    fn stops_or_loops_at_the_end() {
        let span = (t("2011-01-01T00:00Z"), t("2011-01-02T00:00Z"));
        let p = Playback {
            speed: Speed::WeekPerSecond,
            skip_quiet: false,
            ..Default::default()
        };
        assert_eq!(
            p.advance(t("2011-01-01T12:00Z"), 1.0, None, span),
            (span.1, false)
        );
        let p = Playback { looping: true, ..p };
        assert_eq!(
            p.advance(t("2011-01-01T12:00Z"), 1.0, None, span),
            (span.0, true)
        );
    }
}
