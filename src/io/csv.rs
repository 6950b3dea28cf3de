//! CSV tables with latitude/longitude and date columns (ACLED-style exports, casualty lists, the
//! app's own CSV export). The columns are found by their usual names; the report says which.

use jiff::tz::Offset;

use super::{
    LoadError, Location,
    dates::{self, DateForm},
    import::{ImportReport, Row, RowCollector, finish},
    progress::{Progress, ROWS_PER_REPORT},
};
use crate::model::{Dataset, Precision};

/// Header names per field, in the order they are preferred (compared case-insensitively).
const LAT: &[&str] = &["lat", "latitude", "y"];
const LON: &[&str] = &["lon", "lng", "long", "longitude", "x"];
const DATE: &[&str] = &[
    "start",
    "date",
    "datetime",
    "event_date",
    "time",
    "timestamp",
];
const END: &[&str] = &["end", "end_date"];
const TITLE: &[&str] = &["title", "name", "event", "sub_event_type", "event_type"];
const ID: &[&str] = &["id", "event_id", "event_id_cnty"];
const CATEGORY: &[&str] = &["category", "event_type", "type"];
const PLACE_ID: &[&str] = &["place_id"];
const PLACE_NAME: &[&str] = &["place_name", "place", "location"];
const DESCRIPTION: &[&str] = &["description", "notes"];
const SOURCE: &[&str] = &["sources", "source_url", "url", "source"];

/// The columns found, by index.
struct Columns {
    lat: usize,
    lon: usize,
    date: usize,
    end: Option<usize>,
    title: Option<usize>,
    id: Option<usize>,
    category: Option<usize>,
    place_id: Option<usize>,
    place_name: Option<usize>,
    region: Option<usize>,
    description: Option<usize>,
    disputed: Option<usize>,
    source: Option<usize>,
    precision: Option<usize>,
    offset: Option<usize>,
}

fn find(headers: &[String], names: &[&str]) -> Option<usize> {
    names
        .iter()
        .find_map(|n| headers.iter().position(|h| h == n))
}

/// Parses a CSV table, reporting to `progress` and stopping when it is cancelled. `file` names it
/// in messages.
pub fn parse(
    file: &str,
    text: &str,
    progress: &Progress,
) -> Result<(Dataset, ImportReport), LoadError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| csv_error(file, &e))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase())
        .collect();
    let at_header = |message: String| {
        LoadError::single(file, Location::LineColumn { line: 1, column: 1 }, message)
    };
    if headers.iter().all(String::is_empty) {
        return Err(at_header(
            "the file is empty: expected a header row with latitude, longitude and date columns"
                .into(),
        ));
    }
    let (Some(lat), Some(lon)) = (find(&headers, LAT), find(&headers, LON)) else {
        return Err(at_header(format!(
            "no latitude/longitude columns: expected one of {} and one of {}; the header has: {}",
            LAT.join("/"),
            LON.join("/"),
            headers.join(", ")
        )));
    };
    let Some(date) = find(&headers, DATE) else {
        return Err(at_header(format!(
            "no date column: expected one of {}; the header has: {}",
            DATE.join("/"),
            headers.join(", ")
        )));
    };
    let cols = Columns {
        lat,
        lon,
        date,
        end: find(&headers, END),
        title: find(&headers, TITLE),
        id: find(&headers, ID),
        category: find(&headers, CATEGORY),
        place_id: find(&headers, PLACE_ID),
        place_name: find(&headers, PLACE_NAME),
        region: find(&headers, &["region"]),
        description: find(&headers, DESCRIPTION),
        disputed: find(&headers, &["disputed"]),
        source: find(&headers, SOURCE),
        precision: find(&headers, &["precision"]),
        offset: find(&headers, &["utc_offset"]),
    };
    let mut report = ImportReport {
        format: "CSV",
        ..Default::default()
    };
    let named = |field: &str, i: Option<usize>| i.map(|i| format!("{field}={}", headers[i]));
    report.columns = [
        named("lat", Some(cols.lat)),
        named("lon", Some(cols.lon)),
        named("date", Some(cols.date)),
        named("end", cols.end),
        named("title", cols.title),
        named("id", cols.id),
        named("category", cols.category),
        named("place", cols.place_name),
        named("source", cols.source),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");

    let mut form: Option<DateForm> = None;
    let mut offset: Option<Offset> = None;
    let mut rows = RowCollector::default();
    for (n, record) in reader.records().enumerate() {
        let record = record.map_err(|e| csv_error(file, &e))?;
        if n % ROWS_PER_REPORT == 0 {
            let byte = record.position().map_or(0, |p| p.byte());
            if !progress.parsed(n, byte as f64 / text.len().max(1) as f64) {
                return Err(super::progress::cancelled(file));
            }
        }
        let line = record.position().map_or(0, |p| p.line() as usize);
        let at = |column: usize| Location::LineColumn {
            line,
            column: column + 1,
        };
        let get = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        // The app's own export names the offset of its dates; other files are read in UTC.
        let row_offset = *offset.get_or_insert_with(|| {
            get(cols.offset)
                .and_then(|o| super::json::parse_offset(&o))
                .unwrap_or(Offset::UTC)
        });
        match read_row(&record, &cols, row_offset, &mut form, &get) {
            Ok(row) => rows.add(file, row),
            Err((column, message)) => report.skip(at(column), message),
        }
    }
    finish(file, offset.unwrap_or(Offset::UTC), rows, report)
}

fn csv_error(file: &str, e: &csv::Error) -> LoadError {
    let location = e
        .position()
        .map_or(Location::File, |p| Location::LineColumn {
            line: p.line() as usize,
            column: 1,
        });
    LoadError::single(file, location, format!("not a readable CSV table: {e}"))
}

fn read_row(
    record: &csv::StringRecord,
    cols: &Columns,
    offset: Offset,
    form: &mut Option<DateForm>,
    get: &dyn Fn(Option<usize>) -> Option<String>,
) -> Result<Row, (usize, String)> {
    let number = |i: usize, what: &str, range: f64| -> Result<Option<f64>, (usize, String)> {
        match record.get(i).map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(None),
            Some(t) => match t.parse::<f64>() {
                Ok(v) if v.is_finite() && v.abs() <= range => Ok(Some(v)),
                _ => Err((
                    i,
                    format!("{what} '{t}' is not a number from -{range} to {range}"),
                )),
            },
        }
    };
    let position = match (
        number(cols.lat, "latitude", 90.0)?,
        number(cols.lon, "longitude", 180.0)?,
    ) {
        (Some(lat), Some(lon)) => Some((lon, lat)),
        (None, None) => None,
        _ => {
            return Err((
                cols.lat,
                "only one of latitude and longitude is given".into(),
            ));
        }
    };
    let claimed: Option<Precision> =
        get(cols.precision).and_then(|p| serde_json::from_value(serde_json::Value::String(p)).ok());
    let date_text = get(Some(cols.date)).ok_or((cols.date, "the date is empty".to_string()))?;
    let (start, this_form) =
        dates::parse_text(&date_text, offset, claimed).map_err(|m| (cols.date, m))?;
    match form {
        Some(f) if *f != this_form => {
            return Err((
                cols.date,
                format!(
                    "the date '{date_text}' is written as {}, but earlier rows use {}",
                    this_form.describe(),
                    f.describe()
                ),
            ));
        }
        _ => *form = Some(this_form),
    }
    let end = match get(cols.end) {
        None => None,
        Some(t) => Some(
            dates::parse_text(&t, offset, claimed)
                .map_err(|m| (cols.end.unwrap_or(0), m))?
                .0,
        ),
    };
    if end.is_some_and(|e| e.start < start.start) {
        return Err((cols.end.unwrap_or(0), "the end is before the start".into()));
    }
    let id = get(cols.id);
    Ok(Row {
        title: get(cols.title)
            .or_else(|| id.clone())
            .unwrap_or_else(|| format!("Row of {date_text}")),
        id,
        position,
        start,
        end,
        category: get(cols.category),
        place_id: get(cols.place_id),
        place_name: get(cols.place_name),
        region: get(cols.region),
        description: get(cols.description),
        disputed: get(cols.disputed),
        source_urls: get(cols.source)
            .map(|s| s.split_whitespace().map(str::to_string).collect())
            .unwrap_or_default(),
    })
}
