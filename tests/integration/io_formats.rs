//! Opening other formats, and the round trip through the app's own exports.

use std::path::Path;

use zhanaozen_atlas::{
    io::{builtin_dataset, load_file, parse_any, to_csv, to_geojson},
    model::{Dataset, DateNames, Precision},
};

fn good(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/good")
        .join(name)
}

/// One event's id, start, end, precision and coordinates, as text and numbers that compare across
/// formats.
type Essentials = (
    String,
    String,
    Option<String>,
    Precision,
    Option<(f64, f64)>,
);

/// The skipped rows of an import, each with its place in the file.
fn skipped(report: &zhanaozen_atlas::io::ImportReport) -> Vec<String> {
    report
        .skipped
        .iter()
        .map(|p| format!("{}: {}", p.location, p.message))
        .collect()
}

/// Ids, times, precision and coordinates of every event, sorted by id.
fn essentials(d: &Dataset) -> Vec<Essentials> {
    let mut v: Vec<_> = d
        .events
        .iter()
        .map(|e| {
            (
                e.id.to_string(),
                e.start.start.to_string(),
                e.end.map(|m| m.start.to_string()),
                e.start.precision,
                e.place
                    .map(|p| (d.places[p].position.x(), d.places[p].position.y())),
            )
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

#[test]
fn json_to_geojson_and_back_keeps_ids_times_precision_and_coordinates() {
    let original = builtin_dataset();
    let all: Vec<usize> = (0..original.events.len()).collect();
    let text = to_geojson(&original, &all);
    let back = parse_any("export.geojson", &text).unwrap();
    assert_eq!(back.report.as_ref().unwrap().skipped_total, 0);
    assert_eq!(essentials(&back.dataset), essentials(&original));
    assert_eq!(back.dataset.offset, original.offset);
    // Place ids survive too, and month precision stays a month.
    let strike = back
        .dataset
        .event_by_id("ozenmunaigas-strike-begins")
        .unwrap();
    let e = &back.dataset.events[strike];
    assert_eq!(back.dataset.places[e.place.unwrap()].id, "zhanaozen");
    assert_eq!(e.start.precision, Precision::Month);
}

#[test]
fn json_to_csv_and_back_keeps_the_same() {
    let original = builtin_dataset();
    let all: Vec<usize> = (0..original.events.len()).collect();
    let back = parse_any("export.csv", &to_csv(&original, &all)).unwrap();
    assert_eq!(back.report.as_ref().unwrap().skipped_total, 0);
    assert_eq!(essentials(&back.dataset), essentials(&original));
}

#[test]
fn an_acled_export_reads_its_time_precision_fatalities_and_named_sources() {
    let loaded = load_file(&good("acled-export.csv")).unwrap();
    let report = loaded.report.unwrap();
    assert!(
        report
            .columns
            .ends_with("source=source, precision=time_precision, fatalities=fatalities"),
        "{}",
        report.columns
    );
    // An unknown code is refused at its line and column, not read as some precision.
    assert_eq!(report.rows_used, 3);
    assert_eq!(report.skipped_total, 1);
    assert_eq!(
        skipped(&report),
        [
            "line 5, column 4: '7' is not a time precision: expected 1 (the day), 2 (the week) or 3 \
          (the month)"
        ]
    );
    let d = &loaded.dataset;
    let event = |id| &d.events[d.event_by_id(id).unwrap()];
    let names = DateNames::english();
    let when = |id| event(id).start.format(d.offset, d.offset, &names);
    // 1 is the day; 2 the week the date lies in (Wednesday the 14th: the week of Monday the
    // 12th); 3 the month.
    assert_eq!(event("KAZ101").start.precision, Precision::Day);
    assert_eq!(when("KAZ101"), "Fri 16 Dec 2011");
    assert_eq!(event("KAZ102").start.precision, Precision::Week);
    assert_eq!(when("KAZ102"), "12–18 Dec 2011");
    assert_eq!(event("KAZ103").start.precision, Precision::Month);
    assert_eq!(when("KAZ103"), "December 2011");
    // The fatalities are the file's figure, kept with the row's own notes (0 is a figure too).
    assert_eq!(
        event("KAZ101").description,
        "A test row known to the day, with a comma.\n\nFatalities given in the file: 3."
    );
    assert!(
        event("KAZ102")
            .description
            .ends_with("Fatalities given in the file: 0.")
    );
    assert_eq!(
        event("KAZ103").description,
        "A test row known to the month."
    );
    // ACLED names its sources without links: each name is a source of its own.
    let publishers: Vec<_> = event("KAZ101")
        .sources
        .iter()
        .map(|&s| (d.sources[s].publisher.as_str(), d.sources[s].url.is_none()))
        .collect();
    assert_eq!(publishers, [("Reuters", true), ("Radio Azattyq", true)]);
    assert_eq!(event("KAZ102").sources, event("KAZ103").sources);
    // The export writes the names back in the cell the reader splits.
    let csv = to_csv(d, &(0..d.events.len()).collect::<Vec<_>>());
    let back = parse_any("back.csv", &csv).unwrap().dataset;
    assert_eq!(essentials(&back), essentials(d));
    let kaz101 = &back.events[back.event_by_id("KAZ101").unwrap()];
    assert_eq!(back.sources[kaz101.sources[1]].publisher, "Radio Azattyq");
}

#[test]
fn an_acled_style_csv_is_read_with_its_columns_reported() {
    let loaded = load_file(&good("acled-style.csv")).unwrap();
    let report = loaded.report.unwrap();
    assert_eq!(
        report.columns,
        "lat=latitude, lon=longitude, date=event_date, title=sub_event_type, id=event_id_cnty, category=event_type, place=location, source=source_url"
    );
    assert_eq!(report.rows_used, 3);
    assert_eq!(report.skipped_total, 1);
    assert!(
        report.skipped[0]
            .message
            .contains("'bad date' is not a date")
    );
    let d = &loaded.dataset;
    let kaz1 = &d.events[d.event_by_id("KAZ1").unwrap()];
    assert_eq!(kaz1.title, "Violent demonstration");
    assert_eq!(kaz1.category.0, "Riots");
    assert_eq!(kaz1.start.precision, Precision::Day);
    assert_eq!(d.places[kaz1.place.unwrap()].names.en, "Zhanaozen");
    assert_eq!(
        d.sources[kaz1.sources[0]].url.as_deref(),
        Some("https://example.org/a")
    );
    // A row without a source is sourced to the file itself, visibly.
    let kaz4 = &d.events[d.event_by_id("KAZ4").unwrap()];
    assert!(
        d.sources[kaz4.sources[0]]
            .title
            .starts_with("Imported from")
    );
    // Two rows at Aktau share one place.
    assert_eq!(d.places.len(), 3);
}

#[test]
fn a_usgs_style_feed_is_read_from_epoch_milliseconds() {
    let loaded = load_file(&good("usgs-style.geojson")).unwrap();
    let report = loaded.report.unwrap();
    assert_eq!(report.columns, "time=time");
    assert_eq!(report.rows_used, 2);
    // The third feature writes its time as text, unlike the first two: reported, not guessed.
    assert_eq!(report.skipped_total, 1);
    assert!(
        report.skipped[0]
            .message
            .contains("but earlier features use epoch milliseconds")
    );
    let d = &loaded.dataset;
    let quake = &d.events[d.event_by_id("us1000abcd").unwrap()];
    assert_eq!(quake.start.start.to_string(), "2011-12-16T16:00:00Z");
    assert_eq!(quake.title, "M 4.5 - 30 km N of Aktau");
    assert_eq!(d.places[quake.place.unwrap()].position.x(), 51.5);
}

#[test]
fn a_gpx_file_gives_its_timed_waypoints_and_track_points_and_says_where_it_skipped() {
    let loaded = load_file(&good("walk.gpx")).unwrap();
    let report = loaded.report.unwrap();
    assert_eq!(report.format, "GPX");
    // The timed waypoint and three of the four track points; the others at their lines.
    assert_eq!(report.rows_used, 4);
    let skipped = skipped(&report);
    assert_eq!(
        skipped,
        [
            "line 11, column 3: the point has no <time>, so it has no place on the timeline",
            "line 19, column 7: lat: expected a latitude from -90 to 90, found 95",
        ]
    );
    let d = &loaded.dataset;
    // The file's <metadata><name> titles the dataset.
    assert_eq!(d.title, "A test walk");
    let titles: Vec<&str> = d.events.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Start",
            "Shore walk, point 1",
            "Shore walk, point 2",
            "Shore walk, point 4"
        ]
    );
    let start = &d.events[0];
    assert_eq!(start.start.start.to_string(), "2024-05-01T06:00:00Z");
    assert_eq!(start.start.precision, Precision::Minute);
    assert_eq!(start.category.0, "meeting point");
    assert_eq!(start.description, "Where the walk begins.");
    assert_eq!(
        d.sources[start.sources[0]].url.as_deref(),
        Some("https://example.org/walk")
    );
    assert_eq!(d.events[1].category.0, "track point");
    // A file that is not well-formed XML: the error is at its line and column.
    let broken =
        parse_any("broken.gpx", "<gpx>\n  <wpt lat=\"1\" lon=\"2\">\n</gpx>").expect_err("not XML");
    let problem = &broken.problems[0];
    assert!(
        problem.location.to_string().starts_with("line 3"),
        "{}: {}",
        problem.location,
        problem.message
    );
    assert!(
        problem.message.starts_with("not well-formed XML"),
        "{}",
        problem.message
    );
}

#[test]
fn a_kml_file_gives_its_timed_placemarks_with_their_folders_as_categories() {
    let loaded = load_file(&good("walk.kml")).unwrap();
    let report = loaded.report.unwrap();
    assert_eq!(report.format, "KML");
    assert_eq!(report.rows_used, 3);
    let skipped = skipped(&report);
    assert_eq!(
        skipped,
        [
            "line 25, column 5: the placemark is a LineString; only Points are read",
            "line 30, column 5: the placemark has no <TimeStamp> or <TimeSpan>, so it has no \
             place on the timeline",
        ]
    );
    let d = &loaded.dataset;
    let event = |id: &str| {
        d.events
            .iter()
            .find(|e| e.title == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let start = event("Start");
    assert_eq!(start.category.0, "meeting");
    assert_eq!(start.description, "Where the walk begins.");
    assert_eq!(
        d.sources[start.sources[0]].url.as_deref(),
        Some("https://example.org/walk")
    );
    // A span with its offset; a date alone is known to the day.
    let stall = event("Stall");
    assert_eq!(stall.start.start.to_string(), "2024-05-01T02:00:00Z");
    assert_eq!(
        stall.end.map(|e| e.start.to_string()).as_deref(),
        Some("2024-05-01T04:30:00Z")
    );
    // The Document's name titles the dataset.
    assert_eq!(d.title, "A test of the app");
    let market = event("Market day");
    assert_eq!(market.start.precision, Precision::Day);
    assert_eq!(market.category.0, "placemark");
}
