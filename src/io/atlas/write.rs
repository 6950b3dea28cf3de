//! A whole dataset written in the app's own JSON, through the same [`raw`](super::raw) types the
//! loader reads: *File > Save as* and `export --format json`. A dataset opened from CSV or GeoJSON
//! is written with its places, sources and events, so that a user can go on to add claims and
//! sources by hand; the built-in record reads back as it was (a round trip the tests check).

use jiff::{Timestamp, tz::Offset};

use super::raw::{
    FORMAT_TAG, RawClaim, RawClaimValue, RawDataset, RawEvent, RawFigure, RawFigures, RawNames,
    RawNumber, RawOpening, RawPlace, RawRoute, RawSource, RawStoryStep, RawText, RawTimePreset,
};
use crate::io::fields;
use crate::model::{ClaimValue, Dataset, Moment, Names, Precision, SourceCopy, offset_to_iso};

/// The dataset as the app's JSON, pretty-printed (a file people may edit by hand).
pub fn to_atlas_json(d: &Dataset) -> String {
    let raw = raw_dataset(d);
    serde_json::to_string_pretty(&raw).expect("a dataset serialises")
}

/// The ids to write for records with these ids, in order: each as it is where it is a slug (as
/// the format requires) and not taken, else the nearest free slug (`"KAZ 123"` → `kaz-123`,
/// a second `kaz-123` → `kaz-123-2`; an id without letters or digits → `{kind}-{n}`).
fn written_ids<'a>(kind: &str, ids: impl Iterator<Item = &'a str> + Clone) -> Vec<String> {
    let mut taken: foldhash::HashSet<String> = ids
        .clone()
        .filter(|id| fields::is_slug(id))
        .map(str::to_string)
        .collect();
    let mut kept: foldhash::HashSet<&str> = foldhash::HashSet::default();
    ids.enumerate()
        .map(|(i, id)| {
            if fields::is_slug(id) && kept.insert(id) {
                return id.to_string();
            }
            let base = match fields::slug_of(id) {
                s if s.is_empty() => format!("{kind}-{}", i + 1),
                s => s,
            };
            let mut n = 1;
            let mut slug = base.clone();
            while taken.contains(&slug) {
                n += 1;
                slug = format!("{base}-{n}");
            }
            taken.insert(slug.clone());
            slug
        })
        .collect()
}

fn raw_dataset(d: &Dataset) -> RawDataset {
    let offset = d.offset;
    let place_ids = written_ids("place", d.places.iter().map(|p| p.id.as_str()));
    let event_ids = written_ids("event", d.events.iter().map(|e| e.id.as_str()));
    let source_ids = written_ids("source", d.sources.iter().map(|s| s.id.as_str()));
    let place_id = |p: usize| place_ids[p].clone();
    let event_id = |e: usize| event_ids[e].clone();
    let source_id = |s: usize| source_ids[s].clone();
    RawDataset {
        format: FORMAT_TAG.into(),
        title: d.title.clone(),
        description: d.description.clone(),
        utc_offset: offset_to_iso(offset),
        time_zone_note: None,
        time_presets: d
            .time_presets
            .iter()
            .map(|p| RawTimePreset {
                label: p.label.clone(),
                start: instant_text(p.start, offset),
                end: end_text(p.end, offset),
            })
            .collect(),
        opening: d.opening.as_ref().map(|o| RawOpening {
            time: instant_text(o.cursor, offset),
            place: o.place.map(place_id),
            center: o.center.map(|c| [c.y(), c.x()]),
            zoom: o.zoom,
            span: o
                .span
                .map(|(a, b)| [instant_text(a, offset), end_text(b, offset)]),
        }),
        home_region: d.home_region.as_ref().map(|r| r.code.clone()),
        story: d
            .story
            .iter()
            .map(|s| RawStoryStep {
                event: event_id(s.event),
                caption: s.caption.clone(),
                frame: s.frame.iter().map(|&p| place_id(p)).collect(),
                span: s
                    .span
                    .map(|(a, b)| [instant_text(a, offset), end_text(b, offset)]),
            })
            .collect(),
        places: d
            .places
            .iter()
            .enumerate()
            .map(|(i, p)| RawPlace {
                id: place_ids[i].clone(),
                names: raw_names(&p.names),
                lat: p.position.y(),
                lon: p.position.x(),
                kind: p.kind().to_string(),
                focus: p.focus,
                geonames_id: p.geonames_id,
                coordinate_source: p.coordinate_source.as_deref().map(str::to_string),
                uncertainty_km: p.uncertainty_km(),
            })
            .collect(),
        sources: d
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| RawSource {
                id: source_ids[i].clone(),
                publisher: s.publisher.clone(),
                title: s.title.clone(),
                url: s.url.clone(),
                note: s.note.clone(),
                date: s.date.map(|m| m.to_iso(offset)),
                copy: (s.copy != SourceCopy::Original).then_some(s.copy),
                descriptive_title: s.descriptive_title,
            })
            .collect(),
        events: d
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| RawEvent {
                id: event_ids[i].clone(),
                title: e.title.to_string(),
                start: e.start.to_iso(offset),
                end: e.end.map(|m| m.to_iso(offset)),
                precision: claimed_precision(&e.start),
                place: e.place.map(place_id),
                region: e.region().map(str::to_string),
                category: e.category.0.to_string(),
                description: e.description.clone(),
                disputed: e.disputed().map(str::to_string),
                location_note: e.location_note().map(str::to_string),
                single_source: e.single_source().is_some(),
                single_source_note: e.single_source().filter(|n| !n.en.is_empty()).map(raw_text),
                sources: e.sources.iter().map(|&s| source_id(s)).collect(),
            })
            .collect(),
        routes: d
            .routes
            .iter()
            .map(|r| RawRoute {
                id: r.id.clone(),
                name: r.name.clone(),
                via: r.via.iter().map(|&p| place_id(p)).collect(),
                event: r.event.map(event_id),
                reported_distance: r.reported_distance.clone(),
                reported_distance_source: r.reported_distance_source.map(source_id),
                note: r.note.clone(),
            })
            .collect(),
        claims: d
            .claims
            .iter()
            .map(|c| RawClaim {
                id: c.id.clone(),
                subject: c.subject.clone(),
                value: raw_claim_value(&c.value),
                as_of: c.as_of.map(|m| m.to_iso(offset)),
                claimant: c.claimant,
                claimant_name: c.claimant_name.clone(),
                source: source_id(c.source),
                passage: c.passage.clone(),
                event: c.event.map(event_id),
                note: c.note.clone(),
            })
            .collect(),
    }
}

/// The precision to state beside a date: only where its text does not say it (an hour is written
/// as a time to the minute, a week as its Monday).
fn claimed_precision(m: &Moment) -> Option<Precision> {
    matches!(m.precision, Precision::Hour | Precision::Week).then_some(m.precision)
}

/// An instant, to the minute, in the dataset's offset.
fn instant_text(t: Timestamp, offset: Offset) -> String {
    Moment {
        start: t,
        precision: Precision::Minute,
    }
    .to_iso(offset)
}

/// The date whose period ends at `end` (a preset's or span's end is the end of its last date's
/// period): its last day where `end` is a midnight, else its last minute.
fn end_text(end: Timestamp, offset: Offset) -> String {
    let before = end - jiff::SignedDuration::from_secs(1);
    [Precision::Day, Precision::Minute]
        .into_iter()
        .map(|precision| {
            Moment {
                start: before,
                precision,
            }
            .to_iso(offset)
        })
        .find(|text| Moment::parse(text, offset, None).is_ok_and(|m| m.period_end(offset) == end))
        .unwrap_or_else(|| instant_text(end, offset))
}

fn raw_names(n: &Names) -> RawNames {
    RawNames {
        en: n.en.to_string(),
        ru: n.ru.as_deref().map(str::to_string),
        kk: n.kk.as_deref().map(str::to_string),
    }
}

fn raw_text(n: &Names) -> RawText {
    if n.ru.is_none() && n.kk.is_none() {
        RawText::Plain(n.en.to_string())
    } else {
        RawText::Translated(raw_names(n))
    }
}

/// A number or a range; `None` for text, which a figure cannot hold (the loader refuses it).
fn raw_number(v: &ClaimValue) -> Option<RawNumber> {
    match *v {
        ClaimValue::Number(n) => Some(RawNumber::Number(n)),
        ClaimValue::Range { min, max } => Some(RawNumber::Range([min, max])),
        ClaimValue::Text(_) | ClaimValue::Figures(_) => None,
    }
}

fn raw_claim_value(v: &ClaimValue) -> RawClaimValue {
    match v {
        ClaimValue::Text(t) => RawClaimValue::Text(t.clone()),
        ClaimValue::Figures(figures) => RawClaimValue::Figures(RawFigures {
            figures: figures
                .iter()
                .filter_map(|f| {
                    Some(RawFigure {
                        label: f.label.clone(),
                        value: raw_number(&f.value)?,
                    })
                })
                .collect(),
        }),
        number => {
            RawClaimValue::Number(raw_number(number).unwrap_or(RawNumber::Range([None, None])))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{builtin_dataset, parse_any};

    /// Everything a dataset holds, for comparing one with its written-and-read-back copy.
    fn contents(d: &Dataset) -> String {
        format!(
            "{:?}",
            (
                &d.title,
                &d.description,
                d.offset,
                &d.places,
                &d.events,
                &d.sources,
                &d.routes,
                &d.claims,
                &d.time_presets,
                &d.story,
                &d.opening,
                d.home_region.as_ref().map(|r| &r.code),
            )
        )
    }

    #[test]
    fn the_record_reads_back_as_it_was() {
        let d = builtin_dataset();
        let text = to_atlas_json(&d);
        let back = parse_any("saved.json", &text)
            .expect("the saved record loads")
            .dataset;
        assert_eq!(contents(&back), contents(&d));
    }

    #[test]
    fn an_imported_table_reads_back_with_its_places_and_sources() {
        let csv = "id,title,date,lat,lon,category,source\n\
                   a,Strike begins,2011-05-26,43.34,52.86,strike,https://example.org/a\n\
                   b,Rally,2011-12-16T11:00,43.65,51.16,protest,\n";
        let d = parse_any("t.csv", csv).unwrap().dataset;
        let back = parse_any("t.json", &to_atlas_json(&d)).unwrap().dataset;
        assert_eq!(contents(&back), contents(&d));
    }

    #[test]
    fn ids_that_are_not_slugs_are_written_as_free_slugs() {
        let ids = ["KAZ 1", "kaz-1", "ok", "ok", "№"];
        assert_eq!(
            written_ids("event", ids.into_iter()),
            ["kaz-1-2", "kaz-1", "ok", "ok-2", "event-5"]
        );
        let csv = "id,title,date,lat,lon\nKAZ 1,A,2011-05-26,43.34,52.86\nKAZ 1,B,2011-05-27,43.34,52.86\n";
        let d = parse_any("t.csv", csv).unwrap().dataset;
        let back = parse_any("t.json", &to_atlas_json(&d))
            .expect("slugs load")
            .dataset;
        assert_eq!(back.events.len(), 2);
    }

    #[test]
    fn ends_are_written_as_the_date_whose_period_they_close() {
        let offset = Offset::constant(5);
        let day_end = Moment::parse("2011-12-17", offset, None)
            .unwrap()
            .period_end(offset);
        assert_eq!(end_text(day_end, offset), "2011-12-17");
        let month_end = Moment::parse("2011-12", offset, None)
            .unwrap()
            .period_end(offset);
        assert_eq!(end_text(month_end, offset), "2011-12-31");
        let minute_end = Moment::parse("2011-12-16T11:00+05:00", offset, None)
            .unwrap()
            .period_end(offset);
        assert_eq!(end_text(minute_end, offset), "2011-12-16T11:00+05:00");
    }
}
