//! What a file is when it is not one the readers take: the messages name the format and say what
//! to do (a GeoPackage, GPX or KML file, UTF-16 or Windows-1251 text), instead of a parser's
//! "expected value at line 1, column 1".

use super::{LoadError, Location};

/// How to make a file the app can read, quoted in the messages.
const CONVERT: &str = "save it as GeoJSON or CSV (in QGIS: Export > Save Features As; or \
    ogr2ogr -f GeoJSON out.geojson in-file)";

/// The error for bytes that are not UTF-8 text, saying what they seem to be instead.
pub fn not_utf8(file: &str, bytes: &[u8], valid_up_to: usize) -> LoadError {
    let at = |message: String| LoadError::single(file, Location::Byte(valid_up_to), message);
    if bytes.starts_with(b"SQLite format 3\0") {
        return LoadError::single(
            file,
            Location::File,
            format!("this is an SQLite database (a GeoPackage?), which is not read: {CONVERT}"),
        );
    }
    if let Some(order) = utf16_order(bytes) {
        return LoadError::single(
            file,
            Location::File,
            format!(
                "the file is UTF-16 text ({order}); only UTF-8 is read: save it as UTF-8 (in a \
                 spreadsheet: CSV UTF-8)"
            ),
        );
    }
    if bytes.contains(&0) {
        return at("the file is not text (it has NUL bytes): is it a binary file?".into());
    }
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    let cyrillic_1251 = bytes.iter().filter(|&&b| b >= 0xC0).count();
    if high > 0 && cyrillic_1251 * 10 >= high * 7 {
        return at(
            "the file is not UTF-8 text: its bytes look like Windows-1251 (Cyrillic) or \
             another 8-bit encoding; save it as UTF-8"
                .into(),
        );
    }
    at("the file is not UTF-8 text (is it a binary file, or in another encoding?)".into())
}

/// "little-endian" or "big-endian" for UTF-16 text, told by its byte-order mark or by NULs in
/// every other byte of ASCII-heavy text.
fn utf16_order(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some("little-endian"),
        [0xFE, 0xFF, ..] => return Some("big-endian"),
        _ => {}
    }
    let head = &bytes[..bytes.len().min(512)];
    let nul_at = |parity: usize| {
        head.iter()
            .enumerate()
            .filter(|(i, b)| i % 2 == parity && **b == 0)
            .count()
    };
    let pairs = head.len() / 2;
    if pairs >= 2 && nul_at(1) * 10 >= pairs * 9 {
        Some("little-endian")
    } else if pairs >= 2 && nul_at(0) * 10 >= pairs * 9 {
        Some("big-endian")
    } else {
        None
    }
}

/// The error for UTF-8 text in a format that is not read (a GeoPackage, GPX, KML or other XML), if
/// it is one.
pub fn unread_text_format(file: &str, text: &str) -> Option<LoadError> {
    if text.starts_with("SQLite format 3\0") {
        return Some(not_utf8(file, text.as_bytes(), 0));
    }
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(2048)
        .collect();
    if !head.starts_with('<') {
        return None;
    }
    let lower = head.to_ascii_lowercase();
    let what = if lower.contains("<gpx") {
        "GPX"
    } else if lower.contains("<kml") {
        "KML"
    } else {
        "XML"
    };
    Some(LoadError::single(
        file,
        Location::File,
        format!("this is a {what} file, which is not read: {CONVERT}"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(bytes: &[u8]) -> String {
        let valid = std::str::from_utf8(bytes).map_or_else(|e| e.valid_up_to(), |_| bytes.len());
        not_utf8("f", bytes, valid).problems[0].message.clone()
    }

    #[test]
    fn binary_and_other_encodings_are_named() {
        assert!(message(b"SQLite format 3\0\x10\0").contains("GeoPackage"));
        assert!(message(&[0xFF, 0xFE, b'l', 0, b'a', 0]).contains("UTF-16"));
        assert!(message(&[b'l', 0, b'a', 0, b't', 0, b',', 0]).contains("UTF-16"));
        // "Жанаозен" in Windows-1251.
        assert!(
            message(&[0xC6, 0xE0, 0xED, 0xE0, 0xEE, 0xE7, 0xE5, 0xED]).contains("Windows-1251")
        );
        assert!(message(&[b'a', 0, 0xff, 0x01, 0x02, 0x03]).contains("binary"));
    }

    #[test]
    fn gpx_and_kml_are_named() {
        let gpx = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"><trk/></gpx>";
        assert!(
            unread_text_format("f", gpx).unwrap().problems[0]
                .message
                .contains("GPX")
        );
        let kml = "<kml xmlns=\"http://www.opengis.net/kml/2.2\"/>";
        assert!(
            unread_text_format("f", kml).unwrap().problems[0]
                .message
                .contains("KML")
        );
        assert!(unread_text_format("f", "{\"type\": 1}").is_none());
    }
}
