//! What the GeoJSON and CSV importers share: rows in, a dataset out, with an honest report of which
//! columns were used and which rows were skipped and why.

use foldhash::{HashMap, HashMapExt as _};

use jiff::tz::Offset;

use super::{LoadError, Location, Problem, is_web_link};
use crate::model::{
    Category, Dataset, DatasetParts, Event, Moment, Names, Place, Source, SourceCopy,
};

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
    pub source_urls: Vec<String>,
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

    /// One line for the status bar and `check`.
    pub fn summary(&self) -> String {
        let mut s = format!("{}: {} rows used", self.format, self.rows_used);
        if self.skipped_total > 0 {
            s.push_str(&format!(", {} skipped", self.skipped_total));
        }
        if !self.columns.is_empty() {
            s.push_str(&format!(" ({})", self.columns));
        }
        s
    }
}

/// The end of an import: the dataset with its report, or, when no row was usable, every skipped
/// row as the file's problems.
pub fn finish(
    file: &str,
    offset: Offset,
    rows: RowCollector,
    mut report: ImportReport,
) -> Result<(Dataset, ImportReport), LoadError> {
    report.rows_used = rows.events.len();
    if rows.events.is_empty() {
        let mut problems = vec![Problem {
            location: Location::File,
            message: format!(
                "no usable rows: {} of {} skipped",
                report.skipped_total, report.skipped_total
            ),
        }];
        problems.extend(report.skipped.iter().cloned());
        return Err(LoadError {
            file: file.to_string(),
            problems,
        });
    }
    let description = format!("Imported from {file}. {}", report.summary());
    Ok((rows.into_dataset(file, description, offset), report))
}

/// Turns imported rows into a dataset as they are read, so that the rows are never all held at
/// once: one place per distinct place id (or coordinate), one source per distinct link, and the
/// file itself as the source of rows that name none.
#[derive(Default)]
pub struct RowCollector {
    places: Vec<Place>,
    /// Places by the file's place id, and, for rows without one, by their coordinates in
    /// millionths of a degree.
    place_by_id: HashMap<String, usize>,
    place_by_coordinates: HashMap<(i64, i64), usize>,
    sources: Vec<Source>,
    source_index: HashMap<String, usize>,
    events: Vec<Event>,
}

impl RowCollector {
    /// Adds one row of `file`.
    pub fn add(&mut self, file: &str, row: Row) {
        let place = row
            .position
            .map(|(lon, lat)| self.place(file, &row, lon, lat));
        let mut event_sources = Vec::new();
        for url in row.source_urls.iter().filter(|u| is_web_link(u)) {
            event_sources.push(self.source(url));
        }
        if event_sources.is_empty() {
            event_sources.push(self.file_source(file));
        }
        let n = self.events.len();
        self.events.push(Event {
            id: row.id.unwrap_or_else(|| format!("row-{}", n + 1)),
            title: row.title,
            start: row.start,
            end: row.end,
            place,
            region: row.region,
            category: Category(row.category.unwrap_or_else(|| "event".into())),
            description: row.description.unwrap_or_default(),
            disputed: row.disputed,
            location_note: None,
            sources: event_sources,
            single_source: None,
        });
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
        let id = row
            .place_id
            .clone()
            .unwrap_or_else(|| format!("place-{}", self.places.len() + 1));
        let en = row
            .place_name
            .clone()
            .unwrap_or_else(|| format!("{lat:.5}, {lon:.5}"));
        self.places.push(Place {
            id,
            names: Names {
                en,
                ru: None,
                kk: None,
            },
            position: geo::Point::new(lon, lat),
            kind: String::new(),
            focus: false,
            geonames_id: None,
            coordinate_source: Some(format!("From {file}.")),
            uncertainty_km: None,
        });
        let i = self.places.len() - 1;
        match &row.place_id {
            Some(id) => self.place_by_id.insert(id.clone(), i),
            None => self.place_by_coordinates.insert(coordinates, i),
        };
        i
    }

    fn source(&mut self, url: &str) -> usize {
        if let Some(&i) = self.source_index.get(url) {
            return i;
        }
        self.sources.push(Source {
            id: format!("source-{}", self.sources.len() + 1),
            publisher: url.split('/').nth(2).unwrap_or(url).to_string(),
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

    fn into_dataset(mut self, file: &str, description: String, offset: Offset) -> Dataset {
        number_repeated_ids(&mut self.events);
        Dataset::new(DatasetParts {
            title: file.to_string(),
            description,
            offset,
            places: self.places,
            events: self.events,
            sources: self.sources,
            routes: Vec::new(),
            claims: Vec::new(),
            time_presets: Vec::new(),
            story: Vec::new(),
        })
    }
}

/// Ids must be unique: the second "x" becomes "x-2", the third "x-3".
fn number_repeated_ids(events: &mut [Event]) {
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(events.len());
    let mut repeats = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let count = seen.entry(e.id.as_str()).or_insert(0);
        *count += 1;
        if *count > 1 {
            repeats.push((i, *count));
        }
    }
    drop(seen);
    for (i, count) in repeats {
        events[i].id = format!("{}-{count}", events[i].id);
    }
}
