//! The built-in record, audited (issue #15): every figure stands in its source's own words, every
//! claim is filed under who made it, no source sits where it must not, and the facts the audit
//! found missing are there. A test here fails if the record regresses.

use zhanaozen_atlas::{
    io::builtin_dataset,
    model::{Claim, ClaimValue, Claimant, Dataset, SourceCopy},
};

/// Who made each claim, by the name the record gives, and the claimant type that name must carry:
/// the type is the claim's maker, not its publisher (a medium is the claimant only of its own
/// findings; an official figure relayed by a newspaper is the officials').
const CLAIMANTS: &[(&str, Claimant)] = &[
    ("Court in Aktau (trial of 37)", Claimant::Court),
    ("Court in Aktau (Kozlov verdict)", Claimant::Court),
    ("Mangistau regional court", Claimant::Court),
    (
        "Official regional toll (as reported by Reuters)",
        Claimant::Government,
    ),
    (
        "Kazinform, state news agency (official account)",
        Claimant::Government,
    ),
    (
        "Amanzhol Kabylov, Zhanaozen commandant",
        Claimant::Government,
    ),
    (
        "Official data (as reported by Reuters)",
        Claimant::Government,
    ),
    (
        "Official information (as reported by ITAR-TASS)",
        Claimant::Government,
    ),
    (
        "Official toll (as reported by EurasiaNet)",
        Claimant::Government,
    ),
    ("Kazakh Foreign Ministry", Claimant::Government),
    (
        "Kazakh Foreign Ministry (spokesman Altai Abibullayev)",
        Claimant::Government,
    ),
    (
        "Official data (as cited by the Open Dialog Foundation)",
        Claimant::Government,
    ),
    (
        "Official count (as reported by Reuters)",
        Claimant::Government,
    ),
    (
        "Official injury toll (as reported by EurasiaNet)",
        Claimant::Government,
    ),
    (
        "Raushan Zhaparova, deputy director of the Zhanaozen hospital",
        Claimant::Government,
    ),
    ("President Nursultan Nazarbayev", Claimant::Government),
    (
        "Officials led by President Nazarbayev (as reported by AFP)",
        Claimant::Government,
    ),
    (
        "The authorities (as reported by Reuters)",
        Claimant::Government,
    ),
    (
        "The authorities (as reported by The Moscow Times)",
        Claimant::Government,
    ),
    (
        "Ambassador Kairat Abdrakhmanov, to the OSCE",
        Claimant::Government,
    ),
    ("Police (as reported by RFE/RL)", Claimant::Government),
    (
        "Interior Ministry officials (as reported by The Moscow Times)",
        Claimant::Government,
    ),
    (
        "Prosecutor General's Office (website statement)",
        Claimant::Prosecutor,
    ),
    ("Prosecutor General Askhat Daulbayev", Claimant::Prosecutor),
    (
        "Nurdaulet Suindikov, Prosecutor General's spokesman",
        Claimant::Prosecutor,
    ),
    (
        "Prosecutors (statement of 18 Dec 2011)",
        Claimant::Prosecutor,
    ),
    (
        "Prosecutor's Office (quoted by Novaya Gazeta)",
        Claimant::Prosecutor,
    ),
    (
        "Prosecutor General's office (statement on prokuror.kz)",
        Claimant::Prosecutor,
    ),
    ("U.S. Helsinki Commission", Claimant::International),
    (
        "EU High Representative Catherine Ashton (spokesperson's statement)",
        Claimant::International,
    ),
    (
        "U.S. State Department spokeswoman Victoria Nuland",
        Claimant::International,
    ),
    (
        "OSCE Chairperson-in-Office Audronius Ažubalis",
        Claimant::International,
    ),
    (
        "UN High Commissioner for Human Rights Navi Pillay",
        Claimant::International,
    ),
    ("European Parliament", Claimant::International),
    ("EurasiaNet", Claimant::Media),
    ("RFE/RL", Claimant::Media),
    ("RIA Novosti, describing a YouTube clip", Claimant::Media),
    (
        "Unnamed proponents (version reported by Lenta.ru)",
        Claimant::Media,
    ),
    ("Novaya Gazeta", Claimant::Media),
    (
        "Opposition media sources (as reported by BBC)",
        Claimant::Opposition,
    ),
    (
        "K+ (opposition TV channel), citing unofficial reports",
        Claimant::Opposition,
    ),
    (
        "K+ (Kyrgyzstan-based opposition TV channel)",
        Claimant::Opposition,
    ),
    (
        "Civil society activists and independent journalists (cited by Kozlov's campaign site)",
        Claimant::Opposition,
    ),
    ("Respublika (opposition newspaper)", Claimant::Opposition),
    (
        "Civic Solidarity trial-monitoring mission",
        Claimant::RightsGroup,
    ),
    ("Human Rights Watch", Claimant::RightsGroup),
    ("Freedom House", Claimant::RightsGroup),
    (
        "Lev Ponomarev, Russian human-rights activist",
        Claimant::RightsGroup,
    ),
    ("Amnesty International", Claimant::RightsGroup),
    (
        "Galym Ageleuov, Liberty (Almaty), trial monitor",
        Claimant::RightsGroup,
    ),
    (
        "Witnesses quoted by local media (via PeaceReporter)",
        Claimant::Witness,
    ),
    (
        "People who carried bodies to the morgue (quoted by Novaya Gazeta)",
        Claimant::Witness,
    ),
    (
        "Zhanaozen residents (as reported by EurasiaNet)",
        Claimant::Witness,
    ),
    (
        "Unnamed YouTube uploader 'spadarkim' (video published by Focus.ua)",
        Claimant::Witness,
    ),
    ("Eyewitness (quoted by BBC)", Claimant::Witness),
    (
        "Omirbek Isabayev, striking UzenMunaiGas worker (on K+)",
        Claimant::Witness,
    ),
    (
        "Zhanaozen resident, relative of a man killed (quoted by Fakty)",
        Claimant::Witness,
    ),
    ("Roza Tuletayeva, defendant, in court", Claimant::Witness),
];

/// A site the audit says must not be cited.
const FORBIDDEN_HOSTS: &[&str] = &["jewworldorder.org"];

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// English spellings of a whole number below 1,000 ("sixty-four", "sixty four", "one hundred").
fn number_words(n: u64) -> Vec<String> {
    match n {
        0..20 => vec![ONES[n as usize].to_string()],
        20..100 => {
            let (t, o) = (TENS[(n / 10) as usize], n % 10);
            if o == 0 {
                vec![t.to_string()]
            } else {
                vec![
                    format!("{t}-{}", ONES[o as usize]),
                    format!("{t} {}", ONES[o as usize]),
                ]
            }
        }
        100..1000 => {
            let head = format!("{} hundred", ONES[(n / 100) as usize]);
            match n % 100 {
                0 => vec![head],
                r => number_words(r)
                    .into_iter()
                    .flat_map(|w| [format!("{head} and {w}"), format!("{head} {w}")])
                    .collect(),
            }
        }
        _ => Vec::new(),
    }
}

/// Whether `text` has `needle` where neither side continues it (a digit, a letter, a hyphen).
fn has_word(text: &str, needle: &str, continues: fn(char) -> bool) -> bool {
    text.match_indices(needle).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + needle.len()..].chars().next();
        !before.is_some_and(continues) && !after.is_some_and(continues)
    })
}

/// Whether the figure `n` stands in `passage`, as digits ("64", "1,000") or in words ("sixty-four").
fn figure_in(n: f64, passage: &str) -> bool {
    if n.fract() != 0.0 {
        return passage.contains(&n.to_string());
    }
    let n = n as u64;
    let digits = |c: char| c.is_ascii_digit();
    let with_commas = {
        let s = n.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    if has_word(passage, &n.to_string(), digits) || has_word(passage, &with_commas, digits) {
        return true;
    }
    let lower = passage.to_lowercase();
    number_words(n)
        .iter()
        .any(|w| has_word(&lower, w, |c| c.is_alphabetic() || c == '-'))
}

/// The figures a claim's value gives.
fn figures(v: &ClaimValue) -> Vec<f64> {
    match v {
        ClaimValue::Number(n) => vec![*n],
        ClaimValue::Range { min, max } => min.iter().chain(max).copied().collect(),
        ClaimValue::Text(_) => Vec::new(),
        ClaimValue::Figures(f) => f.iter().flat_map(|f| figures(&f.value)).collect(),
    }
}

fn claims<'a>(d: &'a Dataset, subject: &'a str) -> impl Iterator<Item = &'a Claim> {
    d.claims.iter().filter(move |c| c.subject == subject)
}

#[test]
fn every_figure_stands_in_the_passage_that_gives_it() {
    let d = builtin_dataset();
    for c in &d.claims {
        let passage = c
            .passage
            .as_deref()
            .unwrap_or_else(|| panic!("claim '{}' has no passage", c.id));
        for n in figures(&c.value) {
            assert!(
                figure_in(n, passage),
                "claim '{}': {n} is not in its passage {passage:?}",
                c.id
            );
        }
        if let ClaimValue::Figures(f) = &c.value {
            assert!(f.len() >= 2, "claim '{}': one figure is a number", c.id);
        }
    }
}

#[test]
fn the_checker_itself_finds_figures_and_refuses_sums() {
    assert!(figure_in(64.0, "64 civilians with gunshot wounds"));
    assert!(figure_in(12.0, "killing at least twelve people"));
    assert!(figure_in(64.0, "sixty-four bodies"));
    assert!(figure_in(1000.0, "some 1,000 workers"));
    assert!(!figure_in(99.0, "64 civilians and 35 police officers"));
    assert!(
        !figure_in(6.0, "16 people"),
        "a digit inside another number is not the figure"
    );
    assert!(!figure_in(7.0, "seventy dead"), "seven is not seventy");
}

#[test]
fn every_claim_is_filed_under_who_made_it() {
    let d = builtin_dataset();
    for c in &d.claims {
        let name = c
            .claimant_name
            .as_deref()
            .unwrap_or_else(|| panic!("claim '{}' names no claimant", c.id));
        let Some(&(_, kind)) = CLAIMANTS.iter().find(|(n, _)| *n == name) else {
            panic!(
                "claim '{}': {name:?} is not in the table of claimants",
                c.id
            );
        };
        assert_eq!(c.claimant, kind, "claim '{}' by {name:?}", c.id);
    }
    // The Prosecutor General's spokesman is the prosecutor's voice, not "the government".
    let spokesman = CLAIMANTS
        .iter()
        .find(|(n, _)| n.contains("Prosecutor General's spokesman"))
        .expect("the spokesman is in the table");
    assert_eq!(spokesman.1, Claimant::Prosecutor);
    // Every kind of claimant the sources support has its voice.
    for kind in [
        Claimant::Government,
        Claimant::Prosecutor,
        Claimant::Court,
        Claimant::Opposition,
        Claimant::RightsGroup,
        Claimant::Witness,
        Claimant::Media,
        Claimant::International,
    ] {
        assert!(d.claims.iter().any(|c| c.claimant == kind), "{kind:?}");
    }
}

#[test]
fn sources_are_where_they_may_be_and_copies_say_what_they_copy() {
    let d = builtin_dataset();
    for s in &d.sources {
        if let Some(url) = &s.url {
            let host = url.split_once("://").map_or("", |(_, rest)| {
                rest.split(['/', '?', '#']).next().unwrap_or("")
            });
            let host = host.rsplit('@').next().unwrap_or(host);
            let host = host.split(':').next().unwrap_or(host);
            assert!(!host.ends_with('.'), "source '{}': host {host:?}", s.id);
            assert!(
                !FORBIDDEN_HOSTS
                    .iter()
                    .any(|f| host == *f || host.ends_with(&format!(".{f}"))),
                "source '{}' cites {host}",
                s.id
            );
        } else {
            assert!(
                s.note.is_some(),
                "source '{}' has no url and says not why",
                s.id
            );
        }
        if s.copy != SourceCopy::Original {
            assert!(
                s.note.is_some(),
                "source '{}' is a {:?} without a note",
                s.id,
                s.copy
            );
        }
    }
    let hrw = d
        .sources
        .iter()
        .filter(|s| s.publisher.contains("Human Rights Watch"))
        .collect::<Vec<_>>();
    assert!(
        hrw.iter().any(|s| s.url.is_some()),
        "HRW's report has its address"
    );
}

#[test]
fn every_single_source_event_says_so() {
    let d = builtin_dataset();
    for e in &d.events {
        if e.sources.len() == 1 {
            let note = e
                .single_source()
                .unwrap_or_else(|| panic!("event '{}' rests on one source and says not", e.id));
            assert!(
                !note.en.trim().is_empty(),
                "event '{}': why is it kept?",
                e.id
            );
        }
    }
}

#[test]
fn the_facts_the_audit_found_missing_are_there() {
    let d = builtin_dataset();
    assert!(d.events.len() >= 75, "{} events", d.events.len());
    assert!(d.claims.len() >= 45, "{} claims", d.claims.len());
    let event = |id: &str| {
        &d.events[d
            .event_by_id(id)
            .unwrap_or_else(|| panic!("no event '{id}'"))]
    };
    // Bazarbay Kenzhebayev died after police custody; the other Kenzhebaev is another man.
    assert!(
        event("bazarbay-kenzhebayev-death")
            .description
            .contains("Bazarbay Kenzhebayev")
    );
    assert!(d.event_by_id("kenzhebaev-death").is_none());
    assert_ne!(event("sabit-kenzhebaev-death").category.0, "violence");
    // The later official total of 17.
    assert!(
        claims(&d, "death toll")
            .any(|c| c.claimant == Claimant::Government && figures(&c.value).contains(&17.0))
    );
    // The European Parliament (15 March 2012) and the UN High Commissioner (12 July 2012) call
    // for an independent investigation, under their own subject.
    for (who, event_id, day) in [
        ("European Parliament", "ep-resolution", "2012-03-15"),
        ("Pillay", "pillay-astana", "2012-07-12"),
    ] {
        assert!(
            claims(&d, "calls for an independent investigation")
                .any(|c| c.claimant == Claimant::International
                    && c.claimant_name.as_deref().is_some_and(|n| n.contains(who))),
            "{who}"
        );
        let e = event(event_id);
        let local = e
            .start
            .start
            .to_zoned_datetime(jiff::tz::TimeZone::fixed(d.offset))
            .strftime("%Y-%m-%d")
            .to_string();
        assert_eq!(local, day, "{event_id}");
        assert!(!e.sources.is_empty());
    }
    assert!(
        claims(&d, "police use of force").any(|c| c.claimant == Claimant::International),
        "international bodies speak on police use of force too"
    );
    assert!(claims(&d, "torture in detention").count() >= 2);
    // The 26 May strike date given by the BBC, Reuters and the Guardian is among the dates.
    assert!(
        event("ozenmunaigas-strike-begins")
            .disputed()
            .is_some_and(|t| t.contains("26 May 2011"))
    );
}
