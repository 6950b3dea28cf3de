//! Calendar ticks for the time axis: the step (days, weeks, months, quarters, years) is the finest
//! whose labels do not overlap at the current scale.

use jiff::{
    Span, Timestamp, ToSpan as _,
    civil::Date,
    tz::{Offset, TimeZone},
};

use super::TimeScale;
use crate::model::DateNames;

/// One labelled tick.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisTick {
    /// Where the tick is, in pixels on the scale.
    pub x: f32,
    /// Its date, as short as its neighbours allow: "16 Dec 2011", then "17".
    pub label: String,
    /// The first tick of a year (or month, on day scales): drawn stronger.
    pub major: bool,
}

#[derive(Clone, Copy)]
enum Step {
    Days(i64),
    Months(i64),
    Years(i64),
}

impl Step {
    fn span(self) -> Span {
        match self {
            Self::Days(n) => n.days(),
            Self::Months(n) => n.months(),
            Self::Years(n) => n.years(),
        }
    }
    /// Roughly how long a step is, to pick one.
    fn approx_seconds(self) -> f64 {
        match self {
            Self::Days(n) => n as f64 * 86_400.0,
            Self::Months(n) => n as f64 * 30.44 * 86_400.0,
            Self::Years(n) => n as f64 * 365.25 * 86_400.0,
        }
    }
}

const STEPS: [Step; 8] = [
    Step::Days(1),
    Step::Days(7),
    Step::Months(1),
    Step::Months(2),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(5),
];

/// Ticks in local time at `offset`, at least `min_gap` pixels apart.
pub fn axis_ticks(
    scale: &TimeScale,
    offset: Offset,
    min_gap: f32,
    names: &DateNames,
) -> Vec<AxisTick> {
    let px = scale.pixels_per_second();
    let step = STEPS
        .into_iter()
        .find(|s| (s.approx_seconds() * px) as f32 >= min_gap)
        .unwrap_or(Step::Years(5));
    let tz = TimeZone::fixed(offset);
    let first = scale.start.to_zoned_datetime(tz.clone()).date();
    // Start at a boundary of the step: the 1st of a month, the 1st of January, a Monday.
    let mut date = match step {
        Step::Days(1) => first,
        Step::Days(_) => first
            .checked_sub((first.weekday().to_monday_zero_offset() as i64).days())
            .unwrap_or(first),
        Step::Months(n) => {
            let m0 = (first.month() as i64 - 1) / n * n;
            Date::new(first.year(), (m0 + 1) as i8, 1).unwrap_or(first)
        }
        Step::Years(n) => Date::new((first.year() as i64 / n * n) as i16, 1, 1).unwrap_or(first),
    };
    let mut ticks = Vec::new();
    let mut previous: Option<Date> = None;
    while let Ok(zoned) = date.to_zoned_datetime(tz.clone()) {
        let t: Timestamp = zoned.timestamp();
        if t > scale.end {
            break;
        }
        if t >= scale.start {
            let new_year = previous.is_none_or(|p| p.year() != date.year());
            let new_month = previous.is_none_or(|p| p.month() != date.month());
            let (label, major) = match step {
                Step::Years(_) => (date.year().to_string(), true),
                Step::Months(_) if new_year => (names.month_short_year(date), true),
                Step::Months(_) => (names.month_short(date.month()).to_string(), false),
                Step::Days(_) if new_month => (names.day_month_year(date), true),
                Step::Days(_) => (date.day().to_string(), false),
            };
            ticks.push(AxisTick {
                x: scale.x_of(t),
                label,
                major,
            });
            previous = Some(date);
        }
        match date.checked_add(step.span()) {
            Ok(d) => date = d,
            Err(_) => break,
        }
    }
    ticks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale(a: &str, b: &str, width: f32) -> TimeScale {
        TimeScale {
            start: a.parse().unwrap(),
            end: b.parse().unwrap(),
            x0: 0.0,
            x1: width,
        }
    }

    #[test]
    fn a_year_and_a_half_on_a_wide_axis_shows_months_with_years() {
        let s = scale("2011-04-20T00:00Z", "2012-11-01T00:00Z", 1000.0);
        let ticks = axis_ticks(&s, Offset::constant(5), 48.0, &DateNames::english());
        let labels: Vec<&str> = ticks.iter().map(|t| t.label.as_str()).collect();
        assert!(labels.contains(&"Jan 2012"), "{labels:?}");
        assert!(ticks.windows(2).all(|w| w[1].x - w[0].x >= 48.0));
        assert!(ticks.iter().filter(|t| t.major).count() >= 2);
    }

    #[test]
    fn a_narrow_axis_falls_back_to_coarser_steps() {
        let s = scale("2011-04-20T00:00Z", "2012-11-01T00:00Z", 200.0);
        let ticks = axis_ticks(&s, Offset::constant(5), 48.0, &DateNames::english());
        assert!(ticks.windows(2).all(|w| w[1].x - w[0].x >= 48.0));
        assert!(!ticks.is_empty());
    }

    #[test]
    fn two_days_show_days() {
        let s = scale("2011-12-15T19:00Z", "2011-12-18T18:00Z", 900.0);
        let labels: Vec<String> = axis_ticks(&s, Offset::constant(5), 48.0, &DateNames::english())
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(labels, ["16 Dec 2011", "17", "18"]);
    }
}
