//! The facts of the built-in record that matter most, each with a source.

use zhanaozen_atlas::{
    io::builtin_dataset,
    model::{ClaimValue, Claimant, Dataset, DateNames, Precision},
};

fn event<'a>(d: &'a Dataset, id: &str) -> &'a zhanaozen_atlas::model::Event {
    &d.events[d.event_by_id(id).unwrap_or_else(|| panic!("no event {id}"))]
}

fn local(d: &Dataset, t: jiff::Timestamp) -> String {
    t.to_zoned_datetime(jiff::tz::TimeZone::fixed(d.offset))
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}

#[test]
fn the_record_spans_may_2011_to_2013_with_at_least_40_events() {
    let d = builtin_dataset();
    assert!(d.events.len() >= 40, "{}", d.events.len());
    assert_eq!(
        d.events
            .first()
            .unwrap()
            .start
            .format(d.offset, d.offset, &DateNames::english()),
        "May 2011"
    );
    assert!(
        d.events
            .iter()
            .any(|e| local(&d, e.start.start).starts_with("2013"))
    );
    for e in &d.events {
        assert!(!e.sources.is_empty(), "{}", e.id);
        assert!(
            e.place.is_some() || e.region().is_some() || e.location_note().is_some(),
            "{} has no place and says nothing of it",
            e.id
        );
    }
}

#[test]
fn shetpe_state_of_emergency_dismissals_and_verdicts() {
    let d = builtin_dataset();
    let shetpe = event(&d, "shetpe-clash");
    assert_eq!(local(&d, shetpe.start.start), "2011-12-17 20:00");
    assert_eq!(d.places[shetpe.place.unwrap()].id, "shetpe");

    let soe = event(&d, "state-of-emergency");
    assert_eq!(local(&d, soe.start.start), "2011-12-17 18:00");
    assert_eq!(local(&d, soe.end.unwrap().start), "2012-01-31 07:00");
    // Extended by the decree of 4 January 2012.
    let extended = event(&d, "state-of-emergency-extended");
    assert_eq!(extended.start.precision, Precision::Day);
    assert_eq!(local(&d, extended.start.start), "2012-01-04 00:00");

    let dismissals = event(&d, "officials-dismissed");
    assert_eq!(local(&d, dismissals.start.start), "2011-12-22 00:00");
    assert_eq!(dismissals.start.precision, Precision::Day);

    let verdicts = event(&d, "verdicts-for-37");
    assert_eq!(local(&d, verdicts.start.start), "2012-06-04 00:00");
    for e in [shetpe, soe, dismissals, verdicts] {
        assert!(!e.sources.is_empty());
        // Every source has a web address, or a note saying why it has none.
        assert!(e.sources.iter().all(|&s| {
            let s = &d.sources[s];
            s.url.as_deref().is_some_and(|u| u.starts_with("http")) || s.note.is_some()
        }));
    }
}

#[test]
fn the_death_toll_is_a_set_of_claims_not_one_number() {
    let d = builtin_dataset();
    let toll: Vec<_> = d
        .claims
        .iter()
        .filter(|c| c.subject == "death toll")
        .collect();
    let official: Vec<String> = toll
        .iter()
        .filter(|c| matches!(c.claimant, Claimant::Prosecutor | Claimant::Government))
        .map(|c| c.value.format())
        .collect();
    // The first denial, then 10 → 11 → 12 → 13 → 15 … up to the later official total of 17, in
    // date order, each as its source gave it.
    assert!(official[0].starts_with("no deaths"), "{official:?}");
    assert_eq!(official[1], "10", "{official:?}");
    for v in ["11", "13", "15", "at least 16", "17"] {
        assert!(official.contains(&v.to_string()), "{v} in {official:?}");
    }
    assert!(
        toll.iter()
            .any(|c| c.claimant == Claimant::Witness && c.value == ClaimValue::Number(64.0))
    );
    assert!(toll.iter().any(|c| c.claimant == Claimant::RightsGroup
        && c.claimant_name.as_deref() == Some("Human Rights Watch")));
    assert!(toll.iter().any(|c| c.claimant == Claimant::RightsGroup
        && c.claimant_name.as_deref() == Some("Amnesty International")));
    assert!(toll.iter().any(|c| c.value == ClaimValue::Number(17.0)));
    // Undated claims stay undated.
    assert!(toll.iter().any(|c| c.as_of.is_none()));

    let injured: Vec<String> = d
        .claims
        .iter()
        .filter(|c| c.subject == "injured")
        .map(|c| c.value.format())
        .collect();
    for v in ["86", "110"] {
        assert!(injured.contains(&v.to_string()), "{injured:?}");
    }
    // The prosecutor's 25 January 2012 figures are two, of different kinds: never their sum.
    assert!(
        !d.claims.iter().any(|c| c.subject == "injured"
            && c.claimant == Claimant::Prosecutor
            && c.value == ClaimValue::Number(99.0)),
        "{injured:?}"
    );
    assert!(
        injured
            .iter()
            .any(|v| v.starts_with("64 ") && v.contains("; 35 ")),
        "{injured:?}"
    );
    let who = d
        .claims
        .iter()
        .filter(|c| c.subject == "who started the violence")
        .count();
    assert!(who >= 4);
}
