//! Opening files in the running app: a bad file leaves the dataset on screen and shows its errors;
//! a good one (dropped on the window) replaces it and says what the import used.

mod common;

use std::{
    path::{Path, PathBuf},
    sync::Arc,
};

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use zhanaozen_atlas::app::{Intent, apply};

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
