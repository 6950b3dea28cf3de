//! Helpers shared by the UI tests: the app in a headless egui_kittest harness.

#![allow(dead_code)]

pub mod datasets;

use egui::{Pos2, Rect};
use egui_kittest::{Harness, kittest::Queryable as _};
use jiff::Timestamp;
use zhanaozen_atlas::{
    app::AtlasState, cli, io::builtin_dataset, shell::AtlasApp, startup, ui::timeline::strip_scale,
};

/// The app on the built-in dataset, in a window the size the README screenshot uses.
pub fn harness_at(date: Option<&str>) -> Harness<'static, AtlasApp> {
    harness_with(cli::StartView {
        date: date.map(str::to_string),
        ..Default::default()
    })
}

/// The app opened as the command line would open it.
pub fn harness_with(view: cli::StartView) -> Harness<'static, AtlasApp> {
    let mut state =
        startup::initial_state(builtin_dataset(), "built-in".into(), &view).expect("valid state");
    // As a start with nothing saved: the dataset's opening map where the command line sets none
    // (its time stays as the command line, or the default, has it).
    if !view.sets_map() {
        let _ = zhanaozen_atlas::app::apply(
            &mut state,
            zhanaozen_atlas::app::Intent::GoToOpening { time: false },
        );
    }
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(24)
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), AtlasApp::new(state));
    h.run();
    h
}

pub fn state<'a>(h: &'a Harness<'_, AtlasApp>) -> &'a AtlasState {
    &h.state().state
}

pub fn place(h: &Harness<'_, AtlasApp>, id: &str) -> usize {
    state(h).dataset().place_by_id(id).expect("place exists")
}

pub fn event(h: &Harness<'_, AtlasApp>, id: &str) -> usize {
    state(h).dataset().event_by_id(id).expect("event exists")
}

/// The timeline strip's rectangle on screen, from its accessibility node.
pub fn strip_rect(h: &Harness<'_, AtlasApp>) -> Rect {
    h.get_by_role_and_label(egui::accesskit::Role::Slider, "Timeline")
        .rect()
}

/// Where on screen the strip draws instant `t`, just below the strip's top edge (the cursor's
/// handle row, where there are no event marks).
pub fn strip_point(h: &Harness<'_, AtlasApp>, t: Timestamp) -> Pos2 {
    let rect = strip_rect(h);
    let scale = strip_scale(state(h), rect);
    egui::pos2(scale.x_of(t), rect.top() + 5.0)
}

pub fn ts(text: &str) -> Timestamp {
    text.parse().expect("a valid timestamp")
}

/// Opens a menu of the title bar and clicks one of its entries.
pub fn click_menu(h: &mut Harness<'_, AtlasApp>, menu: &str, entry: &str) {
    h.get_by_label(menu).click();
    h.run();
    h.get_by_label(entry).click();
    h.run();
}

/// A click with the primary button at `pos`.
pub fn click(h: &mut Harness<'_, AtlasApp>, pos: Pos2) {
    h.hover_at(pos);
    h.run();
    h.drag_at(pos);
    h.run();
    h.drop_at(pos);
    h.run();
}

/// Runs frames until the file being loaded on the worker thread has come back (10 s at most).
pub fn wait_for_load(h: &mut Harness<'_, AtlasApp>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    h.step();
    while state(h).messages().loading().is_some() {
        assert!(
            std::time::Instant::now() < deadline,
            "the load did not finish"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
        h.step();
    }
    h.run();
}
