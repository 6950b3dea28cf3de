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

/// For a latitude beyond ±90: whether the pair would be in range with the two exchanged (a
/// sign of columns or coordinates written the other way round). `None` for a latitude in range.
pub fn fits_swapped(lat: f64, lon: f64) -> Option<bool> {
    (latitude(lat).is_err()).then(|| latitude(lon).is_ok() && longitude(lat).is_ok())
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

/// The longest title or name (of a dataset, an event, a place or a source) a file may give:
/// longer ones are refused, since no panel, label or list could show them.
pub const MAX_TITLE_CHARS: usize = 500;
/// The longest description, note or other text a file may give.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// The largest uncertainty of a place's position: half the Earth's circumference.
pub const MAX_UNCERTAINTY_KM: f64 = 20_000.0;

/// A title or name of at most [`MAX_TITLE_CHARS`] characters.
pub fn title_length(text: &str) -> Result<(), String> {
    at_most(text, MAX_TITLE_CHARS, "a title or name")
}

/// A description or note of at most [`MAX_TEXT_CHARS`] characters.
pub fn text_length(text: &str) -> Result<(), String> {
    at_most(text, MAX_TEXT_CHARS, "a description or note")
}

fn at_most(text: &str, max: usize, what: &str) -> Result<(), String> {
    // Bytes are at least as many as characters: most texts are decided without counting.
    if text.len() <= max {
        return Ok(());
    }
    let chars = text.chars().count();
    if chars <= max {
        Ok(())
    } else {
        Err(format!(
            "the text is {chars} characters long; {what} may have at most {max}"
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

/// An absolute http or https address with a named host and no user name or password in it: the
/// only links the app will ever open. (`https://example.org@evil.example/` goes to
/// `evil.example`, so it is refused rather than shown as example.org.)
pub fn is_web_link(link: &str) -> bool {
    web_link(link).is_some()
}

/// The host a web link goes to, as the browser would read it: `https://www.hrw.org/…` →
/// `www.hrw.org`.
pub fn link_host(link: &str) -> Option<String> {
    web_link(link).and_then(|u| u.host_str().map(str::to_string))
}

fn web_link(link: &str) -> Option<url::Url> {
    // "https:///x" would be read as host x: a malformed link is not guessed at.
    let malformed = link
        .split_once("://")
        .is_none_or(|(_, rest)| rest.is_empty() || rest.starts_with('/'));
    if malformed || link.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let url = url::Url::parse(link).ok()?;
    let named_host = url.host_str().is_some_and(|h| !h.is_empty());
    (matches!(url.scheme(), "http" | "https")
        && named_host
        && url.username().is_empty()
        && url.password().is_none())
    .then_some(url)
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

/// The nearest slug to `text`: lower-cased, each run of other characters a hyphen
/// (`"KAZ 123"` → `kaz-123`); empty when `text` has no ASCII letter or digit.
pub fn slug_of(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
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
        assert_eq!(slug_of("KAZ 123"), "kaz-123");
        assert_eq!(slug_of("--Event #1--"), "event-1");
        assert_eq!(slug_of("Жанаозен"), "");
        assert!(is_slug(&slug_of("A  b__c")));
        assert!(!is_slug("жанаозен"));
    }

    #[test]
    fn texts_have_a_length_limit() {
        assert!(title_length(&"ж".repeat(MAX_TITLE_CHARS)).is_ok());
        assert!(
            title_length(&"x".repeat(3_000))
                .unwrap_err()
                .contains("3000 characters long")
        );
        assert!(text_length(&"x".repeat(MAX_TEXT_CHARS + 1)).is_err());
    }

    #[test]
    fn web_links() {
        assert!(is_web_link("https://www.hrw.org/news/2012/02/02"));
        assert!(is_web_link("HTTP://bbc.co.uk/x"));
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://",
            "https:///x",
            "https://example.org@evil.example/",
            "https://user:pw@example.org/",
            "https://exa mple.org/",
            "ftp://example.org/",
        ] {
            assert!(!is_web_link(bad), "{bad}");
        }
        assert_eq!(
            link_host("https://www.hrw.org/a").as_deref(),
            Some("www.hrw.org")
        );
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
