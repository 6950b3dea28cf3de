//! Moments as the sources give them: a start and a precision ("May 2011" is a month, not 1 May),
//! in the region's local time, formatted for people.

use jiff::{
    Timestamp, ToSpan as _,
    civil::{Date, DateTime, Time},
    tz::{Offset, TimeZone},
};
use serde::{Deserialize, Serialize};

use super::DateNames;

/// The last year a date may have: jiff's timestamps end in the last days of 9999, and a date of
/// that year could not be moved to every offset.
pub const LAST_YEAR: i16 = 9998;

/// How precisely a source dates an event.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Some time in that year.
    Year,
    /// Some time in that month: "2011-05" is May 2011, not 1 May.
    Month,
    /// Some day of that week, Monday to Sunday: a date a source (ACLED's `time_precision` 2)
    /// knows only to its week. Written as the week's Monday.
    Week,
    /// That local date.
    Day,
    /// About that hour: a time known only roughly, such as "about 20:00".
    Hour,
    /// That time, to the minute.
    Minute,
}

impl Precision {
    /// The precision's name as datasets write it: "year", "month", "week", "day", "hour",
    /// "minute".
    pub fn name(self) -> &'static str {
        match self {
            Self::Year => "year",
            Self::Month => "month",
            Self::Week => "week",
            Self::Day => "day",
            Self::Hour => "hour",
            Self::Minute => "minute",
        }
    }
}

/// Why a date text could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    /// The text is not written in any of the forms a date may take.
    #[error(
        "'{0}' is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with an optional offset such as +05:00"
    )]
    Form(String),
    /// The text has a date's form but names no real date or time, such as 30 February.
    #[error("'{text}' is not a real date or time: {reason}")]
    Calendar {
        /// The text as given.
        text: String,
        /// Why the date or time does not exist.
        reason: String,
    },
    /// The date lies past the last year the app can hold.
    #[error("'{0}' is beyond the dates the app can hold (years 0001 to 9998)")]
    Range(String),
    /// The precision given does not match the one the text is written to.
    #[error("'{text}' is written to the {written}, which cannot carry {claimed} precision")]
    Precision {
        /// The text as given.
        text: String,
        /// The precision the text is written to.
        written: &'static str,
        /// The precision the dataset gives for it.
        claimed: &'static str,
    },
    /// A week written by a day other than its Monday.
    #[error("'{text}' is a {weekday}: a week is written as the date of its Monday ({monday})")]
    WeekStart {
        /// The text as given.
        text: String,
        /// The day of the week the text names.
        weekday: String,
        /// The Monday of that week.
        monday: String,
    },
}

/// A point in time as a source gives it: the start of a period as long as its precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    /// The start of the period.
    pub start: Timestamp,
    /// How long the period is: a year, a month, a week, a day, an hour or a minute.
    pub precision: Precision,
}

impl Moment {
    /// Reads `2011`, `2011-05`, `2011-12-16` or `2011-12-17T13:24` (with an optional `+05:00` or `Z`).
    /// Dates without an offset are local dates at `offset`. The precision is the one the text is
    /// written to, unless `claimed` is coarser in the hour/minute case (a time "around 20:00" is
    /// written `T20:00` with precision `hour`).
    ///
    /// ```
    /// use jiff::tz::Offset;
    /// use zhanaozen_atlas::model::{DateNames, Moment, Precision};
    ///
    /// let may = Moment::parse("2011-05", Offset::constant(5), None).unwrap();
    /// assert_eq!(may.precision, Precision::Month);
    /// assert_eq!(may.format(Offset::constant(5), Offset::constant(5), &DateNames::english()), "May 2011");
    /// assert!(Moment::parse("2011-02-30", Offset::UTC, None).is_err());
    /// ```
    pub fn parse(
        text: &str,
        offset: Offset,
        claimed: Option<Precision>,
    ) -> Result<Self, TimeError> {
        let form_error = || TimeError::Form(text.to_string());
        let calendar_error = |e: jiff::Error| TimeError::Calendar {
            text: text.to_string(),
            reason: e.to_string(),
        };
        let (date_part, time_part) = match text.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (text, None),
        };
        // At most three parts; a fourth makes the form invalid. No allocation: this runs once per
        // event when a million are loaded.
        let mut parts = date_part.splitn(4, '-');
        let numbers: [Option<&str>; 4] = [parts.next(), parts.next(), parts.next(), parts.next()];
        let all_digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let (year, month, day, written) = match numbers {
            [Some(y), None, ..] if all_digits(y, 4) => (y, "1", "1", Precision::Year),
            [Some(y), Some(m), None, _] if all_digits(y, 4) && all_digits(m, 2) => {
                (y, m, "1", Precision::Month)
            }
            [Some(y), Some(m), Some(d), None]
                if all_digits(y, 4) && all_digits(m, 2) && all_digits(d, 2) =>
            {
                (y, m, d, Precision::Day)
            }
            _ => return Err(form_error()),
        };
        let parse_num = |s: &str| s.parse::<i16>().map_err(|_| form_error());
        let year = parse_num(year)?;
        if year > LAST_YEAR {
            return Err(TimeError::Range(text.to_string()));
        }
        let date = Date::new(year, parse_num(month)? as i8, parse_num(day)? as i8)
            .map_err(calendar_error)?;

        let (time, offset, written) = match time_part {
            None => (Time::midnight(), offset, written),
            Some(_) if written != Precision::Day => return Err(form_error()),
            Some(t) => {
                let (clock, offset) = split_offset(t, offset).ok_or_else(form_error)?;
                if !(clock.len() == 5 && clock.as_bytes()[2] == b':') {
                    return Err(form_error());
                }
                let time: Time = clock.parse().map_err(|_| form_error())?;
                (time, offset, Precision::Minute)
            }
        };
        let precision = match claimed {
            None => written,
            Some(Precision::Hour) if written == Precision::Minute && time.minute() == 0 => {
                Precision::Hour
            }
            Some(p) if p == written => p,
            // A week is written as its Monday: any other day would say the week began then.
            Some(Precision::Week) if written == Precision::Day => {
                let monday = week_monday(date);
                if monday != date {
                    return Err(TimeError::WeekStart {
                        text: text.to_string(),
                        weekday: format!("{:?}", date.weekday()),
                        monday: monday.to_string(),
                    });
                }
                Precision::Week
            }
            Some(p) => {
                return Err(TimeError::Precision {
                    text: text.to_string(),
                    written: written.name(),
                    claimed: p.name(),
                });
            }
        };
        let start = DateTime::from_parts(date, time)
            .to_zoned_datetime(TimeZone::fixed(offset))
            .map_err(calendar_error)?
            .timestamp();
        Ok(Self { start, precision })
    }

    /// This moment as a source that knows it only to a coarser `precision` gives it: the period
    /// (the week, month or year at `offset`) it lies in, as an imported row's precision column
    /// says ("16 December 2011" known to the week is the week of Monday 12 December). A finer
    /// precision than the moment has is an error: a day cannot be made known to the hour.
    ///
    /// ```
    /// use jiff::tz::Offset;
    /// use zhanaozen_atlas::model::{DateNames, Moment, Precision};
    ///
    /// let at = Offset::constant(5);
    /// let day = Moment::parse("2011-12-16", at, None).unwrap();
    /// let week = day.within(Precision::Week, at).unwrap();
    /// assert_eq!(week.format(at, at, &DateNames::english()), "12–18 Dec 2011");
    /// assert!(day.within(Precision::Hour, at).is_err());
    /// ```
    pub fn within(self, precision: Precision, offset: Offset) -> Result<Self, TimeError> {
        if precision == self.precision {
            return Ok(self);
        }
        if precision > self.precision || precision > Precision::Day {
            return Err(TimeError::Precision {
                text: self.to_iso(offset),
                written: self.precision.name(),
                claimed: precision.name(),
            });
        }
        let tz = TimeZone::fixed(offset);
        let date = self.start.to_zoned_datetime(tz.clone()).date();
        let start = match precision {
            Precision::Year => date.first_of_year(),
            Precision::Month => date.first_of_month(),
            Precision::Week => week_monday(date),
            _ => date,
        };
        let start = DateTime::from_parts(start, Time::midnight())
            .to_zoned_datetime(tz)
            .map_err(|e| TimeError::Calendar {
                text: self.to_iso(offset),
                reason: e.to_string(),
            })?
            .timestamp();
        Ok(Self { start, precision })
    }

    /// The end of the period this moment stands for: the end of May for "May 2011".
    pub fn period_end(&self, offset: Offset) -> Timestamp {
        let zoned = self.start.to_zoned_datetime(TimeZone::fixed(offset));
        let step = match self.precision {
            Precision::Year => 1.year(),
            Precision::Month => 1.month(),
            Precision::Week => 1.week(),
            Precision::Day => 1.day(),
            Precision::Hour => 1.hour(),
            Precision::Minute => 1.minute(),
        };
        zoned
            .checked_add(step)
            .map(|z| z.timestamp())
            .unwrap_or(self.start)
    }

    /// The moment for people, to its precision: "May 2011", "12–18 Dec 2011" (a week),
    /// "Fri 16 Dec 2011",
    /// "Sat 17 Dec 2011, about 20:00 UTC+5". Dates (year, month, day) are calendar dates of the
    /// region and read the same in any display offset; times are shown at `display`.
    pub fn format(&self, source: Offset, display: Offset, names: &DateNames) -> String {
        let date = self.start.to_zoned_datetime(TimeZone::fixed(source));
        let time = self.start.to_zoned_datetime(TimeZone::fixed(display));
        match self.precision {
            Precision::Year => date.year().to_string(),
            Precision::Month => names.month_year(date.date()),
            Precision::Week => names.date_range(
                date.date(),
                date.date().checked_add(6.days()).unwrap_or(date.date()),
            ),
            Precision::Day => names.weekday_date(date.date()),
            Precision::Hour => format!(
                "{}, {} {} {}",
                names.weekday_date(time.date()),
                names.about(),
                time.strftime("%H:00"),
                format_offset(display)
            ),
            Precision::Minute => format!(
                "{}, {} {}",
                names.weekday_date(time.date()),
                time.strftime("%H:%M"),
                format_offset(display)
            ),
        }
    }

    /// The moment's calendar date alone, to at most a day, for a line with no room for weekday
    /// and time: "16 Dec 2011", "12–18 Dec 2011", "May 2011".
    pub fn format_date(&self, source: Offset, names: &DateNames) -> String {
        let date = self.start.to_zoned_datetime(TimeZone::fixed(source)).date();
        match self.precision {
            Precision::Day | Precision::Hour | Precision::Minute => names.day_month_year(date),
            _ => self.format(source, source, names),
        }
    }

    /// The moment in the dataset's own notation, which [`Moment::parse`] reads back with the same
    /// precision: `2011-05`, `2011-12-16`, `2011-12-17T20:00+05:00` (a week is written as its
    /// Monday, with its precision beside it).
    pub fn to_iso(&self, source: Offset) -> String {
        let z = self.start.to_zoned_datetime(TimeZone::fixed(source));
        match self.precision {
            Precision::Year => z.strftime("%Y").to_string(),
            Precision::Month => z.strftime("%Y-%m").to_string(),
            Precision::Week | Precision::Day => z.strftime("%Y-%m-%d").to_string(),
            Precision::Hour | Precision::Minute => z.strftime("%Y-%m-%dT%H:%M%:z").to_string(),
        }
    }
}

/// The Monday of the ISO week (Monday to Sunday) that `date` falls in.
fn week_monday(date: Date) -> Date {
    let back = i64::from(date.weekday().to_monday_zero_offset());
    date.checked_sub(back.days()).unwrap_or(date)
}

/// The timeline cursor for people: "Fri 16 Dec 2011, 17:00 UTC+5".
pub fn format_cursor(t: Timestamp, offset: Offset, names: &DateNames) -> String {
    let local = t.to_zoned_datetime(TimeZone::fixed(offset));
    format!(
        "{}, {} {}",
        names.weekday_date(local.date()),
        local.strftime("%H:%M"),
        format_offset(offset)
    )
}

/// "UTC+5", "UTC+5:30", "UTC".
pub fn format_offset(offset: Offset) -> String {
    let secs = offset.seconds();
    if secs == 0 {
        return "UTC".into();
    }
    let sign = if secs < 0 { '-' } else { '+' };
    let (h, m) = (secs.abs() / 3600, secs.abs() % 3600 / 60);
    if m == 0 {
        format!("UTC{sign}{h}")
    } else {
        format!("UTC{sign}{h}:{m:02}")
    }
}

/// "+05:00", as datasets write it.
pub fn offset_to_iso(offset: Offset) -> String {
    let secs = offset.seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    format!(
        "{sign}{:02}:{:02}",
        secs.abs() / 3600,
        secs.abs() % 3600 / 60
    )
}

/// Splits "13:24+05:00" into ("13:24", +5h); without a suffix the default offset applies.
fn split_offset(t: &str, default: Offset) -> Option<(&str, Offset)> {
    if let Some(clock) = t.strip_suffix('Z') {
        return Some((clock, Offset::UTC));
    }
    match t.find(['+', '-']) {
        None => Some((t, default)),
        Some(i) => {
            let (clock, suffix) = t.split_at(i);
            let sign: i32 = if suffix.starts_with('-') { -1 } else { 1 };
            let (h, m) = suffix[1..].split_once(':').unwrap_or((&suffix[1..], "00"));
            if h.len() != 2 || m.len() != 2 {
                return None;
            }
            let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
            if h > 14 || m > 59 {
                return None;
            }
            Offset::from_seconds(sign * (h * 3600 + m * 60))
                .ok()
                .map(|o| (clock, o))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc5() -> Offset {
        Offset::constant(5)
    }

    #[test]
    fn precision_follows_the_written_form() {
        let m = Moment::parse("2011-05", utc5(), None).unwrap();
        assert_eq!(m.precision, Precision::Month);
        assert_eq!(m.format(utc5(), utc5(), &DateNames::english()), "May 2011");
        assert_eq!(m.start.to_string(), "2011-04-30T19:00:00Z");
        let d = Moment::parse("2011-12-16", utc5(), None).unwrap();
        assert_eq!(
            d.format(utc5(), utc5(), &DateNames::english()),
            "Fri 16 Dec 2011"
        );
        let t = Moment::parse("2011-12-17T13:24+05:00", utc5(), None).unwrap();
        assert_eq!(t.precision, Precision::Minute);
        assert_eq!(t.format_date(utc5(), &DateNames::english()), "17 Dec 2011");
        assert_eq!(m.format_date(utc5(), &DateNames::english()), "May 2011");
        assert_eq!(
            t.format(utc5(), utc5(), &DateNames::english()),
            "Sat 17 Dec 2011, 13:24 UTC+5"
        );
    }

    #[test]
    fn a_week_is_monday_to_sunday_and_written_by_its_monday() {
        let names = DateNames::english();
        let week = Moment::parse("2011-12-12", utc5(), Some(Precision::Week)).unwrap();
        assert_eq!(week.precision, Precision::Week);
        assert_eq!(week.format(utc5(), utc5(), &names), "12–18 Dec 2011");
        assert_eq!(week.to_iso(utc5()), "2011-12-12");
        assert_eq!(
            week.period_end(utc5()),
            Moment::parse("2011-12-19", utc5(), None).unwrap().start
        );
        // Any other day would say the week began then.
        let wednesday = Moment::parse("2011-12-14", utc5(), Some(Precision::Week)).unwrap_err();
        assert_eq!(
            wednesday.to_string(),
            "'2011-12-14' is a Wednesday: a week is written as the date of its Monday (2011-12-12)"
        );
        // A day a source knows only to its week or month lies in that period: Sunday the 18th
        // is still the week of the 12th, and the 1st of January its week in the year before.
        let day = |t| Moment::parse(t, utc5(), None).unwrap();
        assert_eq!(day("2011-12-18").within(Precision::Week, utc5()), Ok(week));
        assert_eq!(
            day("2012-01-01")
                .within(Precision::Week, utc5())
                .unwrap()
                .format(utc5(), utc5(), &names),
            "26 Dec 2011 – 1 Jan 2012"
        );
        assert_eq!(
            day("2011-12-16").within(Precision::Month, utc5()),
            Ok(day("2011-12").within(Precision::Month, utc5()).unwrap())
        );
        assert_eq!(
            Moment::parse("2011-12-16T20:30", utc5(), None)
                .unwrap()
                .within(Precision::Day, utc5()),
            Ok(day("2011-12-16"))
        );
        assert!(day("2011-12").within(Precision::Day, utc5()).is_err());
        assert!(day("2011-12-16").within(Precision::Minute, utc5()).is_err());
    }

    #[test]
    fn dates_stay_calendar_dates_in_utc_but_times_move() {
        let d = Moment::parse("2011-12-16", utc5(), None).unwrap();
        assert_eq!(
            d.format(utc5(), Offset::UTC, &DateNames::english()),
            "Fri 16 Dec 2011"
        );
        let t = Moment::parse("2011-12-17T13:24+05:00", utc5(), None).unwrap();
        assert_eq!(
            t.format(utc5(), Offset::UTC, &DateNames::english()),
            "Sat 17 Dec 2011, 08:24 UTC"
        );
    }

    #[test]
    fn iso_round_trips_with_precision() {
        for text in ["2011", "2011-05", "2011-12-16", "2011-12-17T13:24+05:00"] {
            let m = Moment::parse(text, utc5(), None).unwrap();
            assert_eq!(m.to_iso(utc5()), text);
            assert_eq!(Moment::parse(&m.to_iso(utc5()), utc5(), None).unwrap(), m);
        }
        let h = Moment::parse("2011-12-17T20:00+05:00", utc5(), Some(Precision::Hour)).unwrap();
        assert_eq!(
            Moment::parse(&h.to_iso(utc5()), utc5(), Some(Precision::Hour)).unwrap(),
            h
        );
    }

    #[test]
    fn an_hour_claim_reads_as_about() {
        let t = Moment::parse("2011-12-17T20:00+05:00", utc5(), Some(Precision::Hour)).unwrap();
        assert_eq!(t.precision, Precision::Hour);
        assert_eq!(
            t.format(utc5(), utc5(), &DateNames::english()),
            "Sat 17 Dec 2011, about 20:00 UTC+5"
        );
    }

    #[test]
    fn a_month_period_ends_at_the_next_month() {
        let m = Moment::parse("2011-05", utc5(), None).unwrap();
        let end = Moment::parse("2011-06", utc5(), None).unwrap().start;
        assert_eq!(m.period_end(utc5()), end);
    }

    #[test]
    fn bad_dates_are_refused_with_reasons() {
        assert!(matches!(
            Moment::parse("2011-02-30", utc5(), None),
            Err(TimeError::Calendar { .. })
        ));
        assert!(matches!(
            Moment::parse("16 Dec 2011", utc5(), None),
            Err(TimeError::Form(_))
        ));
        assert!(matches!(
            Moment::parse("2011-12-16T25:00", utc5(), None),
            Err(TimeError::Form(_))
        ));
        assert!(matches!(
            Moment::parse("2011-05", utc5(), Some(Precision::Day)),
            Err(TimeError::Precision { .. })
        ));
    }

    #[test]
    fn offsets_and_cursor_format() {
        let t = Moment::parse("2011-12-16T12:00Z", utc5(), None)
            .unwrap()
            .start;
        assert_eq!(
            format_cursor(t, utc5(), &DateNames::english()),
            "Fri 16 Dec 2011, 17:00 UTC+5"
        );
        assert_eq!(format_offset(Offset::UTC), "UTC");
        assert_eq!(
            format_offset(Offset::from_seconds(-(3 * 3600 + 1800)).unwrap()),
            "UTC-3:30"
        );
    }
}
