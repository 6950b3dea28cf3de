//! Contested facts in the panels: every side, with who says it and its source.

mod common;

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
