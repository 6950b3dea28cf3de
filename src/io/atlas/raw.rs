//! The app's JSON format as written: the serde types the loader reads (and the generator writes),
//! from which the JSON Schema is generated.
//!
//! How the format grows: every added field is optional, so files written for an older version
//! still load; a field that may be translated takes a string or a `{lang: text}` map
//! ([`RawText`], as `names` does); the `format` tag names the version whose fields a file may use
//! (`zhanaozen-atlas/2` since claims gained passages and labelled figures), and a file with a
//! field this version does not know is told it may need a newer version of the app.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::{Claimant, Precision, SourceCopy};

/// The format tag this version writes.
pub const FORMAT_TAG: &str = "zhanaozen-atlas/2";
/// Every tag this version reads: older files load as they are.
pub const FORMAT_TAGS: [&str; 2] = ["zhanaozen-atlas/1", FORMAT_TAG];
/// What the format tags start with, to tell a newer version's file from another kind of file.
pub const FORMAT_FAMILY: &str = "zhanaozen-atlas/";

fn is_false(b: &bool) -> bool {
    !*b
}

/// The file as written. `E` is how the events are read: all at once for the schema, or counted
/// and skipped in the first of the loader's two passes, which then streams them.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "RawDataset")]
pub struct RawDataset<E = Vec<RawEvent>> {
    /// The format tag: "zhanaozen-atlas/2" (files tagged "zhanaozen-atlas/1" load too).
    pub format: String,
    /// The dataset's title, shown at the top of the overview.
    pub title: String,
    /// What the dataset covers, shown under the title.
    #[serde(default)]
    pub description: String,
    /// The region's offset from UTC, such as "+05:00"; dates without a time are local there.
    pub utc_offset: String,
    /// Free text on the region's time zone, for readers of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone_note: Option<String>,
    /// Named time ranges for the timeline, such as "16–17 Dec 2011".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub time_presets: Vec<RawTimePreset>,
    /// Where the app opens on the dataset when no saved view or command line says otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening: Option<RawOpening>,
    /// The ISO 3166-2 code of the basemap region the dataset is about (a region of Kazakhstan,
    /// such as "KZ-MAN"): the map highlights it and *Fit region* frames it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_region: Option<String>,
    /// A guided tour through events, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub story: Vec<RawStoryStep>,
    /// The places events happen at; events and routes refer to them by id.
    #[serde(default)]
    pub places: Vec<RawPlace>,
    /// The sources the events, claims and routes cite by id.
    #[serde(default)]
    pub sources: Vec<RawSource>,
    /// The events, in any order: the app sorts them by time.
    pub events: E,
    /// Paths through places in order, such as a transfer of the wounded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routes: Vec<RawRoute>,
    /// Contested facts: who claims what, when, on whose authority.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<RawClaim>,
}

/// A named time range the timeline offers as a button.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTimePreset {
    /// The button's text, such as "16–17 Dec 2011".
    pub label: String,
    /// Written like an event date; the range runs to the end of `end`'s period.
    pub start: String,
    /// Written like an event date, and not before `start`.
    pub end: String,
}

/// Where the app opens: a moment, a place (or a centre), a zoom, and the timeline's range.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawOpening {
    /// The cursor's moment, written like an event date (`2011-12-16T12:00`).
    pub time: String,
    /// The id of the place the map centres on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The map's centre as [latitude, longitude], instead of a place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub center: Option<[f64; 2]>,
    /// The map's zoom level (2 to 14).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zoom: Option<f64>,
    /// The timeline's range, as two dates; it runs to the end of the second one's period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<[String; 2]>,
}

/// A step of the guided tour: an event and the words shown with it.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawStoryStep {
    /// The id of an event.
    pub event: String,
    /// The text shown at this step.
    pub caption: String,
    /// The ids of the places the map frames at this step (a route's two ends, say); the map
    /// centres on the event's place when omitted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frame: Vec<String>,
    /// The part of time the timeline shows at this step, `[from, to]` as dates of the file (to
    /// the end of the last's period); the timeline keeps its zoom around the event when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<[String; 2]>,
}

/// A text that may be given in several languages: `"Only one source"` or
/// `{"en": "Only one source", "ru": "Только один источник"}`.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum RawText {
    /// The text in English only.
    Plain(String),
    /// The text by language: `en` is required, `ru` and `kk` are given where known.
    Translated(RawNames),
}

/// One figure of several given together: `{"label": "police injured", "value": 35}`.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    /// What the figure counts, such as "police injured".
    pub label: String,
    /// A number, or a range `[min, max]` with `null` for an open end.
    pub value: RawNumber,
}

/// A number or a range: `15`, `[12, null]` (at least 12), `[14, 16]`.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum RawNumber {
    /// A single figure, such as `15`.
    Number(f64),
    /// A range `[min, max]`, with `null` for an open end (not both): `[12, null]` is "at least 12".
    Range([Option<f64>; 2]),
}

/// Several figures given together (format 2): never added up by the app.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFigures {
    /// The figures, at least one, each with its label.
    pub figures: Vec<RawFigure>,
}

/// A claim's value as written: `15`, `[12, null]` (at least 12), `[14, 16]`, `"dozens"`, or
/// `{"figures": [...]}` for several labelled figures.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum RawClaimValue {
    /// A number or a range: `15`, `[12, null]`, `[14, 16]`.
    Number(RawNumber),
    /// Words, where the source gives no figure: `"dozens"`.
    Text(String),
    /// Several labelled figures given together (format 2).
    Figures(RawFigures),
}

/// A contested fact: who claims what, when, on whose authority.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    /// The claim's id: a lower-case slug, unique among claims.
    pub id: String,
    /// What the claim is about: "death toll", "injured", "who started the violence".
    pub subject: String,
    /// What is claimed: a number, a range `[min, max]`, a text or `{"figures": [...]}`.
    pub value: RawClaimValue,
    /// When the claim was made, written like an event date; `null` where the source does not say.
    pub as_of: Option<String>,
    /// Who makes the claim, by role: not who publishes it.
    pub claimant: Claimant,
    /// The person or body making the claim, where the source names it.
    pub claimant_name: Option<String>,
    /// The id of the source that reports the claim.
    pub source: String,
    /// The source's own words that give the figure or the statement: a short quotation
    /// (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passage: Option<String>,
    /// The id of the event the claim is about, if it is about one.
    pub event: Option<String>,
    /// A note for the reader, such as how the value was read from the source.
    pub note: Option<String>,
}

/// A text in English, and in Russian and Kazakh where known.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawNames {
    /// English (required).
    pub en: String,
    /// Russian, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<String>,
    /// Kazakh, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kk: Option<String>,
}

/// A place events happen at: a point with its names.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPlace {
    /// The place's id: a lower-case slug, unique among places, such as `zhanaozen`.
    pub id: String,
    /// The place's names: `en` is required, `ru` and `kk` are given only where known.
    pub names: RawNames,
    /// Latitude in WGS84 degrees.
    pub lat: f64,
    /// Longitude in WGS84 degrees.
    pub lon: f64,
    /// What sort of place it is, shown with it: "city", "town", "village".
    #[serde(default)]
    pub kind: String,
    /// `true` for the places the dataset is about, which the map draws larger.
    #[serde(default, skip_serializing_if = "is_false")]
    pub focus: bool,
    /// The place's GeoNames id, where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonames_id: Option<u64>,
    /// Where the point comes from and what it stands for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinate_source: Option<String>,
    /// How far the real site may be from the point, in km: the map draws a circle of that size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertainty_km: Option<f64>,
}

/// A publication that events, claims and routes cite.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    /// The source's id: a lower-case slug, unique among sources.
    pub id: String,
    /// Who published it, such as "Reuters".
    pub publisher: String,
    /// The page's headline, or a description written for the record (see `descriptive_title`).
    pub title: String,
    /// The address, http or https only; `null` where it is not known, and then `note` says why.
    pub url: Option<String>,
    /// What a reader should know about the source: why `url` is missing, or what it copies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When it was published, written like an event date (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Whether the cited copy is the original, a translation, a mirror or a relay (format 2;
    /// the original when omitted). A mirror or relay says in `note` what it copies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy: Option<SourceCopy>,
    /// The title is a description written for the record, not the page's headline (format 2).
    #[serde(default, skip_serializing_if = "is_false")]
    pub descriptive_title: bool,
}

/// Something that happened, dated to its precision and sourced.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    /// The event's id: a lower-case slug, unique among events.
    pub id: String,
    /// A short title, such as "Oil workers go on strike".
    pub title: String,
    /// When it happened or began, written to its precision: `2012`, `2011-05`, `2011-12-16T13:24`.
    pub start: String,
    /// When a span ended, written like `start` and not before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// How precisely it is dated; when omitted, it follows from how `start` is written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<Precision>,
    /// The id of the place where it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The region, by name, for an event of a whole region rather than a place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// What kind of event it is, free text: the app colours "strike", "protest" and others.
    pub category: String,
    /// What happened, in a few sentences.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// What the sources disagree on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disputed: Option<String>,
    /// A note on where it happened: why it has no place, or what the place stands for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_note: Option<String>,
    /// The event rests on one source only (format 2); `single_source_note` says why it is kept.
    #[serde(default, skip_serializing_if = "is_false")]
    pub single_source: bool,
    /// Why a single-source event is kept: a text, or `{"en": …, "ru": …}` (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub single_source_note: Option<RawText>,
    /// The ids of the sources that report it: at least one.
    pub sources: Vec<String>,
}

/// A path through places in order, such as the way the wounded were taken.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRoute {
    /// The route's id: a lower-case slug, unique among routes.
    pub id: String,
    /// The route's name, such as "Zhanaozen to Aktau".
    pub name: String,
    /// The ids of the places it passes, in order: at least two.
    pub via: Vec<String>,
    /// The id of the event the route belongs to: the map draws it once the event has happened.
    pub event: Option<String>,
    /// The distance as the sources word it, such as "around 150 km".
    pub reported_distance: Option<String>,
    /// The id of the source that gives `reported_distance`.
    pub reported_distance_source: Option<String>,
    /// A note on the route, such as what its line is drawn from.
    pub note: Option<String>,
}

/// The JSON Schema of the format, generated from the types the loader reads
/// (docs/data-format.schema.json is this, written out; a test keeps them equal).
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(RawDataset)).expect("a schema serialises")
}
