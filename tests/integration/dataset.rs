//! The built-in dataset and the JSON loader: the facts that matter, and errors that point at the
//! problem.

use zhanaozen_atlas::{
    geometry::{distance_km, path_length_km},
    io::{Location, builtin_dataset, parse_dataset_json},
    model::{DateNames, Precision},
};

#[test]
fn the_builtin_dataset_parses_with_every_event_sourced() {
    let d = builtin_dataset();
    assert!(d.events.len() >= 25);
    for e in &d.events {
        assert!(!e.sources.is_empty(), "{} has no source", e.id);
    }
    for id in [
        "zhanaozen",
        "aktau",
        "zhetybay",
        "shetpe",
        "kuryk",
        "fort-shevchenko",
        "beyneu",
    ] {
        assert!(d.place_by_id(id).is_some(), "missing place {id}");
    }
    let focus: Vec<&str> = d
        .places
        .iter()
        .filter(|p| p.focus)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(focus, ["zhanaozen", "aktau"]);
    // Events are in time order.
    assert!(
        d.events
            .windows(2)
            .all(|w| w[0].start.start <= w[1].start.start)
    );
}

#[test]
fn precision_and_spans_are_kept() {
    let d = builtin_dataset();
    let strike = &d.events[d.event_by_id("ozenmunaigas-strike-begins").unwrap()];
    assert_eq!(strike.start.precision, Precision::Month);
    assert_eq!(
        strike
            .start
            .format(d.offset, d.offset, &DateNames::english()),
        "May 2011"
    );
    let soe = &d.events[d.event_by_id("state-of-emergency").unwrap()];
    assert_eq!(soe.start.start.to_string(), "2011-12-17T13:00:00Z");
    assert_eq!(soe.end.unwrap().start.to_string(), "2012-01-31T02:00:00Z");
    let shetpe = &d.events[d.event_by_id("shetpe-clash").unwrap()];
    assert_eq!(shetpe.start.precision, Precision::Hour);
    assert_eq!(d.places[shetpe.place.unwrap()].id, "shetpe");
}

#[test]
fn the_transfer_route_runs_zhanaozen_zhetybay_aktau() {
    let d = builtin_dataset();
    let route = &d.routes[0];
    let via: Vec<&str> = route.via.iter().map(|&p| d.places[p].id.as_str()).collect();
    assert_eq!(via, ["zhanaozen", "zhetybay", "aktau"]);
    assert_eq!(
        d.events[route.event.unwrap()].id,
        "injured-transferred-to-aktau"
    );
    assert_eq!(route.reported_distance.as_deref(), Some("some 150 km"));
    let points: Vec<_> = route.via.iter().map(|&p| d.places[p].position).collect();
    let path = path_length_km(&points);
    assert!((140.0..=160.0).contains(&path), "route {path} km");
    let straight = distance_km(points[0], points[2]);
    assert!(
        (140.0..=142.0).contains(&straight),
        "straight line {straight} km"
    );
}

const MINIMAL: &str = r#"{
  "format": "zhanaozen-atlas/1",
  "title": "t",
  "utc_offset": "+05:00",
  "places": [{ "id": "a", "names": { "en": "A" }, "lat": 43.0, "lon": 52.0 }],
  "sources": [{ "id": "s", "publisher": "P", "title": "T", "url": "https://example.org/x" }],
  "events": [{ "id": "e", "title": "E", "start": "2011-12-16", "place": "a", "category": "strike", "sources": ["s"] }]
}"#;

#[test]
fn a_minimal_dataset_loads() {
    let d = parse_dataset_json("minimal.json", MINIMAL).unwrap();
    assert_eq!(d.events.len(), 1);
}

#[test]
fn syntax_errors_point_at_line_and_column() {
    let broken = MINIMAL.replace(r#""title": "t","#, r#""title": "t""#);
    let err = parse_dataset_json("broken.json", &broken).unwrap_err();
    assert_eq!(err.file, "broken.json");
    assert_eq!(
        err.problems[0].location,
        Location::LineColumn { line: 4, column: 3 }
    );
    assert!(
        err.to_string()
            .starts_with("broken.json: line 4, column 3: expected `,`"),
        "{err}"
    );
}

#[test]
fn every_problem_of_a_file_is_reported_with_its_record() {
    let bad = MINIMAL
        .replace(r#""lat": 43.0"#, r#""lat": 95.0"#)
        .replace(r#""https://example.org/x""#, r#""javascript:alert(1)""#)
        .replace(
            r#""start": "2011-12-16""#,
            r#""start": "2011-02-30", "end": "2010-01-01""#,
        )
        .replace(r#""place": "a""#, r#""place": "nowhere""#);
    let err = parse_dataset_json("bad.json", &bad).unwrap_err();
    let text = err.to_string();
    for expected in [
        "bad.json: place 'a', field 'lat': expected a latitude from -90 to 90, found 95",
        "bad.json: source 's', field 'url': expected an http(s) link",
        "bad.json: event 'e', field 'start': '2011-02-30' is not a real date",
        "bad.json: event 'e', field 'place': no place has the id 'nowhere'",
    ] {
        assert!(text.contains(expected), "missing «{expected}» in:\n{text}");
    }
}

#[test]
fn duplicate_ids_empty_files_and_unsourced_events_are_refused() {
    let dup = MINIMAL.replace(
        r#""sources": [{ "id": "s""#,
        r#""sources": [{ "id": "s", "publisher": "P", "title": "T", "url": "https://example.org/y" }, { "id": "s""#,
    );
    assert!(
        parse_dataset_json("dup.json", &dup)
            .unwrap_err()
            .to_string()
            .contains("source 's', field 'id': the id is used by another source")
    );
    assert!(
        parse_dataset_json("empty.json", "  \n")
            .unwrap_err()
            .to_string()
            .contains("empty.json: the file is empty")
    );
    let unsourced = MINIMAL.replace(r#""sources": ["s"]"#, r#""sources": []"#);
    assert!(
        parse_dataset_json("u.json", &unsourced)
            .unwrap_err()
            .to_string()
            .contains("expected at least one source")
    );
}
