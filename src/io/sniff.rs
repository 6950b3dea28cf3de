//! What a file is when it is not UTF-8 text in a format the readers take. UTF-16 text and
//! Windows-1251 text (Russian and Kazakh spreadsheets) are decoded, with encoding_rs, and the
//! import summary says so; for anything else the message names what the file seems to be and
//! what to do (a GeoPackage, XML that is neither GPX nor KML, another 8-bit encoding), instead of a parser's
//! "expected value at line 1, column 1". An encoding is never guessed where the bytes could be
//! read two ways: a Cyrillic file that may as well be KOI8-R, or Latin text in an 8-bit encoding,
//! is refused with the reason.

use super::{LoadError, Location};

/// How to make a file the app can read, quoted in the messages.
const CONVERT: &str = "save it as GeoJSON or CSV (in QGIS: Export > Save Features As; or \
    ogr2ogr -f GeoJSON out.geojson in-file)";

/// Text that was not UTF-8, decoded: the text and the name of the encoding it was in.
pub fn decode_non_utf8(
    file: &str,
    bytes: &[u8],
    valid_up_to: usize,
) -> Result<(String, &'static str), LoadError> {
    let decoded = |encoding: &'static encoding_rs::Encoding, name: &'static str, skip: usize| {
        encoding
            .decode_without_bom_handling_and_without_replacement(&bytes[skip..])
            .map(|text| (text.into_owned(), name))
            .ok_or_else(|| {
                LoadError::single(
                    file,
                    Location::File,
                    format!(
                        "the file looks like {name} text but has bytes that are not valid {name}: save it as UTF-8"
                    ),
                )
            })
    };
    if !bytes.starts_with(b"SQLite format 3\0") {
        match utf16_order(bytes) {
            Some(Utf16::Little { bom }) => {
                return decoded(encoding_rs::UTF_16LE, "UTF-16LE", if bom { 2 } else { 0 });
            }
            Some(Utf16::Big { bom }) => {
                return decoded(encoding_rs::UTF_16BE, "UTF-16BE", if bom { 2 } else { 0 });
            }
            None => {}
        }
        if !bytes.contains(&0) && HighBytes::of(bytes).windows_1251() {
            return decoded(encoding_rs::WINDOWS_1251, "Windows-1251", 0);
        }
    }
    Err(not_utf8(file, bytes, valid_up_to))
}

/// Text in the encoding the user named (`--encoding koi8-r`), without its byte-order mark. Bytes
/// that are not valid in it are an error naming the first of them: nothing is replaced.
pub fn decode_as(
    file: &str,
    bytes: &[u8],
    encoding: &'static encoding_rs::Encoding,
) -> Result<String, LoadError> {
    let skip = match encoding_rs::Encoding::for_bom(bytes) {
        Some((bom_encoding, n)) if bom_encoding == encoding => n,
        _ => 0,
    };
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(bytes.len() - skip)
            .unwrap_or(bytes.len()),
    );
    let (result, read) =
        decoder.decode_to_string_without_replacement(&bytes[skip..], &mut text, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(text),
        // The bad sequence is `bad` bytes long and ends `after` bytes before `read`.
        encoding_rs::DecoderResult::Malformed(bad, after) => Err(LoadError::single(
            file,
            Location::Byte(skip + read - after as usize - bad as usize),
            format!(
                "this is not valid {} text (chosen with --encoding)",
                encoding.name()
            ),
        )),
        encoding_rs::DecoderResult::OutputFull => Err(LoadError::single(
            file,
            Location::File,
            format!("the text could not be decoded from {}", encoding.name()),
        )),
    }
}

/// How the bytes of 8-bit text at and above 0x80 fall: the evidence for telling its encoding.
struct HighBytes {
    /// All bytes at or above 0x80.
    high: usize,
    /// Of those, Cyrillic letters in Windows-1251 (and KOI8-R) that stand in runs of three or
    /// more high bytes: words, not accented letters alone between ASCII ones.
    letters_in_words: usize,
    /// Cyrillic letters in Windows-1251's layout (`0xC0..=0xFF`, Ё, ё).
    letters: usize,
    /// Of those, the lower-case ones in Windows-1251 (`0xE0..=0xFF`, ё), which KOI8-R has as
    /// capitals.
    lower: usize,
}

impl HighBytes {
    fn of(bytes: &[u8]) -> Self {
        let is_letter = |b: &u8| *b >= 0xC0 || *b == 0xA8 || *b == 0xB8;
        let mut counts = Self {
            high: 0,
            letters_in_words: 0,
            letters: 0,
            lower: 0,
        };
        for run in bytes.split(|&b| b < 0x80) {
            let letters = run.iter().filter(|b| is_letter(b)).count();
            counts.high += run.len();
            counts.letters += letters;
            if run.len() >= 3 {
                counts.letters_in_words += letters;
            }
            counts.lower += run.iter().filter(|&&b| b >= 0xE0 || b == 0xB8).count();
        }
        counts
    }

    /// Most high bytes are Cyrillic letters in words: Windows-1251 or KOI8-R text.
    fn cyrillic_words(&self) -> bool {
        self.high > 0 && self.letters_in_words * 10 >= self.high * 6
    }

    /// Cyrillic words, and mostly lower case in Windows-1251's layout, as running text is: read
    /// as KOI8-R the same bytes would be mostly capitals.
    fn windows_1251(&self) -> bool {
        self.cyrillic_words() && self.lower * 2 > self.letters
    }
}

/// The error for bytes that are not UTF-8 text and not decoded, saying what they seem to be.
pub fn not_utf8(file: &str, bytes: &[u8], valid_up_to: usize) -> LoadError {
    let at = |message: String| LoadError::single(file, Location::Byte(valid_up_to), message);
    if bytes.starts_with(b"SQLite format 3\0") {
        return LoadError::single(
            file,
            Location::File,
            format!("this is an SQLite database (a GeoPackage?), which is not read: {CONVERT}"),
        );
    }
    if bytes.contains(&0) {
        return at("the file is not text (it has NUL bytes): is it a binary file?".into());
    }
    if HighBytes::of(bytes).cyrillic_words() {
        return at(
            "the file is not UTF-8 text, and its bytes could be Cyrillic in more than one \
             encoding (Windows-1251 or KOI8-R: the letters are mostly capitals in \
             Windows-1251's layout): it is not guessed; name it (--encoding windows-1251 or \
             --encoding koi8-r) or save it as UTF-8 (in a spreadsheet: CSV UTF-8)"
                .into(),
        );
    }
    at(
        "the file is not UTF-8 text (a binary file, or text in an 8-bit encoding such as \
         Windows-1252, which is not guessed): name it (--encoding windows-1252) or save it as \
         UTF-8 (in a spreadsheet: CSV UTF-8)"
            .into(),
    )
}

/// The byte order of UTF-16 text, and whether it starts with a byte-order mark.
enum Utf16 {
    Little { bom: bool },
    Big { bom: bool },
}

/// The byte order of UTF-16 text, told by its byte-order mark or by NULs in every other byte of
/// ASCII-heavy text.
fn utf16_order(bytes: &[u8]) -> Option<Utf16> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some(Utf16::Little { bom: true }),
        [0xFE, 0xFF, ..] => return Some(Utf16::Big { bom: true }),
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
        Some(Utf16::Little { bom: false })
    } else if pairs >= 2 && nul_at(0) * 10 >= pairs * 9 {
        Some(Utf16::Big { bom: false })
    } else {
        None
    }
}

/// The start of a text, past a byte-order mark and white space: enough to tell an XML document's
/// root element.
fn head(text: &str) -> String {
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(2048)
        .collect()
}

/// The XML format read, by an element near the start of the text (`gpx` or `kml`), whatever
/// the file is called.
pub fn xml_root(text: &str) -> Option<&'static str> {
    let head = head(text);
    if !head.starts_with('<') {
        return None;
    }
    let lower = head.to_ascii_lowercase();
    ["gpx", "kml"]
        .into_iter()
        .find(|root| lower.contains(&format!("<{root}")))
}

/// The error for UTF-8 text in a format that is not read (a GeoPackage, XML that is neither GPX
/// nor KML), if it is one.
pub fn unread_text_format(file: &str, text: &str) -> Option<LoadError> {
    if text.starts_with("SQLite format 3\0") {
        return Some(not_utf8(file, text.as_bytes(), 0));
    }
    if !head(text).starts_with('<') || xml_root(text).is_some() {
        return None;
    }
    Some(LoadError::single(
        file,
        Location::File,
        format!("this is an XML file, but neither GPX nor KML, which is not read: {CONVERT}"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(bytes: &[u8]) -> String {
        let valid = std::str::from_utf8(bytes).map_or_else(|e| e.valid_up_to(), |_| bytes.len());
        not_utf8("f", bytes, valid).problems[0].message.clone()
    }

    fn decode(bytes: &[u8]) -> Result<(String, &'static str), String> {
        let valid = std::str::from_utf8(bytes).map_or_else(|e| e.valid_up_to(), |_| bytes.len());
        decode_non_utf8("f", bytes, valid).map_err(|e| e.problems[0].message.clone())
    }

    #[test]
    fn binary_and_unguessable_encodings_are_named() {
        assert!(message(b"SQLite format 3\0\x10\0").contains("GeoPackage"));
        assert!(
            decode(b"SQLite format 3\0\x10\0")
                .unwrap_err()
                .contains("GeoPackage")
        );
        assert!(
            decode(&[b'a', 0, 0xff, 0x01, 0x02, 0x03])
                .unwrap_err()
                .contains("binary")
        );
        // "Café, Größe" in Windows-1252: accented letters alone between ASCII ones.
        let latin = b"Caf\xe9, Gr\xf6\xdfe";
        assert!(decode(latin).unwrap_err().contains("Windows-1252"));
        // "ЖАНАОЗЕН" in capitals: Windows-1251 or KOI8-R lower case, which cannot be told.
        let capitals = [0xC6, 0xC0, 0xCD, 0xC0, 0xCE, 0xC7, 0xC5, 0xCD];
        assert!(decode(&capitals).unwrap_err().contains("KOI8-R"));
    }

    #[test]
    fn utf16_and_windows_1251_are_decoded() {
        assert_eq!(
            decode(&[0xFF, 0xFE, b'l', 0, b'a', 0]).unwrap(),
            ("la".into(), "UTF-16LE")
        );
        assert_eq!(
            decode(&[0, b'l', 0, b'a', 0, b't', 0, b',']).unwrap(),
            ("lat,".into(), "UTF-16BE")
        );
        // "Жанаозен,43.34" in Windows-1251.
        let mut bytes = vec![0xC6, 0xE0, 0xED, 0xE0, 0xEE, 0xE7, 0xE5, 0xED];
        bytes.extend_from_slice(b",43.34");
        assert_eq!(
            decode(&bytes).unwrap(),
            ("Жанаозен,43.34".into(), "Windows-1251")
        );
        // An odd byte out in UTF-16 is named, not read as something else.
        assert!(
            decode(&[0xFF, 0xFE, b'l', 0, b'a'])
                .unwrap_err()
                .contains("UTF-16LE")
        );
    }

    #[test]
    fn gpx_and_kml_are_read_and_other_xml_is_named() {
        let gpx = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"><trk/></gpx>";
        assert_eq!(xml_root(gpx), Some("gpx"));
        assert!(unread_text_format("f", gpx).is_none());
        let kml = "<kml xmlns=\"http://www.opengis.net/kml/2.2\"/>";
        assert_eq!(xml_root(kml), Some("kml"));
        assert!(unread_text_format("f", kml).is_none());
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        assert!(
            unread_text_format("f", svg).unwrap().problems[0]
                .message
                .contains("neither GPX nor KML")
        );
        assert!(unread_text_format("f", "{\"type\": 1}").is_none());
    }
}
