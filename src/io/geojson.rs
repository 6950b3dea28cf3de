//! GeoJSON FeatureCollections of Point features with a time property: USGS earthquake feeds, the
//! app's own GeoJSON export, and most event exports of mapping tools.

use geojson::{Feature, FeatureCollection, GeometryValue, JsonObject, JsonValue};
use jiff::tz::Offset;

use super::{
    LoadError, Location,
    dates::{self, DateForm},
    fields,
    import::{ImportReport, Row, RowCollector, finish},
};
use crate::model::{Dataset, Precision};

/// Property names that hold the start time, in the order they are looked for.
const TIME_KEYS: [&str; 6] = [
    "start",
    "time",
    "date",
    "datetime",
    "timestamp",
    "start_time",
];
const END_KEYS: [&str; 3] = ["end", "end_time", "end_date"];
const TITLE_KEYS: [&str; 5] = ["title", "name", "label", "place", "event"];

/// Parses a FeatureCollection. `file` names it in messages.
pub fn parse(file: &str, text: &str) -> Result<(Dataset, ImportReport), LoadError> {
    let collection: FeatureCollection = serde_json::from_str(text).map_err(|e| {
        LoadError::single(
            file,
            Location::LineColumn {
                line: e.line(),
                column: e.column(),
            },
            format!(
                "not a GeoJSON FeatureCollection: {}",
                super::atlas::json_message(&e)
            ),
        )
    })?;
    // The app's own export records the region's offset; other files are read in UTC.
    let offset = collection
        .foreign_members
        .as_ref()
        .and_then(|m| m.get("utc_offset"))
        .and_then(JsonValue::as_str)
        .and_then(super::fields::parse_offset)
        .unwrap_or(Offset::UTC);

    let mut report = ImportReport {
        format: "GeoJSON",
        ..Default::default()
    };
    let time_key = collection
        .features
        .iter()
        .find_map(|f| TIME_KEYS.into_iter().find(|k| property(f, k).is_some()))
        .ok_or_else(|| {
            LoadError::single(
                file,
                Location::File,
                format!(
                    "no feature has a time property: expected one of {}",
                    TIME_KEYS.join(", ")
                ),
            )
        })?;
    report.columns = format!("time={time_key}");

    let mut form: Option<DateForm> = None;
    let mut rows = RowCollector::default();
    for (i, f) in collection.features.iter().enumerate() {
        // Features are counted from 1, as people count them.
        let at = |field: &'static str| Location::Record {
            kind: "feature",
            id: (i + 1).to_string(),
            field,
        };
        match feature_row(f, time_key, offset, &mut form) {
            Ok(row) => rows.add(file, row),
            Err((field, message)) => report.skip(at(field), message),
        }
    }
    finish(file, offset, rows, report)
}

fn property<'a>(f: &'a Feature, key: &str) -> Option<&'a JsonValue> {
    f.properties
        .as_ref()
        .and_then(|p: &JsonObject| p.get(key))
        .filter(|v| !v.is_null())
}

fn text(f: &Feature, key: &str) -> Option<String> {
    property(f, key).and_then(|v| match v {
        JsonValue::String(s) if !s.trim().is_empty() => Some(s.clone()),
        JsonValue::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

/// One feature as a row, or the field at fault and why.
fn feature_row(
    f: &Feature,
    time_key: &str,
    offset: Offset,
    form: &mut Option<DateForm>,
) -> Result<Row, (&'static str, String)> {
    let position = match f.geometry.as_ref().map(|g| &g.value) {
        None => None,
        Some(GeometryValue::Point { coordinates }) => {
            let &[lon, lat, ..] = coordinates.as_slice() else {
                return Err((
                    "geometry",
                    "a Point needs two coordinates, longitude and latitude".into(),
                ));
            };
            let checked = fields::longitude(lon).and_then(|lon| Ok((lon, fields::latitude(lat)?)));
            Some(checked.map_err(|m| ("geometry", format!("coordinates [{lon}, {lat}]: {m}")))?)
        }
        Some(other) => {
            return Err((
                "geometry",
                format!("the geometry is a {}, expected a Point", other.type_name()),
            ));
        }
    };
    let claimed: Option<Precision> =
        text(f, "precision").and_then(|p| serde_json::from_value(JsonValue::String(p)).ok());
    let start = read_time(property(f, time_key), offset, claimed, form).map_err(|m| ("time", m))?;
    let end = match END_KEYS.into_iter().find_map(|k| property(f, k)) {
        None => None,
        Some(v) => Some(read_time(Some(v), offset, claimed, form).map_err(|m| ("end", m))?),
    };
    if let Some(e) = end {
        fields::end_after_start(start.start, e.start).map_err(|m| ("end", m))?;
    }
    let id =
        f.id.as_ref()
            .map(|id| match id {
                geojson::feature::Id::String(s) => s.clone(),
                geojson::feature::Id::Number(n) => n.to_string(),
            })
            .or_else(|| text(f, "id"));
    let title = TITLE_KEYS
        .into_iter()
        .find_map(|k| text(f, k))
        .or_else(|| id.clone())
        .unwrap_or_else(|| "Untitled".into());
    let source_urls = match property(f, "sources") {
        Some(JsonValue::Array(items)) => items
            .iter()
            .filter_map(|s| {
                s.get("url")
                    .and_then(JsonValue::as_str)
                    .or(s.as_str())
                    .map(str::to_string)
            })
            .collect(),
        _ => ["url", "source"]
            .into_iter()
            .filter_map(|k| text(f, k))
            .collect(),
    };
    Ok(Row {
        id,
        title,
        position,
        start,
        end,
        category: text(f, "category").or_else(|| text(f, "type")),
        place_id: text(f, "place_id"),
        place_name: text(f, "place_name").or_else(|| text(f, "place")),
        region: text(f, "region"),
        description: text(f, "description"),
        disputed: text(f, "disputed"),
        source_urls,
    })
}

/// A time property: text in one of the date forms, or epoch milliseconds as a number. All features
/// must use the form of the first.
fn read_time(
    value: Option<&JsonValue>,
    offset: Offset,
    claimed: Option<Precision>,
    form: &mut Option<DateForm>,
) -> Result<crate::model::Moment, String> {
    let (moment, this_form) = match value {
        None => return Err("no time".into()),
        Some(JsonValue::Number(n)) => {
            let ms = n
                .as_i64()
                .ok_or_else(|| format!("{n} is not a whole number of milliseconds"))?;
            (dates::from_millis(ms)?, DateForm::EpochMillis)
        }
        Some(JsonValue::String(s)) => dates::parse_text(s, offset, claimed)?,
        Some(other) => {
            return Err(format!(
                "expected a date text or epoch milliseconds, found {other}"
            ));
        }
    };
    match form {
        Some(f) if *f != this_form => Err(format!(
            "the time is written as {}, but earlier features use {}",
            this_form.describe(),
            f.describe()
        )),
        _ => {
            *form = Some(this_form);
            Ok(moment)
        }
    }
}
