//! Opening files in the running app: a bad file leaves the dataset on screen and shows its errors;
//! a good one (dropped on the window) replaces it and says what the import used.

use crate::common;

use std::{
    path::{Path, PathBuf},
    sync::Arc,
};

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use zhanaozen_atlas::{
    app::{DialogMissing, Intent, PathPrompt, PathPurpose, apply},
    io::ExportFormat,
};

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path)
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_bad_file_keeps_the_dataset_and_lists_every_problem_until_dismissed() {
    let mut h = harness_at(Some("2011-12-18"));
    let before = state(&h).dataset().events.len();
    let _ = apply(
        &mut h.state_mut().state,
        Intent::OpenFile(data("bad/many-problems.json")),
    );
    wait_for_load(&mut h);

    assert_eq!(
        state(&h).dataset().events.len(),
        before,
        "the dataset on screen stays"
    );
    assert!(h.query_by_label("Could not open the file").is_some());
    assert!(
        h.query_by_label("3 problems. The dataset on screen is unchanged.")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("place 'a', field 'lon': expected a longitude")
            .is_some()
    );

    h.get_by_role_and_label(Role::Button, "Dismiss").click();
    h.run();
    assert!(h.query_by_label("Could not open the file").is_none());
    assert!(state(&h).messages().load_error().is_none());
}

#[test]
fn a_csv_dropped_on_the_window_opens_and_reports_its_columns() {
    let mut h = harness_at(None);
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(data("good/acled-style.csv"))));
    h.run();
    wait_for_load(&mut h);

    let s = state(&h);
    assert_eq!(s.dataset().events.len(), 3);
    assert!(s.data().name().ends_with("acled-style.csv"));
    assert!(
        h.query_all_by_label_contains("CSV: 3 rows used, 1 skipped")
            .next()
            .is_some(),
        "the title bar says what the import used"
    );
    assert!(
        h.query_all_by_label_contains("lat=latitude, lon=longitude, date=event_date")
            .next()
            .is_some()
    );
    // The imported places are on the map and clickable.
    h.get_by_role_and_label(Role::Button, "Shetpe").click();
    h.run();
    assert!(state(&h).selection().place.is_some());
}

#[test]
fn a_world_wide_feed_opens_framed_on_its_points_without_the_records_region() {
    use zhanaozen_atlas::geometry::mercator;
    let mut h = harness_at(None);
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(data("good/world-feed.csv"))));
    h.run();
    wait_for_load(&mut h);
    h.run();

    let s = state(&h);
    assert_eq!(s.dataset().events.len(), 4);
    let m = s.map();
    let visible = m.screen_view().visible();
    for (lat, lon) in [
        (-33.45, -70.65),
        (-1.29, 36.82),
        (35.68, 139.69),
        (64.15, -21.94),
    ] {
        let p = mercator(lon, lat);
        assert!(
            visible.min[0] <= p[0]
                && p[0] <= visible.max[0]
                && visible.min[1] <= p[1]
                && p[1] <= visible.max[1],
            "{lat},{lon} is in view (zoom {}, centre {:?})",
            m.zoom(),
            m.center()
        );
    }
    assert!(
        m.zoom() < 3.0,
        "the world, not Mangystau: zoom {}",
        m.zoom()
    );
    // No region of its own: no "Fit region", but "Fit data" frames it again.
    assert!(h.query_by_label("Fit region").is_none());
    assert!(h.query_by_label("Fit data").is_some());
    // Its places are clickable where they are.
    h.get_by_role_and_label(Role::Button, "Test point at Tokyo")
        .click();
    h.run();
    assert!(state(&h).selection().place.is_some());
}

#[test]
fn a_bad_file_on_the_command_line_opens_the_window_on_the_record_with_its_problems() {
    use clap::Parser as _;
    let bad = data("bad/many-problems.json");
    let args = zhanaozen_atlas::cli::Cli::try_parse_from([
        "zhanaozen-atlas".as_ref(),
        bad.as_os_str(),
        "--date".as_ref(),
        "2011-12-16".as_ref(),
    ])
    .unwrap();
    let opened = zhanaozen_atlas::startup::startup_state(&args, None)
        .expect("a bad file is no reason not to open the window");
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(
            |ui, app: &mut zhanaozen_atlas::shell::AtlasApp| app.show(ui),
            zhanaozen_atlas::shell::AtlasApp::new(opened),
        );
    h.run();
    // The built-in record, at the date asked for, under the file's problems.
    assert!(state(&h).data().path().is_none());
    assert_eq!(state(&h).cursor(), ts("2011-12-15T19:00:00Z"));
    assert!(h.query_by_label("Could not open the file").is_some());
    assert!(
        h.query_by_label_contains("place 'a', field 'lon': expected a longitude")
            .is_some()
    );
}

#[test]
fn recent_files_list_what_opened_and_drop_what_no_longer_does() {
    let mut h = harness_at(None);
    let feed = std::path::absolute(data("good/world-feed.csv")).unwrap();
    let _ = apply(&mut h.state_mut().state, Intent::OpenFile(feed.clone()));
    wait_for_load(&mut h);
    assert_eq!(
        state(&h).settings().recent_files(),
        std::slice::from_ref(&feed)
    );
    // The menu bar names it (by its file name, not its path)…
    assert!(
        h.query_by_role_and_label(Role::Label, "world-feed.csv")
            .is_some()
    );
    // …and the menu lists it by name; a click opens it again.
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Recent files").click();
    h.run();
    assert!(
        h.query_by_role_and_label(Role::Button, "world-feed.csv")
            .is_some()
    );
    // A listed file that has gone is reported when opened, and dropped from the list.
    let gone = std::env::temp_dir().join("zhanaozen-atlas-test-gone.csv");
    std::fs::write(&gone, "date,lat,lon,title\n2024-01-01,1,1,a\n").unwrap();
    let _ = apply(&mut h.state_mut().state, Intent::OpenFile(gone.clone()));
    wait_for_load(&mut h);
    assert_eq!(state(&h).settings().recent_files()[0], gone);
    std::fs::remove_file(&gone).unwrap();
    let _ = apply(&mut h.state_mut().state, Intent::OpenFile(gone.clone()));
    wait_for_load(&mut h);
    assert!(state(&h).messages().load_error().is_some());
    assert_eq!(state(&h).settings().recent_files(), [feed]);
    // Without a history nothing is listed, nor saved for the next start.
    let _ = apply(&mut h.state_mut().state, Intent::SetKeepHistory(false));
    assert!(state(&h).settings().recent_files().is_empty());
    let saved = zhanaozen_atlas::app::SavedState::of(state(&h));
    assert!(saved.dataset_path.is_none() && saved.recent_files.is_empty());
}

#[test]
fn where_no_file_dialog_opens_the_path_is_typed_in_the_window() {
    let mut h = harness_at(None);
    // What File > Open asks for where there is no portal and no zenity.
    let _ = apply(
        &mut h.state_mut().state,
        Intent::AskPath(Some(PathPrompt {
            purpose: PathPurpose::Open,
            suggested: data("good"),
            missing: DialogMissing::NoPortalNoZenity,
        })),
    );
    h.run();
    assert!(
        h.query_by_label_contains("No file dialog can open here")
            .is_some(),
        "the reason is on screen"
    );
    let field = h.get_by_label("Path");
    assert_eq!(
        field.value().as_deref(),
        Some(data("good").to_str().unwrap())
    );
    // The proposal is replaced by the file's path, typed; Enter opens it.
    h.get_by_label("Path").focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("Path")
        .type_text(data("good/acled-export.csv").to_str().unwrap());
    h.run();
    assert_eq!(
        h.get_by_label("Path").value().as_deref(),
        Some(data("good/acled-export.csv").to_str().unwrap())
    );
    h.key_press(egui::Key::Enter);
    h.run();
    wait_for_load(&mut h);
    assert!(
        state(&h).data().name().ends_with("acled-export.csv"),
        "{:?}",
        state(&h).messages().load_error()
    );
    assert!(state(&h).tools().path_prompt().is_none());
    assert!(h.query_by_label_contains("No file dialog").is_none());

    // Saving: the proposed path (a folder of the user's with a generated name) is kept, and Save
    // writes there.
    let dir = std::env::temp_dir().join(format!("atlas-prompt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("events.csv");
    let _ = apply(
        &mut h.state_mut().state,
        Intent::AskPath(Some(PathPrompt {
            purpose: PathPurpose::Export(ExportFormat::Csv),
            suggested: out.clone(),
            missing: DialogMissing::PortalSilent,
        })),
    );
    h.run();
    assert!(
        h.query_by_label_contains("the portal did not answer")
            .is_some()
    );
    h.get_by_role_and_label(Role::Button, "Save").click();
    h.run();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !out.exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "the export was not written"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
        h.step();
    }
    h.run();
    assert!(state(&h).tools().path_prompt().is_none());
    std::fs::remove_dir_all(dir).ok();
}
