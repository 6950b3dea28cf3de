//! CSV tables with latitude/longitude and date columns (ACLED-style exports, casualty lists, the
//! app's own CSV export). The delimiter is found from the header (comma, tab, semicolon or bar),
//! the columns by their usual names; the report says which, and notes what was kept but may not be
//! what the file meant (a header named twice, rows without coordinates, links not kept, columns
//! that look swapped). Line numbers count LF, CRLF and a lone CR alike.

use jiff::tz::Offset;

use super::{
    LoadError, Location,
    columns::{self, ColumnChoice, Field, delimiter_name, names},
    dates::{self, DateForm, DateOrder},
    fields,
    import::{self, ImportReport, Row, RowCollector, finish},
    infer,
    lines::LineCounter,
    progress::{Progress, ROWS_PER_REPORT},
};
use crate::model::DatasetParts;

/// The columns found, by index.
struct Columns {
    lat: usize,
    lon: usize,
    date: usize,
    /// A `time` column beside the date column: the time of day of a row's date.
    time_of_day: Option<usize>,
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
    /// The precision column holds ACLED's codes (1, 2, 3), not names.
    precision_codes: bool,
    fatalities: Option<usize>,
    offset: Option<usize>,
    /// Numbers may be written with a decimal comma (`43,34`): in tables whose delimiter is not a
    /// comma, as European spreadsheets write them.
    decimal_comma: bool,
}

/// The first column whose header is one of `field`'s names, in their order of preference.
fn find(headers: &[String], field: Field) -> Option<usize> {
    find_named(headers, names(field))
}

/// The first column whose header is one of `names`, in their order.
fn find_named(headers: &[String], names: &[&str]) -> Option<usize> {
    names
        .iter()
        .find_map(|n| headers.iter().position(|h| h == n))
}

/// Headers that hold a WKT geometry in other tools' exports.
const WKT_HEADERS: [&str; 5] = ["wkt", "geometry", "geom", "the_geom", "wkt_geom"];

/// The delimiter of a table: the one of comma, tab, semicolon and bar that its header line has
/// most of, outside quotes (a comma when it has none).
fn delimiter(text: &str) -> u8 {
    let header = text.split(['\n', '\r']).next().unwrap_or("");
    let mut counts = columns::DELIMITERS.map(|(d, _)| (d, 0));
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
            c.1 += 1;
        }
    }
    counts
        .into_iter()
        .fold((b',', 0), |best, c| if c.1 > best.1 { c } else { best })
        .0
}

/// A number, `43.34`, or `43,34` where a decimal comma is allowed.
fn decimal(t: &str, decimal_comma: bool) -> Option<f64> {
    match t.parse::<f64>() {
        Ok(v) => Some(v),
        Err(_) if decimal_comma && t.matches(',').count() == 1 && !t.contains('.') => {
            t.replace(',', ".").parse().ok()
        }
        Err(_) => None,
    }
}

/// About how many rows `text` has, from the length of its first lines (a little over, rather than
/// under: room left over costs address space only).
fn estimated_rows(text: &str) -> usize {
    const SAMPLE_LINES: usize = 1000;
    let sample = memchr::memchr_iter(b'\n', text.as_bytes())
        .take(SAMPLE_LINES)
        .last()
        .map_or(text.len(), |end| end + 1);
    let lines = memchr::memchr_iter(b'\n', &text.as_bytes()[..sample])
        .count()
        .max(1);
    let per_line = (sample / lines).max(1);
    (text.len() / per_line) * 21 / 20 + 16
}

/// A time of day, `08:00` or `08:00:00`.
fn is_time_of_day(t: &str) -> bool {
    let b = t.as_bytes();
    (b.len() == 5 || (b.len() == 8 && b[5] == b':'))
        && b[2] == b':'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || i == 5 || c.is_ascii_digit())
}

/// Parses a CSV table, reporting to `progress` and stopping when it is cancelled. `file` names it
/// in messages.
pub fn parse(
    file: &str,
    text: &str,
    progress: &Progress,
    choice: &ColumnChoice,
) -> Result<(DatasetParts, ImportReport), LoadError> {
    let delimiter = choice.delimiter().unwrap_or_else(|| delimiter(text));
    let mut reader = table_reader(text, delimiter);
    let mut lines = LineCounter::new(text);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| csv_error(file, &e, &mut lines))?
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
    // A column the user chose wins; then the usual names; then, for the coordinates and the
    // date, the values of the first rows.
    let chosen = |field: Field| match choice.get(field) {
        None => Ok(None),
        Some(name) => headers
            .iter()
            .position(|h| h.to_lowercase() == name)
            .map(Some)
            .ok_or_else(|| {
                at_header(format!(
                    "{} '{name}': the header has no such column; it has: {}",
                    ColumnChoice::option(field),
                    headers.join(", ")
                ))
            }),
    };
    let (lat_chosen, lon_chosen, date_chosen) = (
        chosen(Field::Lat)?,
        chosen(Field::Lon)?,
        chosen(Field::Start)?,
    );
    let decimal_comma = delimiter != b',';
    let sample = std::cell::OnceCell::new();
    let sample = || sample.get_or_init(|| first_rows(text, delimiter));
    let mut by_content: Vec<&str> = Vec::new();
    let lat = lat_chosen
        .or_else(|| find(&headers, Field::Lat))
        .or_else(|| {
            let found = infer::lat_column(&headers, sample(), decimal_comma);
            found.inspect(|_| by_content.push("lat"))
        });
    let lon = lon_chosen
        .or_else(|| find(&headers, Field::Lon))
        .or_else(|| {
            let found = infer::lon_column(&headers, sample(), decimal_comma);
            found.inspect(|_| by_content.push("lon"))
        });
    let (Some(lat), Some(lon)) = (lat, lon) else {
        if let Some(wkt) = headers.iter().find(|h| WKT_HEADERS.contains(&h.as_str())) {
            return Err(at_header(format!(
                "the column '{wkt}' looks like WKT geometry, which is not read: give the points \
                 as latitude and longitude columns (in QGIS: Field Calculator, y($geometry) and \
                 x($geometry))"
            )));
        }
        return Err(at_header(format!(
            "no latitude/longitude columns: expected one of {} and one of {} (or a header with \
             'lat'/'lon' over numbers in range); the header has: {}",
            names(Field::Lat).join("/"),
            names(Field::Lon).join("/"),
            headers.join(", ")
        )));
    };
    let date = date_chosen
        .or_else(|| find(&headers, Field::Start))
        .or_else(|| {
            let found = infer::date_column(&headers, sample(), &[lat, lon]);
            found.inspect(|_| by_content.push("date"))
        });
    let Some(date) = date else {
        return Err(at_header(format!(
            "no date column: expected one of {}, or a column whose first rows are dates; the \
             header has: {}",
            names(Field::Start).join("/"),
            headers.join(", ")
        )));
    };
    let time_of_day = headers
        .iter()
        .position(|h| h == "time")
        .filter(|&t| t != date);
    let precision = find(&headers, Field::Precision);
    let cols = Columns {
        lat,
        lon,
        date,
        time_of_day,
        end: chosen(Field::End)?.or_else(|| find(&headers, Field::End)),
        title: chosen(Field::Title)?.or_else(|| find(&headers, Field::Title)),
        id: find(&headers, Field::Id),
        category: chosen(Field::Category)?.or_else(|| find(&headers, Field::Category)),
        place_id: find(&headers, Field::PlaceId),
        place_name: find(&headers, Field::PlaceName),
        region: find(&headers, Field::Region),
        description: find(&headers, Field::Description),
        disputed: find(&headers, Field::Disputed),
        source: find(&headers, Field::Sources),
        precision,
        precision_codes: precision.is_some_and(|i| headers[i] == columns::PRECISION_CODES),
        fatalities: find_named(&headers, columns::FATALITIES),
        offset: find(&headers, Field::UtcOffset),
        decimal_comma,
    };
    let mut report = ImportReport {
        format: "CSV",
        ..Default::default()
    };
    note_repeated_headers(&headers, &cols, &mut report);
    let named = |field: &str, i: Option<usize>| {
        let how = if choice.chose_label(field) {
            " (chosen)"
        } else if by_content.contains(&field) {
            " (found by its values)"
        } else {
            ""
        };
        i.map(|i| format!("{field}={}{how}", headers[i]))
    };
    report.columns = [
        (delimiter != b',' || choice.delimiter().is_some()).then(|| {
            let how = if choice.delimiter().is_some() {
                " (chosen)"
            } else {
                ""
            };
            format!("delimiter={}{how}", delimiter_name(delimiter))
        }),
        named("lat", Some(cols.lat)),
        named("lon", Some(cols.lon)),
        named("date", Some(cols.date)),
        named("time", cols.time_of_day),
        named("end", cols.end),
        named("title", cols.title),
        named("id", cols.id),
        named("category", cols.category),
        named("place", cols.place_name),
        named("source", cols.source),
        named("precision", cols.precision),
        named("fatalities", cols.fatalities),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");

    let order = date_order(text, delimiter, cols.date);
    if let Some((order, line, told_by)) = &order {
        report.note(
            Location::LineColumn {
                line: *line,
                column: cols.date + 1,
            },
            format!(
                "dates read {}: '{told_by}' here can only be read so",
                order.form_describe()
            ),
        );
    }
    let order = order.map(|(order, ..)| order);
    let mut form: Option<DateForm> = None;
    let mut offset: Option<Offset> = None;
    let mut rows = RowCollector::with_capacity(estimated_rows(text));
    let mut faults = Faults::default();
    for (n, record) in reader.records().enumerate() {
        let record = record.map_err(|e| csv_error(file, &e, &mut lines))?;
        let line = lines.line_of(record_start(text, record.position()));
        if n % ROWS_PER_REPORT == 0 {
            let byte = record.position().map_or(0, |p| p.byte());
            if !progress.parsed(n, byte as f64 / text.len().max(1) as f64) {
                return Err(super::progress::cancelled(file));
            }
        }
        if let Some(swallowed) =
            unclosed_quote(&record, headers.len(), &cols, char::from(delimiter), line)
        {
            return Err(LoadError::single(file, swallowed.0, swallowed.1));
        }
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
        let row = read_row(&record, &cols, row_offset, order, &mut form, &get).and_then(|row| {
            row.check_lengths().map(|()| row).map_err(|(field, m)| {
                let column = match field {
                    "title" => cols.title,
                    "place" => cols.place_name,
                    _ => cols.description,
                };
                (column.unwrap_or(0), m)
            })
        });
        match row {
            Ok(row) => {
                if row.position.is_none() {
                    faults.no_coordinates(line);
                }
                for link in rows.add(file, row) {
                    let column = cols.source.unwrap_or(0);
                    report.note(at(column), import::refused_link(&link));
                }
            }
            Err((column, message)) => {
                // Only a row refused can have a latitude beyond ±90.
                faults.look_at(&record, &cols);
                report.skip(at(column), message);
            }
        }
    }
    report.dates = form.map(DateForm::describe);
    faults.report(&mut report);
    finish(
        file,
        offset.unwrap_or(Offset::UTC),
        rows,
        report,
        "rows after its header",
    )
}

/// A header the file names twice (or a second name of the same field): the first is used.
fn note_repeated_headers(headers: &[String], cols: &Columns, report: &mut ImportReport) {
    let used = [
        Some(cols.lat),
        Some(cols.lon),
        Some(cols.date),
        cols.title,
        cols.id,
    ]
    .into_iter()
    .chain([cols.end, cols.category, cols.place_name, cols.source])
    .flatten();
    for i in used {
        let again: Vec<String> = (0..headers.len())
            .filter(|&j| j != i && headers[j] == headers[i])
            .map(|j| (j + 1).to_string())
            .collect();
        if !again.is_empty() {
            report.note(
                Location::LineColumn {
                    line: 1,
                    column: i + 1,
                },
                format!(
                    "the header names '{}' more than once (columns {} and {}): column {} is used",
                    headers[i],
                    i + 1,
                    again.join(", "),
                    i + 1
                ),
            );
        }
    }
}

/// A cell whose quote is never closed runs on to the next quote, perhaps the end of the file,
/// taking the rows between into itself. Such a cell is an error when the lines it took in look
/// like rows (as many cells as the header, with numbers where the coordinates are); a quoted
/// cell that merely spans lines, such as a long description, is fine.
fn unclosed_quote(
    record: &csv::StringRecord,
    headers: usize,
    cols: &Columns,
    delimiter: char,
    line: usize,
) -> Option<(Location, String)> {
    let looks_like_row = |l: &str| {
        let cells: Vec<&str> = l.split(delimiter).collect();
        let number = |i: usize| {
            cells
                .get(i)
                .is_some_and(|c| decimal(c.trim(), cols.decimal_comma).is_some())
        };
        cells.len() >= headers.max(2) && number(cols.lat) && number(cols.lon)
    };
    let mut line_of_cell = line;
    for (i, cell) in record.iter().enumerate() {
        // Almost every cell is one line: only those that are not are looked into.
        if memchr::memchr2(b'\n', b'\r', cell.as_bytes()).is_none() {
            continue;
        }
        let lines: Vec<&str> = cell
            .split("\r\n")
            .flat_map(|l| l.split(['\n', '\r']))
            .collect();
        let row_like: Vec<usize> = (1..lines.len())
            .filter(|&k| looks_like_row(lines[k]))
            .collect();
        if let (Some(first), Some(last)) = (row_like.first(), row_like.last()) {
            return Some((
                Location::LineColumn {
                    line: line_of_cell,
                    column: i + 1,
                },
                format!(
                    "a quote opened in this cell is not closed before lines {} to {}, which look \
                     like rows and were taken into the cell: is a closing quote missing?",
                    line_of_cell + first,
                    line_of_cell + last
                ),
            ));
        }
        line_of_cell += lines.len() - 1;
    }
    None
}

/// What is noted once for the whole table, from all its rows: rows kept without coordinates,
/// and latitudes that would be longitudes.
#[derive(Default)]
struct Faults {
    without_coordinates: usize,
    first_without: usize,
    latitude_out_of_range: usize,
    would_fit_swapped: usize,
}

impl Faults {
    fn look_at(&mut self, record: &csv::StringRecord, cols: &Columns) {
        let number = |i: usize| {
            record
                .get(i)
                .and_then(|t| decimal(t.trim(), cols.decimal_comma))
        };
        if let (Some(lat), Some(lon)) = (number(cols.lat), number(cols.lon))
            && let Some(fits) = fields::fits_swapped(lat, lon)
        {
            self.latitude_out_of_range += 1;
            self.would_fit_swapped += usize::from(fits);
        }
    }

    fn no_coordinates(&mut self, line: usize) {
        if self.without_coordinates == 0 {
            self.first_without = line;
        }
        self.without_coordinates += 1;
    }

    fn report(&self, report: &mut ImportReport) {
        if self.without_coordinates > 0 {
            report.note(
                Location::LineColumn {
                    line: self.first_without,
                    column: 1,
                },
                format!(
                    "{} rows have no coordinates (this is the first): they are kept as events \
                     without a place, on the timeline only",
                    self.without_coordinates
                ),
            );
        }
        if self.would_fit_swapped > 0 && self.would_fit_swapped == self.latitude_out_of_range {
            report.note(
                Location::File,
                format!(
                    "the latitude and longitude columns look swapped: {} rows have a latitude \
                     beyond ±90 that would be a valid longitude; check the header",
                    self.would_fit_swapped
                ),
            );
        }
    }
}

/// A reader of the table: rows may have fewer or more cells than the header (each is looked at).
fn table_reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
}

/// The first rows after the header, as text, for finding columns by content.
fn first_rows(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    table_reader(text, delimiter)
        .records()
        .take(infer::SAMPLE_ROWS)
        .map_while(Result::ok)
        .map(|r| r.iter().map(str::to_string).collect())
        .collect()
}

/// The order of the table's numeric dates with the year last (`16.12.2011` or `12/16/2011`), told
/// by the first date of the `column` that only one order reads: the order, that date's line and
/// its text. `None` where the column's first date is not written so (the rest keep to its form)
/// or no date tells (each date either order reads differently is then refused as it comes).
/// Reads the table only as far as that first telling date.
fn date_order(text: &str, delimiter: u8, column: usize) -> Option<(DateOrder, usize, String)> {
    let mut reader = table_reader(text, delimiter);
    let mut record = csv::StringRecord::new();
    let mut lines = LineCounter::new(text);
    while reader.read_record(&mut record).ok()? {
        let Some(date) = record.get(column).map(str::trim).filter(|d| !d.is_empty()) else {
            continue;
        };
        match DateOrder::told_by(date)? {
            Some(order) => {
                let line = lines.line_of(record_start(text, record.position()));
                return Some((order, line, date.to_string()));
            }
            None => continue,
        }
    }
    None
}

/// Where a record starts: the csv crate's position, past the line end it may point into (the LF
/// of a CRLF).
fn record_start(text: &str, position: Option<&csv::Position>) -> usize {
    let at = position.map_or(0, |p| p.byte() as usize);
    let skipped = text.as_bytes()[at.min(text.len())..]
        .iter()
        .take_while(|b| matches!(b, b'\r' | b'\n'))
        .count();
    at + skipped
}

fn csv_error(file: &str, e: &csv::Error, lines: &mut LineCounter) -> LoadError {
    let location = e
        .position()
        .map_or(Location::File, |p| Location::LineColumn {
            line: lines.line_of(p.byte() as usize),
            column: 1,
        });
    LoadError::single(file, location, format!("not a readable CSV table: {e}"))
}

fn read_row(
    record: &csv::StringRecord,
    cols: &Columns,
    offset: Offset,
    order: Option<DateOrder>,
    form: &mut Option<DateForm>,
    get: &dyn Fn(Option<usize>) -> Option<String>,
) -> Result<Row, (usize, String)> {
    let number = |i: usize, what: &str, check: fn(f64) -> Result<f64, String>| match record
        .get(i)
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => Ok(None),
        Some(t) => decimal(t, cols.decimal_comma)
            .ok_or_else(|| format!("expected a {what}, found '{t}'"))
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
    let claimed = match (get(cols.precision), cols.precision) {
        (Some(p), Some(i)) => {
            Some(dates::precision_value(&p, cols.precision_codes).map_err(|m| (i, m))?)
        }
        _ => None,
    };
    let date_text = get(Some(cols.date)).ok_or((cols.date, "the date is empty".to_string()))?;
    let date_text = match get(cols.time_of_day) {
        None => date_text,
        Some(time)
            if is_time_of_day(&time)
                && DateForm::of_text(&date_text) == Some(DateForm::Iso)
                && date_text.len() == 10 =>
        {
            format!("{date_text}T{time}")
        }
        Some(time) if is_time_of_day(&time) && DateOrder::told_by(&date_text).is_some() => {
            format!("{date_text} {time}")
        }
        Some(time) => {
            return Err((
                cols.time_of_day.unwrap_or(0),
                format!(
                    "the time '{time}' cannot be joined to the date '{date_text}': expected a \
                     time of day (08:00 or 08:00:00) beside a date written 2011-12-16"
                ),
            ));
        }
    };
    let (start, this_form) =
        dates::parse_text_in(&date_text, offset, claimed, order).map_err(|m| (cols.date, m))?;
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
            dates::parse_text_in(&t, offset, dates::end_claim(claimed), order)
                .map_err(|m| (cols.end.unwrap_or(0), m))?
                .0,
        ),
    };
    if let Some(e) = end {
        fields::end_after_start(start.start, e.start).map_err(|m| (cols.end.unwrap_or(0), m))?;
    }
    let id = get(cols.id);
    let category = get(cols.category);
    // Without a title column, the row's kind and id say more than its id alone ("strike 817176").
    let title = match (get(cols.title), &category, &id) {
        (Some(title), ..) => title,
        (None, Some(category), Some(id)) => format!("{category} {id}"),
        (None, None, Some(id)) => id.clone(),
        (None, Some(category), None) => format!("{category} of {date_text}"),
        (None, None, None) => format!("Row of {date_text}"),
    };
    Ok(Row {
        title,
        id,
        position,
        start,
        end,
        category,
        place_id: get(cols.place_id),
        place_name: get(cols.place_name),
        region: get(cols.region),
        description: import::with_fatalities(get(cols.description), get(cols.fatalities)),
        disputed: get(cols.disputed),
        sources: get(cols.source)
            .map(|s| import::split_sources(&s))
            .unwrap_or_default(),
    })
}
