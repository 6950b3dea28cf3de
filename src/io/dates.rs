//! Dates in imported files (GeoJSON, CSV): ISO 8601 text, "16 December 2011", or epoch
//! milliseconds. One column (or property) must keep to one form; a row in another form is reported,
//! never guessed at.

use jiff::{
    Timestamp, civil,
    tz::{Offset, TimeZone},
};

use crate::model::{Moment, Precision};

/// How a file writes its dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateForm {
    /// `2011`, `2011-05`, `2011-12-16`, `2011-12-16T17:00`, with optional seconds and offset.
    Iso,
    /// `16 December 2011` or `16 Dec 2011` (ACLED exports).
    DayMonthYear,
    /// Milliseconds since 1970-01-01 UTC (USGS feeds).
    EpochMillis,
}

impl DateForm {
    pub fn describe(self) -> &'static str {
        match self {
            Self::Iso => "ISO 8601 (2011-12-16)",
            Self::DayMonthYear => "day month year (16 December 2011)",
            Self::EpochMillis => "epoch milliseconds",
        }
    }

    /// The form a text is written in, if it is a date at all.
    pub fn of_text(text: &str) -> Option<Self> {
        let t = text.trim();
        let b = t.as_bytes();
        if b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit) && (b.len() == 4 || b[4] == b'-') {
            Some(Self::Iso)
        } else if b.len() >= 9
            && b.iter()
                .enumerate()
                .all(|(i, c)| c.is_ascii_digit() || (i == 0 && *c == b'-'))
        {
            Some(Self::EpochMillis)
        } else if t.split_whitespace().count() == 3 && b.first().is_some_and(u8::is_ascii_digit) {
            Some(Self::DayMonthYear)
        } else {
            None
        }
    }
}

/// Reads a date text in its form; `claimed` is a precision the file states for the row.
pub fn parse_text(
    text: &str,
    offset: Offset,
    claimed: Option<Precision>,
) -> Result<(Moment, DateForm), String> {
    let t = text.trim();
    let form = DateForm::of_text(t).ok_or_else(|| format!("'{t}' is not a date: expected ISO 8601 (2011-12-16), '16 December 2011' or epoch milliseconds"))?;
    let moment = match form {
        DateForm::Iso => parse_iso(t, offset, claimed)?,
        DateForm::EpochMillis => {
            let ms: i64 = t
                .parse()
                .map_err(|_| format!("'{t}' is not a whole number of milliseconds"))?;
            from_millis(ms)?
        }
        DateForm::DayMonthYear => {
            let date = civil::Date::strptime("%d %B %Y", t)
                .or_else(|_| civil::Date::strptime("%d %b %Y", t))
                .map_err(|e| format!("'{t}' is not a date: {e}"))?;
            let start = date
                .to_zoned_datetime(TimeZone::fixed(offset))
                .map_err(|e| format!("'{t}': {e}"))?
                .timestamp();
            Moment {
                start,
                precision: Precision::Day,
            }
        }
    };
    Ok((moment, form))
}

/// Milliseconds since the epoch, to the minute.
pub fn from_millis(ms: i64) -> Result<Moment, String> {
    let start =
        Timestamp::from_millisecond(ms).map_err(|e| format!("{ms} ms is out of range: {e}"))?;
    Ok(Moment {
        start,
        precision: Precision::Minute,
    })
}

/// ISO 8601 in the app's own forms, or with seconds (`2011-12-16T17:00:00Z`,
/// `2011-12-16 17:00:00`), which are kept to the minute.
fn parse_iso(t: &str, offset: Offset, claimed: Option<Precision>) -> Result<Moment, String> {
    match Moment::parse(t, offset, claimed) {
        Ok(m) => Ok(m),
        Err(first) => {
            let with_t = t.replacen(' ', "T", 1);
            if let Ok(ts) = with_t.parse::<Timestamp>() {
                return Ok(Moment {
                    start: ts,
                    precision: Precision::Minute,
                });
            }
            if let Ok(dt) = with_t.parse::<civil::DateTime>() {
                let start = dt
                    .to_zoned_datetime(TimeZone::fixed(offset))
                    .map_err(|e| format!("'{t}': {e}"))?
                    .timestamp();
                return Ok(Moment {
                    start,
                    precision: Precision::Minute,
                });
            }
            Err(first.to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_told_apart() {
        assert_eq!(DateForm::of_text("2011-12-16"), Some(DateForm::Iso));
        assert_eq!(DateForm::of_text("2011"), Some(DateForm::Iso));
        assert_eq!(
            DateForm::of_text("1324051200000"),
            Some(DateForm::EpochMillis)
        );
        assert_eq!(
            DateForm::of_text("16 December 2011"),
            Some(DateForm::DayMonthYear)
        );
        assert_eq!(DateForm::of_text("12/16/2011"), None);
    }

    #[test]
    fn each_form_reads_with_its_precision() {
        let utc = Offset::UTC;
        let (m, _) = parse_text("16 December 2011", utc, None).unwrap();
        assert_eq!(
            (m.start.to_string().as_str(), m.precision),
            ("2011-12-16T00:00:00Z", Precision::Day)
        );
        let (m, _) = parse_text("1324051200000", utc, None).unwrap();
        assert_eq!(m.start.to_string(), "2011-12-16T16:00:00Z");
        let (m, _) = parse_text("2011-12-16T17:00:00+05:00", utc, None).unwrap();
        assert_eq!(
            (m.start.to_string().as_str(), m.precision),
            ("2011-12-16T12:00:00Z", Precision::Minute)
        );
        let (m, _) = parse_text("2011-12-16 17:00:00", utc, None).unwrap();
        assert_eq!(m.start.to_string(), "2011-12-16T17:00:00Z");
        let (m, _) = parse_text("2011-05", utc, None).unwrap();
        assert_eq!(m.precision, Precision::Month);
        assert!(
            parse_text("2011-02-30", utc, None)
                .unwrap_err()
                .contains("not a real date")
        );
    }
}
