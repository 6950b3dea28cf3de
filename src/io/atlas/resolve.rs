//! Checking a dataset as read and resolving its references to indices: the second of the
//! loader's two passes streams the events, resolving each as soon as it is read.

use foldhash::{HashMap, HashMapExt as _, HashSet, HashSetExt as _};
use jiff::{Timestamp, tz::Offset};
use serde::{
    Deserialize,
    de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor},
};

use super::raw::{
    FORMAT_FAMILY, FORMAT_TAGS, RawClaim, RawClaimValue, RawDataset, RawEvent, RawNames, RawNumber,
    RawOpening, RawPlace, RawRoute, RawSource, RawText,
};
use crate::{
    io::{
        Location, Problem, fields,
        progress::{Progress, ROWS_PER_REPORT},
    },
    model::{
        Category, Claim, ClaimValue, DatasetParts, Event, EventNotes, Figure, Moment, Names,
        OpeningView, Place, PlaceNotes, Route, Source, StoryStep, TimePreset,
    },
};

/// The zooms an opening view may name: the map's own range.
const OPENING_ZOOMS: std::ops::RangeInclusive<f64> =
    crate::geometry::MIN_ZOOM..=crate::geometry::MAX_ZOOM;

/// The second pass: the top-level object again, every member but `events` skipped, each event
/// resolved as soon as it is read.
struct EventStream<'r, 'ids> {
    resolver: &'r mut Resolver,
    progress: &'r Progress,
    /// How many events the first pass counted.
    total: usize,
    offset: Offset,
    place_ids: HashMap<&'ids str, usize>,
    source_ids: HashMap<&'ids str, usize>,
    events: Vec<Event>,
    /// The ids of events that could not be resolved (their problems are reported).
    failed: Vec<String>,
}

impl<'de> DeserializeSeed<'de> for &mut EventStream<'_, '_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for &mut EventStream<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a dataset object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == "events" {
                map.next_value_seed(EventsSeed(&mut *self))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct EventsSeed<'s, 'r, 'ids>(&'s mut EventStream<'r, 'ids>);

impl<'de> DeserializeSeed<'de> for EventsSeed<'_, '_, '_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for EventsSeed<'_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of events")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let s = self.0;
        let mut read = 0;
        while let Some(raw) = seq.next_element::<RawEvent>()? {
            match s.resolver.event(raw, s.offset, &s.place_ids, &s.source_ids) {
                Ok(event) => s.events.push(event),
                Err(id) => s.failed.push(id),
            }
            read += 1;
            if read % ROWS_PER_REPORT == 0
                && !s.progress.parsed(read, read as f64 / s.total.max(1) as f64)
            {
                return Err(serde::de::Error::custom("loading was cancelled"));
            }
        }
        Ok(())
    }
}

/// The first pass's view of the events: how many there are (each skipped, its syntax checked).
pub struct EventCount(pub usize);

impl<'de> Deserialize<'de> for EventCount {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Counter;
        impl<'de> Visitor<'de> for Counter {
            type Value = EventCount;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list of events")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<EventCount, A::Error> {
                let mut n = 0;
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(EventCount(n))
            }
        }
        d.deserialize_seq(Counter)
    }
}

/// Collects the problems of one file while it resolves it.
#[derive(Default)]
pub struct Resolver {
    problems: Vec<Problem>,
}

impl Resolver {
    fn report(&mut self, kind: &'static str, id: &str, field: &'static str, message: String) {
        self.problems.push(Problem {
            location: Location::Record {
                kind,
                id: id.to_string(),
                field,
            },
            message,
        });
    }

    /// Checks that ids are slugs and unique; returns id → index.
    fn index_ids<'a>(
        &mut self,
        kind: &'static str,
        ids: impl Iterator<Item = &'a str>,
    ) -> HashMap<&'a str, usize> {
        let mut map = HashMap::new();
        for (i, id) in ids.enumerate() {
            if !fields::is_slug(id) {
                self.report(
                    kind,
                    id,
                    "id",
                    "expected a lower-case ASCII slug such as 'zhanaozen' or 'fort-shevchenko'"
                        .into(),
                );
            }
            if map.insert(id, i).is_some() {
                self.report(
                    kind,
                    id,
                    "id",
                    format!("the id is used by another {kind}: ids must be unique"),
                );
            }
        }
        map
    }

    /// Resolves the header and streams the events from `text` (the second pass). The outer error
    /// is the JSON's syntax, which the first pass has normally caught already.
    pub fn resolve(
        mut self,
        mut raw: RawDataset<EventCount>,
        text: &str,
        progress: &Progress,
    ) -> Result<Result<DatasetParts, Vec<Problem>>, serde_json::Error> {
        if !FORMAT_TAGS.contains(&raw.format.as_str()) {
            let newer = raw.format.starts_with(FORMAT_FAMILY);
            self.report(
                "dataset",
                "",
                "format",
                format!(
                    "expected one of {}, found \"{}\"{}",
                    FORMAT_TAGS.map(|t| format!("\"{t}\"")).join(", "),
                    raw.format,
                    if newer {
                        ": the file may be written for a newer version of Zhanaozen Atlas"
                    } else {
                        ""
                    }
                ),
            );
        }
        if let Err(message) = fields::title_length(&raw.title) {
            self.report("dataset", "", "title", message);
        }
        if let Err(message) = fields::text_length(&raw.description) {
            self.report("dataset", "", "description", message);
        }
        let offset = fields::parse_offset(&raw.utc_offset).unwrap_or_else(|| {
            self.report(
                "dataset",
                "",
                "utc_offset",
                format!(
                    "expected an offset such as \"+05:00\", found \"{}\"",
                    raw.utc_offset
                ),
            );
            Offset::UTC
        });
        let _ = raw.time_zone_note;
        // Skipped in the first pass; streamed from the text below.
        let EventCount(total) = raw.events;
        let time_presets = raw
            .time_presets
            .into_iter()
            .filter_map(|p| {
                let start = Moment::parse(&p.start, offset, None)
                    .map_err(|e| self.report("time preset", &p.label, "start", e.to_string()))
                    .ok()?;
                let end = Moment::parse(&p.end, offset, None)
                    .map_err(|e| self.report("time preset", &p.label, "end", e.to_string()))
                    .ok()?;
                let end = end.period_end(offset);
                if end <= start.start {
                    self.report(
                        "time preset",
                        &p.label,
                        "end",
                        "the end is before the start".into(),
                    );
                    return None;
                }
                Some(TimePreset {
                    label: p.label,
                    start: start.start,
                    end,
                })
            })
            .collect();

        // The id maps borrow the records: references are resolved before the records they point
        // at are moved into the dataset, so no id is copied.
        let place_ids = self.index_ids("place", raw.places.iter().map(|p| p.id.as_str()));
        let home_region = raw.home_region.as_deref().and_then(|code| {
            let basemap = crate::basemap::Basemap::embedded();
            let region = basemap.region(code);
            if region.is_none() {
                self.report(
                    "dataset",
                    "",
                    "home_region",
                    format!(
                        "no region of the basemap has the code '{code}' (it has {})",
                        basemap.region_codes().join(", ")
                    ),
                );
            }
            region
        });
        let opening = raw
            .opening
            .take()
            .and_then(|o| self.opening(o, offset, &place_ids));
        let source_ids = self.index_ids("source", raw.sources.iter().map(|s| s.id.as_str()));
        let mut stream = EventStream {
            progress,
            total,
            resolver: &mut self,
            offset,
            place_ids,
            source_ids,
            events: Vec::new(),
            failed: Vec::new(),
        };
        (&mut stream).deserialize(&mut serde_json::Deserializer::from_str(text))?;
        let EventStream {
            place_ids,
            source_ids,
            events,
            failed,
            ..
        } = stream;
        // Events that failed keep their ids, so that references to them are not reported twice.
        let event_ids = self.index_ids(
            "event",
            events
                .iter()
                .map(|e| e.id.as_str())
                .chain(failed.iter().map(String::as_str)),
        );
        self.index_ids("route", raw.routes.iter().map(|r| r.id.as_str()));
        self.index_ids("claim", raw.claims.iter().map(|c| c.id.as_str()));

        let routes = raw
            .routes
            .into_iter()
            .map(|r| self.route(r, &place_ids, &event_ids, &source_ids))
            .collect();
        let story = raw
            .story
            .into_iter()
            .enumerate()
            .filter_map(|(i, s)| match event_ids.get(s.event.as_str()) {
                Some(&event) => {
                    let step = (i + 1).to_string();
                    let frame = s
                        .frame
                        .iter()
                        .filter_map(|id| {
                            let found = place_ids.get(id.as_str()).copied();
                            if found.is_none() {
                                self.report(
                                    "story step",
                                    &step,
                                    "frame",
                                    format!("no place has the id '{id}'"),
                                );
                            }
                            found
                        })
                        .collect();
                    let span = s.span.and_then(|[a, b]| match read_span(&a, &b, offset) {
                        Ok(span) => Some(span),
                        Err(m) => {
                            self.report("story step", &step, "span", m);
                            None
                        }
                    });
                    Some(StoryStep {
                        event,
                        caption: s.caption,
                        frame,
                        span,
                    })
                }
                None => {
                    self.report(
                        "story step",
                        &(i + 1).to_string(),
                        "event",
                        format!("no event has the id '{}'", s.event),
                    );
                    None
                }
            })
            .collect();
        let claims = raw
            .claims
            .into_iter()
            .filter_map(|c| self.claim(c, offset, &event_ids, &source_ids))
            .collect();
        drop((event_ids, place_ids, source_ids));
        let places = raw.places.into_iter().map(|p| self.place(p)).collect();
        let sources = raw
            .sources
            .into_iter()
            .map(|s| self.source(s, offset))
            .collect();

        Ok(if self.problems.is_empty() {
            Ok(DatasetParts {
                title: raw.title,
                description: raw.description,
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
            })
        } else {
            Err(self.problems)
        })
    }

    /// The opening view, checked: a real moment, a known place, a centre and zoom in range.
    fn opening(
        &mut self,
        o: RawOpening,
        offset: Offset,
        place_ids: &HashMap<&str, usize>,
    ) -> Option<OpeningView> {
        let mut report = |field: &'static str, message: String| {
            self.report("dataset", "", field, format!("opening: {message}"));
        };
        let cursor = Moment::parse(&o.time, offset, None)
            .map_err(|e| report("opening", e.to_string()))
            .ok()?
            .start;
        let place = match &o.place {
            None => None,
            Some(id) => match place_ids.get(id.as_str()) {
                Some(&i) => Some(i),
                None => {
                    report("opening", format!("no place has the id '{id}'"));
                    None
                }
            },
        };
        let center = o.center.and_then(|[lat, lon]| {
            match fields::map_latitude(lat).and_then(|lat| Ok((lat, fields::longitude(lon)?))) {
                Ok((lat, lon)) => Some(geo::Point::new(lon, lat)),
                Err(m) => {
                    report("opening", format!("center: {m}"));
                    None
                }
            }
        });
        if let Some(z) = o.zoom.filter(|z| !OPENING_ZOOMS.contains(z)) {
            report(
                "opening",
                format!(
                    "zoom {z}: expected {} to {}",
                    OPENING_ZOOMS.start(),
                    OPENING_ZOOMS.end()
                ),
            );
        }
        let span = o.span.and_then(|[a, b]| {
            read_span(&a, &b, offset)
                .map_err(|m| report("opening", format!("span: {m}")))
                .ok()
        });
        Some(OpeningView {
            cursor,
            place,
            center,
            zoom: o.zoom.filter(|z| OPENING_ZOOMS.contains(z)),
            span,
        })
    }

    fn place(&mut self, p: RawPlace) -> Place {
        if let Err(message) = fields::latitude(p.lat) {
            self.report("place", &p.id, "lat", message);
        }
        if let Err(message) = fields::longitude(p.lon) {
            self.report("place", &p.id, "lon", message);
        }
        if let Some(u) = p
            .uncertainty_km
            .filter(|u| !(u.is_finite() && (0.0..=fields::MAX_UNCERTAINTY_KM).contains(u)))
        {
            self.report(
                "place",
                &p.id,
                "uncertainty_km",
                format!(
                    "expected a distance from 0 to {} km, found {u:e}",
                    fields::MAX_UNCERTAINTY_KM
                ),
            );
        }
        for (field, name) in [
            ("names.en", Some(&p.names.en)),
            ("names.ru", p.names.ru.as_ref()),
            ("names.kk", p.names.kk.as_ref()),
        ] {
            if let Some(Err(message)) = name.map(|n| fields::title_length(n)) {
                self.report("place", &p.id, field, message);
            }
        }
        if p.names.en.trim().is_empty() {
            self.report(
                "place",
                &p.id,
                "names.en",
                "expected a name, found an empty text".into(),
            );
        }
        Place {
            id: p.id.into(),
            names: names(p.names),
            position: geo::Point::new(p.lon, p.lat),
            focus: p.focus,
            geonames_id: p.geonames_id,
            coordinate_source: p.coordinate_source.map(Into::into),
            notes: PlaceNotes {
                kind: p.kind,
                uncertainty_km: p.uncertainty_km,
            }
            .boxed(),
        }
    }

    fn source(&mut self, s: RawSource, offset: Offset) -> Source {
        let date = s.date.as_deref().and_then(|d| {
            Moment::parse(d, offset, None)
                .map_err(|e| self.report("source", &s.id, "date", e.to_string()))
                .ok()
        });
        if s.copy
            .is_some_and(|c| c != crate::model::SourceCopy::Original)
            && s.note.is_none()
        {
            self.report(
                "source",
                &s.id,
                "note",
                "a translation, mirror or relay needs a note naming what it copies".into(),
            );
        }
        for (field, text) in [("title", &s.title), ("publisher", &s.publisher)] {
            if let Err(message) = fields::title_length(text) {
                self.report("source", &s.id, field, message);
            }
        }
        match &s.url {
            Some(url) if !fields::is_web_link(url) => self.report(
                "source",
                &s.id,
                "url",
                format!("expected an http(s) link, found \"{url}\""),
            ),
            None if s.note.is_none() => self.report(
                "source",
                &s.id,
                "note",
                "a source without a url needs a note that says why".into(),
            ),
            _ => {}
        }
        Source {
            id: s.id,
            publisher: s.publisher,
            title: s.title,
            url: s.url,
            note: s.note,
            date,
            copy: s.copy.unwrap_or_default(),
            descriptive_title: s.descriptive_title,
        }
    }

    /// The event, or its id if it cannot be resolved (the problems are reported).
    fn event(
        &mut self,
        e: RawEvent,
        offset: Offset,
        place_ids: &HashMap<&str, usize>,
        source_ids: &HashMap<&str, usize>,
    ) -> Result<Event, String> {
        let start = Moment::parse(&e.start, offset, e.precision)
            .map_err(|err| self.report("event", &e.id, "start", err.to_string()))
            .ok();
        let end = match &e.end {
            None => None,
            Some(text) => match Moment::parse(text, offset, e.precision) {
                Ok(m) => Some(m),
                Err(err) => {
                    self.report("event", &e.id, "end", err.to_string());
                    return Err(e.id);
                }
            },
        };
        if let (Some(s), Some(end)) = (start, end)
            && let Err(message) = fields::end_after_start(s.start, end.start)
        {
            let (start, end) = (&e.start, e.end.as_deref().unwrap_or(""));
            self.report(
                "event",
                &e.id,
                "end",
                format!("{message} ({end} before {start})"),
            );
        }
        if e.single_source && e.sources.len() > 1 {
            self.report(
                "event",
                &e.id,
                "single_source",
                format!("marked single-source but lists {} sources", e.sources.len()),
            );
        }
        if e.single_source_note.is_some() && !e.single_source {
            self.report(
                "event",
                &e.id,
                "single_source_note",
                "a single-source note needs \"single_source\": true".into(),
            );
        }
        let place = e
            .place
            .as_deref()
            .and_then(|id| self.reference("event", &e.id, "place", "place", place_ids, id));
        if e.sources.is_empty() {
            self.report(
                "event",
                &e.id,
                "sources",
                "expected at least one source: every event says who reports it".into(),
            );
        }
        let mut sources = Vec::new();
        let mut seen = HashSet::new();
        for id in &e.sources {
            match source_ids.get(id.as_str()) {
                Some(&i) if seen.insert(i) => sources.push(i),
                Some(_) => self.report(
                    "event",
                    &e.id,
                    "sources",
                    format!("source '{id}' is listed twice"),
                ),
                None => self.report(
                    "event",
                    &e.id,
                    "sources",
                    format!("no source has the id '{id}'"),
                ),
            }
        }
        if e.title.trim().is_empty() {
            self.report(
                "event",
                &e.id,
                "title",
                "expected a title, found an empty text".into(),
            );
        }
        if let Err(message) = fields::title_length(&e.title) {
            self.report("event", &e.id, "title", message);
        }
        if let Err(message) = fields::text_length(&e.description) {
            self.report("event", &e.id, "description", message);
        }
        let Some(start) = start else {
            return Err(e.id);
        };
        Ok(Event {
            id: e.id.into(),
            title: e.title.into(),
            start,
            end,
            place,
            category: Category(e.category.into()),
            description: e.description,
            sources: sources.into(),
            notes: EventNotes {
                region: e.region,
                disputed: e.disputed,
                location_note: e.location_note,
                single_source: match (e.single_source, e.single_source_note) {
                    (false, _) => None,
                    (true, Some(note)) => Some(text(note)),
                    (true, None) => Some(Names::default()),
                },
            }
            .boxed(),
        })
    }

    /// Resolves the reference `wanted` in a `kind` record's `field` to an index among the `target`
    /// records, reporting it when no such record exists.
    fn reference(
        &mut self,
        kind: &'static str,
        id: &str,
        field: &'static str,
        target: &str,
        ids: &HashMap<&str, usize>,
        wanted: &str,
    ) -> Option<usize> {
        let found = ids.get(wanted).copied();
        if found.is_none() {
            self.report(
                kind,
                id,
                field,
                format!("no {target} has the id '{wanted}'"),
            );
        }
        found
    }

    fn claim(
        &mut self,
        c: RawClaim,
        offset: Offset,
        event_ids: &HashMap<&str, usize>,
        source_ids: &HashMap<&str, usize>,
    ) -> Option<Claim> {
        let as_of = match c.as_of.as_deref().map(|t| Moment::parse(t, offset, None)) {
            None => Some(None),
            Some(Ok(m)) => Some(Some(m)),
            Some(Err(err)) => {
                self.report("claim", &c.id, "as_of", err.to_string());
                None
            }
        };
        let source = self.reference("claim", &c.id, "source", "source", source_ids, &c.source);
        let event = c
            .event
            .as_deref()
            .and_then(|id| self.reference("claim", &c.id, "event", "event", event_ids, id));
        if c.subject.trim().is_empty() {
            self.report(
                "claim",
                &c.id,
                "subject",
                "expected a subject such as \"death toll\"".into(),
            );
        }
        let value = match c.value {
            RawClaimValue::Number(n) => number(n),
            RawClaimValue::Text(t) if !t.trim().is_empty() => Ok(ClaimValue::Text(t)),
            RawClaimValue::Figures(f) if !f.figures.is_empty() => f
                .figures
                .into_iter()
                .map(|f| {
                    let value = number(f.value)?;
                    if f.label.trim().is_empty() {
                        return Err("each figure needs a label saying what it counts".into());
                    }
                    Ok(Figure {
                        label: f.label,
                        value,
                    })
                })
                .collect::<Result<_, String>>()
                .map(ClaimValue::Figures),
            _ => {
                Err("expected a number, a range [min, max], a text or {\"figures\": [...]}".into())
            }
        };
        let value = match value {
            Ok(v) => v,
            Err(message) => {
                self.report("claim", &c.id, "value", message);
                return None;
            }
        };
        if c.passage.as_deref().is_some_and(|p| p.trim().is_empty()) {
            self.report(
                "claim",
                &c.id,
                "passage",
                "expected the source's words, found an empty text".into(),
            );
        }
        Some(Claim {
            id: c.id,
            subject: c.subject,
            value,
            as_of: as_of?,
            claimant: c.claimant,
            claimant_name: c.claimant_name,
            source: source?,
            event,
            note: c.note,
            passage: c.passage,
        })
    }

    fn route(
        &mut self,
        r: RawRoute,
        place_ids: &HashMap<&str, usize>,
        event_ids: &HashMap<&str, usize>,
        source_ids: &HashMap<&str, usize>,
    ) -> Route {
        if r.via.len() < 2 {
            self.report(
                "route",
                &r.id,
                "via",
                format!("expected at least two places, found {}", r.via.len()),
            );
        }
        let mut via = Vec::new();
        for id in &r.via {
            match place_ids.get(id.as_str()) {
                Some(&i) => via.push(i),
                None => self.report("route", &r.id, "via", format!("no place has the id '{id}'")),
            }
        }
        let event = r
            .event
            .as_deref()
            .and_then(|id| self.reference("route", &r.id, "event", "event", event_ids, id));
        let reported_distance_source = r.reported_distance_source.as_deref().and_then(|id| {
            self.reference(
                "route",
                &r.id,
                "reported_distance_source",
                "source",
                source_ids,
                id,
            )
        });
        Route {
            id: r.id,
            name: r.name,
            via,
            event,
            reported_distance: r.reported_distance,
            reported_distance_source,
            note: r.note,
        }
    }
}

/// A number or a range as the model holds it; a range needs one end and must not run backwards.
fn number(n: RawNumber) -> Result<ClaimValue, String> {
    match n {
        RawNumber::Number(v) if v.is_finite() => Ok(ClaimValue::Number(v)),
        RawNumber::Range([min, max]) if min.is_some() || max.is_some() => match (min, max) {
            (Some(a), Some(b)) if a > b => Err(format!("the range [{a}, {b}] runs backwards")),
            _ => Ok(ClaimValue::Range { min, max }),
        },
        _ => Err("expected a number or a range [min, max] with at least one end".into()),
    }
}

fn names(n: RawNames) -> Names {
    Names {
        en: n.en.into(),
        ru: n.ru.map(Into::into),
        kk: n.kk.map(Into::into),
    }
}

/// A translatable text as the model holds it (English first).
/// A span `[from, to]` of the file's dates: from `from`'s start to the end of `to`'s period.
fn read_span(from: &str, to: &str, offset: Offset) -> Result<(Timestamp, Timestamp), String> {
    let read = |t: &str| Moment::parse(t, offset, None).map_err(|e| e.to_string());
    let (a, b) = (read(from)?, read(to)?);
    let end = b.period_end(offset);
    if end > a.start {
        Ok((a.start, end))
    } else {
        Err("the end is before the start".into())
    }
}

fn text(t: RawText) -> Names {
    match t {
        RawText::Plain(en) => Names {
            en: en.into(),
            ..Names::default()
        },
        RawText::Translated(n) => names(n),
    }
}
