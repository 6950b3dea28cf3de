//! What the GeoJSON and CSV importers share: rows in, a dataset out, with an honest report of which
//! columns were used and which rows were skipped and why.

use std::sync::Arc;

use compact_str::{CompactString, format_compact};
use foldhash::{HashMap, HashMapExt as _};

use jiff::tz::Offset;

use super::{LoadError, Location, Problem, is_web_link};
use crate::{
    basemap::Gazetteer,
    model::{Category, DatasetParts, Event, EventNotes, Moment, Names, Place, Source, SourceCopy},
};

/// How near a GeoNames town a row with coordinates only must lie to take its name, in km.
const TOWN_NAMING_KM: f64 = 2.0;

impl Row {
    /// The row's texts within the limits of `fields`: the field at fault and why, if not.
    pub fn check_lengths(&self) -> Result<(), (&'static str, String)> {
        let titles = [
            ("title", Some(&self.title)),
            ("place", self.place_name.as_ref()),
        ];
        for (field, text) in titles {
            if let Some(Err(m)) = text.map(|t| super::fields::title_length(t)) {
                return Err((field, m));
            }
        }
        if let Some(Err(m)) = self
            .description
            .as_ref()
            .map(|t| super::fields::text_length(t))
        {
            return Err(("description", m));
        }
        Ok(())
    }
}

/// One usable row (a CSV line or a GeoJSON feature).
#[derive(Clone, Debug)]
pub struct Row {
    pub id: Option<String>,
    pub title: String,
    /// (lon, lat); `None` for an event without a location.
    pub position: Option<(f64, f64)>,
    pub start: Moment,
    pub end: Option<Moment>,
    pub category: Option<String>,
    pub place_id: Option<String>,
    pub place_name: Option<String>,
    pub region: Option<String>,
    pub description: Option<String>,
    pub disputed: Option<String>,
    /// Its sources: web links, or publishers' names where the file gives no link.
    pub sources: Vec<String>,
}

/// A row's sources from one cell: links separated by spaces, or, in a cell with no link,
/// publishers' names separated by semicolons ("Reuters; Radio Azattyq", as ACLED writes them).
pub fn split_sources(cell: &str) -> Vec<String> {
    if !is_source_name(cell) {
        cell.split_whitespace().map(str::to_string).collect()
    } else {
        cell.split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }
}

/// Whether a source's text is a publisher's name rather than a link: it has no colon, so that
/// `javascript:…` is refused as a link, not kept as a name.
fn is_source_name(text: &str) -> bool {
    !text.contains(':')
}

/// Keeps one record's row (its over-long texts refused), noting the links not kept, or lists
/// why it was skipped; `location` is the record's place in the file.
pub fn keep_or_skip(
    file: &str,
    rows: &mut RowCollector,
    report: &mut ImportReport,
    location: Location,
    row: Result<Row, String>,
) {
    let row = row.and_then(|row| {
        row.check_lengths()
            .map(|()| row)
            .map_err(|(field, m)| format!("{field}: {m}"))
    });
    match row {
        Ok(row) => {
            for link in rows.add(file, row) {
                report.note(location.clone(), refused_link(&link));
            }
        }
        Err(message) => report.skip(location, message),
    }
}

/// The dataset titled with the name the file gives itself, where it gives one that a title may
/// be; otherwise it keeps the file's name.
pub fn titled(mut dataset: DatasetParts, title: Option<String>) -> DatasetParts {
    if let Some(title) = title.filter(|t| super::fields::title_length(t).is_ok()) {
        dataset.title = title;
    }
    dataset
}

/// A row's description with the count of deaths its file gives, said to be the file's figure.
pub fn with_fatalities(description: Option<String>, fatalities: Option<String>) -> Option<String> {
    match (description, fatalities) {
        (d, None) => d,
        (None, Some(n)) => Some(format!("Fatalities given in the file: {n}.")),
        (Some(d), Some(n)) => Some(format!("{d}\n\nFatalities given in the file: {n}.")),
    }
}

/// What an import did, for the user to see.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    /// The format read, "GeoJSON" or "CSV", for messages.
    pub format: &'static str,
    /// Which column or property gave each field: "lat=latitude, lon=longitude, date=event_date".
    pub columns: String,
    /// How many rows became events.
    pub rows_used: usize,
    /// The first skipped rows with their line or feature and the reason.
    pub skipped: Vec<Problem>,
    /// How many rows were skipped in all, listed or not.
    pub skipped_total: usize,
    /// How the dates were read ("epoch seconds"), once a row has been read.
    pub dates: Option<&'static str>,
    /// What the user should know about rows that were kept: a link not kept, a row without
    /// coordinates, a header named twice. The first are listed with their place.
    pub notes: Vec<Problem>,
    /// How many notes there were in all, listed or not.
    pub notes_total: usize,
    /// The encoding the text was decoded from, where it was not UTF-8 ("Windows-1251").
    pub encoding: Option<&'static str>,
}

/// How many skipped rows are listed one by one; the rest are counted.
pub const SKIPPED_LISTED: usize = 20;

impl ImportReport {
    /// Records a skipped row: listed while fewer than `SKIPPED_LISTED` are, counted always.
    pub fn skip(&mut self, location: Location, message: String) {
        self.skipped_total += 1;
        if self.skipped.len() < SKIPPED_LISTED {
            self.skipped.push(Problem { location, message });
        }
    }

    /// Records a note on a kept row or on the file: listed while fewer than `SKIPPED_LISTED`
    /// are, counted always.
    pub fn note(&mut self, location: Location, message: String) {
        self.notes_total += 1;
        if self.notes.len() < SKIPPED_LISTED {
            self.notes.push(Problem { location, message });
        }
    }

    /// One line for the status bar and `check`.
    pub fn summary(&self) -> String {
        let rows = if self.rows_used == 1 { "row" } else { "rows" };
        let mut s = format!("{}: {} {rows} used", self.format, self.rows_used);
        if self.skipped_total > 0 {
            s.push_str(&format!(", {} skipped", self.skipped_total));
        }
        if !self.columns.is_empty() {
            s.push_str(&format!(" ({})", self.columns));
        }
        if let Some(dates) = self.dates {
            s.push_str(&format!("; dates read as {dates}"));
        }
        if let Some(encoding) = self.encoding {
            s.push_str(&format!("; text decoded from {encoding}"));
        }
        if self.notes_total > 0 {
            let noun = if self.notes_total == 1 {
                "note"
            } else {
                "notes"
            };
            s.push_str(&format!("; {} {noun}", self.notes_total));
        }
        s
    }
}

/// The note on a source link that was not kept.
pub fn refused_link(link: &str) -> String {
    format!(
        "the link '{}' was not kept: only http(s) addresses with a named host (and no user name) \
         are used",
        crate::text::printable(link)
    )
}

/// The end of an import: the dataset with its report, or, when no row was usable, every skipped
/// row as the file's problems. `rows_are` names the rows for a file that has none ("rows after
/// the header", "features").
pub fn finish(
    file: &str,
    offset: Offset,
    rows: RowCollector,
    mut report: ImportReport,
    rows_are: &str,
) -> Result<(DatasetParts, ImportReport), LoadError> {
    report.rows_used = rows.events.len();
    if rows.events.is_empty() {
        let message = if report.skipped_total == 0 {
            format!("the file has no {rows_are}: there is nothing to show")
        } else {
            format!(
                "no usable rows: {} of {} skipped",
                report.skipped_total, report.skipped_total
            )
        };
        let mut problems = vec![Problem {
            location: Location::File,
            message,
        }];
        problems.extend(report.skipped.iter().cloned());
        problems.extend(report.notes.iter().cloned());
        return Err(LoadError {
            file: file.to_string(),
            problems,
        });
    }
    let description = format!("Imported from {file}. {}", report.summary());
    Ok((rows.into_parts(file, description, offset), report))
}

/// Turns imported rows into a dataset as they are read, so that the rows are never all held at
/// once: one place per distinct place id (or coordinate), one source per distinct link, and the
/// file itself as the source of rows that name none.
#[derive(Default)]
pub struct RowCollector {
    places: Vec<Place>,
    /// The places' notes on where their coordinates come from, shared: "From {file}." and, for
    /// each tenth of a kilometre, the note of a place named after a GeoNames town that far away.
    from_file: Option<Arc<str>>,
    named_after_town: HashMap<u32, Arc<str>>,
    /// Places by the file's place id, and, for rows without one, by their coordinates in
    /// millionths of a degree.
    place_by_id: HashMap<String, usize>,
    place_by_coordinates: HashMap<(i64, i64), usize>,
    sources: Vec<Source>,
    source_index: HashMap<String, usize>,
    events: Vec<Event>,
}

impl RowCollector {
    /// A collector with room for about `rows` rows, so that the events and places are not copied
    /// as they grow (a million events are 190 MB; room never filled is never touched, so it costs
    /// address space, not memory). Where the system refuses that much address space, the vectors
    /// grow as they fill instead: asking is never fatal.
    pub fn with_capacity(rows: usize) -> Self {
        let mut collector = Self::default();
        let _ = collector.places.try_reserve_exact(rows);
        let _ = collector.events.try_reserve_exact(rows);
        collector
    }

    /// Adds one row of `file`; returns the row's links that were not kept, not being http(s)
    /// addresses, for the caller to note with the row's place in the file.
    pub fn add(&mut self, file: &str, row: Row) -> Vec<String> {
        let place = row
            .position
            .map(|(lon, lat)| self.place(file, &row, lon, lat));
        let mut event_sources = smallvec::SmallVec::new();
        let mut refused = Vec::new();
        for url in &row.sources {
            // A link seen before was checked then: most rows repeat a few links, and parsing a
            // million of them would cost a second.
            if let Some(&known) = self
                .source_index
                .get(url.as_str())
                .filter(|_| !url.is_empty())
            {
                event_sources.push(known);
            } else if is_web_link(url) {
                event_sources.push(self.source(url));
            } else if is_source_name(url) {
                event_sources.push(self.named_source(url));
            } else {
                refused.push(url.clone());
            }
        }
        if event_sources.is_empty() {
            event_sources.push(self.file_source(file));
        }
        let n = self.events.len();
        self.events.push(Event {
            id: row
                .id
                .map(Into::into)
                .unwrap_or_else(|| format_compact!("row-{}", n + 1)),
            title: row.title.into(),
            start: row.start,
            end: row.end,
            place,
            category: Category(row.category.map_or_else(|| "event".into(), Into::into)),
            description: row.description.unwrap_or_default(),
            sources: event_sources,
            notes: EventNotes {
                region: row.region,
                disputed: row.disputed,
                ..EventNotes::default()
            }
            .boxed(),
        });
        refused
    }

    fn place(&mut self, file: &str, row: &Row, lon: f64, lat: f64) -> usize {
        let coordinates = ((lat * 1e6).round() as i64, (lon * 1e6).round() as i64);
        // Most rows name a place already seen: look it up before copying the id.
        let known = match &row.place_id {
            Some(id) => self.place_by_id.get(id.as_str()),
            None => self.place_by_coordinates.get(&coordinates),
        };
        if let Some(&i) = known {
            return i;
        }
        let id = row.place_id.as_deref().map_or_else(
            || format_compact!("place-{}", self.places.len() + 1),
            Into::into,
        );
        // A row with coordinates only is named after the GeoNames town it lies at, else after its
        // own title: never by its raw coordinates. A row that names the town it lies at is that
        // town (the map then labels it once, not as a place and a town).
        let town = Gazetteer::embedded().near(lon, lat, TOWN_NAMING_KM);
        let (en, geonames_id, coordinate_source) = match (&row.place_name, town) {
            (Some(name), Some((t, _))) if t.name.eq_ignore_ascii_case(name.trim()) => (
                name.as_str().into(),
                t.geonames_id,
                self.note_from_file(file),
            ),
            (Some(name), _) => (name.as_str().into(), None, self.note_from_file(file)),
            (None, Some((t, km))) => (
                t.name.as_str().into(),
                t.geonames_id,
                self.note_named_after(file, km),
            ),
            (None, None) => (row.title.as_str().into(), None, self.note_from_file(file)),
        };
        self.places.push(Place {
            id,
            names: Names {
                en,
                ru: None,
                kk: None,
            },
            position: geo::Point::new(lon, lat),
            focus: false,
            geonames_id,
            coordinate_source: Some(coordinate_source),
            notes: None,
        });
        let i = self.places.len() - 1;
        match &row.place_id {
            Some(id) => self.place_by_id.insert(id.clone(), i),
            None => self.place_by_coordinates.insert(coordinates, i),
        };
        i
    }

    fn note_from_file(&mut self, file: &str) -> Arc<str> {
        self.from_file
            .get_or_insert_with(|| format!("From {file}.").into())
            .clone()
    }

    fn note_named_after(&mut self, file: &str, km: f64) -> Arc<str> {
        let tenths = (km * 10.0).round() as u32;
        self.named_after_town
            .entry(tenths)
            .or_insert_with(|| {
                let km = f64::from(tenths) / 10.0;
                format!("From {file}; named after the GeoNames place {km:.1} km away.").into()
            })
            .clone()
    }

    fn source(&mut self, url: &str) -> usize {
        if let Some(&i) = self.source_index.get(url) {
            return i;
        }
        self.sources.push(Source {
            id: format!("source-{}", self.sources.len() + 1),
            publisher: super::fields::link_host(url).unwrap_or_else(|| url.to_string()),
            title: url.to_string(),
            url: Some(url.to_string()),
            note: None,
            date: None,
            copy: SourceCopy::Original,
            descriptive_title: true,
        });
        self.source_index
            .insert(url.to_string(), self.sources.len() - 1);
        self.sources.len() - 1
    }

    /// A publisher the file names without a link (keyed by its name, which has no colon and so
    /// is no link's).
    fn named_source(&mut self, name: &str) -> usize {
        self.sources.push(Source {
            id: format!("source-{}", self.sources.len() + 1),
            publisher: name.to_string(),
            // No headline is known: the title says what the source is (the panel shows it in
            // brackets, as a description).
            title: "as named in the file".into(),
            url: None,
            note: Some("Named in the file, without a link.".into()),
            date: None,
            copy: SourceCopy::Original,
            descriptive_title: true,
        });
        self.source_index
            .insert(name.to_string(), self.sources.len() - 1);
        self.sources.len() - 1
    }

    /// The file itself, as the source of rows that name none (keyed by the empty link).
    fn file_source(&mut self, file: &str) -> usize {
        if let Some(&i) = self.source_index.get("") {
            return i;
        }
        self.sources.push(Source {
            id: "imported-file".into(),
            publisher: file.to_string(),
            title: format!("Imported from {file}"),
            url: None,
            note: Some("The file names no source for this row.".into()),
            date: None,
            copy: SourceCopy::Original,
            descriptive_title: true,
        });
        self.source_index
            .insert(String::new(), self.sources.len() - 1);
        self.sources.len() - 1
    }

    fn into_parts(mut self, file: &str, description: String, offset: Offset) -> DatasetParts {
        let (places, mut events, sources) = (
            std::mem::take(&mut self.places),
            std::mem::take(&mut self.events),
            std::mem::take(&mut self.sources),
        );
        // The lookup tables are freed before the dataset's indices are built, not after.
        drop(self);
        number_repeated_ids(&mut events);
        DatasetParts {
            title: file.to_string(),
            description,
            offset,
            places,
            events,
            sources,
            routes: Vec::new(),
            claims: Vec::new(),
            time_presets: Vec::new(),
            story: Vec::new(),
            opening: None,
            home_region: None,
        }
    }
}

/// Ids must be unique: the second "x" becomes "x-2", the third "x-3", skipping any such id the
/// file already has (`x, x, x-2` → `x, x-3, x-2`).
fn number_repeated_ids(events: &mut [Event]) {
    // Sized once: grown from empty, a million ids were rehashed some twenty times.
    let mut first: foldhash::HashSet<&str> =
        foldhash::HashSet::with_capacity_and_hasher(events.len(), Default::default());
    let repeats: Vec<usize> = (0..events.len())
        .filter(|&i| !first.insert(events[i].id.as_str()))
        .collect();
    if repeats.is_empty() {
        return;
    }
    let mut taken: foldhash::HashSet<CompactString> = first.into_iter().map(Into::into).collect();
    let mut next: HashMap<CompactString, usize> = HashMap::new();
    for i in repeats {
        let base = std::mem::take(&mut events[i].id);
        let n = next.entry(base.clone()).or_insert(2);
        while taken.contains(format_compact!("{base}-{n}").as_str()) {
            *n += 1;
        }
        let id = format_compact!("{base}-{n}");
        *n += 1;
        taken.insert(id.clone());
        events[i].id = id;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: &str) -> Event {
        Event {
            id: id.into(),
            title: CompactString::default(),
            start: Moment {
                start: jiff::Timestamp::UNIX_EPOCH,
                precision: crate::model::Precision::Day,
            },
            end: None,
            place: None,
            category: Category("event".into()),
            description: String::new(),
            sources: smallvec::smallvec![0],
            notes: None,
        }
    }

    #[test]
    fn the_summary_counts_in_words_that_agree() {
        let mut report = ImportReport {
            format: "CSV",
            rows_used: 1,
            ..Default::default()
        };
        report.note(Location::File, "a".into());
        assert_eq!(report.summary(), "CSV: 1 row used; 1 note");
        report.rows_used = 2;
        report.note(Location::File, "b".into());
        assert_eq!(report.summary(), "CSV: 2 rows used; 2 notes");
    }

    #[test]
    fn renumbered_ids_are_unique() {
        let mut events: Vec<Event> = ["x", "x", "x-2", "x", "y"].map(event).into();
        number_repeated_ids(&mut events);
        let ids: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["x", "x-3", "x-2", "x-4", "y"]);
    }
}
