//! Which events the user wants to see: categories switched off, and a text search over titles,
//! descriptions, places and sources.

use std::collections::BTreeSet;

use super::{Dataset, Event};

/// The user's choice of which events to show: categories switched off and a search text.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct EventFilter {
    /// Categories switched off.
    pub hidden_categories: BTreeSet<String>,
    /// Case-insensitive text that every shown event must contain somewhere.
    pub query: String,
}

impl EventFilter {
    /// The longest search text: the search box takes no more, and a saved state's longer one is
    /// not used.
    pub const MAX_QUERY_CHARS: usize = 200;

    /// Whether the filter hides anything: a category is off or the search has text.
    pub fn is_active(&self) -> bool {
        !self.hidden_categories.is_empty() || !self.query.trim().is_empty()
    }

    /// Whether `e` passes: its category is on and the query is found in its title, description,
    /// dispute note, category, place names, region or sources.
    pub fn matches(&self, d: &Dataset, e: &Event) -> bool {
        self.passes(d, e, self.matcher().as_ref())
    }

    /// The query, ready to be looked for in every text of every event (`None`: no query).
    fn matcher(&self) -> Option<Needle> {
        let query = self.query.trim();
        (!query.is_empty()).then(|| Needle {
            lower: query.to_lowercase(),
            ascii: query.is_ascii(),
        })
    }

    fn passes(&self, d: &Dataset, e: &Event, matcher: Option<&Needle>) -> bool {
        if self.hidden_categories.contains(e.category.0.as_str()) {
            return false;
        }
        let Some(m) = matcher else {
            return true;
        };
        let has = |text: &str| m.found_in(text);
        let place = e.place.map(|p| &d.places[p]);
        has(&e.title)
            || has(&e.description)
            || e.disputed().is_some_and(has)
            || has(&e.category.0)
            || e.region().is_some_and(has)
            || place.is_some_and(|p| {
                has(&p.names.en)
                    || p.names.ru.as_deref().is_some_and(has)
                    || p.names.kk.as_deref().is_some_and(has)
            })
            || e.sources
                .iter()
                .any(|&s| has(&d.sources[s].publisher) || has(&d.sources[s].title))
    }

    /// For every event, whether it passes: the events split between the machine's cores, as a
    /// keystroke in the search box runs this over all of them.
    pub fn mask(&self, d: &Dataset) -> Vec<bool> {
        let matcher = self.matcher();
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        // Below this a thread costs more than it saves.
        const PER_THREAD_MIN: usize = 50_000;
        let chunk = d.events.len().div_ceil(threads).max(PER_THREAD_MIN);
        let mut mask = vec![false; d.events.len()];
        std::thread::scope(|scope| {
            for (events, out) in d.events.chunks(chunk).zip(mask.chunks_mut(chunk)) {
                let matcher = matcher.as_ref();
                scope.spawn(move || {
                    for (e, m) in events.iter().zip(out) {
                        *m = self.passes(d, e, matcher);
                    }
                });
            }
        });
        mask
    }
}

/// A search text, lowercased once.
struct Needle {
    lower: String,
    ascii: bool,
}

impl Needle {
    /// Whether the text holds the needle, case aside. ASCII in ASCII (most texts of most
    /// datasets) is compared in place, found by its first letter in either case; anything else is
    /// lowercased first, as Unicode case needs.
    fn found_in(&self, text: &str) -> bool {
        let needle = self.lower.as_bytes();
        if !(self.ascii && text.is_ascii()) {
            return text.to_lowercase().contains(&self.lower);
        }
        let hay = text.as_bytes();
        let first = needle[0];
        memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay).any(|i| {
            hay.get(i..i + needle.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::builtin_dataset;

    #[test]
    fn the_needle_is_found_whatever_the_case_in_any_script() {
        let needle = |q: &str| {
            EventFilter {
                query: q.into(),
                ..Default::default()
            }
            .matcher()
            .unwrap()
        };
        assert!(needle("STRIKE").found_in("Oil workers go on strike"));
        assert!(needle("strike").found_in("STRIKES at KarazhanbasMunai"));
        assert!(!needle("striker").found_in("the strike"));
        assert!(needle("шетпе").found_in("станция Шетпе"));
        assert!(needle("Zhanaozen").found_in("Жанаөзен (Zhanaozen)"));
        assert!(!needle("aktau").found_in("Актау"));
    }

    #[test]
    fn search_finds_places_in_any_language_and_categories_switch_off() {
        let d = builtin_dataset();
        let f = EventFilter {
            query: "Шетпе".into(),
            ..Default::default()
        };
        let shetpe = d.place_by_id("shetpe").unwrap();
        for &e in d.events_at(shetpe) {
            assert!(f.matches(&d, &d.events[e]));
        }
        let mut f = EventFilter::default();
        assert!(!f.is_active());
        f.hidden_categories.insert("legal".into());
        let mask = f.mask(&d);
        assert!(
            d.events
                .iter()
                .zip(&mask)
                .all(|(e, &m)| m == (e.category.0 != "legal"))
        );
    }
}
