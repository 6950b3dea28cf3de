//! The timeline linked to the map: scrubbing, clicking marks, stepping with the keys.

use crate::common;

use common::*;
use egui::{Key, accesskit::Role};
use egui_kittest::kittest::Queryable as _;

#[test]
fn dragging_the_cursor_past_16_december_activates_places_and_shows_the_route() {
    let mut h = harness_at(Some("2011-12-01"));
    let shetpe = place(&h, "shetpe");
    let zhanaozen = place(&h, "zhanaozen");
    assert!(
        state(&h).is_place_active(zhanaozen),
        "Zhanaozen's strike began in May"
    );
    assert!(!state(&h).is_place_active(shetpe));
    assert!(!state(&h).is_route_shown(0));

    let from = strip_point(&h, state(&h).cursor());
    let to = strip_point(&h, ts("2011-12-20T12:00Z"));
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    for i in 1..=5 {
        h.hover_at(from + (to - from) * (i as f32 / 5.0));
        h.run();
    }
    h.drop_at(to);
    h.run();

    let cursor = state(&h).cursor();
    assert!(
        cursor > ts("2011-12-19T00:00Z") && cursor < ts("2011-12-22T00:00Z"),
        "cursor {cursor}"
    );
    assert!(state(&h).is_place_active(shetpe));
    assert!(state(&h).is_route_shown(0));
    assert!(
        h.query_by_label_contains("events have happened by this date")
            .is_some()
    );

    // And back again: the route is gone before the transfer.
    let back = strip_point(&h, ts("2011-11-01T00:00Z"));
    h.drag_at(to);
    h.run();
    h.hover_at(back);
    h.run();
    h.drop_at(back);
    h.run();
    assert!(!state(&h).is_route_shown(0));
    assert!(!state(&h).is_place_active(shetpe));
}

#[test]
fn clicking_an_event_mark_moves_the_cursor_and_selects_its_place() {
    let mut h = harness_at(Some("2011-06-01"));
    // At the whole record's zoom the day's marks are counted in a "+N"; the preset shows them.
    h.get_by_role_and_label(Role::Button, "16–17 Dec 2011")
        .click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Train blocked at Shetpe station")
        .click();
    h.run();
    let e = event(&h, "shetpe-train-blocked");
    assert_eq!(state(&h).selection().event, Some(e));
    assert_eq!(state(&h).selection().place, Some(place(&h, "shetpe")));
    assert_eq!(state(&h).cursor(), ts("2011-12-17T08:24Z"));
    // The cursor reads in local time.
    assert!(
        h.query_all_by_label("Sat 17 Dec 2011, 13:24 UTC+5")
            .next()
            .is_some()
    );
}

#[test]
fn arrow_keys_step_from_event_to_event() {
    let mut h = harness_at(Some("2011-12-16"));
    let events = &state(&h).dataset().events;
    let first_on_16th = events
        .iter()
        .position(|e| e.start.start == ts("2011-12-15T19:00Z"))
        .unwrap();

    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(state(&h).selection().event, Some(first_on_16th));
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(state(&h).selection().event, Some(first_on_16th + 1));
    h.key_press(Key::ArrowLeft);
    h.run();
    h.key_press(Key::ArrowLeft);
    h.run();
    assert_eq!(state(&h).selection().event, Some(first_on_16th - 1));
    let cursor = state(&h).cursor();
    assert_eq!(
        cursor,
        state(&h).dataset().events[first_on_16th - 1].start.start
    );
}

#[test]
fn selecting_a_place_highlights_it_and_its_events_stay_linked() {
    let mut h = harness_at(Some("2011-06-01"));
    // Shetpe's events are still to come: selecting it brings the cursor to its first one.
    h.get_by_role_and_label(Role::Button, "Shetpe").click();
    h.run();
    assert_eq!(state(&h).cursor(), ts("2011-12-17T08:24Z"));
    assert!(state(&h).is_place_active(place(&h, "shetpe")));
}
