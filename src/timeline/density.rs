//! Event counts per calendar bucket (hour, day, week, month), pre-aggregated once per dataset, so
//! the histogram of any visible range costs a binary search and the visible buckets.

use jiff::{
    Timestamp, ToSpan as _,
    civil::Weekday,
    tz::{Offset, TimeZone},
};

/// A bucket size. Weeks start on Monday; all buckets are local calendar units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Resolution {
    /// One hour.
    Hour,
    /// One local calendar day.
    Day,
    /// A week from Monday.
    Week,
    /// A calendar month.
    Month,
}

impl Resolution {
    /// Every resolution, finest first.
    pub const ALL: [Resolution; 4] = [Self::Hour, Self::Day, Self::Week, Self::Month];

    /// Roughly how long a bucket is, to choose one for a zoom level.
    pub fn approx_seconds(self) -> f64 {
        match self {
            Self::Hour => 3600.0,
            Self::Day => 86_400.0,
            Self::Week => 7.0 * 86_400.0,
            Self::Month => 30.44 * 86_400.0,
        }
    }

    /// The start of the bucket holding `t`.
    pub fn floor(self, t: Timestamp, tz: &TimeZone) -> Timestamp {
        let z = t.to_zoned_datetime(tz.clone());
        let date = z.date();
        let start = match self {
            Self::Hour => {
                return Timestamp::from_second(t.as_second() - t.as_second().rem_euclid(3600))
                    .unwrap_or(t);
            }
            Self::Day => date,
            Self::Week => date
                .checked_sub((date.weekday().since(Weekday::Monday) as i64).days())
                .unwrap_or(date),
            Self::Month => date.first_of_month(),
        };
        start
            .to_zoned_datetime(tz.clone())
            .map(|z| z.timestamp())
            .unwrap_or(t)
    }

    /// The start of the next bucket after the one starting at `start`.
    pub fn next(self, start: Timestamp, tz: &TimeZone) -> Timestamp {
        let z = start.to_zoned_datetime(tz.clone());
        let step = match self {
            Self::Hour => 1.hour(),
            Self::Day => 1.day(),
            Self::Week => 1.week(),
            Self::Month => 1.month(),
        };
        z.checked_add(step).map(|z| z.timestamp()).unwrap_or(start)
    }

    /// The finest resolution whose buckets are at least `min_px` wide at `px_per_second`.
    pub fn for_scale(px_per_second: f64, min_px: f64) -> Self {
        Self::ALL
            .into_iter()
            .find(|r| r.approx_seconds() * px_per_second >= min_px)
            .unwrap_or(Self::Month)
    }
}

/// One bucket with its events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bucket {
    /// The bucket's first instant.
    pub start: Timestamp,
    /// The start of the next bucket.
    pub end: Timestamp,
    /// How many events start in it.
    pub count: u32,
}

/// Non-empty buckets at every resolution, sorted by start.
#[derive(Clone, Debug, Default)]
pub struct Density {
    levels: Vec<(Resolution, Vec<Bucket>)>,
}

impl Density {
    /// Counts `starts` (sorted) into buckets at each resolution, in local time at `offset`.
    pub fn build(starts: impl Iterator<Item = Timestamp> + Clone, offset: Offset) -> Self {
        let tz = TimeZone::fixed(offset);
        let levels = Resolution::ALL
            .into_iter()
            .map(|r| (r, count_buckets(starts.clone(), r, &tz)))
            .collect();
        Self { levels }
    }

    /// The non-empty buckets at `resolution` that overlap `from..=to`: O(log n + visible).
    pub fn visible(&self, resolution: Resolution, from: Timestamp, to: Timestamp) -> &[Bucket] {
        let Some((_, buckets)) = self.levels.iter().find(|(r, _)| *r == resolution) else {
            return &[];
        };
        let a = buckets.partition_point(|b| b.end <= from);
        let b = buckets.partition_point(|b| b.start <= to);
        &buckets[a..b.max(a)]
    }
}

/// Counts sorted `starts` into the non-empty buckets of `resolution`, in order.
pub fn count_buckets(
    starts: impl Iterator<Item = Timestamp>,
    resolution: Resolution,
    tz: &TimeZone,
) -> Vec<Bucket> {
    let mut buckets: Vec<Bucket> = Vec::new();
    for t in starts {
        match buckets.last_mut() {
            Some(b) if t >= b.start && t < b.end => b.count += 1,
            _ => {
                let start = resolution.floor(t, tz);
                buckets.push(Bucket {
                    start,
                    end: resolution.next(start, tz),
                    count: 1,
                });
            }
        }
    }
    buckets
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn buckets_follow_the_local_calendar() {
        let tz = TimeZone::fixed(Offset::constant(5));
        // 16 Dec 2011 02:00 local is 15 Dec 21:00 UTC: its day bucket starts at local midnight.
        let x = t("2011-12-15T21:00Z");
        assert_eq!(Resolution::Day.floor(x, &tz), t("2011-12-15T19:00Z"));
        assert_eq!(Resolution::Month.floor(x, &tz), t("2011-11-30T19:00Z"));
        // 16 Dec 2011 was a Friday; its week began on Monday 12 Dec.
        assert_eq!(Resolution::Week.floor(x, &tz), t("2011-12-11T19:00Z"));
        assert_eq!(
            Resolution::Month.next(t("2011-11-30T19:00Z"), &tz),
            t("2011-12-31T19:00Z")
        );
    }

    #[test]
    fn counts_and_visible_ranges() {
        let starts = [
            t("2011-05-01T00:00Z"),
            t("2011-12-16T00:00Z"),
            t("2011-12-16T05:00Z"),
            t("2011-12-17T08:00Z"),
        ];
        let d = Density::build(starts.iter().copied(), Offset::UTC);
        let months = d.visible(
            Resolution::Month,
            t("2011-01-01T00:00Z"),
            t("2012-01-01T00:00Z"),
        );
        assert_eq!(months.iter().map(|b| b.count).collect::<Vec<_>>(), [1, 3]);
        let days = d.visible(
            Resolution::Day,
            t("2011-12-16T12:00Z"),
            t("2011-12-31T00:00Z"),
        );
        assert_eq!(days.iter().map(|b| b.count).collect::<Vec<_>>(), [2, 1]);
        assert!(
            d.visible(
                Resolution::Hour,
                t("2011-06-01T00:00Z"),
                t("2011-07-01T00:00Z")
            )
            .is_empty()
        );
    }

    #[test]
    fn zooming_in_chooses_finer_buckets() {
        // 1,000 px for two years, then for two days.
        let coarse = Resolution::for_scale(1000.0 / (730.0 * 86_400.0), 4.0);
        let fine = Resolution::for_scale(1000.0 / (2.0 * 86_400.0), 4.0);
        assert_eq!(coarse, Resolution::Week);
        assert_eq!(fine, Resolution::Hour);
    }
}
