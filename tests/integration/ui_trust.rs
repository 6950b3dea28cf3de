//! Trust and navigation: sources, claims, search, measuring, the guided tour, and links that open
//! only when they are http(s).

use crate::common;

use common::*;
use egui::accesskit::Role;
use egui_kittest::{Harness, kittest::Queryable as _};
use zhanaozen_atlas::{
    app::AtlasState,
    cli::StartView,
    model::{
        Category, ClaimValue, Dataset, DatasetParts, Event, Moment, Names, Place, Precision,
        Source, SourceCopy,
    },
    shell::AtlasApp,
    ui::map::measure_reading,
};

#[test]
fn selecting_an_event_shows_its_sources() {
    let h = harness_with(StartView {
        event: Some("shetpe-clash".into()),
        ..Default::default()
    });
    for title in [
        "1 person kill, 11 wounded in clashes at Shetpe train station in Mangistau oblast",
        "Sequence of Zhanaozen and Shetpe events (passed on by another outlet)",
        "Trouble in Kazakhstan oil city",
    ] {
        assert!(
            h.query_by_role_and_label(Role::Link, title).is_some(),
            "{title}"
        );
    }
    assert!(
        h.query_by_label_contains("A blog quoting one local witness")
            .is_some()
    );
    assert!(h.query_by_label("time known to the hour").is_some());
}

#[test]
fn the_death_toll_box_gives_each_figure_with_who_gave_it_and_when_on_one_line() {
    let h = harness_at(Some("2011-12-18T23:00"));
    // The prosecutors' 13 and 15 of 18 December, beside the figures others gave by then.
    assert_eq!(h.query_all_by_label("— prosecutor, 18 Dec 2011").count(), 2);
    assert!(h.query_by_label("— government, 18 Dec 2011").is_some());
    assert!(h.query_by_label("— witness, 17 Dec 2011").is_some());
    let rows = h.query_all_by_label_contains("— ").count();
    assert!(rows >= 4, "{rows} voices");
}

#[test]
fn the_claims_chart_has_one_series_per_claimant_with_the_datasets_values() {
    let mut h = harness_at(Some("2013-07-31"));
    h.get_by_role_and_label(Role::Button, "Chart").click();
    h.run();
    assert!(h.query_by_label("Claims: death toll").is_some());
    assert_eq!(state(&h).tools().claims_window(), Some("death toll"));

    let d = state(&h).dataset();
    let series = d.claim_series("death toll");
    let mut claimants: Vec<_> = series.iter().map(|s| s.claimant).collect();
    let n = claimants.len();
    claimants.dedup();
    assert_eq!(claimants.len(), n, "one series per claimant");
    // Every dated numeric claim is on exactly one series, with exactly its value.
    let mut charted = 0;
    for s in &series {
        for &(t, v, i) in &s.points {
            let c = &d.claims[i];
            assert_eq!(c.claimant, s.claimant);
            assert_eq!(Some(t), c.as_of.map(|m| m.start));
            let expected = match c.value {
                ClaimValue::Number(x) => x,
                ClaimValue::Range { min: Some(x), .. } => x,
                _ => unreachable!(),
            };
            assert_eq!(v, expected);
            charted += 1;
        }
    }
    let dated_numbers = d
        .claims
        .iter()
        .filter(|c| {
            c.subject == "death toll"
                && c.as_of.is_some()
                && matches!(c.value, ClaimValue::Number(_) | ClaimValue::Range { .. })
        })
        .count();
    assert_eq!(charted, dated_numbers);
    // The prosecutor's line runs 10, 11, 13, 15, 15 as the dataset says (its first denial is
    // words, listed but not plotted).
    let prosecutor: Vec<f64> = series
        .iter()
        .find(|s| s.claimant == zhanaozen_atlas::model::Claimant::Prosecutor)
        .unwrap()
        .points
        .iter()
        .map(|p| p.1)
        .collect();
    assert_eq!(prosecutor, [10.0, 11.0, 13.0, 15.0, 15.0]);
    // The list beside the chart includes the undated claims, marked as such.
    assert!(h.query_all_by_label("date not known").next().is_some());
}

#[test]
fn searching_shetpe_leaves_only_events_that_mention_it() {
    let mut h = harness_at(Some("2013-07-31"));
    let search = h.get_by_label("Search events");
    search.focus();
    h.run();
    h.get_by_label("Search events").type_text("Shetpe");
    h.run();
    let s = state(&h);
    assert_eq!(s.shown().filter().query, "Shetpe");
    let d = s.dataset();
    let shetpe = d.place_by_id("shetpe").unwrap();
    for &e in d.events_at(shetpe) {
        assert!(s.is_event_shown(e), "{}", d.events[e].id);
    }
    for (i, e) in d.events.iter().enumerate() {
        if s.is_event_shown(i) {
            let text = format!("{} {} {:?}", e.title, e.description, e.disputed()).to_lowercase();
            let at_shetpe = e.place == Some(shetpe);
            assert!(
                at_shetpe
                    || text.contains("shetpe")
                    || e.sources
                        .iter()
                        .any(|&x| d.sources[x].title.contains("Shetpe")),
                "{}",
                e.id
            );
        }
    }
    assert!(!s.is_place_active(d.place_by_id("atyrau").unwrap()));
    assert!(!s.is_place_active(d.place_by_id("beyneu").unwrap()));
    // The timeline shows the same: Shetpe's marks stay, others go.
    assert!(
        h.query_by_role_and_label(Role::Button, "Train blocked at Shetpe station")
            .is_some()
    );
    assert!(
        h.query_by_role_and_label(Role::Button, "Mass dismissals of strikers")
            .is_none()
    );
    assert!(
        h.query_by_label_contains(&format!("{} of 86 events shown", s.shown().count()))
            .is_some()
    );
    // While typing, the app's keys stay out of the way: Space is a space.
    h.get_by_label("Search events").type_text(" station");
    h.run();
    assert!(!state(&h).time().playback().playing);
    assert_eq!(state(&h).shown().filter().query, "Shetpe station");
}

#[test]
fn measuring_zhanaozen_to_aktau_reads_about_141_km() {
    let mut h = harness_at(Some("2011-12-18"));
    h.get_by_role_and_label(Role::Button, "Measure").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Zhanaozen").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Aktau").click();
    h.run();
    let points = state(&h).tools().measure().expect("measuring");
    assert_eq!(points.len(), 2);
    assert_eq!(
        state(&h).selection().place,
        None,
        "while measuring, clicks measure instead of selecting"
    );
    let reading = measure_reading(
        zhanaozen_atlas::i18n::Language::English,
        points[0],
        points[1],
    );
    let km: f64 = reading.split(' ').next().unwrap().parse().unwrap();
    assert!((140.0..=142.0).contains(&km), "{reading}");
    assert!(
        reading.ends_with("bearing 285°") || reading.ends_with("bearing 284°"),
        "{reading}"
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(state(&h).tools().measure().is_none());
}

#[test]
fn the_guided_tour_moves_cursor_and_selection_step_by_step() {
    let mut h = harness_at(None);
    h.get_by_role_and_label(Role::Button, "Start the guided tour (16 steps)")
        .click();
    h.run();
    let story = state(&h).dataset().story.clone();
    assert_eq!(state(&h).tools().story_step(), Some(0));
    assert_eq!(state(&h).selection().event, Some(story[0].event));
    assert!(h.query_by_label(&story[0].caption).is_some());
    h.get_by_role_and_label(Role::Button, "Next step").click();
    h.run();
    let e = story[1].event;
    assert_eq!(state(&h).selection().event, Some(e));
    assert_eq!(
        state(&h).cursor(),
        state(&h).dataset().events[e].start.start
    );
    h.key_press(egui::Key::PageDown);
    h.run();
    assert_eq!(state(&h).tools().story_step(), Some(2));
    h.key_press(egui::Key::PageUp);
    h.run();
    assert_eq!(state(&h).tools().story_step(), Some(1));
    h.get_by_role_and_label(Role::Button, "Exit tour").click();
    h.run();
    assert_eq!(state(&h).tools().story_step(), None);
}

/// A dataset whose one event cites a file:// source and an https one.
fn dataset_with_a_bad_link() -> Dataset {
    let offset = jiff::tz::Offset::constant(5);
    let source = |id: &str, url: &str| Source {
        id: id.into(),
        publisher: "P".into(),
        title: format!("link {id}"),
        url: Some(url.into()),
        note: None,
        date: None,
        copy: SourceCopy::Original,
        descriptive_title: false,
    };
    Dataset::new(DatasetParts {
        title: "links".into(),
        description: String::new(),
        offset,
        places: vec![Place {
            id: "a".into(),
            names: Names {
                en: "A".into(),
                ru: None,
                kk: None,
            },
            position: geo::Point::new(52.0, 43.5),
            focus: false,
            geonames_id: None,
            coordinate_source: None,
            notes: None,
        }],
        events: vec![Event {
            id: "e".into(),
            title: "E".into(),
            start: Moment::parse("2011-12-16", offset, Some(Precision::Day)).unwrap(),
            end: None,
            place: Some(0),
            category: Category("media".into()),
            description: String::new(),
            sources: [0, 1].into_iter().collect(),
            notes: None,
        }],
        sources: vec![
            source("file", "file:///etc/passwd"),
            source("web", "https://example.org/report"),
        ],
        routes: vec![],
        claims: vec![],
        time_presets: vec![],
        story: vec![],
        opening: None,
        home_region: None,
    })
}

fn opened_urls(h: &Harness<'_, AtlasApp>) -> Vec<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::OpenUrl(o) => Some(o.url.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_link_that_is_not_http_is_never_opened() {
    let mut state = AtlasState::new(dataset_with_a_bad_link(), "links".into());
    let _ = zhanaozen_atlas::app::apply(&mut state, zhanaozen_atlas::app::Intent::SelectEvent(0));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(24)
        .build_ui_state(|ui, app: &mut AtlasApp| app.show(ui), AtlasApp::new(state));
    h.run();
    assert!(
        h.query_by_role_and_label(Role::Link, "link file").is_none(),
        "a file:// address is no link"
    );
    let text = h.get_by_label_contains(
        "link file (not opened: 'file:///etc/passwd' is not an http(s) address)",
    );
    text.click();
    h.step();
    h.step();
    assert!(opened_urls(&h).is_empty());
    // The https one opens, on a click and only then.
    assert!(opened_urls(&h).is_empty());
    h.get_by_role_and_label(Role::Link, "link web").click();
    h.step();
    assert_eq!(opened_urls(&h), ["https://example.org/report"]);
}

#[test]
fn search_lists_its_matches_and_enter_opens_the_picked_one() {
    let mut h = harness_at(Some("2013-07-31"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_label("Search events").type_text("Shetpe");
    h.run();
    let results = state(&h).search_results();
    assert!(results.len() >= 2, "{results:?}");
    let d = state(&h).dataset().clone();
    // Each match is listed with its date, title and place.
    let second = &d.events[results[1]];
    assert!(
        h.query_by_label_contains(&format!("{} · ", second.title))
            .is_some()
    );
    h.key_press(egui::Key::ArrowDown);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(state(&h).selection().event, Some(results[1]));
    assert_eq!(state(&h).cursor(), second.start.start);
}

#[test]
fn a_search_that_matches_nothing_says_so_and_greys_nothing() {
    let mut h = harness_at(Some("2013-07-31"));
    h.get_by_label("Search events").focus();
    h.run();
    h.get_by_label("Search events").type_text("qqqzzz");
    h.run();
    assert!(
        h.query_by_label_contains("No event matches “qqqzzz”")
            .is_some()
    );
    let s = state(&h);
    let zhanaozen = s.dataset().place_by_id("zhanaozen").unwrap();
    assert!(s.is_place_active(zhanaozen), "the map keeps its places");
    assert!(s.search_results().is_empty());
}
