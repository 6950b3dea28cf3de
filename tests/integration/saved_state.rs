//! The state that comes back on the next start, through the app's state file: round trip, a
//! corrupt or outdated state ignored, a command-line view winning over the saved one, and a save
//! killed at any moment leaving the old state or the new one, never a torn one.

use std::path::PathBuf;

use clap::Parser as _;
use zhanaozen_atlas::{
    app::{AtlasState, Effect, Intent, Opened, SavedState, apply},
    cli::Cli,
    i18n::Language,
    io::load_file,
    model::EventFilter,
    shell::{AtlasApp, SavePoint, StateFile},
    startup,
    tiles::MapLayer,
};

/// A state file in a folder of its own, removed when dropped.
struct Storage {
    dir: PathBuf,
    file: StateFile,
}

impl Storage {
    fn new() -> Self {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "atlas-state-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let file = StateFile::at(dir.join("state.json"));
        Self { dir, file }
    }

    fn write_raw(&self, text: &str) {
        std::fs::write(self.file.path(), text).unwrap();
    }
}

impl Drop for Storage {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn start(args: &[&str], storage: &Storage) -> AtlasState {
    let args = Cli::try_parse_from(std::iter::once("zhanaozen-atlas").chain(args.iter().copied()))
        .unwrap();
    startup::startup_state(&args, storage.file.load()).unwrap()
}

/// Opens `path` as File > Open does, with the shell's load run here instead of on a thread.
fn open_now(s: &mut AtlasState, path: &std::path::Path) {
    let _ = apply(s, Intent::OpenFile(path.to_path_buf()));
    run_loads(s);
}

/// Runs the loads the state asks for, here instead of on the shell's worker thread.
fn run_loads(s: &mut AtlasState) {
    for effect in s.take_effects() {
        if let Effect::Load {
            id,
            path: Some(path),
            ..
        } = effect
        {
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

/// What the app writes when it closes.
fn save(state: AtlasState) -> Storage {
    let storage = Storage::new();
    let mut app = AtlasApp::new(state);
    app.state_file = Some(storage.file.clone());
    eframe::App::on_exit(&mut app, None);
    storage
}

#[test]
fn the_view_and_settings_come_back_on_the_next_start() {
    let mut s = start(&[], &Storage::new());
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
    let mut s = start(&[], &Storage::new());
    open_now(&mut s, &path);
    assert_eq!(s.data().path(), Some(path.as_path()));
    let events = s.dataset().events.len();
    let cursor = s.time().span().0;
    let _ = apply(&mut s, Intent::SetCursor(cursor));
    let storage = save(s);
    // The window opens at once; the file is read again on the worker, the cursor where it was.
    let mut next = start(&[], &storage);
    assert_eq!(
        next.messages().loading().and_then(|l| l.path.as_deref()),
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
fn a_dataset_on_the_command_line_without_a_view_is_read_in_the_open_window() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/good/usgs-style.geojson");
    let mut s = start(&[path.to_str().unwrap()], &Storage::new());
    // The window opens at once on the record, the file being read on the worker…
    assert!(s.data().path().is_none());
    assert_eq!(
        s.messages().loading().and_then(|l| l.path.as_deref()),
        Some(path.as_path())
    );
    run_loads(&mut s);
    // …and then shows it, framed on its data.
    assert_eq!(s.data().path(), Some(path.as_path()));
    assert!(s.map().fit_pending());
    // With a view, the file is read first, so that a bad id or date is told before a window opens.
    let args = ["--date", "2099-01-01", path.to_str().unwrap()];
    let with_view = Cli::try_parse_from(std::iter::once("zhanaozen-atlas").chain(args)).unwrap();
    let s = startup::startup_state(&with_view, None).unwrap();
    assert_eq!(s.data().path(), Some(path.as_path()));
    assert!(s.messages().loading().is_none());
}

#[test]
fn a_corrupt_or_outdated_state_starts_clean() {
    let clean = start(&[], &Storage::new());
    for text in [
        "{\"version\": 1, \"cursor\": ",
        "not json at all",
        "{\"version\": 0}",
    ] {
        let storage = Storage::new();
        storage.write_raw(text);
        let s = start(&[], &storage);
        assert_eq!(s.cursor(), clean.cursor(), "{text}");
        assert_eq!(s.language(), Language::English);
        assert_eq!(s.map().center(), clean.map().center(), "the opening view");
    }
}

#[test]
fn a_view_on_the_command_line_wins_over_the_saved_one() {
    let mut s = start(&[], &Storage::new());
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
    let mut s = start(&[], &Storage::new());
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

/// A state to save: the built-in record's at zoom `zoom`.
fn state_at_zoom(zoom: f64) -> SavedState {
    let mut saved = SavedState::of(&start(&[], &Storage::new()));
    saved.map_zoom = zoom;
    saved
}

/// Run by `a_save_killed_at_any_moment_leaves_the_old_state_or_the_new` as a child process: saves
/// a new state to the file it is given and waits at the point it is given, to be killed there.
#[test]
fn child_saving_until_killed() {
    let Ok(spec) = std::env::var("ATLAS_SAVE_CHILD") else {
        return;
    };
    let (path, point) = spec.split_once('|').unwrap();
    let stop_at = match point {
        "half-written" => SavePoint::HalfWritten,
        _ => SavePoint::BeforeRename,
    };
    let file = StateFile::at(PathBuf::from(path));
    file.save_with(&state_at_zoom(9.0), |p| {
        if p == stop_at {
            use std::io::Write as _;
            println!("stopped at {point}");
            std::io::stdout().flush().unwrap();
            std::thread::sleep(std::time::Duration::from_secs(120));
        }
    })
    .unwrap();
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_state_or_the_new() {
    use std::io::BufRead as _;
    let old = state_at_zoom(7.0);
    for point in ["half-written", "before-rename"] {
        let storage = Storage::new();
        storage.file.save(&old).unwrap();
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            // The test binary again, running only the child test: libtest names it by its
            // module path without the crate's name (saved_state::child_saving_until_killed).
            .args([
                concat!(module_path!(), "::child_saving_until_killed")
                    .split_once("::")
                    .map_or("child_saving_until_killed", |(_, name)| name),
                "--exact",
                "--nocapture",
            ])
            .env(
                "ATLAS_SAVE_CHILD",
                format!("{}|{point}", storage.file.path().display()),
            )
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        while !line.contains("stopped at") {
            line.clear();
            assert!(
                out.read_line(&mut line).unwrap() > 0,
                "the child ended before {point}"
            );
        }
        child.kill().unwrap(); // SIGKILL: no destructor, no flush
        child.wait().unwrap();
        assert_eq!(storage.file.load(), Some(old.clone()), "killed {point}");
    }
    let storage = Storage::new();
    storage.file.save(&old).unwrap();
    storage.file.save(&state_at_zoom(9.0)).unwrap();
    assert_eq!(
        storage.file.load().unwrap().map_zoom,
        9.0,
        "a finished save"
    );
}

#[test]
fn a_torn_or_strange_state_file_falls_back_to_the_last_good_copy() {
    let storage = Storage::new();
    storage.file.save(&state_at_zoom(7.0)).unwrap();
    storage.file.save(&state_at_zoom(9.0)).unwrap();
    // Torn by something else than the app: the copy before it comes back.
    storage.write_raw("{\"version\": 1, \"curs");
    assert_eq!(storage.file.load().unwrap().map_zoom, 7.0);
    // A huge file is not read at all.
    let huge = format!(
        "{{\"version\": 1, \"filter\": {{\"query\": \"{}\"}}}}",
        "x".repeat(2 << 20)
    );
    storage.write_raw(&huge);
    assert_eq!(storage.file.load().unwrap().map_zoom, 7.0);
}

#[test]
fn a_screenshot_run_neither_reads_nor_writes_the_saved_state() {
    assert_eq!(StateFile::for_window(true), None);
    assert!(StateFile::for_window(false).is_some());
    // And an app without a state file saves nothing.
    let storage = Storage::new();
    let mut app = AtlasApp::new(start(&[], &storage));
    eframe::App::on_exit(&mut app, None);
    assert!(!storage.file.path().exists());
}

#[test]
fn a_first_start_opens_where_the_dataset_says() {
    let s = start(&[], &Storage::new());
    // The built-in record's opening view: the morning of 16 December 2011, local time (UTC+5).
    assert_eq!(s.cursor(), "2011-12-16T04:00:00Z".parse().unwrap());
    let c = s.map().center();
    assert!(
        (c.x() - 52.0).abs() < 1e-9 && (c.y() - 43.5).abs() < 1e-9,
        "{c:?}"
    );
    assert_eq!(s.map().zoom(), 8.0);
    let view = s.time().view();
    assert!(
        view.contains("2011-12-13T19:00:00Z".parse().unwrap()),
        "{view:?}"
    );
    assert!(
        view.contains("2011-12-20T18:00:00Z".parse().unwrap()),
        "{view:?}"
    );
    assert!(
        view.seconds() < 10 * 86_400,
        "the timeline shows those days: {view:?}"
    );
    // A view on the command line wins over it.
    let s = start(&["--date", "2012-06-01"], &Storage::new());
    assert_eq!(s.cursor(), "2012-05-31T19:00:00Z".parse().unwrap());
}

#[test]
fn an_event_or_place_on_the_command_line_is_in_the_middle_of_the_map() {
    for (args, id, zoom) in [
        (&["--event", "zhanaozen-clashes"][..], "zhanaozen", 8.0),
        (&["--place", "shetpe"][..], "shetpe", 8.0),
        (&["--place", "aktau", "--zoom", "11"][..], "aktau", 11.0),
    ] {
        let s = start(args, &Storage::new());
        let p = s.dataset().place_by_id(id).unwrap();
        let (at, c) = (s.dataset().places[p].position, s.map().center());
        assert!(
            (c.x() - at.x()).abs() < 1e-9 && (c.y() - at.y()).abs() < 1e-9,
            "{args:?}: centred on {c:?}, not {id}"
        );
        // At the record's opening zoom unless --zoom says.
        assert_eq!(s.map().zoom(), zoom, "{args:?}");
    }
}
