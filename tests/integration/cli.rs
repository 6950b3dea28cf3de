//! The command line, run as a user runs it.

use std::process::Command;

fn atlas() -> Command {
    Command::new(env!("CARGO_BIN_EXE_zhanaozen-atlas"))
}

/// `check` on `file` with the options `extra`.
fn check_with(file: &std::path::Path, extra: &[&str]) -> std::process::Output {
    atlas().arg("check").arg(file).args(extra).output().unwrap()
}

/// Exports `dataset` (the built-in record where `None`) as `format` to `out`, with the options
/// `extra`; the export must succeed.
fn export(format: &str, out: &std::path::Path, dataset: Option<&std::path::Path>, extra: &[&str]) {
    let done = atlas()
        .args(["export", "--format", format, "--out"])
        .arg(out)
        .args(dataset)
        .args(extra)
        .output()
        .unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
}

/// `file` exported as the app's JSON beside it, with the options `extra`: the JSON's text.
fn exported_json(file: &std::path::Path, extra: &[&str]) -> String {
    let json = file.with_extension("json");
    export("json", &json, Some(file), extra);
    std::fs::read_to_string(&json).unwrap()
}

/// A file `name` holding `text`, in a temporary directory of this test's (`test`) and this run's.
fn scratch(test: &str, name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("atlas-cli-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn check_summarises_the_builtin_dataset() {
    let out = atlas().arg("check").output().unwrap();
    assert!(out.status.success());
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(line.starts_with("data/zhanaozen-2011.json: ok: "), "{line}");
    assert!(line.contains("86 events, 11 places, 141 sources"), "{line}");
    assert!(
        line.contains(
            "claims: 6 on calls for an independent investigation, 28 on death toll, 11 on injured, \
             12 on police use of force, 8 on torture in detention, 17 on who started the violence"
        ),
        "{line}"
    );
    assert!(line.contains("; 2011-05 to 2013-07;"), "{line}");
    assert!(
        line.contains("route transfer-zhanaozen-aktau 142.7 km (straight line 141.1 km)"),
        "{line}"
    );
    assert_eq!(line.lines().count(), 1);
}

#[test]
fn check_reports_a_bad_file_and_fails() {
    let dir = std::env::temp_dir().join(format!("atlas-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("truncated.json");
    std::fs::write(
        &path,
        "{\n  \"format\": \"zhanaozen-atlas/1\",\n  \"events\": [\n",
    )
    .unwrap();
    let out = atlas().arg("check").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(&format!(
            "{}: line 4, column 0: EOF while parsing",
            path.display()
        )),
        "{err}"
    );
    let missing = atlas()
        .args(["check", "/nonexistent/data.json"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        String::from_utf8(missing.stderr)
            .unwrap()
            .contains("/nonexistent/data.json: cannot read the file")
    );
}

#[test]
fn bad_options_are_refused_before_a_window_opens() {
    let out = atlas().args(["--place", "atlantis"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("--place 'atlantis': no such id; the dataset has: zhanaozen, aktau")
    );
    let out = atlas().args(["--date", "2011-13-01"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("--date: '2011-13-01' is not a real date")
    );
}

#[test]
fn check_json_is_machine_readable() {
    let out = atlas().args(["check", "--json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["events"], 86);
    assert_eq!(v["claims"]["death toll"], 28);
    assert_eq!(v["time_span"][0], "2011-05");
    assert_eq!(v["routes"][0]["path_km"], 142.7);
    let bbox = v["bbox"].as_array().unwrap();
    assert_eq!(bbox.len(), 4);

    let dir = std::env::temp_dir().join(format!("atlas-cli-json-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"format\": 3}").unwrap();
    let out = atlas()
        .arg("check")
        .arg(&bad)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], false);
    assert_eq!(v["errors"][0]["line"], 1);
}

#[test]
fn export_writes_geojson_and_csv_that_check_reads_back() {
    let dir = std::env::temp_dir().join(format!("atlas-cli-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (format, file) in [("geojson", "events.geojson"), ("csv", "events.csv")] {
        let path = dir.join(file);
        export(format, &path, None, &[]);
        let out = check_with(&path, &[]);
        let line = String::from_utf8(out.stdout).unwrap();
        assert!(line.contains(": ok: 86 events"), "{format}: {line}");
        assert!(line.contains("2011-05 to 2013-07"), "{format}: {line}");
    }
    // Without --out the export goes to standard output.
    let out = atlas()
        .args(["export", "--format", "csv"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("id,title,start,end,precision,utc_offset,"));
    assert_eq!(text.lines().count(), 87);
}

#[test]
fn a_csv_saved_as_the_apps_json_checks_with_its_events_places_and_sources() {
    let csv = scratch(
        "save",
        "list.csv",
        "id,title,date,lat,lon,source\n\
         KAZ 1,Strike,2011-05-26,43.34,52.86,https://example.org/a\n\
         KAZ 2,Rally,2011-12-16,43.65,51.16,\n",
    );
    let text = exported_json(&csv, &[]);
    assert!(text.contains("\"format\": \"zhanaozen-atlas/2\""), "{text}");
    let out = check_with(&csv.with_extension("json"), &[]);
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(
        line.contains(": ok: 2 events, 2 places, 2 sources"),
        "{line}"
    );
}

#[test]
fn columns_chosen_on_the_command_line_win_and_a_missing_one_is_named() {
    // Two date columns: by name, "date" is taken; the user wants when it happened.
    let csv = scratch(
        "columns",
        "two-dates.csv",
        "date,occurred,y_coord,x_coord,what\n\
         2012-01-10,2011-12-16,43.34,52.86,Shooting\n",
    );
    let out = atlas()
        .arg("check")
        .arg(&csv)
        .args(["--date-column", "Occurred", "--lat-column", "y_coord"])
        .args(["--lon-column", "X_COORD", "--title-column", "what"])
        .output()
        .unwrap();
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(line.contains(": ok: 1 events"), "{line}");
    assert!(line.contains("2011-12-16"), "{line}");
    assert!(
        line.contains("lat=y_coord (chosen), lon=x_coord (chosen), date=occurred (chosen)"),
        "{line}"
    );
    let out = atlas()
        .arg("check")
        .arg(&csv)
        .args(["--date-column", "when"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("line 1, column 1: --date-column 'when': the header has no such column"),
        "{err}"
    );
}

#[test]
fn a_geojson_time_property_can_be_chosen_too() {
    let file = scratch(
        "geojson",
        "feed.geojson",
        r#"{"type": "FeatureCollection", "features": [{"type": "Feature",
            "geometry": {"type": "Point", "coordinates": [52.86, 43.34]},
            "properties": {"time": "2012-01-10", "Occurred": "2011-12-16", "title": "Shooting"}}]}"#,
    );
    let check = |extra: &[&str]| {
        let out = atlas()
            .arg("check")
            .arg(&file)
            .args(extra)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap()
    };
    assert!(check(&[]).contains("2012-01-10"), "by name, 'time'");
    let line = check(&["--date-column", "occurred"]);
    assert!(
        line.contains("2011-12-16") && line.contains("time=Occurred (chosen)"),
        "{line}"
    );
    let line = check(&["--date-column", "when"]);
    assert!(
        line.contains("--date-column 'when': no feature has such a property"),
        "{line}"
    );
}

#[test]
fn a_geojson_end_title_and_category_can_be_chosen_and_coordinates_stay_the_geometrys() {
    let file = scratch(
        "geojson-fields",
        "feed.geojson",
        r#"{"type": "FeatureCollection", "features": [{"type": "Feature",
            "geometry": {"type": "Point", "coordinates": [52.86, 43.34]},
            "properties": {"time": "2011-12-16", "until": "2011-12-18", "title": "Row 1",
                           "headline": "Shooting in the square", "kind": "violence"}}]}"#,
    );
    let text = exported_json(
        &file,
        &[
            "--end-column",
            "UNTIL",
            "--title-column",
            "headline",
            "--category-column",
            "kind",
        ],
    );
    for expected in [
        "\"title\": \"Shooting in the square\"",
        "\"category\": \"violence\"",
        "\"end\": \"2011-12-18\"",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    let out = check_with(&file, &["--title-column", "headline"]);
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(line.contains("title=headline (chosen)"), "{line}");
    let out = check_with(&file, &["--lat-column", "title"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("--lat-column: a GeoJSON feature's coordinates are its geometry's"),
        "{err}"
    );
}

#[test]
fn the_encoding_and_delimiter_can_be_named_where_the_file_cannot_tell_them() {
    let hostile = |name: &str| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/hostile")
            .join(name)
    };
    // Cyrillic capitals read as well in Windows-1251 as in KOI8-R: refused, unless named.
    let capitals = hostile("cp1251-capitals.csv");
    let out = atlas().arg("check").arg(&capitals).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("name it (--encoding windows-1251"), "{err}");
    let out = atlas()
        .arg("check")
        .arg(&capitals)
        .args(["--encoding", "cp1251", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["encoding"], "windows-1251", "{summary}");
    // Named wrongly, its bytes are decoded as the user says (KOI8-R has a letter for each: the
    // capitals become other, lower-case letters), and a byte sequence that is no character in the
    // named encoding is an error at its first byte.
    let out = atlas()
        .args(["export", "--format", "csv"])
        .arg(&capitals)
        .args(["--encoding", "koi8-r"])
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.contains(",фюмюнгем,"), "{csv}");
    let bad = scratch("encoding", "bad-utf16.csv", "");
    std::fs::write(&bad, b"\xff\xfel\x00a\x00t\x00\x00\xd8\n\x00").unwrap();
    let out = atlas()
        .arg("check")
        .arg(&bad)
        .args(["--encoding", "utf-16le"])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("byte 8: this is not valid UTF-16LE text (chosen with --encoding)"),
        "{err}"
    );

    // A header with as many commas as bars is read as commas, unless the bar is named.
    let bars = scratch(
        "delimiter",
        "bars.csv",
        "lat|lon|date, as day, month, year|title\n43.34|52.86|2011-12-16|Clashes\n",
    );
    let out = atlas().arg("check").arg(&bars).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = check_with(&bars, &["--delimiter", "|"]);
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(line.contains(": ok: 1 events"), "{line}");
    assert!(line.contains("delimiter=bar (chosen)"), "{line}");
    let out = check_with(&bars, &["--delimiter", "x"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("'x' is not a delimiter"), "{err}");
}
