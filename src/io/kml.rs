//! KML 2.2 (Google Earth, Google My Maps, QGIS and GDAL exports): each Placemark with a Point and
//! a `<TimeStamp><when>` or a `<TimeSpan><begin>`/`<end>` becomes an event, as Google Earth's time
//! slider shows them. A Placemark gives its `<name>`, `<description>` and `<atom:link href>`; the
//! name of the Folder it is in is its category. A time written without an offset is taken as
//! UTC, and its precision is as written (`2011`, `2011-12`, `2011-12-16`, to the minute or
//! second). Placemarks without a time, with another geometry than a Point, or with coordinates
//! out of range are skipped with their line. KMZ (zipped KML) is not read: unzip it first.

use jiff::tz::Offset;
use roxmltree::Node;

use super::{
    LoadError,
    dates::{self, DateForm},
    fields,
    import::{self, ImportReport, Row, RowCollector, finish},
    xml::{self, at, child_text},
};
use crate::model::{DatasetParts, Moment};

/// KML's geometries other than a Point, named when a Placemark has one instead.
const OTHER_GEOMETRIES: [&str; 5] = ["LineString", "LinearRing", "Polygon", "Model", "Track"];

/// Parses a KML document. `file` names it in messages.
pub fn parse(file: &str, text: &str) -> Result<(DatasetParts, ImportReport), LoadError> {
    let doc = xml::document(file, text)?;
    let root = xml::root(file, &doc, "kml", "KML")?;
    let mut report = ImportReport {
        format: "KML",
        columns: "Placemarks with a Point and <TimeStamp> or <TimeSpan>".into(),
        ..Default::default()
    };
    let mut rows = RowCollector::default();
    let mut form: Option<DateForm> = None;
    for placemark in xml::descendants(root, "Placemark") {
        let row = placemark_row(placemark, &mut form);
        import::keep_or_skip(file, &mut rows, &mut report, at(&doc, placemark), row);
    }
    report.dates = form.map(DateForm::describe);
    // The name of the file's Document (or top Folder) titles the dataset.
    let title = root
        .children()
        .find(|n| n.is_element() && matches!(n.tag_name().name(), "Document" | "Folder"))
        .and_then(|top| child_text(top, "name"));
    finish(file, Offset::UTC, rows, report, "placemarks with a time")
        .map(|(dataset, report)| (import::titled(dataset, title), report))
}

fn placemark_row(placemark: Node, form: &mut Option<DateForm>) -> Result<Row, String> {
    let element = |name: &'static str| xml::descendants(placemark, name).next();
    let Some(point) = element("Point") else {
        return Err(
            match OTHER_GEOMETRIES.into_iter().find(|g| element(g).is_some()) {
                Some(g) => format!("the placemark is a {g}; only Points are read"),
                None => "the placemark has no Point".into(),
            },
        );
    };
    let coordinates = child_text(point, "coordinates").ok_or("the Point has no <coordinates>")?;
    let (lon, lat) = lon_lat(&coordinates)?;
    let (start, end) = times(placemark, form)?;
    if let Some(end) = &end {
        fields::end_after_start(start.start, end.start).map_err(|m| format!("<end>: {m}"))?;
    }
    let name = child_text(placemark, "name");
    let title = name
        .clone()
        .unwrap_or_else(|| format!("Placemark at {lat}, {lon}"));
    let category = placemark
        .ancestors()
        .find(|n| n.is_element() && n.tag_name().name() == "Folder")
        .and_then(|folder| child_text(folder, "name"))
        .unwrap_or_else(|| "placemark".into());
    Ok(Row {
        id: placemark.attribute("id").map(str::to_string),
        title,
        position: Some((lon, lat)),
        start,
        end,
        category: Some(category),
        place_id: None,
        place_name: name,
        region: None,
        description: child_text(placemark, "description"),
        disputed: None,
        sources: xml::children(placemark, "link")
            .filter_map(|n| n.attribute("href"))
            .map(str::to_string)
            .collect(),
    })
}

/// A Point's `lon,lat[,alt]`, checked.
fn lon_lat(text: &str) -> Result<(f64, f64), String> {
    let tuple = text.split_whitespace().next().unwrap_or_default();
    let mut parts = tuple.split(',').map(str::trim);
    let mut number = |what: &str| -> Result<f64, String> {
        let part = parts.next().filter(|p| !p.is_empty()).ok_or_else(|| {
            format!(
                "<coordinates>{}</coordinates> has no {what}: KML writes longitude,latitude",
                crate::text::printable(tuple)
            )
        })?;
        part.parse()
            .map_err(|_| format!("{what} '{}' is not a number", crate::text::printable(part)))
    };
    let (lon, lat) = (number("longitude")?, number("latitude")?);
    Ok((fields::longitude(lon)?, fields::latitude(lat)?))
}

/// The placemark's start and end: `<TimeStamp><when>`, or `<TimeSpan>` with its `<begin>` and
/// an optional `<end>`.
fn times(placemark: Node, form: &mut Option<DateForm>) -> Result<(Moment, Option<Moment>), String> {
    let mut read = |text: String, tag: &str| {
        dates::parse_text(&text, Offset::UTC, None)
            .map(|(moment, written)| {
                form.get_or_insert(written);
                moment
            })
            .map_err(|m| format!("<{tag}>: {m}"))
    };
    if let Some(stamp) = xml::children(placemark, "TimeStamp").next() {
        let when = child_text(stamp, "when").ok_or("the <TimeStamp> has no <when>")?;
        return Ok((read(when, "when")?, None));
    }
    let Some(span) = xml::children(placemark, "TimeSpan").next() else {
        return Err(
            "the placemark has no <TimeStamp> or <TimeSpan>, so it has no place on the timeline"
                .into(),
        );
    };
    let begin = child_text(span, "begin")
        .ok_or("the <TimeSpan> has no <begin>: a span open at its start has no place to start")?;
    let start = read(begin, "begin")?;
    let end = match child_text(span, "end") {
        Some(end) => Some(read(end, "end")?),
        None => None,
    };
    Ok((start, end))
}
