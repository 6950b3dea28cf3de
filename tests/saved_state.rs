//! The state that comes back on the next start, through eframe's storage: round trip, a corrupt or
//! outdated state ignored, and a command-line view winning over the saved one.

mod common;

use std::collections::HashMap;

use clap::Parser as _;
use zhanaozen_atlas::{
    app::{AtlasState, Effect, Intent, Opened, SAVED_STATE_KEY, apply},
    cli::Cli,
    i18n::Language,
    io::load_file,
    model::EventFilter,
    shell, startup,
    tiles::MapLayer,
};

/// eframe's storage, in memory.
#[derive(Default)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

fn start(args: &[&str], storage: &MemoryStorage) -> AtlasState {
    let args = Cli::try_parse_from(std::iter::once("zhanaozen-atlas").chain(args.iter().copied()))
        .unwrap();
    startup::startup_state(&args, shell::storage::load(storage)).unwrap()
}

/// Opens `path` as File > Open does, with the shell's load run here instead of on a thread.
fn open_now(s: &mut AtlasState, path: &std::path::Path) {
    let _ = apply(s, Intent::OpenFile(path.to_path_buf()));
    run_loads(s);
}

/// Runs the loads the state asks for, here instead of on the shell's worker thread.
fn run_loads(s: &mut AtlasState) {
    for effect in s.take_effects() {
        if let Effect::Load { id, path, .. } = effect {
            let result = load_file(&path)
                .map(|loaded| Opened::new(loaded, path.display().to_string(), Some(path)));
            let _ = apply(
                s,
                Intent::Loaded {
                    id,
                    result: Box::new(result),
                },
            );
        }
    }
}

/// What the app writes to eframe's storage when it closes.
fn save(state: AtlasState) -> MemoryStorage {
    let mut app = zhanaozen_atlas::shell::AtlasApp::new(state);
    let mut storage = MemoryStorage::default();
    eframe::App::save(&mut app, &mut storage);
    storage
}

#[test]
fn the_view_and_settings_come_back_on_the_next_start() {
    let mut s = start(&[], &MemoryStorage::default());
    let cursor: jiff::Timestamp = "2011-12-16T12:00:00Z".parse().unwrap();
    let _ = apply(&mut s, Intent::SetCursor(cursor));
    let _ = apply(
        &mut s,
        Intent::ZoomMapTo {
            center: geo::Point::new(52.5, 43.4),
            zoom: 10.0,
        },
    );
    let mut filter = EventFilter {
        query: "Aktau".into(),
        ..Default::default()
    };
    filter.hidden_categories.insert("legal".into());
    let _ = apply(&mut s, Intent::SetFilter(filter.clone()));
    let _ = apply(&mut s, Intent::SetTheme(egui::ThemePreference::Dark));
    let _ = apply(&mut s, Intent::SetLanguage(Language::Russian));
    let _ = apply(&mut s, Intent::SetMapLayer(MapLayer::OpenTopoMap));
    let _ = apply(&mut s, Intent::ShowUtc(true));

    let next = start(&[], &save(s));
    assert_eq!(next.cursor(), cursor);
    assert_eq!(next.map().zoom(), 10.0);
    let c = next.map().center();
    assert!((c.x() - 52.5).abs() < 1e-9 && (c.y() - 43.4).abs() < 1e-9);
    assert_eq!(*next.shown().filter(), filter);
    assert!(next.shown().count() < next.dataset().events.len());
    assert_eq!(next.settings().theme(), egui::ThemePreference::Dark);
    assert_eq!(next.language(), Language::Russian);
    assert_eq!(*next.settings().map_layer(), MapLayer::OpenTopoMap);
    assert!(next.settings().show_utc());
    assert!(!next.map().fit_pending(), "the saved view is not re-framed");
}

#[test]
fn the_last_opened_dataset_comes_back() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/good/usgs-style.geojson");
    let mut s = start(&[], &MemoryStorage::default());
    open_now(&mut s, &path);
    assert_eq!(s.data().path(), Some(path.as_path()));
    let events = s.dataset().events.len();
    let cursor = s.time().span().0;
    let _ = apply(&mut s, Intent::SetCursor(cursor));
    let storage = save(s);
    // The window opens at once; the file is read again on the worker, the cursor where it was.
    let mut next = start(&[], &storage);
    assert_eq!(
        next.messages().loading().map(|l| l.path.as_path()),
        Some(path.as_path())
    );
    run_loads(&mut next);
    assert_eq!(next.data().path(), Some(path.as_path()));
    assert_eq!(next.dataset().events.len(), events);
    assert_eq!(next.cursor(), cursor);
    // A dataset named on the command line wins.
    let builtin = start(&["data/zhanaozen-2011.json"], &storage);
    assert_eq!(builtin.dataset().events.len(), 86);
}

#[test]
fn a_corrupt_or_outdated_state_starts_clean() {
    let clean = start(&[], &MemoryStorage::default());
    for text in [
        "{\"version\": 1, \"cursor\": ",
        "not json at all",
        "{\"version\": 0}",
    ] {
        let mut storage = MemoryStorage::default();
        storage.0.insert(SAVED_STATE_KEY.into(), text.into());
        let s = start(&[], &storage);
        assert_eq!(s.cursor(), clean.cursor(), "{text}");
        assert_eq!(s.language(), Language::English);
        assert!(s.map().fit_pending());
    }
}

#[test]
fn a_view_on_the_command_line_wins_over_the_saved_one() {
    let mut s = start(&[], &MemoryStorage::default());
    let _ = apply(&mut s, Intent::SetLanguage(Language::Russian));
    let _ = apply(&mut s, Intent::CursorToStart);
    let next = start(&["--date", "2011-12-16"], &save(s));
    assert_eq!(next.cursor(), "2011-12-15T19:00:00Z".parse().unwrap());
    assert_eq!(
        next.language(),
        Language::Russian,
        "settings still come back"
    );
}

#[test]
fn a_last_opened_file_that_no_longer_loads_is_reported_not_reopened_in_silence() {
    let dir = std::env::temp_dir().join(format!("atlas-reopen-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("gone.csv");
    std::fs::write(&path, "lat,lon,date\n43.6,51.2,2011-12-17\n").unwrap();
    let mut s = start(&[], &MemoryStorage::default());
    open_now(&mut s, &path);
    let storage = save(s);
    std::fs::remove_file(&path).unwrap();
    let mut next = start(&[], &storage);
    run_loads(&mut next);
    let error = next.messages().load_error().expect("the failure is shown");
    assert!(error.to_string().contains("gone.csv"), "{error}");
    assert_eq!(
        next.dataset().events.len(),
        86,
        "the built-in record is on screen"
    );
    assert_eq!(
        next.data().path(),
        None,
        "and the next save forgets the file"
    );
    std::fs::remove_dir_all(dir).ok();
}
