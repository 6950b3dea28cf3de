//! The format rules every reader shares, each written once: coordinate ranges, the end of a span
//! after its start, offsets, web links and ids. JSON, CSV and GeoJSON all call these, and the
//! command line uses the coordinate ranges too.

use jiff::tz::Offset;

pub use crate::geometry::MAX_MERCATOR_LATITUDE;

/// A latitude in degrees, from -90 to 90.
pub fn latitude(v: f64) -> Result<f64, String> {
    in_range(v, 90.0, "latitude")
}

/// A longitude in degrees, from -180 to 180.
pub fn longitude(v: f64) -> Result<f64, String> {
    in_range(v, 180.0, "longitude")
}

/// A latitude the Web Mercator map can centre on (the map's limit, about ±85.05°).
pub fn map_latitude(v: f64) -> Result<f64, String> {
    in_range(v, MAX_MERCATOR_LATITUDE, "latitude")
}

fn in_range(v: f64, limit: f64, what: &str) -> Result<f64, String> {
    if v.is_finite() && v.abs() <= limit {
        Ok(v)
    } else {
        Err(format!(
            "expected a {what} from -{limit} to {limit}, found {v}"
        ))
    }
}

/// The end of a span may not come before its start.
pub fn end_after_start(start: jiff::Timestamp, end: jiff::Timestamp) -> Result<(), String> {
    if end < start {
        Err("the end is before the start".into())
    } else {
        Ok(())
    }
}

/// An absolute http or https address: the only links the app will ever open.
pub fn is_web_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty() && !r.starts_with('/') && !r.chars().any(char::is_whitespace)
    })
}

/// Lower-case ASCII letters, digits and single hyphens: `zhanaozen`, `fort-shevchenko`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// An offset from UTC written `+05:00` or `-03:30`.
pub fn parse_offset(text: &str) -> Option<Offset> {
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let (h, m) = rest.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    if h > 14 || m > 59 {
        return None;
    }
    Offset::from_seconds(sign * (h * 3600 + m * 60)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("fort-shevchenko"));
        assert!(is_slug("zhanaozen"));
        assert!(!is_slug("Zhanaozen"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug(""));
        assert!(!is_slug("жанаозен"));
    }

    #[test]
    fn offsets() {
        assert_eq!(parse_offset("+05:00"), Some(Offset::constant(5)));
        assert_eq!(
            parse_offset("-03:30").map(|o| o.seconds()),
            Some(-(3 * 3600 + 1800))
        );
        assert_eq!(parse_offset("5"), None);
        assert_eq!(parse_offset("+25:00"), None);
    }

    #[test]
    fn coordinates_and_spans() {
        assert_eq!(latitude(43.3), Ok(43.3));
        assert!(
            latitude(95.0)
                .unwrap_err()
                .contains("from -90 to 90, found 95")
        );
        assert!(longitude(f64::NAN).is_err());
        assert!(map_latitude(86.0).is_err());
        let t = jiff::Timestamp::UNIX_EPOCH;
        assert!(end_after_start(t, t).is_ok());
    }
}
