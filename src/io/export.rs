//! Writing events out as GeoJSON or CSV, in a shape the importers read back with ids, times,
//! precision and coordinates intact; or the whole dataset in the app's own JSON ([`to_atlas_json`]).

use geojson::{Feature, FeatureCollection, Geometry, GeometryValue, JsonObject, JsonValue};
use serde_json::json;

use super::atlas::to_atlas_json;
use crate::model::{Dataset, Event, EventIndex, offset_to_iso};

/// The formats events can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// A GeoJSON FeatureCollection of Point features.
    Geojson,
    /// CSV, one row per event.
    Csv,
    /// The whole dataset in the app's own JSON — places, sources, events, claims, routes — which
    /// the app opens as it opens its record (*File > Save as*).
    Json,
}

impl ExportFormat {
    /// The file name extension for the format, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Geojson => "geojson",
            Self::Csv => "csv",
            Self::Json => "json",
        }
    }
}

/// Writes `events` of `dataset` in `format`, in a shape the importers read back.
pub fn export(dataset: &Dataset, events: &[EventIndex], format: ExportFormat) -> String {
    match format {
        ExportFormat::Geojson => to_geojson(dataset, events),
        ExportFormat::Csv => to_csv(dataset, events),
        // Claims, routes and the story point at events: a dataset is saved whole.
        ExportFormat::Json => to_atlas_json(dataset),
    }
}

/// The event's sources in one cell, as the CSV reader splits it (`import::split_sources`): its
/// links, or, where none has a link, its publishers' names.
fn source_cell(d: &Dataset, e: &Event) -> String {
    let sources = e.sources.iter().map(|&s| &d.sources[s]);
    let links: Vec<&str> = sources.clone().filter_map(|s| s.url.as_deref()).collect();
    if links.is_empty() {
        sources
            .map(|s| s.publisher.replace([';', ':'], ","))
            .collect::<Vec<_>>()
            .join("; ")
    } else {
        links.join(" ")
    }
}

/// A FeatureCollection of Point features (null geometry for events without a place).
pub fn to_geojson(d: &Dataset, events: &[EventIndex]) -> String {
    let features = events
        .iter()
        .map(|&i| {
            let e = &d.events[i];
            let place = e.place.map(|p| &d.places[p]);
            let mut props = JsonObject::new();
            let mut put = |k: &str, v: JsonValue| {
                if !v.is_null() {
                    props.insert(k.to_string(), v);
                }
            };
            put("id", json!(e.id));
            put("title", json!(e.title));
            put("start", json!(e.start.to_iso(d.offset)));
            put("end", json!(e.end.map(|m| m.to_iso(d.offset))));
            put("precision", json!(e.start.precision));
            put("category", json!(e.category.0));
            put("place_id", json!(place.map(|p| &p.id)));
            put("place_name", json!(place.map(|p| &p.names.en)));
            put("region", json!(e.region()));
            put("description", json!(e.description));
            put("disputed", json!(e.disputed()));
            let sources: Vec<JsonValue> = e
                .sources
                .iter()
                .map(|&s| {
                    let s = &d.sources[s];
                    json!({"publisher": s.publisher, "title": s.title, "url": s.url})
                })
                .collect();
            put("sources", JsonValue::Array(sources));
            Feature {
                bbox: None,
                geometry: place.map(|p| {
                    Geometry::new(GeometryValue::new_point([p.position.x(), p.position.y()]))
                }),
                id: None,
                properties: Some(props),
                foreign_members: None,
            }
        })
        .collect();
    let mut members = JsonObject::new();
    members.insert("utc_offset".into(), json!(offset_to_iso(d.offset)));
    let collection = FeatureCollection {
        bbox: None,
        features,
        foreign_members: Some(members),
    };
    serde_json::to_string_pretty(&collection).expect("a FeatureCollection serialises")
}

/// One row per event; `sources` holds the links separated by spaces.
pub fn to_csv(d: &Dataset, events: &[EventIndex]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = super::columns::header();
    w.write_record(header).expect("writing to memory");
    for &i in events {
        let e = &d.events[i];
        let place = e.place.map(|p| &d.places[p]);
        let precision = serde_json::to_value(e.start.precision).expect("serialises");
        w.write_record([
            e.id.as_str(),
            &e.title,
            &e.start.to_iso(d.offset),
            &e.end.map(|m| m.to_iso(d.offset)).unwrap_or_default(),
            precision.as_str().unwrap_or_default(),
            &offset_to_iso(d.offset),
            &e.category.0,
            place.map_or("", |p| p.id.as_str()),
            place.map_or("", |p| p.names.en.as_str()),
            &place
                .map(|p| p.position.y().to_string())
                .unwrap_or_default(),
            &place
                .map(|p| p.position.x().to_string())
                .unwrap_or_default(),
            e.region().unwrap_or(""),
            &e.description,
            e.disputed().unwrap_or(""),
            &source_cell(d, e),
        ])
        .expect("writing to memory");
    }
    String::from_utf8(w.into_inner().expect("flushing to memory"))
        .expect("CSV of UTF-8 fields is UTF-8")
}
