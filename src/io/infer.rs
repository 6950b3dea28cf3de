//! Columns found by what they hold, where no header has one of the usual names
//! ([`columns`](super::columns)): a date column called `incident_date`, `Date of incident` or
//! `fecha`, a latitude called `coord_lat` or `широта`. Only the table's first rows are read for
//! it, and the import summary says which column was taken and why.

use super::dates::{self, DateOrder};

/// How many rows after the header are looked at.
pub const SAMPLE_ROWS: usize = 200;

/// Of the non-empty cells sampled, the share that must fit for a column to be taken.
const FIT_SHARE: f64 = 0.9;

/// Words in a header that say its column holds times, in the languages of likely files.
const TIME_WORDS: [&str; 10] = [
    "date",
    "time",
    "day",
    "when",
    "fecha",
    "datum",
    "дата",
    "время",
    "күні",
    "уақыт",
];
/// Words in a header that say latitude, and longitude.
const LAT_WORDS: [&str; 5] = ["lat", "широт", "ендік", "breite", "latitud"];
const LON_WORDS: [&str; 6] = ["lon", "lng", "долгот", "бойлық", "länge", "longitud"];

fn says(header: &str, words: &[&str]) -> bool {
    let header = header.to_lowercase();
    words.iter().any(|w| header.contains(w))
}

/// The share of the column's non-empty sampled cells for which `fits` holds; 0 for a column with
/// none.
fn share(rows: &[Vec<String>], column: usize, fits: impl Fn(&str) -> bool) -> f64 {
    let cells: Vec<&str> = rows
        .iter()
        .filter_map(|r| r.get(column))
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    if cells.is_empty() {
        return 0.0;
    }
    cells.iter().filter(|c| fits(c)).count() as f64 / cells.len() as f64
}

/// Whether a cell reads as a date. Plain digits (`20111216`, epoch seconds) count only in a
/// column whose header speaks of time: ids and counts are digits too.
fn is_date(cell: &str, time_header: bool) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    if !time_header && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    DateOrder::told_by(cell).is_some()
        || dates::parse_text(cell, jiff::tz::Offset::UTC, None).is_ok()
}

/// The date column by content: of the columns not in `taken`, those whose sampled cells are
/// dates, a header that speaks of time first, then the leftmost.
pub fn date_column(headers: &[String], rows: &[Vec<String>], taken: &[usize]) -> Option<usize> {
    let fits = |i: usize| {
        let time_header = says(&headers[i], &TIME_WORDS);
        share(rows, i, |c| is_date(c, time_header)) >= FIT_SHARE
    };
    let free = || (0..headers.len()).filter(|i| !taken.contains(i));
    free()
        .find(|&i| says(&headers[i], &TIME_WORDS) && fits(i))
        .or_else(|| free().find(|&i| fits(i)))
}

/// A latitude or longitude column by its header's words and its numbers: the first column whose
/// header has one of `words` and whose sampled cells are numbers within `±limit` degrees.
fn coordinate_column(
    headers: &[String],
    rows: &[Vec<String>],
    words: &[&str],
    limit: f64,
    decimal_comma: bool,
) -> Option<usize> {
    (0..headers.len()).find(|&i| {
        says(&headers[i], words)
            && share(rows, i, |c| {
                let c = if decimal_comma {
                    c.replace(',', ".")
                } else {
                    c.to_string()
                };
                c.parse::<f64>()
                    .is_ok_and(|v| v.is_finite() && v.abs() <= limit)
            }) >= FIT_SHARE
    })
}

/// The latitude column where no header has a usual name: `coord_lat`, `Latitude (WGS84)`, `широта`.
pub fn lat_column(headers: &[String], rows: &[Vec<String>], decimal_comma: bool) -> Option<usize> {
    coordinate_column(headers, rows, &LAT_WORDS, 90.0, decimal_comma)
}

/// The longitude column where no header has a usual name: `coord_lon`, `lng_dd`, `долгота`.
pub fn lon_column(headers: &[String], rows: &[Vec<String>], decimal_comma: bool) -> Option<usize> {
    coordinate_column(headers, rows, &LON_WORDS, 180.0, decimal_comma)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(headers: &[&str], rows: &[&[&str]]) -> (Vec<String>, Vec<Vec<String>>) {
        (
            headers.iter().map(|h| h.to_lowercase()).collect(),
            rows.iter()
                .map(|r| r.iter().map(|c| c.to_string()).collect())
                .collect(),
        )
    }

    #[test]
    fn a_date_column_is_found_by_its_dates_whatever_it_is_called() {
        let (h, r) = table(
            &["case", "Date of incident", "victims"],
            &[&["101", "16.12.2011", "2"], &["102", "17.12.2011", "1"]],
        );
        assert_eq!(date_column(&h, &r, &[]), Some(1));
        let (h, r) = table(&["n", "fecha"], &[&["1", "2011-12-16"], &["2", ""]]);
        assert_eq!(date_column(&h, &r, &[]), Some(1));
        // Dates with dashes need no word for time in the header.
        let (h, r) = table(
            &["n", "occurred"],
            &[&["1", "2011-12-16"], &["-2", "2011-12-17"]],
        );
        assert_eq!(date_column(&h, &r, &[]), Some(1));
        // Digits alone are not dates unless the header speaks of time: ids and counts are digits.
        let (h, r) = table(&["id", "count"], &[&["1324015500", "2011"]]);
        assert_eq!(date_column(&h, &r, &[]), None);
        let (h, r) = table(&["id", "unix_time"], &[&["7", "1324015500"]]);
        assert_eq!(date_column(&h, &r, &[]), Some(1));
        // A column already used for something else is not taken.
        let (h, r) = table(&["when"], &[&["2011-12-16"]]);
        assert_eq!(date_column(&h, &r, &[0]), None);
    }

    #[test]
    fn coordinates_are_found_by_header_words_and_ranges() {
        let (h, r) = table(
            &["Широта", "Долгота", "title"],
            &[&["43,34", "52,86", "a"], &["43,65", "51,16", "b"]],
        );
        assert_eq!(lat_column(&h, &r, true), Some(0));
        assert_eq!(lon_column(&h, &r, true), Some(1));
        // A "lat" word over values beyond ±90 is not a latitude.
        let (h, r) = table(&["lat_m"], &[&["4800123"]]);
        assert_eq!(lat_column(&h, &r, false), None);
    }
}
