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

/// The columns a user names for fields (`--lat-column latitude_dd`…), over what the reader would
/// find by name or by content.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ColumnChoice {
    chosen: Vec<(Field, String)>,
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

    /// Whether no column is chosen.
    pub fn is_empty(&self) -> bool {
        self.chosen.is_empty()
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
