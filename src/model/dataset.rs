//! The resolved dataset: every reference checked and turned into an index, events sorted by time.
//! Built by the loaders in [`crate::io`]; read by everything else.

use std::{
    collections::HashMap,
    hash::BuildHasher as _,
    sync::{Arc, OnceLock},
};

use compact_str::CompactString;
use geo::Point;
use jiff::{Timestamp, tz::Offset};
use smallvec::SmallVec;

use rstar::{AABB, PointDistance as _, RTree, primitives::GeomWithData};

use super::{Claim, ClaimValue, Claimant, DateNames, Moment, Precision};
use crate::{
    basemap::RegionBox,
    geometry::{Cell, ClusterGrid, MercBox, mercator},
};

/// The map zooms the place cells are built for (the map's own range).
const CLUSTER_ZOOMS: std::ops::RangeInclusive<u8> = 4..=14;

/// Index of a place in [`Dataset::places`].
pub type PlaceIndex = usize;
/// Index of an event in [`Dataset::events`] (time order).
pub type EventIndex = usize;

/// A place's names in the languages the sources give; `None` where not known.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Names {
    /// The English name: always given, and shown where another language has none.
    pub en: CompactString,
    /// The Russian name, where known.
    pub ru: Option<Box<str>>,
    /// The Kazakh name, where known.
    pub kk: Option<Box<str>>,
}

impl Names {
    /// The name in the language with this code ("en", "ru", "kk"), else the English one.
    pub fn get(&self, code: &str) -> &str {
        let other = match code {
            "ru" => &self.ru,
            "kk" => &self.kk,
            _ => &None,
        };
        other.as_deref().unwrap_or(&self.en)
    }
}

/// A place events happen at: its names and its point.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// The place's id in the dataset file, a slug such as `zhanaozen`.
    pub id: CompactString,
    /// The place's names in English, Russian and Kazakh.
    pub names: Names,
    /// Longitude, latitude (WGS84), as `geo` and walkers expect.
    pub position: Point,
    /// One of the places the events centre on; drawn so that it stands out.
    pub focus: bool,
    /// The GeoNames id, where known: the basemap leaves out a town the dataset already shows.
    pub geonames_id: Option<u64>,
    /// Where the coordinates come from and what they stand for.
    /// Shared: an import gives a million places the same few notes.
    pub coordinate_source: Option<Arc<str>>,
    /// What few places have (a kind, an uncertainty), kept apart: a million imported points
    /// carry one empty pointer each, not 32 bytes.
    pub notes: Option<Box<PlaceNotes>>,
}

/// The parts of a place that few places have; see [`Place::notes`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlaceNotes {
    /// "city", "town", "village", …; empty where not said.
    pub kind: String,
    /// How far the real site may be from the point, where the point stands for a wider area.
    pub uncertainty_km: Option<f64>,
}

impl PlaceNotes {
    /// The notes, boxed; `None` where there are none.
    pub fn boxed(self) -> Option<Box<Self>> {
        (self != Self::default()).then(|| Box::new(self))
    }
}

impl Place {
    /// "city", "town", "village", …; empty where the dataset does not say.
    pub fn kind(&self) -> &str {
        self.notes.as_ref().map_or("", |n| n.kind.as_str())
    }

    /// How far the real site may be from the point, where the point stands for a wider area.
    pub fn uncertainty_km(&self) -> Option<f64> {
        self.notes.as_ref()?.uncertainty_km
    }
}

/// What kind of event this is; the set is open so that other datasets can bring their own.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Category(pub CompactString);

/// A publication that events and claims cite.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// The source's id in the dataset file.
    pub id: String,
    /// Who published it: "Reuters", "Human Rights Watch".
    pub publisher: String,
    /// The page's headline, or a description written for the record (see `descriptive_title`).
    pub title: String,
    /// An http(s) address; `None` where the address is not recorded (the note says why).
    pub url: Option<String>,
    /// A mirror, a single witness, an official account: what a reader should know about the source.
    pub note: Option<String>,
    /// When it was published, where known.
    pub date: Option<Moment>,
    /// Whether the cited copy is the original or a translation, mirror or relay of it.
    pub copy: SourceCopy,
    /// The title is a description written for the record, not the page's headline.
    pub descriptive_title: bool,
}

/// What the cited copy of a source is.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SourceCopy {
    /// The publisher's own page.
    #[default]
    Original,
    /// A translation of the original, by another publisher.
    Translation,
    /// A copy of the original on another site.
    Mirror,
    /// A report passed on by another outlet, or a document leaked by a third party.
    Relay,
}

/// Something that happened: when, where, and the sources that report it.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// The event's id in the dataset file.
    pub id: CompactString,
    /// A short title: "Oil workers go on strike".
    pub title: CompactString,
    /// When it happened, or began, to the precision the sources give.
    pub start: Moment,
    /// For spans (a strike, a state of emergency): when it ended.
    pub end: Option<Moment>,
    /// Where it happened; `None` for an event of a region or of no known place.
    pub place: Option<PlaceIndex>,
    /// What kind of event it is, which decides its colour.
    pub category: Category,
    /// What happened, in a few sentences; may be empty.
    pub description: String,
    /// Indices into [`Dataset::sources`]; never empty. Most events cite one, held in place.
    pub sources: SmallVec<[usize; 1]>,
    /// What few events have (a region, a dispute, a note on the site, why one source suffices),
    /// kept apart: a million imported events carry one empty pointer each, not 144 bytes.
    pub notes: Option<Box<EventNotes>>,
}

/// The parts of an event that few events have; see [`Event::notes`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventNotes {
    /// For an event of a whole region ("Mangystau Region") rather than a place: its name.
    pub region: Option<String>,
    /// What the sources disagree on, stated as such.
    pub disputed: Option<String>,
    /// Where the exact site is unknown, or why there is no place.
    pub location_note: Option<String>,
    /// Why an event that rests on one source only is kept; `None` for events with several
    /// sources, or imports that do not say.
    pub single_source: Option<Names>,
}

impl EventNotes {
    /// The notes, boxed; `None` where there are none.
    pub fn boxed(self) -> Option<Box<Self>> {
        (self != Self::default()).then(|| Box::new(self))
    }
}

impl Event {
    /// The region of an event of a whole region, if it is one.
    pub fn region(&self) -> Option<&str> {
        self.notes.as_ref()?.region.as_deref()
    }

    /// What the sources disagree on, if they do.
    pub fn disputed(&self) -> Option<&str> {
        self.notes.as_ref()?.disputed.as_deref()
    }

    /// Where the exact site is unknown, or why there is no place, if the record says.
    pub fn location_note(&self) -> Option<&str> {
        self.notes.as_ref()?.location_note.as_deref()
    }

    /// Why an event resting on one source only is kept, if it is such an event.
    pub fn single_source(&self) -> Option<&Names> {
        self.notes.as_ref()?.single_source.as_ref()
    }
    /// When, for people: the start, or "start – end" for a span (see [`Moment::format`]).
    pub fn format_when(&self, source: Offset, display: Offset, names: &DateNames) -> String {
        match self.end {
            Some(end) => format!(
                "{} – {}",
                self.start.format(source, display, names),
                end.format(source, display, names)
            ),
            None => self.start.format(source, display, names),
        }
    }
}

/// Rearranges `items` so that `items[new] = old items[order[new]]`, in place, by following each
/// cycle of the permutation with swaps.
fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut i = start;
        while !placed[i] {
            placed[i] = true;
            let from = order[i];
            if from == start {
                break;
            }
            items.swap(i, from);
            i = from;
        }
    }
}

/// The hasher of [`Dataset::place_by_id`]'s table.
const ID_HASH: foldhash::fast::FixedState = foldhash::fast::FixedState::with_seed(0);

/// The places' indices in a table keyed by their ids (the first place of an id wins).
fn index_by_id(places: &[Place]) -> hashbrown::HashTable<PlaceIndex> {
    let mut table = hashbrown::HashTable::with_capacity(places.len());
    for (i, p) in places.iter().enumerate() {
        let hash = ID_HASH.hash_one(p.id.as_str());
        if table
            .find(hash, |&q: &usize| places[q].id == p.id)
            .is_none()
        {
            table.insert_unique(hash, i, |&q| ID_HASH.hash_one(places[q].id.as_str()));
        }
    }
    table
}

/// Each place's events (indices into the time-sorted `events`, so in time order), as one list
/// grouped by place, and where each place's part of it begins (`places + 1` entries).
fn events_by_place(events: &[Event], places: usize) -> (Vec<EventIndex>, Vec<usize>) {
    let mut from = vec![0; places + 1];
    for p in events.iter().filter_map(|e| e.place) {
        from[p + 1] += 1;
    }
    for p in 0..places {
        from[p + 1] += from[p];
    }
    let mut next = from.clone();
    let mut list = vec![0; from[places]];
    for (i, p) in events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((i, e.place?)))
    {
        list[next[p]] = i;
        next[p] += 1;
    }
    (list, from)
}

/// A path between places, such as the transfer of the wounded from Zhanaozen to Aktau.
#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    /// The route's id in the dataset file.
    pub id: String,
    /// The route's name: "Zhanaozen to Aktau".
    pub name: String,
    /// The places the route passes, in order; at least two.
    pub via: Vec<PlaceIndex>,
    /// The event the route belongs to; the route is shown once it has happened.
    pub event: Option<EventIndex>,
    /// The distance as the sources word it ("some 150 km").
    pub reported_distance: Option<String>,
    /// The source of the reported distance, as an index into [`Dataset::sources`].
    pub reported_distance_source: Option<usize>,
    /// A note on the route, such as what its line follows.
    pub note: Option<String>,
}

/// A loaded dataset: places, events, sources, routes and claims, indexed for quick lookups.
#[derive(Clone, Debug)]
pub struct Dataset {
    /// The dataset's title, at the top of the overview.
    pub title: String,
    /// What the dataset covers, under the title; may be empty.
    pub description: String,
    /// The region's offset from UTC: local times are shown in it.
    pub offset: Offset,
    /// The places, in the file's order.
    pub places: Vec<Place>,
    /// Sorted by start time (then by id, for a stable order).
    pub events: Vec<Event>,
    /// The sources, in the file's order.
    pub sources: Vec<Source>,
    /// The routes, in the file's order.
    pub routes: Vec<Route>,
    /// Contested facts, in the order of their `as_of` dates (undated ones last; those of one date in
    /// the file's order).
    pub claims: Vec<Claim>,
    /// Named time ranges the timeline offers as presets ("16–17 Dec 2011").
    pub time_presets: Vec<TimePreset>,
    /// A guided tour: events in order, each with a short caption.
    pub story: Vec<StoryStep>,
    /// Where the app opens on this dataset, if it says.
    pub opening: Option<OpeningView>,
    /// The basemap region the dataset is about, if it names one: *Fit region* frames it.
    pub home_region: Option<RegionBox>,
    /// The box of the places that have events, in the Mercator plane: what *Fit data* frames.
    extent: Option<MercBox>,
    /// The first start and the last end, computed once: the timeline asks for it every frame.
    span: Option<(Timestamp, Timestamp)>,
    /// The longest time an event covers (its span, or its period for a coarse date): how far
    /// before a range an event may start and still reach into it.
    max_extent_seconds: i64,
    /// The places by id, as indices hashed by the id they point at: the ids are not copied.
    place_by_id: hashbrown::HashTable<PlaceIndex>,
    /// Built on first use: most frames never look an event up by id.
    event_by_id: OnceLock<HashMap<CompactString, EventIndex>>,
    /// Each place's events in time order, all places' one after another: place `p`'s are
    /// `events_by_place[place_events_from[p]..place_events_from[p + 1]]` (one list, not a million).
    events_by_place: Vec<EventIndex>,
    place_events_from: Vec<usize>,
    /// The places by their Web Mercator position: the places in a map view, and the place nearest
    /// a point, in O(log n) rather than a pass over all places.
    place_tree: RTree<GeomWithData<[f64; 2], PlaceIndex>>,
    /// The places aggregated into grid cells at each zoom, for maps with many places in view.
    place_cells: ClusterGrid,
    /// The places the events centre on ([`Place::focus`]), found once.
    focus_places: Vec<PlaceIndex>,
    /// The GeoNames ids of the places, sorted: the basemap's towns the dataset already shows.
    geonames_ids: Vec<u64>,
    /// The categories the events use, sorted, each once.
    categories: Vec<Category>,
    /// For each of `categories`, its place when ranked by how many events have it (0: the most;
    /// ties in name order), which decides which categories get the palette's colours.
    category_rank: Vec<usize>,
}

/// One step of the guided tour.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryStep {
    /// The event the step shows.
    pub event: EventIndex,
    /// The text shown with it.
    pub caption: String,
    /// The places the map frames at this step; empty: the map centres on the event's place.
    pub frame: Vec<PlaceIndex>,
    /// The part of time the timeline shows at this step, if the step says.
    pub span: Option<(Timestamp, Timestamp)>,
}

/// One claimant's numeric claims on a subject, in date order: a line on the claims chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimSeries {
    /// Whose claims these are.
    pub claimant: Claimant,
    /// (as of, value, index into [`Dataset::claims`]). A range stands at its lower bound ("at
    /// least 15"), or its upper one if it has none.
    pub points: Vec<(Timestamp, f64, usize)>,
}

/// How long a stretch the claims chart opens on: two months, the span of the most claims.
const CHART_WINDOW_SECONDS: i64 = 62 * 86_400;

/// The stretch of time the claims chart opens on: of all two-month windows, the one holding the
/// most dated claims of `series` (the earliest such), from its first claim to its last; `None`
/// without claims. The death toll's opens on December 2011 – January 2012, where most were given.
pub fn chart_opening_range(series: &[ClaimSeries]) -> Option<(Timestamp, Timestamp)> {
    let mut times: Vec<i64> = series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.0.as_second()))
        .collect();
    if times.is_empty() {
        return None;
    }
    times.sort_unstable();
    let (mut best, mut end) = ((0, 0), 0);
    for start in 0..times.len() {
        while end + 1 < times.len() && times[end + 1] - times[start] <= CHART_WINDOW_SECONDS {
            end += 1;
        }
        end = end.max(start);
        if end - start > best.1 - best.0 {
            best = (start, end);
        }
    }
    let at = |i: usize| Timestamp::from_second(times[i]).ok();
    Some((at(best.0)?, at(best.1)?))
}

/// A named time range for the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct TimePreset {
    /// The name on the timeline's button.
    pub label: String,
    /// The range's first instant.
    pub start: Timestamp,
    /// The range's end: the end of the period its last date names.
    pub end: Timestamp,
}

/// Where the app opens on a dataset when nothing else (a saved view, the command line) says: a
/// moment of its story, a place or part of the map, and the timeline's range.
#[derive(Clone, Debug, PartialEq)]
pub struct OpeningView {
    /// Where the cursor starts.
    pub cursor: Timestamp,
    /// The place the map centres on, if the dataset names one.
    pub place: Option<usize>,
    /// The map's centre (longitude, latitude), if given instead of a place.
    pub center: Option<geo::Point>,
    /// The map's zoom, if given.
    pub zoom: Option<f64>,
    /// The part of time the timeline shows, if given.
    pub span: Option<(Timestamp, Timestamp)>,
}

impl OpeningView {
    /// Whether it says where the map looks (a place or a centre), not only when.
    pub fn frames_map(&self) -> bool {
        self.place.is_some() || self.center.is_some()
    }
}

/// What a loader hands over: records whose references are resolved to indices.
pub struct DatasetParts {
    /// The dataset's title.
    pub title: String,
    /// What the dataset covers; may be empty.
    pub description: String,
    /// The region's offset from UTC.
    pub offset: Offset,
    /// The places, which events and routes index.
    pub places: Vec<Place>,
    /// In any order; [`Dataset::new`] sorts them and remaps the indices that point at them.
    pub events: Vec<Event>,
    /// The sources, which events, routes and claims index.
    pub sources: Vec<Source>,
    /// Routes whose `event` indexes `events` as given.
    pub routes: Vec<Route>,
    /// Claims whose `event` indexes `events` as given; [`Dataset::new`] sorts them by date.
    pub claims: Vec<Claim>,
    /// The timeline's named ranges.
    pub time_presets: Vec<TimePreset>,
    /// Steps whose `event` indexes `events` as given.
    pub story: Vec<StoryStep>,
    /// Where the app opens, if the dataset says.
    pub opening: Option<OpeningView>,
    /// The basemap region the dataset is about, if it names one.
    pub home_region: Option<RegionBox>,
}

impl Dataset {
    /// Assembles a dataset: sorts events by time and remaps the routes' and claims' event indices.
    pub fn new(parts: DatasetParts) -> Self {
        let DatasetParts {
            title,
            description,
            offset,
            places,
            mut events,
            sources,
            mut routes,
            mut claims,
            time_presets,
            mut story,
            opening,
            home_region,
        } = parts;
        let place_points: Vec<[f64; 2]> = places
            .iter()
            .map(|p| mercator(p.position.x(), p.position.y()))
            .collect();
        // The R-tree needs only the places: it is built on a second core while the events are
        // sorted and indexed on this one.
        let tree_points: Vec<_> = place_points
            .iter()
            .enumerate()
            .map(|(i, &m)| GeomWithData::new(m, i))
            .collect();
        let place_tree = std::thread::spawn(move || RTree::bulk_load(tree_points));
        // Sorted by keys held side by side, the ids read only on a tie: a million events read
        // through their indices on every comparison cost half the load.
        let mut keys: Vec<(Timestamp, usize)> = events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.start.start, i))
            .collect();
        keys.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| events[a.1].id.cmp(&events[b.1].id))
                .then(a.1.cmp(&b.1))
        });
        let order: Vec<usize> = keys.into_iter().map(|k| k.1).collect();
        // Only a record's routes, claims and story point at events; an import has none.
        if !(routes.is_empty() && claims.is_empty() && story.is_empty()) {
            let mut new_position = vec![0; events.len()];
            for (new, &old) in order.iter().enumerate() {
                new_position[old] = new;
            }
            for route in &mut routes {
                route.event = route.event.map(|old| new_position[old]);
            }
            for claim in &mut claims {
                claim.event = claim.event.map(|old| new_position[old]);
            }
            for step in &mut story {
                step.event = new_position[step.event];
            }
        }
        // Undated claims last: they cannot be placed in time. Claims of one date keep the file's
        // order (a stable sort), which says which came first that day.
        claims.sort_by_key(|c| (c.as_of.is_none(), c.as_of.map(|m| m.start)));
        // In place: a million events are a quarter of a gigabyte, which is not to be held twice.
        permute(&mut events, &order);

        let (events_by_place, place_events_from) = events_by_place(&events, places.len());
        // Each place's first event, so that a cell knows whether anything has happened in it.
        let first_event: Vec<i64> = (0..places.len())
            .map(|p| {
                let from = place_events_from[p];
                if from < place_events_from[p + 1] {
                    events[events_by_place[from]].start.start.as_second()
                } else {
                    i64::MAX
                }
            })
            .collect();
        let place_cells = ClusterGrid::build(&place_points, &first_event, CLUSTER_ZOOMS);
        let mut extent = MercBox::EMPTY;
        for (p, &first) in first_event.iter().enumerate() {
            if first != i64::MAX {
                extent.extend(place_points[p]);
            }
        }
        let focus_places = (0..places.len()).filter(|&p| places[p].focus).collect();
        let mut geonames_ids: Vec<u64> = places.iter().filter_map(|p| p.geonames_id).collect();
        geonames_ids.sort_unstable();
        let span = events.first().map(|first| {
            let last = events
                .iter()
                .map(|e| e.end.unwrap_or(e.start).period_end(offset))
                .max();
            (first.start.start, last.unwrap_or(first.start.start))
        });
        let max_extent_seconds = events
            .iter()
            .map(|e| {
                e.end.unwrap_or(e.start).period_end(offset).as_second() - e.start.start.as_second()
            })
            .max()
            .unwrap_or(0);
        // Counted by name, not cloned per event: a million events share a handful of categories.
        let mut counts: foldhash::HashMap<&str, usize> = foldhash::HashMap::default();
        for e in &events {
            *counts.entry(e.category.0.as_str()).or_default() += 1;
        }
        let mut categories: Vec<(&str, usize)> = counts.into_iter().collect();
        categories.sort_unstable();
        let mut by_count: Vec<usize> = (0..categories.len()).collect();
        by_count.sort_by_key(|&i| std::cmp::Reverse(categories[i].1));
        let mut category_rank = vec![0; categories.len()];
        for (rank, &i) in by_count.iter().enumerate() {
            category_rank[i] = rank;
        }
        let categories: Vec<Category> = categories
            .into_iter()
            .map(|(c, _)| Category(c.into()))
            .collect();
        let place_tree = place_tree
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        Self {
            categories,
            category_rank,
            place_by_id: index_by_id(&places),
            event_by_id: OnceLock::new(),
            title,
            description,
            offset,
            places,
            events,
            sources,
            routes,
            claims,
            time_presets,
            story,
            opening,
            home_region,
            extent: (extent != MercBox::EMPTY).then_some(extent),
            max_extent_seconds,
            span,
            events_by_place,
            place_events_from,
            place_tree,
            place_cells,
            focus_places,
            geonames_ids,
        }
    }

    /// The place with this id, if any.
    pub fn place_by_id(&self, id: &str) -> Option<PlaceIndex> {
        self.place_by_id
            .find(ID_HASH.hash_one(id), |&p| self.places[p].id == id)
            .copied()
    }

    /// The event with this id, if any (the table of ids is built on first use).
    pub fn event_by_id(&self, id: &str) -> Option<EventIndex> {
        self.event_by_id
            .get_or_init(|| {
                self.events
                    .iter()
                    .enumerate()
                    .map(|(i, e)| (e.id.clone(), i))
                    .collect()
            })
            .get(id)
            .copied()
    }

    /// When the event ends: its end, or the end of its start's period ("May 2011" ends with May).
    pub fn event_end(&self, e: &Event) -> Timestamp {
        e.end.unwrap_or(e.start).period_end(self.offset)
    }

    /// Whether the event covers any instant of `from..=to`.
    pub fn event_overlaps(&self, e: &Event, from: Timestamp, to: Timestamp) -> bool {
        e.start.start <= to && self.event_end(e) > from
    }

    /// The events that may overlap `from..=to`, as a range of indices into the time-sorted events:
    /// found by binary search, widened by the longest event. Callers test each with
    /// [`Dataset::event_overlaps`].
    pub fn candidates_overlapping(
        &self,
        from: Timestamp,
        to: Timestamp,
    ) -> std::ops::Range<EventIndex> {
        let reach = from.as_second() - self.max_extent_seconds;
        let a = self
            .events
            .partition_point(|e| e.start.start.as_second() < reach);
        let b = self.events.partition_point(|e| e.start.start <= to);
        a..b.max(a)
    }

    /// Each voice's latest dated claim on `subject` by `t` — one per claimant named (or per kind
    /// of claimant, where none is named), in the order the voices first spoke: what each says at
    /// that moment, side by side. A claim known only to the month or year counts once that period
    /// is over, so that no figure is shown before it can have been given.
    pub fn latest_claims<'a>(&'a self, subject: &'a str, t: Timestamp) -> Vec<&'a Claim> {
        let given_by = |m: &Moment| match m.precision {
            Precision::Year | Precision::Month | Precision::Week => m.period_end(self.offset) <= t,
            Precision::Day | Precision::Hour | Precision::Minute => m.start <= t,
        };
        let mut latest: Vec<&Claim> = Vec::new();
        let dated = self
            .claims_on(subject)
            .filter(|c| c.as_of.as_ref().is_some_and(given_by));
        for c in dated {
            let same = |o: &&Claim| o.claimant == c.claimant && o.claimant_name == c.claimant_name;
            match latest.iter().position(same) {
                Some(i) => latest[i] = c,
                None => latest.push(c),
            }
        }
        latest
    }

    /// Each claimant's dated numeric claims on `subject`: the lines of the claims chart.
    pub fn claim_series(&self, subject: &str) -> Vec<ClaimSeries> {
        let mut series: Vec<ClaimSeries> = Vec::new();
        for (i, c) in self
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.subject == subject)
        {
            let value = match c.value {
                ClaimValue::Number(v) => v,
                ClaimValue::Range { min: Some(v), .. }
                | ClaimValue::Range {
                    min: None,
                    max: Some(v),
                } => v,
                _ => continue,
            };
            let Some(as_of) = c.as_of else { continue };
            match series.iter_mut().find(|s| s.claimant == c.claimant) {
                Some(s) => s.points.push((as_of.start, value, i)),
                None => series.push(ClaimSeries {
                    claimant: c.claimant,
                    points: vec![(as_of.start, value, i)],
                }),
            }
        }
        series
    }

    /// The claims on `subject`, in date order.
    pub fn claims_on<'a>(&'a self, subject: &'a str) -> impl Iterator<Item = &'a Claim> {
        self.claims.iter().filter(move |c| c.subject == subject)
    }

    /// The subjects of the claims about one event, in order of first appearance.
    pub fn claim_subjects_about(&self, event: EventIndex) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for c in self.claims_about(event) {
            if !out.contains(&c.subject.as_str()) {
                out.push(&c.subject);
            }
        }
        out
    }

    /// The subjects of the claims (death toll, injured, …), in order of first appearance.
    pub fn claim_subjects(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for c in &self.claims {
            if !out.contains(&c.subject.as_str()) {
                out.push(&c.subject);
            }
        }
        out
    }

    /// The claims about one event.
    pub fn claims_about(&self, event: EventIndex) -> impl Iterator<Item = &Claim> {
        self.claims.iter().filter(move |c| c.event == Some(event))
    }

    /// The categories the events use, sorted, each once.
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// The rank of `category` by its number of events (0: the category most events have), or
    /// `None` for a category no event has. O(log n).
    pub fn category_rank(&self, category: &str) -> Option<usize> {
        self.categories
            .binary_search_by(|c| c.0.as_str().cmp(category))
            .ok()
            .map(|i| self.category_rank[i])
    }

    /// The box of the places that have events (Web Mercator); `None` when no event has a place.
    pub fn extent(&self) -> Option<MercBox> {
        self.extent
    }

    /// The places inside the Web Mercator box from `min` to `max`, in index order. O(log n + k).
    pub fn places_within(&self, min: [f64; 2], max: [f64; 2]) -> Vec<PlaceIndex> {
        let mut found: Vec<PlaceIndex> = self
            .place_tree
            .locate_in_envelope(&AABB::from_corners(min, max))
            .map(|p| p.data)
            .collect();
        found.sort_unstable();
        super::visits::record_places(found.len());
        found
    }

    /// The place nearest to the Web Mercator point `p` (the map's plane, where distances are as on
    /// screen), with its distance in Mercator units. O(log n).
    pub fn nearest_place(&self, p: [f64; 2]) -> Option<(PlaceIndex, f64)> {
        self.place_tree
            .nearest_neighbor(&p)
            .map(|n| (n.data, n.distance_2(&p).sqrt()))
    }

    /// The places the events centre on (Zhanaozen and Aktau in the built-in record).
    pub fn focus_places(&self) -> &[PlaceIndex] {
        &self.focus_places
    }

    /// Whether a place of the dataset has this GeoNames id.
    pub fn has_geonames_id(&self, id: u64) -> bool {
        self.geonames_ids.binary_search(&id).is_ok()
    }

    /// The cells of places at `zoom` in the Mercator box, or `None` where places are sparse enough
    /// at that zoom to be drawn one by one. O(rows × log n + cells).
    pub fn place_cells_in(&self, zoom: f64, min: [f64; 2], max: [f64; 2]) -> Option<Vec<&Cell>> {
        let cells = self.place_cells.cells_in(zoom, min, max);
        super::visits::record_places(cells.as_ref().map_or(0, Vec::len));
        cells
    }

    /// The place's events in time order.
    pub fn events_at(&self, place: PlaceIndex) -> &[EventIndex] {
        &self.events_by_place[self.place_events_from[place]..self.place_events_from[place + 1]]
    }

    /// The first and last instants the dataset covers (to the end of the last event's period or
    /// span). `None` for a dataset without events.
    pub fn time_span(&self) -> Option<(Timestamp, Timestamp)> {
        self.span
    }

    /// How many events have started at or before `t`: events `0..n` have happened. O(log n).
    pub fn events_started_by(&self, t: Timestamp) -> usize {
        self.events.partition_point(|e| e.start.start <= t)
    }

    /// The first event that starts at or after `t`.
    pub fn next_event_from(&self, t: Timestamp) -> Option<EventIndex> {
        let i = self.events.partition_point(|e| e.start.start < t);
        (i < self.events.len()).then_some(i)
    }

    /// The last event that starts strictly before `t`.
    pub fn previous_event_before(&self, t: Timestamp) -> Option<EventIndex> {
        self.events
            .partition_point(|e| e.start.start < t)
            .checked_sub(1)
    }

    /// When the place's first event starts; `None` for a place without events.
    pub fn first_event_start_at(&self, place: PlaceIndex) -> Option<Timestamp> {
        self.events_at(place)
            .first()
            .map(|&e| self.events[e].start.start)
    }
}

#[cfg(test)]
mod tests {
    use super::{chart_opening_range, mercator, permute};

    #[test]
    fn places_are_found_by_box_and_by_nearness() {
        let d = crate::io::builtin_dataset();
        let aktau = d.place_by_id("aktau").unwrap();
        let zhanaozen = d.place_by_id("zhanaozen").unwrap();
        let at = |id: &str| {
            let p = d.places[d.place_by_id(id).unwrap()].position;
            mercator(p.x(), p.y())
        };
        let (a, z) = (at("aktau"), at("zhanaozen"));
        let near_aktau = [a[0] + 1e-6, a[1] - 1e-6];
        assert_eq!(d.nearest_place(near_aktau).map(|(p, _)| p), Some(aktau));
        let within = d.places_within(
            [a[0].min(z[0]) - 1e-9, a[1].min(z[1]) - 1e-9],
            [a[0].max(z[0]) + 1e-9, a[1].max(z[1]) + 1e-9],
        );
        assert!(within.contains(&aktau) && within.contains(&zhanaozen));
        assert!(within.windows(2).all(|w| w[0] < w[1]), "in index order");
        // A box far out in the steppe holds none.
        let empty = d.places_within(mercator(60.0, 50.0), mercator(61.0, 49.0));
        assert!(empty.is_empty());
    }

    #[test]
    fn an_event_and_a_place_stay_small() {
        // A million of each are held at once: every field added to them costs megabytes
        // (docs/performance.md). Rare parts go in boxes (`Event::notes`, `Place::notes`), and
        // ids, titles and names of up to 24 bytes are held in place, with no allocation.
        assert!(
            size_of::<super::Event>() <= 192,
            "{}",
            size_of::<super::Event>()
        );
        assert!(
            size_of::<super::Place>() <= 144,
            "{}",
            size_of::<super::Place>()
        );
    }

    #[test]
    fn permuting_in_place_gathers_by_the_order() {
        let order = [3, 0, 4, 1, 2, 5];
        let mut items = ['a', 'b', 'c', 'd', 'e', 'f'];
        permute(&mut items, &order);
        assert_eq!(items, ['d', 'a', 'e', 'b', 'c', 'f']);
    }

    #[test]
    fn claims_are_found_by_subject_and_by_event() {
        let d = crate::io::builtin_dataset();
        let clashes = d.event_by_id("zhanaozen-clashes").unwrap();
        let subjects = d.claim_subjects_about(clashes);
        assert!(subjects.contains(&"death toll") && subjects.contains(&"who started the violence"));
        let toll: Vec<_> = d.claims_on("death toll").collect();
        assert!(toll.iter().all(|c| c.subject == "death toll"));
        assert_eq!(
            toll.len(),
            d.claims
                .iter()
                .filter(|c| c.subject == "death toll")
                .count()
        );
    }

    #[test]
    fn the_death_toll_chart_opens_on_december_2011_to_january_2012() {
        let d = crate::io::builtin_dataset();
        let (a, b) = chart_opening_range(&d.claim_series("death toll")).unwrap();
        // In the record's local time (UTC+5): from December 2011 into January or February 2012.
        let month = |t: jiff::Timestamp| {
            let d = t
                .to_zoned_datetime(jiff::tz::TimeZone::fixed(d.offset))
                .date();
            (d.year(), d.month())
        };
        assert_eq!(month(a), (2011, 12), "{a}");
        assert!([(2012, 1), (2012, 2)].contains(&month(b)), "{b}");
        assert_eq!(chart_opening_range(&[]), None);
    }
}
