//! Saving the view: "Save view as PNG" writes the window's pixels at its size, and "Copy link to
//! this view" copies a command line that reopens the same view.

use crate::common;

use clap::Parser as _;
use common::{harness_with, state, ts};
use egui::{OutputCommand, ViewportCommand, ViewportId};
use egui_kittest::kittest::Queryable as _;
use zhanaozen_atlas::{
    app::{Intent, Status, apply},
    cli::{Cli, StartView},
    startup,
};

#[test]
fn save_view_as_png_writes_an_image_of_the_window_size() {
    let mut h = harness_with(StartView {
        date: Some("2011-12-16T17:00".into()),
        place: Some("zhanaozen".into()),
        ..Default::default()
    });
    let dir = std::env::temp_dir().join(format!("atlas-png-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("view.png");
    let _ = apply(&mut h.state_mut().state, Intent::SaveViewPng(path.clone()));
    h.step();
    // The renderer's part: answer the screenshot request with pixels of the window's size.
    let request = h.output().viewport_output[&ViewportId::ROOT]
        .commands
        .iter()
        .find_map(|c| match c {
            ViewportCommand::Screenshot(callback) => Some(callback.clone()),
            _ => None,
        })
        .expect("a screenshot is requested");
    let size = [1400, 900];
    request.complete(std::sync::Arc::new(egui::ColorImage::filled(
        size,
        egui::Color32::from_rgb(0xb9, 0xd3, 0xe6),
    )));
    h.run();
    let image = image::open(&path).expect("a valid PNG");
    assert_eq!((image.width(), image.height()), (1400, 900));
    assert!(
        matches!(
            state(&h).messages().status(),
            Some(Status::SavedPng { path: p, size: [1400, 900] }) if *p == path
        ),
        "{:?}",
        state(&h).messages().status()
    );
    assert!(
        h.query_by_label_contains("1400 × 900").is_some(),
        "the title bar says so"
    );
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn the_copied_command_reopens_the_same_view() {
    let mut h = harness_with(StartView {
        date: Some("2011-12-17T13:30".into()),
        place: Some("aktau".into()),
        zoom: Some(9.5),
        ..Default::default()
    });
    // A range of the timeline of the user's own, and the map panned away from the place, so that
    // the centre is the map's own.
    let _ = apply(
        &mut h.state_mut().state,
        Intent::ShowTime(ts("2011-12-15T00:00:00Z"), ts("2011-12-19T00:00:00Z")),
    );
    let _ = apply(
        &mut h.state_mut().state,
        Intent::ZoomMapTo {
            center: geo::Point::new(51.9, 43.52),
            zoom: 9.5,
        },
    );
    h.run();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Copy link to this view").click();
    // The clipboard command is in the output of the frame that handles the click.
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .expect("a command on the clipboard");
    assert!(copied.starts_with("zhanaozen-atlas "), "{copied}");
    assert!(
        copied.contains("--center") && copied.contains("43.52000,51.90000"),
        "{copied}"
    );
    let args = Cli::try_parse_from(shlex::split(&copied).expect("valid shell words")).unwrap();
    let reopened = startup::startup_state(&args, None).unwrap();
    let before = state(&h);
    assert_eq!(reopened.cursor(), before.cursor());
    assert_eq!(reopened.selection(), before.selection());
    assert_eq!(reopened.map().zoom(), before.map().zoom());
    // The timeline's range to the minute (`--span` is written in minutes).
    let (v, w) = (reopened.time().view(), before.time().view());
    assert!(
        (v.start.as_second() - w.start.as_second()).abs() < 60,
        "{v:?} vs {w:?}"
    );
    assert!(
        (v.end.as_second() - w.end.as_second()).abs() < 60,
        "{v:?} vs {w:?}"
    );
    assert!(copied.contains("--span"), "{copied}");
    let (a, b) = (reopened.map().center(), before.map().center());
    assert!(
        (a.x() - b.x()).abs() < 1e-5 && (a.y() - b.y()).abs() < 1e-5,
        "{a:?} vs {b:?}"
    );
}

#[test]
fn the_command_line_rejects_a_centre_off_the_globe() {
    let e = Cli::try_parse_from(["zhanaozen-atlas", "--center", "95,52"]).unwrap_err();
    assert!(
        e.to_string().contains("expected a latitude from -85.05"),
        "{e}"
    );
    assert!(e.to_string().contains("found 95"), "{e}");
    let e = Cli::try_parse_from(["zhanaozen-atlas", "--center", "43.3"]).unwrap_err();
    assert!(e.to_string().contains("expected LAT,LON"), "{e}");
}

#[test]
fn span_frames_the_timeline_exactly_and_a_backwards_one_is_refused() {
    let h = harness_with(StartView {
        span: Some("2011-12-14..2011-12-20".into()),
        date: Some("2011-12-16T09:00".into()),
        ..Default::default()
    });
    let view = state(&h).time().view();
    assert_eq!(
        view.start,
        ts("2011-12-13T19:00:00Z"),
        "14 Dec, 00:00 local"
    );
    assert_eq!(
        view.end,
        ts("2011-12-20T19:00:00Z"),
        "the end of 20 Dec, local"
    );
    assert_eq!(state(&h).cursor(), ts("2011-12-16T04:00:00Z"));
    let e = startup::initial_state(
        zhanaozen_atlas::io::builtin_dataset(),
        "built-in".into(),
        &StartView {
            span: Some("2011-12-20..2011-12-14".into()),
            ..Default::default()
        },
    )
    .err()
    .unwrap();
    assert!(
        e.contains("--span '2011-12-20..2011-12-14': the end is before the start"),
        "{e}"
    );
}
