//! The one table of event-table columns: the header the CSV export (and the generator) writes,
//! and the names the CSV reader accepts for each field, in the order they are preferred (compared
//! case-insensitively). The first name of each is the one written.

/// A field of a row of events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The event's id.
    Id,
    /// The event's title.
    Title,
    /// When the event happened or began.
    Start,
    /// When a span ended.
    End,
    /// How precisely the date is known: year, month, day, hour or minute.
    Precision,
    /// The offset from UTC that the times are written in, such as +05:00.
    UtcOffset,
    /// What kind of event it is.
    Category,
    /// The id of the event's place.
    PlaceId,
    /// The name of the event's place.
    PlaceName,
    /// The place's latitude in degrees.
    Lat,
    /// The place's longitude in degrees.
    Lon,
    /// The region, for an event of a whole region rather than a place.
    Region,
    /// What happened, in words.
    Description,
    /// What the sources disagree on.
    Disputed,
    /// The links of the event's sources.
    Sources,
}

/// Each field with its names, in the order the export writes them.
pub const COLUMNS: [(Field, &[&str]); 15] = [
    (Field::Id, &["id", "event_id", "event_id_cnty"]),
    (
        Field::Title,
        &["title", "name", "event", "sub_event_type", "event_type"],
    ),
    (
        Field::Start,
        &[
            "start",
            "date",
            "datetime",
            "event_date",
            "time",
            "timestamp",
        ],
    ),
    (Field::End, &["end", "end_date"]),
    (Field::Precision, &["precision", PRECISION_CODES]),
    (Field::UtcOffset, &["utc_offset"]),
    (Field::Category, &["category", "event_type", "type"]),
    (Field::PlaceId, &["place_id"]),
    (Field::PlaceName, &["place_name", "place", "location"]),
    (Field::Lat, &["lat", "latitude", "y"]),
    (Field::Lon, &["lon", "lng", "long", "longitude", "x"]),
    (Field::Region, &["region"]),
    (Field::Description, &["description", "notes"]),
    (Field::Disputed, &["disputed"]),
    (Field::Sources, &["sources", "source_url", "url", "source"]),
];

/// ACLED's precision column, whose values are codes: 1 the day, 2 the week, 3 the month.
pub const PRECISION_CODES: &str = "time_precision";

/// A count of deaths a row's file gives (ACLED's `fatalities`): read, not written. The app holds
/// it in the event's description, as the file's figure (the app never adds such counts up).
pub const FATALITIES: &[&str] = &["fatalities", "deaths", "killed"];

/// The names the reader accepts for `field`.
pub fn names(field: Field) -> &'static [&'static str] {
    COLUMNS
        .iter()
        .find(|(f, _)| *f == field)
        .map_or(&[], |(_, names)| names)
}

/// The header the export writes: the first name of each field.
pub fn header() -> [&'static str; 15] {
    COLUMNS.map(|(_, names)| names[0])
}

/// How the user says a table is to be read, over what the reader would find itself: the columns
/// named for fields (`--lat-column latitude_dd`…), its delimiter and its text encoding.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ColumnChoice {
    chosen: Vec<(Field, String)>,
    delimiter: Option<u8>,
    encoding: Option<&'static encoding_rs::Encoding>,
}

/// The delimiters a table may have, with their names: the reader sniffs one of them, and the user
/// may name one (`--delimiter semicolon`, or the character itself).
pub const DELIMITERS: [(u8, &str); 4] = [
    (b',', "comma"),
    (b'\t', "tab"),
    (b';', "semicolon"),
    (b'|', "bar"),
];

/// The name of a delimiter, for the import summary: "semicolon".
pub fn delimiter_name(d: u8) -> &'static str {
    DELIMITERS
        .iter()
        .find(|(c, _)| *c == d)
        .map_or("comma", |(_, name)| name)
}

/// The delimiter `text` names: its name ("tab") or the character itself (`;`, or `\t`).
pub fn delimiter_named(text: &str) -> Result<u8, String> {
    let t = if text == "\\t" { "\t" } else { text };
    DELIMITERS
        .iter()
        .find(|(c, name)| t.eq_ignore_ascii_case(name) || t.as_bytes() == [*c])
        .map(|(c, _)| *c)
        .ok_or_else(|| {
            format!(
                "'{text}' is not a delimiter: expected comma, tab, semicolon or bar (, ; | or \\t)"
            )
        })
}

/// The text encoding `label` names, by the labels of the WHATWG Encoding Standard: `utf-8`,
/// `utf-16le`, `windows-1251` (`cp1251`), `koi8-r`, `windows-1252`, `latin1`…
pub fn encoding_named(label: &str) -> Result<&'static encoding_rs::Encoding, String> {
    encoding_rs::Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
        format!(
            "'{label}' is not an encoding this app knows: expected a name such as utf-8, \
             utf-16le, windows-1251, koi8-r or windows-1252"
        )
    })
}

/// The fields a user may choose a column for, with the command-line option that does it and the
/// field's name in the import summary (`lat=y_coord (chosen)`).
pub const CHOOSABLE: [(Field, &str, &str); 6] = [
    (Field::Lat, "--lat-column", "lat"),
    (Field::Lon, "--lon-column", "lon"),
    (Field::Start, "--date-column", "date"),
    (Field::End, "--end-column", "end"),
    (Field::Title, "--title-column", "title"),
    (Field::Category, "--category-column", "category"),
];

impl ColumnChoice {
    /// `column` (a header, compared without regard to case) for `field`.
    pub fn choose(mut self, field: Field, column: &str) -> Self {
        self.chosen.retain(|(f, _)| *f != field);
        self.chosen.push((field, column.trim().to_lowercase()));
        self
    }

    /// The header chosen for `field`, lower-cased, if any.
    pub fn get(&self, field: Field) -> Option<&str> {
        self.chosen
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, c)| c.as_str())
    }

    /// The table read with `delimiter` instead of the one sniffed from its header.
    pub fn with_delimiter(mut self, delimiter: u8) -> Self {
        self.delimiter = Some(delimiter);
        self
    }

    /// The delimiter chosen, if any.
    pub fn delimiter(&self) -> Option<u8> {
        self.delimiter
    }

    /// The file's text decoded from `encoding` instead of the one the reader would tell.
    pub fn with_encoding(mut self, encoding: &'static encoding_rs::Encoding) -> Self {
        self.encoding = Some(encoding);
        self
    }

    /// The encoding chosen, if any.
    pub fn encoding(&self) -> Option<&'static encoding_rs::Encoding> {
        self.encoding
    }

    /// Whether nothing is chosen.
    pub fn is_empty(&self) -> bool {
        self.chosen.is_empty() && self.delimiter.is_none() && self.encoding.is_none()
    }

    /// The option that chooses `field`'s column, for messages.
    pub fn option(field: Field) -> &'static str {
        CHOOSABLE
            .iter()
            .find(|(f, ..)| *f == field)
            .map_or("a column option", |(_, o, _)| o)
    }

    /// Whether the field the import summary names `label` ("lat", "date") has a chosen column.
    pub fn chose_label(&self, label: &str) -> bool {
        CHOOSABLE
            .iter()
            .any(|&(f, _, l)| l == label && self.get(f).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_a_name_and_the_header_reads_back() {
        assert_eq!(header()[9], "lat");
        for (field, names) in COLUMNS {
            assert!(!names.is_empty(), "{field:?}");
            assert_eq!(super::names(field)[0], names[0]);
        }
    }
}
