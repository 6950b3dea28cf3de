//! GeoJSON Point features with a time property: USGS earthquake feeds, the app's own GeoJSON
//! export, and most event exports of mapping tools. A FeatureCollection, a single Feature, Features
//! one after another (newline-delimited), or a GeoJSON text sequence (RFC 8142) are read. The
//! coordinates are WGS 84 longitude and latitude; a file whose old-style `crs` member names Web
//! Mercator (EPSG:3857) is converted from metres, any other CRS is refused by name.

use geojson::{Feature, FeatureCollection, GeometryValue, JsonObject, JsonValue};
use jiff::tz::Offset;
use serde::Deserialize as _;

use super::{
    LoadError, Location,
    columns::{ColumnChoice, Field},
    dates::{self, DateForm},
    fields,
    import::{self, ImportReport, Row, RowCollector, finish},
    lines::LineCounter,
};
use crate::model::{DatasetParts, Precision};

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

/// How a file's coordinates are written.
#[derive(Clone, Copy, PartialEq)]
enum Crs {
    /// WGS 84 longitude and latitude in degrees, as RFC 7946 has it.
    LonLat,
    /// Web Mercator (EPSG:3857) in metres.
    WebMercator,
}

/// Parses GeoJSON features. `file` names it in messages; `choice` may name the properties that
/// give the time, the end, the title and the category (`--date-column`, `--end-column`,
/// `--title-column`, `--category-column`).
pub fn parse(
    file: &str,
    text: &str,
    choice: &ColumnChoice,
) -> Result<(DatasetParts, ImportReport), LoadError> {
    let (features, members) = read_features(file, text)?;
    let crs = crs(file, members.as_ref())?;
    // The app's own export records the region's offset; other files are read in UTC.
    let offset = members
        .as_ref()
        .and_then(|m| m.get("utc_offset"))
        .and_then(JsonValue::as_str)
        .and_then(super::fields::parse_offset)
        .unwrap_or(Offset::UTC);

    let mut report = ImportReport {
        format: "GeoJSON",
        ..Default::default()
    };
    for field in [Field::Lat, Field::Lon] {
        if choice.get(field).is_some() {
            return Err(LoadError::single(
                file,
                Location::File,
                format!(
                    "{}: a GeoJSON feature's coordinates are its geometry's, not a property's",
                    ColumnChoice::option(field)
                ),
            ));
        }
    }
    let chosen = |field| chosen_key(file, &features, choice, field);
    let keys = ChosenKeys {
        end: chosen(Field::End)?,
        title: chosen(Field::Title)?,
        category: chosen(Field::Category)?,
    };
    let time_key = chosen(Field::Start)?.or_else(|| {
        features.iter().find_map(|f| {
            TIME_KEYS
                .into_iter()
                .find(|k| property(f, k).is_some())
                .map(str::to_string)
        })
    });
    let time_key = match time_key {
        Some(k) => k,
        None if features.is_empty() => {
            return finish(file, offset, RowCollector::default(), report, "features");
        }
        None => {
            return Err(LoadError::single(
                file,
                Location::File,
                format!(
                    "no feature has a time property: expected one of {}",
                    TIME_KEYS.join(", ")
                ),
            ));
        }
    };
    let how = if choice.get(Field::Start).is_some() {
        " (chosen)"
    } else {
        ""
    };
    report.columns = format!("time={time_key}{how}");
    for (field, key) in [
        ("end", &keys.end),
        ("title", &keys.title),
        ("category", &keys.category),
    ] {
        if let Some(key) = key {
            report
                .columns
                .push_str(&format!(", {field}={key} (chosen)"));
        }
    }
    if crs == Crs::WebMercator {
        report
            .columns
            .push_str(", coordinates=EPSG:3857 (converted)");
    }

    let mut form: Option<DateForm> = None;
    let mut rows = RowCollector::default();
    let (mut latitude_out, mut would_fit_swapped) = (0, 0);
    for (i, f) in features.iter().enumerate() {
        // Features are counted from 1, as people count them.
        let at = |field: &'static str| Location::Record {
            kind: "feature",
            id: (i + 1).to_string(),
            field,
        };
        let row = feature_row(f, &time_key, &keys, offset, crs, &mut form).and_then(|row| {
            row.check_lengths()
                .map(|()| row)
                .map_err(|(field, m)| (field, m, None))
        });
        match row {
            Ok(row) => {
                for link in rows.add(file, row) {
                    report.note(at("sources"), import::refused_link(&link));
                }
            }
            Err((field, message, swapped)) => {
                if let Some(fits) = swapped {
                    latitude_out += 1;
                    would_fit_swapped += usize::from(fits);
                }
                report.skip(at(field), message);
            }
        }
    }
    report.dates = form.map(DateForm::describe);
    if would_fit_swapped > 0 && would_fit_swapped == latitude_out {
        report.note(
            Location::File,
            format!(
                "the coordinates look written as [latitude, longitude]: {would_fit_swapped} \
                 features have a latitude beyond ±90 that would be a valid longitude; GeoJSON \
                 writes [longitude, latitude]"
            ),
        );
    }
    finish(file, offset, rows, report, "features")
}

/// The properties the user chose for fields other than the time (see [`ColumnChoice`]): each
/// wins over the usual names, for the features that have it.
struct ChosenKeys {
    end: Option<String>,
    title: Option<String>,
    category: Option<String>,
}

/// The property chosen for `field`, as the features spell it (the choice is compared without
/// regard to case), or an error naming the option when no feature has it.
fn chosen_key(
    file: &str,
    features: &[Feature],
    choice: &ColumnChoice,
    field: Field,
) -> Result<Option<String>, LoadError> {
    let Some(name) = choice.get(field) else {
        return Ok(None);
    };
    features
        .iter()
        .flat_map(|f| f.properties.iter().flat_map(|p| p.keys()))
        .find(|k| k.to_lowercase() == name)
        .cloned()
        .map(Some)
        .ok_or_else(|| {
            LoadError::single(
                file,
                Location::File,
                format!(
                    "{} '{name}': no feature has such a property",
                    ColumnChoice::option(field)
                ),
            )
        })
}

/// The features of a FeatureCollection, a lone Feature, Features one after another, or a text
/// sequence; with the collection's foreign members.
fn read_features(file: &str, text: &str) -> Result<(Vec<Feature>, Option<JsonObject>), LoadError> {
    let json_error = |e: &serde_json::Error, line_offset: usize, what: &str| {
        LoadError::single(
            file,
            Location::LineColumn {
                line: e.line() + line_offset,
                column: e.column(),
            },
            format!("not {what}: {}", super::atlas::json_message(e)),
        )
    };
    if text.starts_with('\u{1e}') {
        let mut lines = LineCounter::new(text);
        let mut features = Vec::new();
        let mut offset = 0;
        for part in text.split('\u{1e}') {
            let line = lines.line_of(offset) - 1;
            offset += part.len() + 1;
            if part.trim().is_empty() {
                continue;
            }
            let f: Feature = serde_json::from_str(part)
                .map_err(|e| json_error(&e, line, "a GeoJSON text sequence of Features"))?;
            features.push(f);
        }
        return Ok((features, None));
    }
    let head: String = text
        .trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(40)
        .collect();
    if head.starts_with("{\"type\":\"Feature\"") {
        let mut features = Vec::new();
        let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Feature>();
        for f in stream.by_ref() {
            features.push(f.map_err(|e| json_error(&e, 0, "GeoJSON Features"))?);
        }
        return Ok((features, None));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let collection = FeatureCollection::deserialize(&mut de)
        .and_then(|c| de.end().map(|()| c))
        .map_err(|e| json_error(&e, 0, "a GeoJSON FeatureCollection"))?;
    Ok((collection.features, collection.foreign_members))
}

/// The coordinates' system, from the old (2008) `crs` member that GDAL still writes.
fn crs(file: &str, members: Option<&JsonObject>) -> Result<Crs, LoadError> {
    let Some(crs) = members.and_then(|m| m.get("crs")) else {
        return Ok(Crs::LonLat);
    };
    let name = crs
        .pointer("/properties/name")
        .and_then(JsonValue::as_str)
        .unwrap_or("");
    if name.ends_with("CRS84") || name.ends_with("4326") || name.ends_with("EPSG::4326") {
        Ok(Crs::LonLat)
    } else if name.ends_with("3857") || name.ends_with("900913") {
        Ok(Crs::WebMercator)
    } else {
        let named = if name.is_empty() {
            "a coordinate system the file does not name".to_string()
        } else {
            format!("'{}'", crate::text::printable(name))
        };
        Err(LoadError::single(
            file,
            Location::Record {
                kind: "collection",
                id: String::new(),
                field: "crs",
            },
            format!(
                "the coordinates are in {named}, which is not read: only WGS 84 longitude/latitude \
                 and Web Mercator (EPSG:3857) are; reproject it (ogr2ogr -t_srs EPSG:4326 \
                 out.geojson in.geojson)"
            ),
        ))
    }
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

/// Why a feature was skipped: the field at fault, the reason, and for a latitude beyond ±90
/// whether the two coordinates exchanged would be in range.
type Fault = (&'static str, String, Option<bool>);

/// One feature as a row, or the field at fault and why.
fn feature_row(
    f: &Feature,
    time_key: &str,
    keys: &ChosenKeys,
    offset: Offset,
    crs: Crs,
    form: &mut Option<DateForm>,
) -> Result<Row, Fault> {
    let plain = |(field, message): (&'static str, String)| (field, message, None);
    let position = match f.geometry.as_ref().map(|g| &g.value) {
        None => None,
        Some(GeometryValue::Point { coordinates }) => {
            let &[x, y, ..] = coordinates.as_slice() else {
                return Err(plain((
                    "geometry",
                    "a Point needs two coordinates, longitude and latitude".into(),
                )));
            };
            let (lon, lat) = match crs {
                Crs::LonLat => (x, y),
                Crs::WebMercator => crate::geometry::epsg3857_inverse(x, y),
            };
            let swapped = fields::fits_swapped(lat, lon);
            let checked = fields::longitude(lon).and_then(|lon| Ok((lon, fields::latitude(lat)?)));
            Some(
                checked
                    .map_err(|m| ("geometry", format!("coordinates [{x}, {y}]: {m}"), swapped))?,
            )
        }
        Some(other) => {
            return Err(plain((
                "geometry",
                format!("the geometry is a {}, expected a Point", other.type_name()),
            )));
        }
    };
    let claimed: Option<Precision> = match text(f, "precision") {
        None => None,
        Some(p) => Some(dates::precision_value(&p, false).map_err(|m| plain(("precision", m)))?),
    };
    let start =
        read_time(property(f, time_key), offset, claimed, form).map_err(|m| ("time", m, None))?;
    let end_value = match &keys.end {
        Some(k) => property(f, k),
        None => END_KEYS.into_iter().find_map(|k| property(f, k)),
    };
    let end = match end_value {
        None => None,
        Some(v) => Some(
            read_time(Some(v), offset, dates::end_claim(claimed), form)
                .map_err(|m| ("end", m, None))?,
        ),
    };
    if let Some(e) = end {
        fields::end_after_start(start.start, e.start).map_err(|m| ("end", m, None))?;
    }
    let id =
        f.id.as_ref()
            .map(|id| match id {
                geojson::feature::Id::String(s) => s.clone(),
                geojson::feature::Id::Number(n) => n.to_string(),
            })
            .or_else(|| text(f, "id"));
    let title = keys
        .title
        .as_deref()
        .and_then(|k| text(f, k))
        .or_else(|| TITLE_KEYS.into_iter().find_map(|k| text(f, k)))
        .or_else(|| id.clone())
        .unwrap_or_else(|| "Untitled".into());
    let sources = match property(f, "sources") {
        Some(JsonValue::Array(items)) => items
            .iter()
            .filter_map(|s| {
                // A source without a link (as the export writes one) by its publisher.
                s.get("url")
                    .and_then(JsonValue::as_str)
                    .or(s.as_str())
                    .or(s.get("publisher").and_then(JsonValue::as_str))
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
        category: match &keys.category {
            Some(k) => text(f, k),
            None => text(f, "category").or_else(|| text(f, "type")),
        },
        place_id: text(f, "place_id"),
        place_name: text(f, "place_name").or_else(|| text(f, "place")),
        region: text(f, "region"),
        description: text(f, "description"),
        disputed: text(f, "disputed"),
        sources,
    })
}

/// A time property: text in one of the date forms, or epoch seconds or milliseconds as a number
/// (told apart by its digits, see `dates.rs`). All features must use the form of the first.
fn read_time(
    value: Option<&JsonValue>,
    offset: Offset,
    claimed: Option<Precision>,
    form: &mut Option<DateForm>,
) -> Result<crate::model::Moment, String> {
    let (moment, this_form) = match value {
        None => return Err("no time".into()),
        Some(JsonValue::Number(n)) => dates::parse_number(n)?,
        Some(JsonValue::String(s)) => dates::parse_text(s, offset, claimed)?,
        Some(other) => {
            return Err(format!(
                "expected a date text or epoch seconds or milliseconds, found {other}"
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
