//! The app's own JSON format (`"format": "zhanaozen-atlas/1"`): read with serde, then every rule
//! checked and every reference resolved, collecting all problems of the file together.

use foldhash::{HashMap, HashMapExt as _, HashSet, HashSetExt as _};

use jiff::tz::Offset;
use schemars::JsonSchema;
use serde::{
    Deserialize,
    de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor},
};

use super::{
    LoadError, Location, Problem,
    progress::{Progress, ROWS_PER_REPORT},
};
use crate::model::{
    Category, Claim, ClaimValue, Claimant, Dataset, DatasetParts, Event, Moment, Names, Place,
    Precision, Route, Source, StoryStep, TimePreset,
};

pub const FORMAT_TAG: &str = "zhanaozen-atlas/1";

// The file as written. `E` is how the events are read: all at once for the schema, or skipped
// (`IgnoredAny`) in the first of the loader's two passes, which then streams them.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "RawDataset")]
pub struct RawDataset<E = Vec<RawEvent>> {
    format: String,
    title: String,
    #[serde(default)]
    description: String,
    utc_offset: String,
    #[serde(default)]
    time_zone_note: Option<String>,
    /// Named time ranges for the timeline, such as "16–17 Dec 2011".
    #[serde(default)]
    time_presets: Vec<RawTimePreset>,
    /// A guided tour through events, in order.
    #[serde(default)]
    story: Vec<RawStoryStep>,
    #[serde(default)]
    places: Vec<RawPlace>,
    #[serde(default)]
    sources: Vec<RawSource>,
    events: E,
    #[serde(default)]
    routes: Vec<RawRoute>,
    #[serde(default)]
    claims: Vec<RawClaim>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawTimePreset {
    label: String,
    /// Written like an event date; the range runs to the end of `end`'s period.
    start: String,
    end: String,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawStoryStep {
    /// The id of an event.
    event: String,
    caption: String,
}

/// A claim's value as written: `15`, `[12, null]` (at least 12), `[14, 16]`, or `"dozens"`.
#[derive(Deserialize, JsonSchema)]
#[serde(untagged)]
enum RawClaimValue {
    Number(f64),
    Range([Option<f64>; 2]),
    Text(String),
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    id: String,
    subject: String,
    value: RawClaimValue,
    as_of: Option<String>,
    claimant: Claimant,
    claimant_name: Option<String>,
    source: String,
    event: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawNames {
    en: String,
    ru: Option<String>,
    kk: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    id: String,
    names: RawNames,
    lat: f64,
    lon: f64,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    focus: bool,
    geonames_id: Option<u64>,
    coordinate_source: Option<String>,
    uncertainty_km: Option<f64>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: String,
    publisher: String,
    title: String,
    url: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    id: String,
    title: String,
    start: String,
    end: Option<String>,
    precision: Option<Precision>,
    place: Option<String>,
    region: Option<String>,
    category: String,
    #[serde(default)]
    description: String,
    disputed: Option<String>,
    location_note: Option<String>,
    sources: Vec<String>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawRoute {
    id: String,
    name: String,
    via: Vec<String>,
    event: Option<String>,
    reported_distance: Option<String>,
    reported_distance_source: Option<String>,
    note: Option<String>,
}

/// The JSON Schema of the format, generated from the types the loader reads
/// (docs/data-format.schema.json is this, written out; a test keeps them equal).
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(RawDataset)).expect("a schema serialises")
}

/// Parses and validates a dataset in the app's JSON format. `file` names it in messages.
pub fn parse_dataset_json(file: &str, text: &str) -> Result<Dataset, LoadError> {
    parse_dataset_json_with(file, text, &Progress::default())
}

/// [`parse_dataset_json`], reporting to `progress` and stopping when it is cancelled.
pub fn parse_dataset_json_with(
    file: &str,
    text: &str,
    progress: &Progress,
) -> Result<Dataset, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::single(
            file,
            Location::File,
            "the file is empty: expected a JSON object".into(),
        ));
    }
    let syntax = |e: serde_json::Error| {
        LoadError::single(
            file,
            Location::LineColumn {
                line: e.line(),
                column: e.column(),
            },
            json_message(&e),
        )
    };
    // Two passes over the text, so that the events are never held twice: the first reads
    // everything but the events (skipping them checks their syntax); the second resolves each
    // event as it is read, against the places and sources of the first.
    let header: RawDataset<EventCount> = serde_json::from_str(text).map_err(syntax)?;
    if progress.is_cancelled() {
        return Err(super::progress::cancelled(file));
    }
    Resolver::default()
        .resolve(header, text, progress)
        .map_err(syntax)?
        .map_err(|problems| LoadError {
            file: file.to_string(),
            problems,
        })
}

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
pub struct EventCount(usize);

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

/// serde_json's message without its own " at line L column C" tail, which [`Location`] carries.
pub(crate) fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// An absolute http or https address: the only links the app will ever open.
pub fn is_web_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty() && !r.starts_with('/') && !r.chars().any(char::is_whitespace)
    })
}

/// Lower-case ASCII letters, digits and single hyphens: `zhanaozen`, `fort-shevchenko`.
fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub(crate) fn parse_offset(text: &str) -> Option<Offset> {
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let (h, m) = rest.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    if h > 14 || m > 59 {
        return None;
    }
    Offset::from_seconds(sign * (h * 3600 + m * 60)).ok()
}

#[derive(Default)]
struct Resolver {
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
            if !is_slug(id) {
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
    fn resolve(
        mut self,
        raw: RawDataset<EventCount>,
        text: &str,
        progress: &Progress,
    ) -> Result<Result<Dataset, Vec<Problem>>, serde_json::Error> {
        if raw.format != FORMAT_TAG {
            self.report(
                "dataset",
                "",
                "format",
                format!("expected \"{FORMAT_TAG}\", found \"{}\"", raw.format),
            );
        }
        let offset = parse_offset(&raw.utc_offset).unwrap_or_else(|| {
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
                Some(&event) => Some(StoryStep {
                    event,
                    caption: s.caption,
                }),
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
        let sources = raw.sources.into_iter().map(|s| self.source(s)).collect();

        Ok(if self.problems.is_empty() {
            Ok(Dataset::new(DatasetParts {
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
            }))
        } else {
            Err(self.problems)
        })
    }

    fn place(&mut self, p: RawPlace) -> Place {
        if !(p.lat.is_finite() && (-90.0..=90.0).contains(&p.lat)) {
            self.report(
                "place",
                &p.id,
                "lat",
                format!("expected a latitude from -90 to 90, found {}", p.lat),
            );
        }
        if !(p.lon.is_finite() && (-180.0..=180.0).contains(&p.lon)) {
            self.report(
                "place",
                &p.id,
                "lon",
                format!("expected a longitude from -180 to 180, found {}", p.lon),
            );
        }
        if let Some(u) = p.uncertainty_km.filter(|u| !(u.is_finite() && *u >= 0.0)) {
            self.report(
                "place",
                &p.id,
                "uncertainty_km",
                format!("expected a distance of 0 km or more, found {u}"),
            );
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
            id: p.id,
            names: Names {
                en: p.names.en,
                ru: p.names.ru,
                kk: p.names.kk,
            },
            position: geo::Point::new(p.lon, p.lat),
            kind: p.kind,
            focus: p.focus,
            geonames_id: p.geonames_id,
            coordinate_source: p.coordinate_source,
            uncertainty_km: p.uncertainty_km,
        }
    }

    fn source(&mut self, s: RawSource) -> Source {
        match &s.url {
            Some(url) if !is_web_link(url) => self.report(
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
            && end.start < s.start
        {
            self.report(
                "event",
                &e.id,
                "end",
                format!(
                    "the end ({}) is before the start ({})",
                    e.end.as_deref().unwrap_or(""),
                    e.start
                ),
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
        let Some(start) = start else {
            return Err(e.id);
        };
        Ok(Event {
            id: e.id,
            title: e.title,
            start,
            end,
            place,
            region: e.region,
            category: Category(e.category),
            description: e.description,
            disputed: e.disputed,
            location_note: e.location_note,
            sources,
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
            RawClaimValue::Number(v) if v.is_finite() => ClaimValue::Number(v),
            RawClaimValue::Range([min, max]) if min.is_some() || max.is_some() => {
                if let (Some(a), Some(b)) = (min, max)
                    && a > b
                {
                    self.report(
                        "claim",
                        &c.id,
                        "value",
                        format!("the range [{a}, {b}] runs backwards"),
                    );
                }
                ClaimValue::Range { min, max }
            }
            RawClaimValue::Text(t) if !t.trim().is_empty() => ClaimValue::Text(t),
            _ => {
                self.report(
                    "claim",
                    &c.id,
                    "value",
                    "expected a number, a range [min, max] or a text".into(),
                );
                return None;
            }
        };
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("fort-shevchenko"));
        assert!(is_slug("zhanaozen"));
        assert!(!is_slug("Zhanaozen"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug(""));
        assert!(!is_slug("жанаозен"));
    }

    #[test]
    fn offsets() {
        assert_eq!(parse_offset("+05:00"), Some(Offset::constant(5)));
        assert_eq!(
            parse_offset("-03:30").map(|o| o.seconds()),
            Some(-(3 * 3600 + 1800))
        );
        assert_eq!(parse_offset("5"), None);
        assert_eq!(parse_offset("+25:00"), None);
    }
}
