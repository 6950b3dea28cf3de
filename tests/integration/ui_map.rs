//! The map, driven as a user would: clicking places, keyboard access, zoom buttons.

use crate::common;

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;

#[test]
fn clicking_zhanaozen_selects_it_and_the_panel_lists_its_events() {
    let mut h = harness_at(None);
    let zhanaozen = place(&h, "zhanaozen");
    assert_eq!(state(&h).selection().place, None);

    h.get_by_role_and_label(Role::Button, "Zhanaozen").click();
    h.run();

    assert_eq!(state(&h).selection().place, Some(zhanaozen));
    assert_eq!(state(&h).selection().event, None);
    let count = state(&h).dataset().events_at(zhanaozen).len();
    assert!(
        h.query_by_label(&format!("{count} events here, in time order"))
            .is_some()
    );
    // Its names in three languages, and its events in time order.
    assert!(h.query_by_label("Жаңаөзен").is_some());
    assert!(
        h.query_by_label_contains("Fri 16 Dec 2011 — Independence Day clashes")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("May 2011 — OzenMunaiGas oil workers go on strike")
            .is_some()
    );
    // Events elsewhere are not listed.
    assert!(
        h.query_by_label_contains("— Train blocked at Shetpe station")
            .is_none()
    );
}

#[test]
fn clicking_an_event_in_the_place_panel_moves_the_cursor() {
    let mut h = harness_at(None);
    h.get_by_role_and_label(Role::Button, "Aktau").click();
    h.run();
    h.get_by_label_contains("— Protests in Aktau").click();
    h.run();
    let e = event(&h, "aktau-protests");
    assert_eq!(state(&h).selection().event, Some(e));
    assert_eq!(
        state(&h).cursor(),
        state(&h).dataset().events[e].start.start
    );
    // The event panel shows its sources.
    assert!(
        h.query_by_label("UPDATE 5-Protests spread in troubled Kazakh oil region")
            .is_some()
    );
}

#[test]
fn a_place_can_be_reached_with_the_keyboard() {
    let mut h = harness_at(None);
    let aktau = place(&h, "aktau");
    h.get_by_role_and_label(Role::Button, "Aktau").focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(state(&h).selection().place, Some(aktau));
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(state(&h).selection().place, None);
}

#[test]
fn zoom_buttons_fit_region_and_fit_data() {
    let mut h = harness_at(None);
    let opening = state(&h).map().zoom();
    assert_eq!(opening, 8.0, "the record's opening view");
    h.get_by_role_and_label(Role::Button, " + ").click();
    h.run();
    assert_eq!(state(&h).map().zoom(), 9.0);
    h.get_by_role_and_label(Role::Button, " - ").click();
    h.run();
    h.get_by_role_and_label(Role::Button, " - ").click();
    h.run();
    assert_eq!(state(&h).map().zoom(), 7.0);
    // Fit region: the record's home region, Mangystau, fills the map.
    h.get_by_role_and_label(Role::Button, "Fit region").click();
    h.run();
    let region = state(&h).map().zoom();
    assert!((5.0..9.0).contains(&region), "region zoom {region}");
    // All of the region is in view (the map's centre may lie east of it: the region goes to
    // the part the panels leave free).
    let s = state(&h);
    let visible = s.map().screen_view().visible();
    let home = s.dataset().home_region.as_ref().unwrap().bbox;
    assert!(
        visible.min[0] <= home.min[0]
            && visible.min[1] <= home.min[1]
            && home.max[0] <= visible.max[0]
            && home.max[1] <= visible.max[1],
        "{home:?} in {visible:?}"
    );
    // Fit data (the F key): every place with events, Astana and Almaty too, so further out.
    h.key_press(egui::Key::F);
    h.run();
    let data = state(&h).map().zoom();
    assert!(
        data < region - 0.5,
        "data zoom {data}, region zoom {region}"
    );
    let s = state(&h);
    let visible = s.map().screen_view().visible();
    for p in &s.dataset().places {
        let [x, y] = zhanaozen_atlas::geometry::mercator(p.position.x(), p.position.y());
        assert!(
            (visible.min[0]..=visible.max[0]).contains(&x)
                && (visible.min[1]..=visible.max[1]).contains(&y),
            "{} in view",
            p.id
        );
    }
    h.get_by_role_and_label(Role::Button, "Fit region").click();
    h.run();
    assert!((state(&h).map().zoom() - region).abs() < 1e-9);
}

#[test]
fn the_route_shows_after_the_transfer_and_a_click_on_it_opens_the_transfer_event() {
    use zhanaozen_atlas::geometry::mercator;
    let mut h = harness_at(Some("2011-12-18"));
    assert!(state(&h).is_route_shown(0));
    // Where the map draws the route's middle waypoint (Zhetybay), from the map's view in the state.
    let s = state(&h);
    let view = s.map().screen_view();
    let zhetybay = s.dataset().places[place(&h, "zhetybay")].position;
    let aktau = s.dataset().places[place(&h, "aktau")].position;
    let [x0, y0] = view.to_screen(mercator(zhetybay.x(), zhetybay.y()));
    let [x1, y1] = view.to_screen(mercator(aktau.x(), aktau.y()));
    // Halfway along the leg from Zhetybay to Aktau: on the line, away from both markers.
    let on_line = egui::pos2((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    h.hover_at(on_line);
    h.run();
    h.drag_at(on_line);
    h.run();
    h.drop_at(on_line);
    h.run();
    let transfer = event(&h, "injured-transferred-to-aktau");
    assert_eq!(state(&h).selection().event, Some(transfer));
    assert!(
        h.query_by_label_contains("Route: 142.7 km along it, 141.1 km in a straight line")
            .is_some()
    );
}

#[test]
fn a_click_beside_a_marker_picks_the_nearest_place_and_far_away_picks_none() {
    let mut h = common::harness_at(None);
    let aktau = h
        .get_by_role_and_label(egui::accesskit::Role::Button, "Aktau")
        .rect()
        .center();
    // Just outside the marker's own hit area, below it, where no other marker is.
    click(&mut h, aktau + egui::vec2(0.0, 17.0));
    assert_eq!(
        common::state(&h).selection().place,
        common::state(&h).dataset().place_by_id("aktau")
    );
    h.key_press(egui::Key::Escape);
    h.run();
    // Far out over the sea: nothing.
    click(&mut h, aktau - egui::vec2(150.0, 0.0));
    assert_eq!(common::state(&h).selection().place, None);
}

#[test]
fn scrubbing_from_the_15th_to_the_17th_brings_the_clashes_onto_the_map() {
    let mark = "On the map: Independence Day clashes and police shooting in Zhanaozen";
    let mut h = harness_at(Some("2011-12-15T12:00"));
    assert!(
        h.query_by_role_and_label(Role::Button, mark).is_none(),
        "not before it happened"
    );
    // Two days on with Shift+Right, as a user steps through time.
    for _ in 0..2 {
        h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowRight);
        h.run();
    }
    assert_eq!(state(&h).cursor(), ts("2011-12-17T07:00:00Z"));
    // The clashes are now a mark at Zhanaozen, and a click on it opens them.
    h.get_by_role_and_label(Role::Button, mark).click();
    h.run();
    let clashes = event(&h, "zhanaozen-clashes");
    assert_eq!(state(&h).selection().event, Some(clashes));
}

#[test]
fn the_title_card_offers_the_tour_or_exploring_and_goes_away() {
    use zhanaozen_atlas::app::{Intent, apply};
    let card = |h: &mut egui_kittest::Harness<'_, zhanaozen_atlas::shell::AtlasApp>| {
        let _ = apply(&mut h.state_mut().state, Intent::TitleCard(true));
        h.run();
    };
    let mut h = harness_at(None);
    card(&mut h);
    let title = state(&h).dataset().title.clone();
    // The record's title (the overview shows it too), and its first sentence.
    assert_eq!(h.query_all_by_label(&title).count(), 2);
    assert!(
        h.query_by_label("Key events of May 2011 to July 2013 in Kazakhstan's Mangystau Region, each with the sources that report it.")
            .is_some()
    );
    h.get_by_role_and_label(Role::Button, "Explore").click();
    h.run();
    assert!(!state(&h).tools().title_card());
    assert!(h.query_by_role_and_label(Role::Button, "Explore").is_none());
    // "Start the tour" starts it at its first step.
    card(&mut h);
    h.get_by_role_and_label(Role::Button, "Start the tour")
        .click();
    h.run();
    assert!(!state(&h).tools().title_card());
    assert_eq!(state(&h).tools().story_step(), Some(0));
    // Esc is "Explore".
    let _ = apply(&mut h.state_mut().state, Intent::StoryExit);
    card(&mut h);
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!state(&h).tools().title_card());
}

#[test]
fn a_new_selection_starts_at_the_top_of_the_panel() {
    use zhanaozen_atlas::app::{Intent, apply};
    let mut h = harness_at(None);
    let zhanaozen = place(&h, "zhanaozen");
    let _ = apply(&mut h.state_mut().state, Intent::SelectPlace(zhanaozen));
    h.run();
    // Scroll Zhanaozen's long list of events well down.
    h.hover_at(egui::pos2(1250.0, 600.0));
    h.run();
    for _ in 0..20 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -200.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: egui::Modifiers::NONE,
        });
        h.step();
    }
    h.run();
    let top = |h: &egui_kittest::Harness<'_, zhanaozen_atlas::shell::AtlasApp>, label: &str| {
        h.get_by_label(label).rect().top()
    };
    let scrolled = top(&h, "Жаңаөзен");
    assert!(
        scrolled < 100.0,
        "Zhanaozen's names scrolled up out of view: y {scrolled}"
    );
    // Aktau's panel opens at its top: its names are in view under the filters.
    let aktau = place(&h, "aktau");
    let _ = apply(&mut h.state_mut().state, Intent::SelectPlace(aktau));
    h.run();
    let y = top(&h, "Ақтау");
    assert!((100.0..500.0).contains(&y), "Aktau's names at y {y}");
}

#[test]
fn the_tour_frames_each_steps_places_and_time() {
    use zhanaozen_atlas::{
        app::{Intent, StepDirection, apply},
        geometry::mercator,
    };
    let mut h = harness_at(None);
    let _ = apply(&mut h.state_mut().state, Intent::StoryStart);
    // Zoomed in close, as a reader may be: the steps that only centre keep that zoom.
    let center = state(&h).map().center();
    let _ = apply(
        &mut h.state_mut().state,
        Intent::ZoomMapTo { center, zoom: 12.0 },
    );
    h.run();
    let transfer = event(&h, "injured-transferred-to-aktau");
    while state(&h).selection().event != Some(transfer) {
        let before = state(&h).tools().story_step();
        let _ = apply(
            &mut h.state_mut().state,
            Intent::StoryStep(StepDirection::Next),
        );
        h.run();
        assert_ne!(state(&h).tools().story_step(), before, "the tour moves on");
    }
    let s = state(&h);
    // The map holds both ends of the route…
    let visible = s.map().screen_view().visible();
    for id in ["zhanaozen", "aktau"] {
        let at = s.dataset().places[place(&h, id)].position;
        let p = mercator(at.x(), at.y());
        assert!(
            (visible.min[0]..=visible.max[0]).contains(&p[0])
                && (visible.min[1]..=visible.max[1]).contains(&p[1]),
            "{id} is in view at the transfer step"
        );
    }
    // …neither of them under the tour's card…
    let card = h
        .get_by_label_contains("step 6 of")
        .rect()
        .union(h.get_by_role_and_label(Role::Button, "Exit tour").rect());
    for name in ["Zhanaozen", "Aktau"] {
        let marker = h.get_by_role_and_label(Role::Button, name).rect();
        assert!(
            !card.intersects(marker),
            "{name} at {marker:?}, the card {card:?}"
        );
    }
    // …and the timeline the two days of the transfers, local time (UTC+5).
    let view = s.time().view();
    assert_eq!(
        (view.start, view.end),
        (ts("2011-12-15T19:00:00Z"), ts("2011-12-17T19:00:00Z"))
    );
}

#[test]
fn the_area_and_position_under_the_pointer_are_in_the_status_line_not_on_the_map() {
    let mut h = harness_at(None);
    // South of Zhanaozen: the steppe of Mangystau, away from markers and labels.
    let zhanaozen = h
        .get_by_role_and_label(Role::Button, "Zhanaozen")
        .rect()
        .center();
    h.hover_at(zhanaozen + egui::vec2(0.0, 90.0));
    h.run();
    // Drawn a frame later, in the timeline's header above the strip.
    h.run();
    let status = h.get_by_label_contains("° N, ");
    let text = status.value().unwrap_or_default();
    // The area's name, then the position: straight south of Zhanaozen (52.86° E).
    assert!(
        text.starts_with("Mangystau (Мангистауская область) · 42.")
            && text.ends_with("° N, 52.862° E"),
        "{text}"
    );
    assert!(status.rect().min.y > strip_rect(&h).min.y - 70.0);
    // Off the map, the line is empty.
    h.hover_at(strip_rect(&h).center());
    h.run();
    h.run();
    assert!(h.query_by_label_contains("° N, ").is_none());
}

#[test]
fn a_wheel_notch_zooms_half_a_level_about_the_point_under_the_pointer() {
    let mut h = harness_at(None);
    // West of Zhanaozen, on the steppe.
    let pointer = h
        .get_by_role_and_label(Role::Button, "Zhanaozen")
        .rect()
        .center()
        + egui::vec2(-120.0, 60.0);
    h.hover_at(pointer);
    h.run();
    let under = |h: &egui_kittest::Harness<'_, zhanaozen_atlas::shell::AtlasApp>| {
        state(h)
            .map()
            .screen_view()
            .to_mercator([pointer.x, pointer.y])
    };
    let (zoom, before) = (state(&h).map().zoom(), under(&h));
    for notches in [1.0, 2.0] {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Line,
            delta: egui::vec2(0.0, notches),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        h.run();
    }
    // Three notches in all, at any frame rate: a level and a half.
    let gained = state(&h).map().zoom() - zoom;
    assert!((gained - 1.5).abs() < 0.02, "zoomed by {gained}");
    let after = under(&h);
    let world_px = 256.0 * 2f64.powf(state(&h).map().zoom());
    let moved_px = ((after[0] - before[0]).hypot(after[1] - before[1])) * world_px;
    assert!(
        moved_px < 1.0,
        "the point under the pointer moved {moved_px} px"
    );
}

#[test]
fn closer_than_the_offline_map_has_detail_it_says_so_once_and_offers_the_online_layers() {
    use zhanaozen_atlas::app::{Intent, apply};
    let mut h = harness_at(None);
    let note = "The offline map has nothing finer to show at this zoom";
    assert!(
        h.query_by_label_contains(note).is_none(),
        "not at the opening view"
    );
    let zhanaozen = state(&h).dataset().places[place(&h, "zhanaozen")].position;
    let zoom_to = |h: &mut egui_kittest::Harness<'_, zhanaozen_atlas::shell::AtlasApp>, zoom| {
        let _ = apply(
            &mut h.state_mut().state,
            Intent::ZoomMapTo {
                center: zhanaozen,
                zoom,
            },
        );
        h.run();
    };
    zoom_to(&mut h, 11.0);
    assert!(
        h.query_by_label_contains(note).is_none(),
        "a town's view still has detail"
    );
    zoom_to(&mut h, 13.0);
    assert!(h.query_by_label_contains(note).is_some());
    for layer in ["OpenStreetMap (online)", "OpenTopoMap (online)"] {
        assert!(
            h.query_by_role_and_label(Role::Button, layer).is_some(),
            "{layer}"
        );
    }
    h.get_by_role_and_label(Role::Button, "Keep the offline map")
        .click();
    h.run();
    assert!(h.query_by_label_contains(note).is_none());
    // Said once: zooming out and in again does not bring it back.
    zoom_to(&mut h, 9.0);
    zoom_to(&mut h, 14.0);
    assert!(h.query_by_label_contains(note).is_none());
    assert!(!state(&h).settings().map_layer().is_online());
}

#[test]
fn the_legend_gives_one_item_a_line_and_no_internal_path_is_shown() {
    let h = harness_at(None);
    let rows: Vec<f32> = [
        "events in the last week",
        "earlier events only",
        "still to come",
        "events there by this date",
    ]
    .iter()
    .map(|text| h.get_by_label(text).rect().center().y)
    .collect();
    for pair in rows.windows(2) {
        assert!(pair[1] > pair[0] + 8.0, "one item a line: {rows:?}");
    }
    // The menu bar names the record, not the file it is built from.
    assert!(h.query_by_label("The built-in record").is_some());
    assert!(h.query_by_label_contains("zhanaozen-2011.json").is_none());
}
