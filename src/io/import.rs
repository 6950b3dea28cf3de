//! What the GeoJSON and CSV importers share: rows in, a dataset out, with an honest report of which
//! columns were used and which rows were skipped and why.

use std::collections::HashMap;

use jiff::tz::Offset;

use super::{LoadError, Location, Problem, is_web_link};
use crate::model::{Category, Dataset, DatasetParts, Event, Moment, Names, Place, Source};

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
    pub format: &'static str,
    /// Which column or property gave each field: "lat=latitude, lon=longitude, date=event_date".
    pub columns: String,
    pub rows_used: usize,
    /// The first skipped rows with their line or feature and the reason.
    pub skipped: Vec<Problem>,
    pub skipped_total: usize,
}

/// How many skipped rows are listed one by one; the rest are counted.
pub const SKIPPED_LISTED: usize = 20;

impl ImportReport {
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
    rows: Vec<Row>,
    mut report: ImportReport,
) -> Result<(Dataset, ImportReport), LoadError> {
    report.rows_used = rows.len();
    if rows.is_empty() {
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
    Ok((build_dataset(file, description, offset, rows), report))
}

/// Builds a dataset from imported rows: one place per distinct place id (or coordinate), one source
/// per distinct link, and the file itself as the source of rows that name none.
pub fn build_dataset(file: &str, description: String, offset: Offset, rows: Vec<Row>) -> Dataset {
    let mut places: Vec<Place> = Vec::new();
    let mut place_index: HashMap<String, usize> = HashMap::new();
    let mut sources: Vec<Source> = Vec::new();
    let mut source_index: HashMap<String, usize> = HashMap::new();
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    let mut events = Vec::with_capacity(rows.len());

    for (n, row) in rows.into_iter().enumerate() {
        let place = row.position.map(|(lon, lat)| {
            let key = row
                .place_id
                .clone()
                .unwrap_or_else(|| format!("{lat:.6},{lon:.6}"));
            *place_index.entry(key.clone()).or_insert_with(|| {
                let id = row
                    .place_id
                    .clone()
                    .unwrap_or_else(|| format!("place-{}", places.len() + 1));
                let en = row
                    .place_name
                    .clone()
                    .unwrap_or_else(|| format!("{lat:.5}, {lon:.5}"));
                places.push(Place {
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
                places.len() - 1
            })
        });
        let mut event_sources = Vec::new();
        for url in row.source_urls.iter().filter(|u| is_web_link(u)) {
            let i = *source_index.entry(url.clone()).or_insert_with(|| {
                sources.push(Source {
                    id: format!("source-{}", sources.len() + 1),
                    publisher: url.split('/').nth(2).unwrap_or(url).to_string(),
                    title: url.clone(),
                    url: Some(url.clone()),
                    note: None,
                });
                sources.len() - 1
            });
            event_sources.push(i);
        }
        if event_sources.is_empty() {
            let i = *source_index.entry(String::new()).or_insert_with(|| {
                sources.push(Source {
                    id: "imported-file".into(),
                    publisher: file.to_string(),
                    title: format!("Imported from {file}"),
                    url: None,
                    note: Some("The file names no source for this row.".into()),
                });
                sources.len() - 1
            });
            event_sources.push(i);
        }
        let base = row.id.clone().unwrap_or_else(|| format!("row-{}", n + 1));
        let count = used_ids.entry(base.clone()).or_insert(0);
        *count += 1;
        let id = if *count == 1 {
            base
        } else {
            format!("{base}-{count}")
        };
        events.push(Event {
            id,
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
        });
    }
    Dataset::new(DatasetParts {
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
    })
}
