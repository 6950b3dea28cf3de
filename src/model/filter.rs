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
        if self.hidden_categories.contains(&e.category.0) {
            return false;
        }
        let query = self.query.trim().to_lowercase();
        if query.is_empty() {
            return true;
        }
        let has = |text: &str| text.to_lowercase().contains(&query);
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

    /// For every event, whether it passes.
    pub fn mask(&self, d: &Dataset) -> Vec<bool> {
        d.events.iter().map(|e| self.matches(d, e)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::builtin_dataset;

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
