//! Bad input gets a clear error that names the file, the place in it, and what is wrong — and
//! every error of a file is reported, not only the first.

use std::path::{Path, PathBuf};

use zhanaozen_atlas::io::{LoadError, Location, load_file};

fn bad(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/bad")
        .join(name)
}

fn error_of(name: &str) -> LoadError {
    let path = bad(name);
    let err = load_file(&path).expect_err(name);
    assert_eq!(
        err.file,
        path.display().to_string(),
        "the error names the file"
    );
    err
}

fn line_col(line: usize, column: usize) -> Location {
    Location::LineColumn { line, column }
}

fn record(kind: &'static str, id: &str, field: &'static str) -> Location {
    Location::Record {
        kind,
        id: id.to_string(),
        field,
    }
}

/// Asserts that one of the file's problems is at `location` and says `message` (a substring).
fn assert_problem(name: &str, location: Location, message: &str) {
    let err = error_of(name);
    assert!(
        err.problems
            .iter()
            .any(|p| p.location == location && p.message.contains(message)),
        "{name}: expected «{message}» at {location:?}, got:\n{err}"
    );
}

#[test]
fn syntax_and_type_errors_point_at_line_and_column() {
    assert_problem("truncated.json", line_col(18, 16), "EOF while parsing");
    assert_problem(
        "wrong-type.json",
        line_col(11, 19),
        "invalid type: string \"43.0\", expected f64",
    );
    assert_problem("nan-coordinate.json", line_col(11, 14), "expected value");
    assert_problem(
        "unknown-field.json",
        line_col(33, 14),
        "unknown field `colour`",
    );
    assert_problem(
        "claim-without-source.json",
        line_col(42, 5),
        "missing field `source`",
    );
    assert_problem(
        "claim-unknown-claimant.json",
        line_col(41, 26),
        "unknown variant `oracle`",
    );
    assert_problem(
        "huge-single-line.json",
        line_col(1, 3_000_081),
        "expected value",
    );
}

#[test]
fn files_that_are_not_datasets_at_all() {
    assert_problem("empty.json", Location::File, "the file is empty");
    assert_problem(
        "binary-garbage.json",
        Location::Byte(0),
        "is it a binary file",
    );
    assert_problem("empty.csv", line_col(1, 1), "the file is empty");
    assert_problem(
        "not-geojson.geojson",
        line_col(1, 64),
        "not a GeoJSON FeatureCollection",
    );
}

#[test]
fn rule_violations_name_the_record_and_field() {
    assert_problem(
        "duplicate-event-ids.json",
        record("event", "e", "id"),
        "ids must be unique",
    );
    assert_problem(
        "dangling-place.json",
        record("event", "e", "place"),
        "no place has the id 'nowhere'",
    );
    assert_problem(
        "dangling-source.json",
        record("event", "e", "sources"),
        "no source has the id 'ghost'",
    );
    assert_problem(
        "out-of-range-latitude.json",
        record("place", "a", "lat"),
        "from -90 to 90, found 91.5",
    );
    assert_problem(
        "february-30.json",
        record("event", "e", "start"),
        "'2011-02-30' is not a real date",
    );
    assert_problem(
        "end-before-start.json",
        record("event", "e", "end"),
        "is before the start",
    );
    assert_problem(
        "javascript-url.json",
        record("source", "s", "url"),
        "expected an http(s) link",
    );
    assert_problem(
        "precision-mismatch.json",
        record("event", "e", "start"),
        "cannot carry day precision",
    );
    assert_problem(
        "no-sources.json",
        record("event", "e", "sources"),
        "at least one source",
    );
    assert_problem(
        "uppercase-id.json",
        record("place", "Zhanaozen", "id"),
        "lower-case ASCII slug",
    );
    assert_problem(
        "wrong-format-tag.json",
        record("dataset", "", "format"),
        "found \"kepler/2\"",
    );
    assert_problem(
        "route-with-one-place.json",
        record("route", "r", "via"),
        "at least two places",
    );
    assert_problem(
        "bad-utc-offset.json",
        record("dataset", "", "utc_offset"),
        "such as \"+05:00\"",
    );
}

#[test]
fn all_problems_of_a_file_are_reported_together() {
    let err = error_of("many-problems.json");
    assert_eq!(err.problems.len(), 3, "{err}");
    let text = err.to_string();
    assert!(
        text.contains("place 'a', field 'lon': expected a longitude from -180 to 180, found 200")
    );
    assert!(text.contains(
        "source 's', field 'url': expected an http(s) link, found \"ftp://example.org/\""
    ));
    assert!(text.contains("event 'e', field 'place': no place has the id 'x'"));
    // One line per problem, each starting with the file.
    assert!(text.lines().all(|l| l.starts_with(&err.file)));
}

#[test]
fn csv_without_coordinates_or_dates_is_refused_at_the_header() {
    assert_problem(
        "no-coordinates.csv",
        line_col(1, 1),
        "no latitude/longitude columns",
    );
    assert_problem("csv-no-date-column.csv", line_col(1, 1), "no date column");
}

#[test]
fn csv_rows_that_cannot_be_used_are_listed_with_their_lines() {
    let err = error_of("no-usable-rows.csv");
    assert!(
        err.problems[0]
            .message
            .contains("no usable rows: 3 of 3 skipped")
    );
    assert_problem(
        "no-usable-rows.csv",
        line_col(2, 1),
        "expected a latitude, found 'abc'",
    );
    assert_problem("no-usable-rows.csv", line_col(3, 3), "the date is empty");
    assert_problem(
        "no-usable-rows.csv",
        line_col(4, 2),
        "expected a longitude from -180 to 180, found 999",
    );
}

#[test]
fn csv_with_mixed_date_formats_keeps_one_form_and_reports_the_other_rows() {
    let loaded = load_file(&bad("mixed-date-formats.csv")).unwrap();
    let report = loaded.report.unwrap();
    assert_eq!(loaded.dataset.events.len(), 2);
    assert_eq!(report.skipped_total, 1);
    assert_eq!(report.skipped[0].location, line_col(3, 3));
    assert!(
        report.skipped[0]
            .message
            .contains("'17 December 2011' is written as day month year")
    );
}

#[test]
fn geojson_needs_points_and_a_time() {
    assert_problem(
        "non-point.geojson",
        record("feature", "1", "geometry"),
        "a LineString, expected a Point",
    );
    assert_problem(
        "non-point.geojson",
        record("feature", "2", "geometry"),
        "a Polygon, expected a Point",
    );
    assert_problem(
        "no-time-property.geojson",
        Location::File,
        "no feature has a time property",
    );
}

#[test]
fn there_are_at_least_25_bad_inputs_and_every_one_fails_cleanly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bad");
    let files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(files.len() >= 25, "{} bad inputs", files.len());
    for f in files {
        match load_file(&f) {
            Err(e) => assert!(!e.problems.is_empty()),
            // The one file that loads in part must say what it skipped.
            Ok(l) => assert!(
                l.report.is_some_and(|r| r.skipped_total > 0),
                "{} loaded without a report",
                f.display()
            ),
        }
    }
}
