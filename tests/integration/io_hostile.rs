//! Hostile and odd input (issue #16): no silent misread, no silent loss, no hang. Each test
//! reproduces one fault of the sweep with a file of tests/data/hostile.

use std::{
    path::{Path, PathBuf},
    process::Command,
};

use zhanaozen_atlas::io::{LoadError, Loaded, Location, load_file};

fn hostile(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/hostile")
        .join(name)
}

fn loaded(name: &str) -> Loaded {
    load_file(&hostile(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn error(name: &str) -> LoadError {
    let e = load_file(&hostile(name)).expect_err(name);
    assert_eq!(
        e.file,
        hostile(name).display().to_string(),
        "the error names the file"
    );
    e
}

/// The whole error of `name`, one problem a line, as `check` prints it.
fn error_text(name: &str) -> String {
    error(name).to_string()
}

fn starts(l: &Loaded) -> Vec<String> {
    l.dataset
        .events
        .iter()
        .map(|e| e.start.start.to_string())
        .collect()
}

fn notes(l: &Loaded) -> Vec<String> {
    l.report
        .as_ref()
        .unwrap()
        .notes
        .iter()
        .map(|p| format!("{}: {}", p.location, p.message))
        .collect()
}

fn skipped(l: &Loaded) -> Vec<(Location, String)> {
    l.report
        .as_ref()
        .unwrap()
        .skipped
        .iter()
        .map(|p| (p.location.clone(), p.message.clone()))
        .collect()
}

#[test]
fn epoch_seconds_are_read_as_seconds_and_the_summary_says_so() {
    let l = loaded("epoch-seconds.csv");
    assert_eq!(starts(&l), ["2011-12-16T06:05:00Z", "2011-12-17T06:05:00Z"]);
    let report = l.report.unwrap();
    assert_eq!(report.dates, Some("epoch seconds"));
    assert!(report.summary().contains("dates read as epoch seconds"));
    // A column that drifts from seconds to milliseconds keeps one reading and reports the row.
    let l = loaded("epoch-mixed.csv");
    assert_eq!(starts(&l), ["2011-12-16T06:05:00Z"]);
    assert!(
        skipped(&l)[0]
            .1
            .contains("written as epoch milliseconds, but earlier rows use epoch seconds")
    );
    // GeoJSON number times are told apart by their digits too.
    let l = loaded("feature.geojson");
    assert_eq!(starts(&l), ["2011-12-16T06:05:00Z"]);
}

#[test]
fn compact_and_gdal_dates_are_dates() {
    let l = loaded("compact-dates.csv");
    assert_eq!(starts(&l), ["2011-12-16T06:05:00Z", "2011-12-17T00:00:00Z"]);
    assert_eq!(
        l.report.unwrap().dates,
        Some("compact digits (YYYYMMDD, YYYYMMDDhhmm)")
    );
    let l = loaded("gdal-dates.csv");
    assert_eq!(starts(&l), ["2011-12-16T03:00:00Z", "2011-12-17T00:00:00Z"]);
}

#[test]
fn a_two_digit_year_is_refused_and_sept_is_september() {
    let l = loaded("two-digit-year.csv");
    assert_eq!(starts(&l), ["2011-09-16T00:00:00Z"]);
    let (at, message) = &skipped(&l)[0];
    assert_eq!(*at, Location::LineColumn { line: 2, column: 3 });
    assert!(message.contains("'11' is not four digits"), "{message}");
}

#[test]
fn an_unterminated_quote_is_reported_where_it_opened() {
    let e = error("unclosed-quote.csv");
    assert_eq!(
        e.problems[0].location,
        Location::LineColumn { line: 3, column: 4 }
    );
    assert!(
        e.problems[0].message.contains("closing quote missing"),
        "{e}"
    );
    assert!(
        e.problems[0]
            .message
            .contains("lines 4 to 6, which look like rows"),
        "{e}"
    );
    // A quoted description over two lines is fine.
    assert_eq!(loaded("multiline-cell.csv").dataset.events.len(), 2);
}

#[test]
fn lines_are_counted_right_for_lf_crlf_and_cr() {
    for name in ["line-ends-lf.csv", "line-ends-crlf.csv", "line-ends-cr.csv"] {
        let lines: Vec<Location> = skipped(&loaded(name)).into_iter().map(|(l, _)| l).collect();
        assert_eq!(
            lines,
            [
                Location::LineColumn { line: 3, column: 3 },
                Location::LineColumn { line: 5, column: 3 }
            ],
            "{name}"
        );
    }
    for name in ["crlf-error.json", "cr-error.json"] {
        let e = error(name);
        assert!(
            matches!(
                e.problems[0].location,
                Location::LineColumn { line: 20, .. }
            ),
            "{name}: {e}"
        );
    }
    let e = error("line-ends-cr.geojson");
    assert!(
        matches!(e.problems[0].location, Location::LineColumn { line: 5, .. }),
        "{e}"
    );
}

#[test]
fn what_is_kept_but_doubtful_is_noted() {
    let l = loaded("notes.csv");
    assert_eq!(l.dataset.events.len(), 3);
    let notes = notes(&l).join("\n");
    assert!(
        notes
            .contains("line 1, column 4: the header names 'date' more than once (columns 4 and 5)"),
        "{notes}"
    );
    assert!(
        notes.contains("line 2, column 7: the link 'javascript:alert(1)' was not kept"),
        "{notes}"
    );
    assert!(
        notes.contains("the link 'https://example.org@evil.example/x' was not kept"),
        "{notes}"
    );
    assert!(
        notes.contains("line 3, column 1: 1 rows have no coordinates"),
        "{notes}"
    );
    // The one good link is kept, shown by its real host.
    let hrw = l.dataset.sources.iter().find(|s| s.url.is_some()).unwrap();
    assert_eq!(hrw.publisher, "www.hrw.org");
}

#[test]
fn a_time_column_beside_the_date_is_joined_to_it() {
    let l = loaded("date-and-time.csv");
    assert_eq!(starts(&l), ["2011-12-16T11:30:00Z", "2011-12-16T17:00:00Z"]);
    let (at, message) = &skipped(&l)[0];
    assert_eq!(*at, Location::LineColumn { line: 4, column: 4 });
    assert!(
        message.contains("the time 'noon' cannot be joined"),
        "{message}"
    );
    assert!(l.report.unwrap().columns.contains("time=time"));
}

#[test]
fn columns_that_look_swapped_are_noted() {
    let l = loaded("swapped.csv");
    assert!(
        notes(&l).join("\n").contains("look swapped: 1 rows"),
        "{:?}",
        notes(&l)
    );
    let e = error("lat-lon-order.geojson");
    assert!(
        e.to_string()
            .contains("look written as [latitude, longitude]"),
        "{e}"
    );
}

#[test]
fn other_delimiters_and_decimal_commas_are_read() {
    let l = loaded("semicolons.csv");
    assert_eq!(l.dataset.events.len(), 2);
    let p = l.dataset.places[l.dataset.events[0].place.unwrap()].position;
    assert_eq!((p.y(), p.x()), (43.34, 52.86));
    assert!(l.report.unwrap().columns.starts_with("delimiter=semicolon"));
    assert_eq!(loaded("tabs.tsv").dataset.events.len(), 1);
}

#[test]
fn day_first_and_month_first_dates_are_read_as_the_file_tells_and_never_guessed() {
    // 05.06.2011 comes before the date that tells the order (16.12.2011): it is read day first.
    let l = loaded("day-first.csv");
    assert_eq!(
        starts(&l),
        [
            "2011-05-05T00:00:00Z",
            "2011-06-05T10:00:00Z",
            "2011-12-16T11:30:00Z"
        ]
    );
    let report = l.report.unwrap();
    assert_eq!(report.dates, Some("day first (16.12.2011)"));
    assert!(
        report.notes[0]
            .message
            .contains("'16.12.2011' here can only be read so"),
        "{:?}",
        report.notes
    );
    assert_eq!(report.notes[0].location.to_string(), "line 3, column 2");
    let l = loaded("month-first.csv");
    assert_eq!(starts(&l), ["2011-05-06T00:00:00Z", "2011-12-16T11:30:00Z"]);
    // No date tells: every row is refused with both readings, nothing is guessed.
    let e = error_text("ambiguous-order.csv");
    assert!(
        e.contains("'05/06/2011' could be 5 June 2011 (day first) or 6 May 2011 (month first)"),
        "{e}"
    );
}

#[test]
fn columns_with_other_names_are_found_by_their_values_and_said_so() {
    let l = loaded("casualty-list.csv");
    assert_eq!(starts(&l), ["2011-12-16T00:00:00Z", "2011-12-17T00:00:00Z"]);
    let columns = l.report.unwrap().columns;
    assert!(
        columns.contains("lat=coord_lat (found by its values)")
            && columns.contains("lon=coord_lon (found by its values)")
            && columns.contains("date=date of incident (found by its values)"),
        "{columns}"
    );
}

#[test]
fn utf16_and_windows_1251_text_is_decoded_and_said_so() {
    for (name, encoding) in [("utf16.csv", "UTF-16LE"), ("cp1251.csv", "Windows-1251")] {
        let l = loaded(name);
        assert_eq!(l.dataset.events.len(), 1, "{name}");
        let report = l.report.unwrap();
        assert_eq!(report.encoding, Some(encoding));
        assert!(
            report
                .summary()
                .contains(&format!("decoded from {encoding}"))
        );
    }
    assert_eq!(loaded("cp1251.csv").dataset.events[0].title, "Жанаозен");
}

#[test]
fn files_in_formats_that_are_not_read_are_named() {
    for (name, says) in [
        ("latin1.csv", "Windows-1252, which is not guessed"),
        ("cp1251-capitals.csv", "Windows-1251 or KOI8-R"),
        ("places.kml", "has no <TimeStamp> or <TimeSpan>"),
        ("database.gpkg", "GeoPackage"),
        ("header-only.csv", "has no rows after its header"),
        ("empty-collection.geojson", "has no features"),
        ("wkt.csv", "looks like WKT geometry"),
        (
            "utm.geojson",
            "'urn:ogc:def:crs:EPSG::32639', which is not read",
        ),
        ("far-dates.csv", "years 0001 to 9998"),
    ] {
        let text = error_text(name);
        assert!(
            text.contains(says),
            "{name}: expected «{says}», got:\n{text}"
        );
    }
    assert!(error_text("far-dates.csv").contains("'31 February 2011' is not a real date"));
}

#[test]
fn single_features_sequences_and_web_mercator_are_read() {
    assert_eq!(loaded("feature.geojson").dataset.events.len(), 1);
    assert_eq!(loaded("features.geojsonl").dataset.events.len(), 2);
    assert_eq!(loaded("sequence.geojsons").dataset.events.len(), 2);
    let l = loaded("web-mercator.geojson");
    let p = l.dataset.places[0].position;
    assert!(
        (p.x() - 52.166).abs() < 1e-3 && (p.y() - 43.34).abs() < 1e-3,
        "{p:?}"
    );
    assert!(l.report.unwrap().columns.contains("EPSG:3857"));
}

#[test]
fn renumbered_duplicate_ids_are_unique() {
    let l = loaded("duplicate-ids.csv");
    let ids: Vec<&str> = l.dataset.events.iter().map(|e| e.id.as_str()).collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), 3, "{ids:?}");
}

#[test]
fn over_long_texts_and_absurd_numbers_are_refused() {
    let text = error_text("long-name-huge-number.json");
    assert!(
        text.contains("place 'a', field 'names.en': the text is 3000 characters long"),
        "{text}"
    );
    assert!(
        text.contains(
            "field 'uncertainty_km': expected a distance from 0 to 20000 km, found 1e300"
        ),
        "{text}"
    );
    let l = loaded("long-name.csv");
    assert_eq!(l.dataset.events.len(), 1);
    assert!(skipped(&l)[0].1.contains("at most 500"));
}

#[cfg(unix)]
#[test]
fn pipes_and_devices_are_refused_without_reading() {
    let dir = std::env::temp_dir().join(format!("atlas-fifo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("events.csv");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    // Were it opened, this would wait for a writer for ever.
    let e = load_file(&fifo).unwrap_err();
    assert!(e.to_string().contains("not a regular file"), "{e}");
    let e = load_file(Path::new("/dev/zero")).unwrap_err();
    assert!(e.to_string().contains("not a regular file"), "{e}");
    let e = load_file(&dir).unwrap_err();
    assert!(e.to_string().contains("a folder"), "{e}");
    std::fs::remove_dir_all(dir).ok();
}

fn atlas() -> Command {
    Command::new(env!("CARGO_BIN_EXE_zhanaozen-atlas"))
}

#[test]
fn check_prints_no_terminal_escapes_from_a_file() {
    let out = atlas()
        .args(["check"])
        .arg(hostile("escape.csv"))
        .output()
        .unwrap();
    let all = [out.stdout, out.stderr].concat();
    assert!(!all.contains(&0x1b), "{}", String::from_utf8_lossy(&all));
    assert!(String::from_utf8_lossy(&all).contains("\\u{1b}"));
}

#[cfg(unix)]
#[test]
fn closed_pipes_end_quietly_and_full_disks_are_reported() {
    use std::io::Read as _;
    for args in [
        &["export", "--format", "csv"][..],
        &["generate", "--events", "200000"][..],
    ] {
        let mut child = atlas()
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 10];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // The reader goes away, as `| head -c 10` does.
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {:?} {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    }
    let full = std::fs::File::create("/dev/full").unwrap();
    let out = atlas().arg("check").stdout(full).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write to standard output"));
}
