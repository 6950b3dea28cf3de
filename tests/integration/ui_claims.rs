//! Contested facts in the panels: every side, with who says it and its source.

use crate::common;

use common::*;
use egui_kittest::kittest::Queryable as _;
use zhanaozen_atlas::cli::StartView;

#[test]
fn the_clashes_show_every_claim_with_its_claimant_and_source() {
    let h = harness_with(StartView {
        event: Some("zhanaozen-clashes".into()),
        ..Default::default()
    });
    assert!(h.query_by_label("Claims: death toll").is_some());
    assert!(
        h.query_by_label("Claims: who started the violence")
            .is_some()
    );
    // The witnesses' 64 and the state agency's 14 stand side by side; neither replaces the other.
    assert!(h.query_by_label("64").is_some());
    assert!(h.query_by_label("14").is_some());
    assert!(
        h.query_all_by_label_contains("Zhanaozen – the oil river")
            .next()
            .is_some()
    );
    assert!(
        h.query_all_by_label_contains("attacked by 'a group of hooligans'")
            .next()
            .is_some()
    );
    assert!(
        h.query_all_by_label_contains("police left the square, came back about half an hour later")
            .next()
            .is_some()
    );
    assert!(h.query_by_label("Disputed").is_some());
}

#[test]
fn the_overview_lists_the_contested_subjects() {
    let h = harness_at(None);
    assert!(h.query_by_label("death toll: 28 claims").is_some());
    assert!(h.query_by_label("injured: 11 claims").is_some());
    assert!(
        h.query_by_label("who started the violence: 17 claims")
            .is_some()
    );
}

#[test]
fn the_chart_window_stays_below_the_menu_bar() {
    let mut h = harness_at(Some("2012-01-15"));
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Chart")
        .click();
    h.run();
    // Dragged by its title up past the top of the window, it stays below the menus.
    let grab = h.get_by_label("Claims: death toll").rect().center();
    let press = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    h.event(egui::Event::PointerMoved(grab));
    h.event(press(grab, true));
    h.step();
    for y in [grab.y - 100.0, grab.y - 300.0, 1.0] {
        h.event(egui::Event::PointerMoved(egui::pos2(grab.x, y)));
        h.step();
    }
    h.event(press(egui::pos2(grab.x, 1.0), false));
    h.run();
    let title = h.get_by_label("Claims: death toll").rect();
    let file_menu = h.get_by_label("File").rect();
    assert!(
        title.top() < grab.y - 20.0,
        "the window moved up: {grab:?} to {title:?}"
    );
    assert!(
        title.top() >= file_menu.bottom(),
        "the window's title at {title:?}, the menu bar's File at {file_menu:?}"
    );
}
