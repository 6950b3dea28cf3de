//! CSV tables with latitude/longitude and date columns (ACLED-style exports, casualty lists, the
//! app's own CSV export). The columns are found by their usual names; the report says which.

use jiff::tz::Offset;

use super::{
    LoadError, Location,
    columns::{Field, names},
    dates::{self, DateForm},
    fields,
    import::{ImportReport, Row, RowCollector, finish},
    progress::{Progress, ROWS_PER_REPORT},
};
use crate::model::{Dataset, Precision};

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

/// The first column whose header is one of `field`'s names, in their order of preference.
fn find(headers: &[String], field: Field) -> Option<usize> {
    names(field)
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
    let (Some(lat), Some(lon)) = (find(&headers, Field::Lat), find(&headers, Field::Lon)) else {
        return Err(at_header(format!(
            "no latitude/longitude columns: expected one of {} and one of {}; the header has: {}",
            names(Field::Lat).join("/"),
            names(Field::Lon).join("/"),
            headers.join(", ")
        )));
    };
    let Some(date) = find(&headers, Field::Start) else {
        return Err(at_header(format!(
            "no date column: expected one of {}; the header has: {}",
            names(Field::Start).join("/"),
            headers.join(", ")
        )));
    };
    let cols = Columns {
        lat,
        lon,
        date,
        end: find(&headers, Field::End),
        title: find(&headers, Field::Title),
        id: find(&headers, Field::Id),
        category: find(&headers, Field::Category),
        place_id: find(&headers, Field::PlaceId),
        place_name: find(&headers, Field::PlaceName),
        region: find(&headers, Field::Region),
        description: find(&headers, Field::Description),
        disputed: find(&headers, Field::Disputed),
        source: find(&headers, Field::Sources),
        precision: find(&headers, Field::Precision),
        offset: find(&headers, Field::UtcOffset),
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
                .and_then(|o| super::fields::parse_offset(&o))
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
    let number = |i: usize, what: &str, check: fn(f64) -> Result<f64, String>| match record
        .get(i)
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => Ok(None),
        Some(t) => t
            .parse::<f64>()
            .map_err(|_| format!("expected a {what}, found '{t}'"))
            .and_then(check)
            .map(Some)
            .map_err(|m| (i, m)),
    };
    let position = match (
        number(cols.lat, "latitude", fields::latitude)?,
        number(cols.lon, "longitude", fields::longitude)?,
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
    if let Some(e) = end {
        fields::end_after_start(start.start, e.start).map_err(|m| (cols.end.unwrap_or(0), m))?;
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
