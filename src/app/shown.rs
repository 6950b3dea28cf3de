//! What is shown: the filter (categories switched off, search text) and what is derived from it —
//! which events pass, prefix counts for O(1) and O(log n) counts, and the histogram. The filter can
//! only be set together with what it derives.

use super::changed::{Changed, set};
use crate::{
    model::{Dataset, EventFilter, EventIndex, PlaceIndex},
    timeline::Density,
};

/// The filter and its derived state, for one dataset.
#[derive(Clone, Debug)]
pub struct Shown {
    filter: EventFilter,
    /// The filter the mask and counts reflect: `filter`, or without its search text when that
    /// matches nothing.
    applied: EventFilter,
    /// For each event, whether it passes the filter.
    mask: Vec<bool>,
    /// `prefix[i]`: how many of events `0..i` pass, so counts up to the cursor are O(1).
    prefix: Vec<usize>,
    /// Per place, the same prefix counts over its events in time order (empty without a filter),
    /// so that a place's count of shown events is a binary search, filtered or not.
    place_prefix: Vec<Vec<u32>>,
    /// Event counts per bucket at several resolutions, of the events that pass.
    density: Density,
    /// Count only the events inside the map's visible area in the histogram.
    density_in_map_view: bool,
    /// The search text matched no event: the mask then ignores it (the map keeps what the
    /// categories show, rather than going grey), and the panel says so.
    no_match: bool,
}

impl Shown {
    /// Everything shown: no filter.
    pub fn new(dataset: &Dataset) -> Self {
        let n = dataset.events.len();
        Self {
            filter: EventFilter::default(),
            applied: EventFilter::default(),
            mask: vec![true; n],
            prefix: (0..=n).collect(),
            place_prefix: Vec::new(),
            density: Density::build(dataset.events.iter().map(|e| e.start.start), dataset.offset),
            density_in_map_view: false,
            no_match: false,
        }
    }

    /// Whether the search text matches no event (it is then not applied: see `no_match`).
    pub fn no_match(&self) -> bool {
        self.no_match
    }

    /// The filter: the categories switched off and the search text.
    pub fn filter(&self) -> &EventFilter {
        &self.filter
    }

    /// Whether the event passes the filter.
    pub fn passes(&self, event: EventIndex) -> bool {
        self.mask[event]
    }

    /// The `k`-th event (from 0, in time order) that passes the filter, if there are that many.
    /// O(log n), a binary search over the prefix counts.
    pub fn nth_passing(&self, k: usize) -> Option<EventIndex> {
        if k >= self.count() {
            return None;
        }
        // The first i with prefix[i + 1] > k.
        Some(self.prefix.partition_point(|&c| c <= k) - 1)
    }

    /// How many events pass the filter.
    pub fn count(&self) -> usize {
        *self.prefix.last().unwrap_or(&0)
    }

    /// How many of the first `n` events (in time order) pass the filter. O(1).
    pub fn count_of_first(&self, n: usize) -> usize {
        self.prefix[n]
    }

    /// How many of the first `n` events at `place` (in time order) pass the filter. O(1).
    pub fn count_at_place_of_first(&self, place: PlaceIndex, n: usize) -> usize {
        match self.place_prefix.get(place) {
            Some(prefix) => prefix[n] as usize,
            None => n,
        }
    }

    /// The histogram of the events that pass.
    pub fn density(&self) -> &Density {
        &self.density
    }

    /// Whether the histogram counts only the events inside the map's visible area.
    pub fn density_in_map_view(&self) -> bool {
        self.density_in_map_view
    }

    /// Counts only the events in the map's view in the histogram (true), or all of them.
    pub fn set_density_in_map_view(&mut self, on: bool) -> Changed {
        set(&mut self.density_in_map_view, on)
    }

    /// Applies a new filter: the mask, its prefix counts and the histogram follow. O(n), once per
    /// change, never per frame; a keystroke that leaves the same events shown (more letters of a
    /// search that matched nothing) rebuilds nothing after the match.
    pub fn set_filter(&mut self, dataset: &Dataset, filter: EventFilter) -> Changed {
        if filter == self.filter {
            return Changed::No;
        }
        let mask = filter.mask(dataset);
        self.no_match = !filter.query.trim().is_empty() && !mask.contains(&true);
        let applied = if self.no_match {
            EventFilter {
                query: String::new(),
                ..filter.clone()
            }
        } else {
            filter.clone()
        };
        if applied != self.applied {
            self.mask = if self.no_match {
                applied.mask(dataset)
            } else {
                mask
            };
            self.recount(dataset, applied.is_active());
            self.applied = applied;
        }
        self.filter = filter;
        Changed::Yes
    }

    /// The prefix counts and the histogram of the mask (per place only when `filtered`).
    fn recount(&mut self, dataset: &Dataset, filtered: bool) {
        self.prefix = std::iter::once(0)
            .chain(self.mask.iter().scan(0, |n, &m| {
                *n += m as usize;
                Some(*n)
            }))
            .collect();
        let starts = dataset
            .events
            .iter()
            .zip(&self.mask)
            .filter(|(_, m)| **m)
            .map(|(e, _)| e.start.start);
        self.density = Density::build(starts, dataset.offset);
        self.place_prefix = if filtered {
            (0..dataset.places.len())
                .map(|p| {
                    std::iter::once(0)
                        .chain(dataset.events_at(p).iter().scan(0, |n, &e| {
                            *n += self.mask[e] as u32;
                            Some(*n)
                        }))
                        .collect()
                })
                .collect()
        } else {
            Vec::new()
        };
    }
}
