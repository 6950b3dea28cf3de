//! Dates in imported files (GeoJSON, CSV): ISO 8601 text (also `2011/12/16 08:00:00+05`, as GDAL
//! and so QGIS write it), "16 December 2011", compact digits (`20111216`, `201112160605`), or epoch
//! seconds or milliseconds. One column (or property) must keep to one form; a row in another form
//! is reported, never guessed at.
//!
//! Numbers are told apart by their count of digits, the same for every row of a column, so a
//! column cannot drift from seconds to milliseconds unseen:
//!
//! | digits | read as |
//! |---|---|
//! | 8 | `YYYYMMDD` |
//! | 9–11 | epoch seconds (March 1973 to the year 5138) |
//! | 12 | `YYYYMMDDhhmm` as text; epoch milliseconds as a JSON number |
//! | 13 | epoch milliseconds (September 2001 to the year 2286) |
//! | 14 | `YYYYMMDDhhmmss` |
//!
//! Any other count is refused, with this rule in the message.
//!
//! Numeric dates with the year last (`16.12.2011`, `16/12/2011 17:00`, `12/16/2011`) are read in
//! the order the file uses, day or month first ([`DateOrder`]), which only a date whose first or
//! second part is over 12 can tell; a date either order reads differently (`05/06/2011`) is
//! never guessed at without that evidence.

use jiff::{
    Timestamp, civil,
    tz::{Offset, TimeZone},
};

use crate::model::{LAST_YEAR, Moment, Precision, TimeError};

/// Which part of a numeric date with the year last comes first: the day (`16.12.2011`, as most of
/// the world and Russian and Kazakh spreadsheets write it) or the month (`12/16/2011`, as in the
/// United States).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrder {
    /// `16.12.2011`, `16/12/2011`.
    DayFirst,
    /// `12/16/2011`.
    MonthFirst,
}

/// A numeric date with the year last, in its parts: `16.12.2011 17:00` → (16, 12, 2011, "17:00").
struct Numeric<'a> {
    first: i8,
    second: i8,
    year: i16,
    time: &'a str,
}

/// The parts of `16.12.2011`, `16/12/2011 17:00` or `12-16-2011`: one or two digits, two or
/// one, four, with the same separator (`.`, `/` or `-`) twice; a time of day may follow.
fn numeric(t: &str) -> Option<Numeric<'_>> {
    let (date, time) = match t.find([' ', 'T']) {
        Some(i) => (&t[..i], t[i + 1..].trim()),
        None => (t, ""),
    };
    let separator = date.chars().find(|c| matches!(c, '.' | '/' | '-'))?;
    let mut parts = date.split(separator);
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit())
    };
    if parts.next().is_some() || !digits(a, 1..=2) || !digits(b, 1..=2) || !digits(y, 4..=4) {
        return None;
    }
    Some(Numeric {
        first: a.parse().ok()?,
        second: b.parse().ok()?,
        year: y.parse().ok()?,
        time,
    })
}

impl DateOrder {
    /// What a date text tells of the order: `None` for a text that is not a numeric date with the
    /// year last, `Some(None)` for one that either order reads (`05/06/2011`, `05/05/2011`).
    pub fn told_by(text: &str) -> Option<Option<Self>> {
        let n = numeric(text.trim())?;
        Some(match (n.first > 12, n.second > 12) {
            (true, false) => Some(Self::DayFirst),
            (false, true) => Some(Self::MonthFirst),
            _ => None,
        })
    }

    fn form(self) -> DateForm {
        match self {
            Self::DayFirst => DateForm::DayFirst,
            Self::MonthFirst => DateForm::MonthFirst,
        }
    }

    /// The order in words, as [`DateForm::describe`] gives it: "day first (16.12.2011)".
    pub fn form_describe(self) -> &'static str {
        self.form().describe()
    }
}

/// How a file writes its dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateForm {
    /// `2011`, `2011-05`, `2011-12-16`, `2011-12-16T17:00`, with optional seconds and offset; or
    /// with slashes, `2011/12/16 17:00:00+05`.
    Iso,
    /// `16 December 2011` or `16 Dec 2011` (ACLED exports).
    DayMonthYear,
    /// `YYYYMMDD`, `YYYYMMDDhhmm` or `YYYYMMDDhhmmss`.
    Compact,
    /// Seconds since 1970-01-01 UTC (Unix time).
    EpochSeconds,
    /// Milliseconds since 1970-01-01 UTC (USGS feeds).
    EpochMillis,
    /// `16.12.2011` or `16/12/2011`, with an optional time of day.
    DayFirst,
    /// `12/16/2011`, with an optional time of day.
    MonthFirst,
}

/// The rule for numbers, quoted in messages.
const DIGITS_RULE: &str = "8 digits are read as YYYYMMDD, 9 to 11 as epoch seconds, 12 as \
    YYYYMMDDhhmm, 13 as epoch milliseconds and 14 as YYYYMMDDhhmmss";

impl DateForm {
    /// The form in words, for messages and the import summary.
    pub fn describe(self) -> &'static str {
        match self {
            Self::Iso => "ISO 8601 (2011-12-16)",
            Self::DayMonthYear => "day month year (16 December 2011)",
            Self::Compact => "compact digits (YYYYMMDD, YYYYMMDDhhmm)",
            Self::EpochSeconds => "epoch seconds",
            Self::EpochMillis => "epoch milliseconds",
            Self::DayFirst => "day first (16.12.2011)",
            Self::MonthFirst => "month first (12/16/2011)",
        }
    }

    /// The form a text is written in, if it is a date at all.
    pub fn of_text(text: &str) -> Option<Self> {
        let t = text.trim();
        let b = t.as_bytes();
        let digits = t.strip_prefix('-').unwrap_or(t);
        if !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit()) {
            let negative = digits.len() != t.len();
            return match (digits.len(), negative) {
                (4, false) => Some(Self::Iso),
                (8 | 12 | 14, false) => Some(Self::Compact),
                (9..=11, _) => Some(Self::EpochSeconds),
                (13, _) => Some(Self::EpochMillis),
                _ => None,
            };
        }
        if b.len() >= 4
            && b[..4].iter().all(u8::is_ascii_digit)
            && (b.len() == 4 || b[4] == b'-' || b[4] == b'/')
        {
            Some(Self::Iso)
        } else if t.split_whitespace().count() == 3 && b.first().is_some_and(u8::is_ascii_digit) {
            Some(Self::DayMonthYear)
        } else {
            None
        }
    }
}

/// Reads a date text in its form; `claimed` is a precision the file states for the row. A
/// numeric date with the year last is read only where the text itself tells the order (see
/// [`parse_text_in`]).
pub fn parse_text(
    text: &str,
    offset: Offset,
    claimed: Option<Precision>,
) -> Result<(Moment, DateForm), String> {
    parse_text_in(text, offset, claimed, None)
}

/// [`parse_text`], with numeric dates with the year last read in `order`, as the file's other
/// dates tell it; without it, only a date that one order alone reads (`16/12/2011`) is read.
pub fn parse_text_in(
    text: &str,
    offset: Offset,
    claimed: Option<Precision>,
    order: Option<DateOrder>,
) -> Result<(Moment, DateForm), String> {
    let t = text.trim();
    // An hour is written as a time to the minute ("about 20:00" is T20:00); a coarser precision
    // places the date in its period below.
    let hour = claimed.filter(|p| *p == Precision::Hour);
    let (moment, form) = parse_written(t, offset, hour, order)?;
    match claimed {
        Some(p) if p != moment.precision && p != Precision::Hour => moment
            .within(p, offset)
            .map(|m| (m, form))
            .map_err(|e| e.to_string()),
        _ => Ok((moment, form)),
    }
}

/// The precision an end is read with, where a row's precision is `claimed`: that precision is
/// the start's, and an end is written to its own (only an hour, which reads as a minute, is
/// carried over).
pub fn end_claim(claimed: Option<Precision>) -> Option<Precision> {
    claimed.filter(|p| *p == Precision::Hour)
}

/// The precision a row's precision column or property gives: a name ("day", "week"), or, in
/// ACLED's `time_precision` (`codes`), its code: 1 the day, 2 the week, 3 the month.
pub fn precision_value(text: &str, codes: bool) -> Result<Precision, String> {
    let t = text.trim();
    match t {
        "1" if codes => Ok(Precision::Day),
        "2" if codes => Ok(Precision::Week),
        "3" if codes => Ok(Precision::Month),
        _ if codes => Err(format!(
            "'{t}' is not a time precision: expected 1 (the day), 2 (the week) or 3 (the month)"
        )),
        _ => serde_json::from_value(serde_json::Value::String(t.to_lowercase())).map_err(|_| {
            format!("'{t}' is not a precision: expected year, month, week, day, hour or minute")
        }),
    }
}

/// A date text read to the precision it is written to (an hour where `claimed` says so).
fn parse_written(
    t: &str,
    offset: Offset,
    claimed: Option<Precision>,
    order: Option<DateOrder>,
) -> Result<(Moment, DateForm), String> {
    if let Some(n) = numeric(t) {
        return parse_numeric(t, &n, offset, order);
    }
    let form = DateForm::of_text(t).ok_or_else(|| not_a_date(t))?;
    let moment = match form {
        DateForm::Iso => parse_iso(t, offset, claimed)?,
        DateForm::Compact => parse_compact(t, offset)?,
        DateForm::EpochSeconds | DateForm::EpochMillis => {
            let n: i64 = t.parse().map_err(|_| format!("'{t}' is too large"))?;
            from_epoch(n, form)?
        }
        DateForm::DayMonthYear => parse_day_month_year(t, offset)?,
        // Numeric dates with the year last are read above: `of_text` does not name them.
        DateForm::DayFirst | DateForm::MonthFirst => return Err(not_a_date(t)),
    };
    Ok((moment, form))
}

/// A JSON number of seconds or milliseconds since the epoch, by its count of digits.
pub fn parse_number(n: &serde_json::Number) -> Result<(Moment, DateForm), String> {
    let whole = n
        .as_i64()
        .ok_or_else(|| format!("{n} is not a whole number of seconds or milliseconds"))?;
    let form = match whole.unsigned_abs().checked_ilog10().map_or(1, |l| l + 1) {
        9..=11 => DateForm::EpochSeconds,
        12 | 13 => DateForm::EpochMillis,
        _ => {
            return Err(format!(
                "{n} is not a time: a number time must have 9 to 11 digits (epoch seconds) \
                 or 12 to 13 (epoch milliseconds)"
            ));
        }
    };
    Ok((from_epoch(whole, form)?, form))
}

fn not_a_date(t: &str) -> String {
    if !t.is_empty()
        && t.trim_start_matches('-')
            .bytes()
            .all(|c| c.is_ascii_digit())
    {
        format!("'{t}' is not a date: {DIGITS_RULE}")
    } else {
        format!(
            "'{t}' is not a date: expected ISO 8601 (2011-12-16, 2011/12/16 08:00), \
             '16 December 2011', compact digits (20111216) or epoch seconds or milliseconds"
        )
    }
}

/// Seconds or milliseconds since the epoch, to the minute.
fn from_epoch(n: i64, form: DateForm) -> Result<Moment, String> {
    let (start, unit) = if form == DateForm::EpochSeconds {
        (Timestamp::from_second(n), "s")
    } else {
        (Timestamp::from_millisecond(n), "ms")
    };
    let start = start.map_err(|e| format!("{n} {unit} is out of range: {e}"))?;
    Ok(Moment {
        start,
        precision: Precision::Minute,
    })
}

/// `YYYYMMDD` (a day), `YYYYMMDDhhmm` or `YYYYMMDDhhmmss` (to the minute), at `offset`.
fn parse_compact(t: &str, offset: Offset) -> Result<Moment, String> {
    let (pattern, precision) = match t.len() {
        8 => ("%Y%m%d", Precision::Day),
        12 => ("%Y%m%d%H%M", Precision::Minute),
        _ => ("%Y%m%d%H%M%S", Precision::Minute),
    };
    let dt = civil::DateTime::strptime(pattern, t)
        .or_else(|_| {
            civil::Date::strptime(pattern, t).map(|d| d.to_datetime(civil::Time::midnight()))
        })
        .map_err(|e| format!("'{t}' is not a date ({DIGITS_RULE}): {e}"))?;
    Ok(Moment {
        start: local(t, dt, offset)?,
        precision,
    })
}

/// A numeric date with the year last, in `order` or in the one the text tells.
fn parse_numeric(
    t: &str,
    n: &Numeric<'_>,
    offset: Offset,
    order: Option<DateOrder>,
) -> Result<(Moment, DateForm), String> {
    let read = |order: DateOrder| {
        let (day, month) = match order {
            DateOrder::DayFirst => (n.first, n.second),
            DateOrder::MonthFirst => (n.second, n.first),
        };
        civil::Date::new(n.year, month, day)
    };
    let told = DateOrder::told_by(t).flatten();
    let order = match (order, told) {
        (Some(order), _) | (None, Some(order)) => order,
        // 05/05/2011 is the same date either way.
        (None, None) if n.first == n.second => DateOrder::DayFirst,
        (None, None) => {
            let words =
                |o| read(o).map_or_else(|_| "?".into(), |d| d.strftime("%-d %B %Y").to_string());
            return Err(format!(
                "'{t}' could be {} (day first) or {} (month first), and no date of the file \
                 tells which: the order is not guessed; write the dates as 2011-12-16",
                words(DateOrder::DayFirst),
                words(DateOrder::MonthFirst)
            ));
        }
    };
    let form = order.form();
    let date = read(order)
        .map_err(|e| format!("'{t}' is not a real date read {}: {e}", form.describe()))?;
    let (time, precision) = match n.time {
        "" => (civil::Time::midnight(), Precision::Day),
        time => (
            civil::Time::strptime("%H:%M:%S", time)
                .or_else(|_| civil::Time::strptime("%H:%M", time))
                .map_err(|_| format!("'{t}': '{time}' is not a time of day (08:00 or 08:00:00)"))?,
            Precision::Minute,
        ),
    };
    Ok((
        Moment {
            start: local(t, date.to_datetime(time), offset)?,
            precision,
        },
        form,
    ))
}

/// `16 December 2011`, `16 Dec 2011` or `16 Sept 2011`; the year in full.
fn parse_day_month_year(t: &str, offset: Offset) -> Result<Moment, String> {
    let mut words = t.split_whitespace();
    let (day, month, year) = (words.next(), words.next(), words.next());
    let (Some(day), Some(month), Some(year)) = (day, month, year) else {
        return Err(not_a_date(t));
    };
    if !(year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())) {
        return Err(format!(
            "'{t}': the year '{year}' is not four digits; a short year is not guessed at \
             (is 11 the year 1911 or 2011?): write it in full"
        ));
    }
    // "Sept" is a common abbreviation that strftime's %b does not know.
    let month = if month.eq_ignore_ascii_case("sept") {
        "Sep"
    } else {
        month
    };
    let read = |text: &str| {
        civil::Date::strptime("%d %B %Y", text).or_else(|_| civil::Date::strptime("%d %b %Y", text))
    };
    let date = read(&format!("{day} {month} {year}")).map_err(|e| {
        if read(&format!("1 {month} 2000")).is_ok() {
            format!("'{t}' is not a real date: {e}")
        } else {
            format!("'{t}' is not a date: '{month}' is not an English month name")
        }
    })?;
    Ok(Moment {
        start: local(t, date.to_datetime(civil::Time::midnight()), offset)?,
        precision: Precision::Day,
    })
}

fn local(t: &str, dt: civil::DateTime, offset: Offset) -> Result<Timestamp, String> {
    if dt.year() > LAST_YEAR {
        return Err(TimeError::Range(t.to_string()).to_string());
    }
    Ok(dt
        .to_zoned_datetime(TimeZone::fixed(offset))
        .map_err(|e| format!("'{t}': {e}"))?
        .timestamp())
}

/// ISO 8601 in the app's own forms, or with seconds (`2011-12-16T17:00:00Z`,
/// `2011-12-16 17:00:00`), which are kept to the minute; slashes between the parts of the date
/// (`2011/12/16`) and an offset of hours only (`+05`) are read as GDAL writes them.
fn parse_iso(t: &str, offset: Offset, claimed: Option<Precision>) -> Result<Moment, String> {
    let dashed;
    let t = if t.as_bytes().get(4) == Some(&b'/') {
        dashed = slashes_to_dashes(t);
        dashed.as_str()
    } else {
        t
    };
    match Moment::parse(t, offset, claimed) {
        Ok(m) => Ok(m),
        Err(first @ TimeError::Range(_)) => Err(first.to_string()),
        Err(first) => {
            let with_t = with_full_offset(&t.replacen(' ', "T", 1));
            if let Ok(ts) = with_t.parse::<Timestamp>() {
                return Ok(Moment {
                    start: ts,
                    precision: Precision::Minute,
                });
            }
            if let Ok(dt) = with_t.parse::<civil::DateTime>() {
                return Ok(Moment {
                    start: local(t, dt, offset)?,
                    precision: Precision::Minute,
                });
            }
            Err(first.to_string())
        }
    }
}

/// `2011/12/16 08:00` → `2011-12-16 08:00`: only the date's two separators.
fn slashes_to_dashes(t: &str) -> String {
    let (date, rest) = t.split_at(t.find([' ', 'T']).unwrap_or(t.len()));
    format!("{}{rest}", date.replace('/', "-"))
}

/// `…08:00:00+05` → `…08:00:00+05:00`: an offset of whole hours, as GDAL writes it.
fn with_full_offset(t: &str) -> String {
    let b = t.as_bytes();
    let n = b.len();
    let hours_only = n > 3
        && (b[n - 3] == b'+' || b[n - 3] == b'-')
        && b[n - 2].is_ascii_digit()
        && b[n - 1].is_ascii_digit()
        && t[..n - 3].contains(':');
    if hours_only {
        format!("{t}:00")
    } else {
        t.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_told_apart() {
        assert_eq!(DateForm::of_text("2011-12-16"), Some(DateForm::Iso));
        assert_eq!(DateForm::of_text("2011/12/16"), Some(DateForm::Iso));
        assert_eq!(DateForm::of_text("2011"), Some(DateForm::Iso));
        assert_eq!(DateForm::of_text("20111216"), Some(DateForm::Compact));
        assert_eq!(DateForm::of_text("201112160605"), Some(DateForm::Compact));
        assert_eq!(
            DateForm::of_text("1324015500"),
            Some(DateForm::EpochSeconds)
        );
        assert_eq!(
            DateForm::of_text("1324051200000"),
            Some(DateForm::EpochMillis)
        );
        assert_eq!(
            DateForm::of_text("16 December 2011"),
            Some(DateForm::DayMonthYear)
        );
        assert_eq!(DateForm::of_text("12/16/2011"), None);
        assert_eq!(
            DateOrder::told_by("12/16/2011"),
            Some(Some(DateOrder::MonthFirst))
        );
        assert_eq!(
            DateOrder::told_by("16.12.2011 17:00"),
            Some(Some(DateOrder::DayFirst))
        );
        assert_eq!(DateOrder::told_by("05/06/2011"), Some(None));
        assert_eq!(DateOrder::told_by("2011-12-16"), None);
        assert_eq!(DateOrder::told_by("20111216"), None);
        assert_eq!(DateForm::of_text("1234567"), None);
    }

    #[test]
    fn each_form_reads_with_its_precision() {
        let utc = Offset::UTC;
        let read =
            |t: &str| parse_text(t, utc, None).map(|(m, _)| (m.start.to_string(), m.precision));
        assert_eq!(
            read("16 December 2011"),
            Ok(("2011-12-16T00:00:00Z".into(), Precision::Day))
        );
        assert_eq!(read("1324051200000").unwrap().0, "2011-12-16T16:00:00Z");
        assert_eq!(
            read("2011-12-16T17:00:00+05:00"),
            Ok(("2011-12-16T12:00:00Z".into(), Precision::Minute))
        );
        assert_eq!(
            read("2011-12-16 17:00:00").unwrap().0,
            "2011-12-16T17:00:00Z"
        );
        assert_eq!(read("2011-05").unwrap().1, Precision::Month);
        assert!(read("2011-02-30").unwrap_err().contains("not a real date"));
    }

    #[test]
    fn epoch_seconds_are_not_read_as_milliseconds() {
        let (m, form) = parse_text("1324015500", Offset::UTC, None).unwrap();
        assert_eq!(form, DateForm::EpochSeconds);
        assert_eq!(m.start.to_string(), "2011-12-16T06:05:00Z");
        let (m, form) = parse_number(&serde_json::Number::from(1_324_015_500_i64)).unwrap();
        assert_eq!(
            (m.start.to_string().as_str(), form),
            ("2011-12-16T06:05:00Z", DateForm::EpochSeconds)
        );
        let (m, form) = parse_number(&serde_json::Number::from(1_324_015_500_000_i64)).unwrap();
        assert_eq!(
            (m.start.to_string().as_str(), form),
            ("2011-12-16T06:05:00Z", DateForm::EpochMillis)
        );
        assert!(
            parse_number(&serde_json::Number::from(86_400))
                .unwrap_err()
                .contains("9 to 11 digits")
        );
    }

    #[test]
    fn compact_digits_are_dates_not_milliseconds() {
        let five = Offset::constant(5);
        let (m, form) = parse_text("201112160605", five, None).unwrap();
        assert_eq!(form, DateForm::Compact);
        assert_eq!(m.start.to_string(), "2011-12-16T01:05:00Z");
        let (m, _) = parse_text("20111216", five, None).unwrap();
        assert_eq!(m.precision, Precision::Day);
        assert!(
            parse_text("20111399", five, None)
                .unwrap_err()
                .contains("YYYYMMDD")
        );
        assert!(
            parse_text("1234567", five, None)
                .unwrap_err()
                .contains("9 to 11 as epoch seconds")
        );
    }

    #[test]
    fn gdal_slashes_and_hour_offsets_are_read() {
        let utc = Offset::UTC;
        let (m, _) = parse_text("2011/12/16", utc, None).unwrap();
        assert_eq!(
            (m.start.to_string().as_str(), m.precision),
            ("2011-12-16T00:00:00Z", Precision::Day)
        );
        let (m, _) = parse_text("2011/12/16 08:00:00+05", utc, None).unwrap();
        assert_eq!(m.start.to_string(), "2011-12-16T03:00:00Z");
    }

    #[test]
    fn short_years_odd_months_and_far_dates_are_explained() {
        let utc = Offset::UTC;
        assert!(
            parse_text("16 December 11", utc, None)
                .unwrap_err()
                .contains("not four digits")
        );
        let (m, _) = parse_text("16 Sept 2011", utc, None).unwrap();
        assert_eq!(m.start.to_string(), "2011-09-16T00:00:00Z");
        assert!(
            parse_text("31 February 2011", utc, None)
                .unwrap_err()
                .contains("not a real date")
        );
        assert!(
            parse_text("9999-12-31", utc, None)
                .unwrap_err()
                .contains("years 0001 to 9998")
        );
        assert!(
            parse_text("31 December 9999", utc, None)
                .unwrap_err()
                .contains("years 0001 to 9998")
        );
    }

    #[test]
    fn numeric_dates_are_read_in_the_order_the_file_tells() {
        let utc = Offset::UTC;
        let day = |t: &str, o| {
            parse_text_in(t, utc, None, o).map(|(m, f)| (m.start.to_string(), m.precision, f))
        };
        assert_eq!(
            day("16.12.2011", None).unwrap(),
            (
                "2011-12-16T00:00:00Z".into(),
                Precision::Day,
                DateForm::DayFirst
            )
        );
        assert_eq!(
            day("12/16/2011 17:05", None).unwrap(),
            (
                "2011-12-16T17:05:00Z".into(),
                Precision::Minute,
                DateForm::MonthFirst
            )
        );
        assert_eq!(
            day("05/06/2011", Some(DateOrder::DayFirst)).unwrap().0,
            "2011-06-05T00:00:00Z"
        );
        assert_eq!(
            day("05/06/2011", Some(DateOrder::MonthFirst)).unwrap().0,
            "2011-05-06T00:00:00Z"
        );
        assert_eq!(day("05/05/2011", None).unwrap().0, "2011-05-05T00:00:00Z");
        let e = day("05/06/2011", None).unwrap_err();
        assert!(
            e.contains("5 June 2011 (day first) or 6 May 2011 (month first)"),
            "{e}"
        );
        let e = day("12/16/2011", Some(DateOrder::DayFirst)).unwrap_err();
        assert!(e.contains("not a real date read day first"), "{e}");
        assert!(day("16.12.2011 25:00", None).is_err());
    }
}
