//! Exploring time: zoom, the time window, playback and the keys, driven as a user would.

use crate::common;

use common::*;
use egui::{Key, Modifiers, accesskit::Role};
use egui_kittest::kittest::Queryable as _;
use zhanaozen_atlas::{
    app::TimeMode,
    timeline::{Resolution, axis_ticks},
    ui::timeline::MIN_BUCKET_PX,
};

/// The axis labels the strip draws at `scale`, in English.
fn axis_labels(
    h: &egui_kittest::Harness<'_, zhanaozen_atlas::shell::AtlasApp>,
    scale: &zhanaozen_atlas::timeline::TimeScale,
) -> Vec<String> {
    let names = zhanaozen_atlas::model::DateNames::english();
    axis_ticks(scale, state(h).dataset().offset, 64.0, &names)
        .into_iter()
        .map(|t| t.label)
        .collect()
}

#[test]
fn scrolling_over_the_axis_zooms_and_the_buckets_and_labels_follow() {
    let mut h = harness_at(Some("2011-12-16"));
    let rect = strip_rect(&h);
    let before = state(&h).time().view();
    let scale = strip_scale_of(&h);
    let bucket_before = Resolution::for_scale(scale.pixels_per_second(), MIN_BUCKET_PX);
    let labels_before = axis_labels(&h, &scale);

    let over = strip_point(&h, ts("2011-12-16T12:00Z")) + egui::vec2(0.0, rect.height() / 2.0);
    h.hover_at(over);
    h.run();
    for _ in 0..12 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, 120.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
    h.run();

    let after = state(&h).time().view();
    assert!(
        after.seconds() * 20 < before.seconds(),
        "zoomed from {} s to {} s",
        before.seconds(),
        after.seconds()
    );
    assert!(
        after.contains(ts("2011-12-16T12:00Z")),
        "the pointer's date stays in view"
    );
    let scale = strip_scale_of(&h);
    let bucket_after = Resolution::for_scale(scale.pixels_per_second(), MIN_BUCKET_PX);
    assert!(
        bucket_after < bucket_before,
        "{bucket_before:?} -> {bucket_after:?}"
    );
    let labels_after = axis_labels(&h, &scale);
    assert_ne!(labels_before, labels_after);
    assert!(
        labels_after.iter().any(|l| l.contains("Dec 2011")),
        "{labels_after:?}"
    );

    // "All" shows everything again.
    h.get_by_role_and_label(Role::Button, "All").click();
    h.run();
    assert_eq!(state(&h).time().view(), before);
}

#[test]
fn shift_drag_selects_a_window_and_the_map_shows_only_its_events() {
    let mut h = harness_at(Some("2012-06-01"));
    // Frame May to December 2011, so that three days are a drag, not a click.
    h.get_by_role_and_label(Role::Button, "May–Dec 2011")
        .click();
    h.run();
    assert!(
        state(&h).time().view().contains(state(&h).cursor()),
        "the preset brought the cursor into its range"
    );
    let rect = strip_rect(&h);
    // On the axis (the ruler), where Shift-drag selects instead of scrubbing.
    let y = rect.top() + 5.0;
    let from = egui::pos2(strip_point(&h, ts("2011-12-15T19:00Z")).x, y);
    let to = egui::pos2(strip_point(&h, ts("2011-12-18T19:00Z")).x, y);
    h.event(egui::Event::ModifiersChanged(Modifiers::SHIFT));
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.step();
    h.hover_at(to);
    h.step();
    h.drop_at(to);
    h.run();
    h.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    h.run();

    let s = state(&h);
    let (a, b) = s.time().window().expect("a window was selected");
    assert!(
        a < ts("2011-12-16T00:00Z") && b > ts("2011-12-18T00:00Z") && b < ts("2011-12-20T00:00Z"),
        "{a} – {b}"
    );
    assert_eq!(s.time().mode(), TimeMode::Window);
    let d = s.dataset();
    assert!(s.is_event_shown(d.event_by_id("zhanaozen-clashes").unwrap()));
    assert!(!s.is_event_shown(d.event_by_id("sokolova-sentenced").unwrap()));
    assert!(!s.is_event_shown(d.event_by_id("verdicts-for-37").unwrap()));
    assert!(s.is_place_active(d.place_by_id("shetpe").unwrap()));
    assert!(
        !s.is_place_active(d.place_by_id("atyrau").unwrap()),
        "Atyrau's event is in 2012"
    );
    assert!(
        h.query_by_label_contains("events fall in the window")
            .is_some()
    );

    // Back to everything up to the cursor.
    h.get_by_role_and_label(Role::Button, "Clear window")
        .click();
    h.run();
    assert_eq!(state(&h).time().mode(), TimeMode::Cumulative);
    let _ = zhanaozen_atlas::app::apply(
        &mut h.state_mut().state,
        zhanaozen_atlas::app::Intent::SetCursor(ts("2012-06-01T00:00Z")),
    );
    assert!(state(&h).is_place_active(state(&h).dataset().place_by_id("atyrau").unwrap()));
}

#[test]
fn space_plays_at_the_chosen_historical_speed() {
    let mut h = harness_at(Some("2011-12-16"));
    // Play through quiet stretches too, at the default 1 day per second (under Options).
    h.get_by_role_and_label(Role::Button, "Options").click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Skip quiet periods")
        .click();
    h.run();
    assert!(!state(&h).time().playback().skip_quiet);
    let start = state(&h).cursor();
    h.key_press(Key::Space);
    h.step();
    assert!(state(&h).time().playback().playing);
    let t0 = state(&h).cursor();
    for _ in 0..8 {
        h.step();
    }
    let t1 = state(&h).cursor();
    // 8 frames of 0.25 s at 1 day/s: two days.
    assert_eq!(t1.as_second() - t0.as_second(), 2 * 86_400, "{t0} -> {t1}");
    assert!(t0 >= start);
    h.key_press(Key::Space);
    h.step();
    assert!(!state(&h).time().playback().playing);
    let paused = state(&h).cursor();
    h.run();
    assert_eq!(
        state(&h).cursor(),
        paused,
        "paused: the cursor stays and the app stops redrawing"
    );
}

#[test]
fn skip_quiet_jumps_over_the_empty_autumn_of_2011() {
    let mut h = harness_at(Some("2011-09-27"));
    h.key_press(Key::Space);
    h.step();
    h.step();
    let c = state(&h).cursor();
    // Nothing is dated between 26 September and December (a death known only to the month, then
    // 16 December): playback lands just before 1 December.
    assert!(
        c > ts("2011-11-28T00:00Z") && c < ts("2011-11-30T19:00Z"),
        "{c}"
    );
}

#[test]
fn keys_move_the_cursor_by_days_to_the_ends_and_zoom_the_axis() {
    let mut h = harness_at(Some("2011-12-16"));
    let c = state(&h).cursor();
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    h.run();
    assert_eq!(state(&h).cursor().as_second() - c.as_second(), 86_400);
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    h.run();
    assert_eq!(c.as_second() - state(&h).cursor().as_second(), 86_400);
    h.key_press(Key::Home);
    h.run();
    assert_eq!(state(&h).cursor(), state(&h).time().span().0);
    h.key_press(Key::End);
    h.run();
    assert_eq!(state(&h).cursor(), state(&h).time().span().1);
    let before = state(&h).time().view().seconds();
    h.key_press(Key::Plus);
    h.run();
    assert_eq!(state(&h).time().view().seconds(), before / 2);
    h.key_press(Key::Minus);
    h.run();
    assert_eq!(state(&h).time().view().seconds(), before);
}

#[test]
fn presets_frame_the_days_of_the_clashes() {
    let mut h = harness_at(None);
    h.get_by_role_and_label(Role::Button, "16–17 Dec 2011")
        .click();
    h.run();
    let v = state(&h).time().view();
    assert!(v.contains(ts("2011-12-16T00:00Z")) && v.contains(ts("2011-12-17T18:00Z")));
    assert!(v.seconds() < 3 * 86_400);
    // Zoomed in, the strip lays out the marks of those days and they can be clicked.
    h.get_by_role_and_label(Role::Button, "Train blocked at Shetpe station")
        .click();
    h.run();
    assert_eq!(
        state(&h).selection().event,
        state(&h).dataset().event_by_id("shetpe-train-blocked")
    );
}

#[test]
fn during_the_transfers_the_route_is_under_way_without_a_made_up_position() {
    // The sources date the transfers to 16-17 December, not each trip: the route is shown as
    // under way over those days, with no vehicle placed on it.
    assert!(state(&harness_at(Some("2011-12-17T00:00"))).is_route_under_way(0));
    assert!(!state(&harness_at(Some("2011-12-19"))).is_route_under_way(0));
    assert!(!state(&harness_at(Some("2011-12-15"))).is_route_under_way(0));
}

#[test]
fn the_death_toll_counter_follows_the_cursor() {
    let h = harness_at(Some("2011-12-16T23:00"));
    assert!(
        h.query_by_label("Death toll, as each side put it by this date")
            .is_some()
    );
    assert!(h.query_by_label("10").is_some());
    let later = harness_at(Some("2011-12-19"));
    // By 19 December the prosecutors said 15 and witnesses 64.
    assert!(later.query_by_label("15").is_some());
    assert!(later.query_by_label("64").is_some());
    // Each voice keeps its own latest figure with its date: the Prosecutor General's first 10
    // stands, dated, beside his office's later 15 — side by side, never replaced by one number.
    assert!(later.query_by_label("10").is_some());
    assert!(
        later
            .query_all_by_label("— prosecutor, 16 Dec 2011")
            .next()
            .is_some()
    );
}

fn strip_scale_of(
    h: &egui_kittest::Harness<'_, zhanaozen_atlas::shell::AtlasApp>,
) -> zhanaozen_atlas::timeline::TimeScale {
    zhanaozen_atlas::ui::timeline::strip_scale(state(h), strip_rect(h))
}

/// The event titles drawn on the strip (labels in the accessibility tree).
fn mark_titles(h: &egui_kittest::Harness<'_, zhanaozen_atlas::shell::AtlasApp>) -> Vec<String> {
    let titles: std::collections::HashSet<&str> = state(h)
        .dataset()
        .events
        .iter()
        .map(|e| e.title.as_str())
        .collect();
    h.query_all_by_role(Role::Label)
        .filter_map(|n| egui_kittest::kittest::NodeT::accesskit_node(&n).label())
        .filter(|l| titles.contains(l.as_str()))
        .collect()
}

#[test]
fn the_marks_say_what_they_are_at_every_zoom() {
    let mut h = harness_at(Some("2011-12-16"));
    let (a, b) = state(&h).time().span();
    let _ = zhanaozen_atlas::app::apply(
        &mut h.state_mut().state,
        zhanaozen_atlas::app::Intent::ShowTime(a, b),
    );
    h.run();
    assert!(
        !mark_titles(&h).is_empty(),
        "over the whole record some marks are labelled"
    );
    h.get_by_role_and_label(Role::Button, "16–17 Dec 2011")
        .click();
    h.run();
    let shown = mark_titles(&h);
    assert!(
        shown
            .iter()
            .any(|l| l == "Independence Day clashes and police shooting in Zhanaozen"),
        "the clashes' title is drawn on the strip: {shown:?}"
    );
    // Two hours around the train's blocking: still labelled.
    let t = ts("2011-12-17T08:24Z");
    let _ = zhanaozen_atlas::app::apply(
        &mut h.state_mut().state,
        zhanaozen_atlas::app::Intent::ShowTime(
            jiff::Timestamp::from_second(t.as_second() - 3600).unwrap(),
            jiff::Timestamp::from_second(t.as_second() + 3600).unwrap(),
        ),
    );
    h.run();
    assert!(
        mark_titles(&h)
            .iter()
            .any(|l| l == "Train blocked at Shetpe station")
    );
}

#[test]
fn scrubbing_from_15_to_17_december_changes_what_the_caption_says() {
    let before = harness_at(Some("2011-12-15T12:00"));
    let after = harness_at(Some("2011-12-17T21:00"));
    let caption = |h: &egui_kittest::Harness<'_, zhanaozen_atlas::shell::AtlasApp>| {
        let (e, _) = state(h).caption_event().expect("a caption");
        let title = state(h).dataset().events[e].title.clone();
        assert!(
            h.query_all_by_label(&title).next().is_some(),
            "{title} is on screen"
        );
        title
    };
    let (a, b) = (caption(&before), caption(&after));
    assert_ne!(a, b);
    assert_eq!(b, "Shetpe: police open fire on blockade; one killed");
    assert!(
        after
            .query_by_label("The latest event by this date")
            .is_some()
    );
}
