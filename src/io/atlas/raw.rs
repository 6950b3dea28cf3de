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
    pub format: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub utc_offset: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone_note: Option<String>,
    /// Named time ranges for the timeline, such as "16–17 Dec 2011".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub time_presets: Vec<RawTimePreset>,
    /// A guided tour through events, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub story: Vec<RawStoryStep>,
    #[serde(default)]
    pub places: Vec<RawPlace>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    pub events: E,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routes: Vec<RawRoute>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<RawClaim>,
}

#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTimePreset {
    pub label: String,
    /// Written like an event date; the range runs to the end of `end`'s period.
    pub start: String,
    pub end: String,
}

#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawStoryStep {
    /// The id of an event.
    pub event: String,
    pub caption: String,
}

/// A text that may be given in several languages: `"Only one source"` or
/// `{"en": "Only one source", "ru": "Только один источник"}`.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum RawText {
    Plain(String),
    Translated(RawNames),
}

/// One figure of several given together: `{"label": "police injured", "value": 35}`.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub label: String,
    /// A number, or a range `[min, max]` with `null` for an open end.
    pub value: RawNumber,
}

/// A number or a range: `15`, `[12, null]` (at least 12), `[14, 16]`.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum RawNumber {
    Number(f64),
    Range([Option<f64>; 2]),
}

/// Several figures given together (format 2): never added up by the app.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFigures {
    pub figures: Vec<RawFigure>,
}

/// A claim's value as written: `15`, `[12, null]` (at least 12), `[14, 16]`, `"dozens"`, or
/// `{"figures": [...]}` for several labelled figures.
#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum RawClaimValue {
    Number(RawNumber),
    Text(String),
    Figures(RawFigures),
}

#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    pub id: String,
    pub subject: String,
    pub value: RawClaimValue,
    pub as_of: Option<String>,
    pub claimant: Claimant,
    pub claimant_name: Option<String>,
    pub source: String,
    /// The source's own words that give the figure or the statement: a short quotation
    /// (format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passage: Option<String>,
    pub event: Option<String>,
    pub note: Option<String>,
}

#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawNames {
    pub en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kk: Option<String>,
}

#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPlace {
    pub id: String,
    pub names: RawNames,
    pub lat: f64,
    pub lon: f64,
    #[serde(default)]
    pub kind: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub focus: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geonames_id: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinate_source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertainty_km: Option<f64>,
}

#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: String,
    pub publisher: String,
    pub title: String,
    pub url: Option<String>,
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

#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    pub title: String,
    pub start: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<Precision>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    pub category: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disputed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_note: Option<String>,
    /// The event rests on one source only (format 2); `single_source_note` says why it is kept.
    #[serde(default, skip_serializing_if = "is_false")]
    pub single_source: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub single_source_note: Option<RawText>,
    pub sources: Vec<String>,
}

#[derive(Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRoute {
    pub id: String,
    pub name: String,
    pub via: Vec<String>,
    pub event: Option<String>,
    pub reported_distance: Option<String>,
    pub reported_distance_source: Option<String>,
    pub note: Option<String>,
}

/// The JSON Schema of the format, generated from the types the loader reads
/// (docs/data-format.schema.json is this, written out; a test keeps them equal).
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(RawDataset)).expect("a schema serialises")
}
