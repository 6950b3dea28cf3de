//! Opening other formats, and the round trip through the app's own exports.

use std::path::Path;

use zhanaozen_atlas::{
    io::{builtin_dataset, load_file, parse_any, to_csv, to_geojson},
    model::{Dataset, Precision},
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

/// Ids, times, precision and coordinates of every event, sorted by id.
fn essentials(d: &Dataset) -> Vec<Essentials> {
    let mut v: Vec<_> = d
        .events
        .iter()
        .map(|e| {
            (
                e.id.clone(),
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
