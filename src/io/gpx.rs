//! GPX 1.0 and 1.1 (GPS exchange format): each waypoint, and each point of a track or route, that
//! carries a `<time>` becomes an event at its coordinates, so a track is drawn point by point as
//! the cursor moves along it (as Google Earth plays a GPX track by time). Waypoints take their
//! `<name>`, `<desc>` (or `<cmt>`), `<type>` and `<link href>` (GPX 1.0: `<url>`); a track's points are named after
//! the track and counted from 1. Points without a time have no place on the timeline and are
//! skipped with their line, as are points with coordinates out of range. GPX times are UTC.

use jiff::tz::Offset;
use roxmltree::Node;

use super::{
    LoadError,
    dates::{self, DateForm},
    fields,
    import::{self, ImportReport, Row, RowCollector, finish},
    xml::{self, at, child_text},
};
use crate::model::DatasetParts;

/// Parses a GPX document. `file` names it in messages.
pub fn parse(file: &str, text: &str) -> Result<(DatasetParts, ImportReport), LoadError> {
    let doc = xml::document(file, text)?;
    let root = xml::root(file, &doc, "gpx", "GPX")?;
    let mut report = ImportReport {
        format: "GPX",
        columns: "waypoints, track and route points with <time>".into(),
        ..Default::default()
    };
    let mut rows = RowCollector::default();
    let mut form: Option<DateForm> = None;
    let mut keep = |node: Node, label: PointLabel| {
        let row = point_row(node, label, &mut form);
        import::keep_or_skip(file, &mut rows, &mut report, at(&doc, node), row);
    };
    for child in root.children().filter(Node::is_element) {
        let kind = child.tag_name().name();
        let (noun, point_tag) = match kind {
            "wpt" => {
                let label = PointLabel {
                    title: child_text(child, "name"),
                    category: child_text(child, "type").unwrap_or_else(|| "waypoint".into()),
                    is_waypoint: true,
                };
                keep(child, label);
                continue;
            }
            "trk" => ("track", "trkpt"),
            "rte" => ("route", "rtept"),
            _ => continue,
        };
        let whole = child_text(child, "name").unwrap_or_else(|| noun.to_string());
        let category = child_text(child, "type").unwrap_or_else(|| format!("{noun} point"));
        for (i, point) in xml::descendants(child, point_tag).enumerate() {
            let label = PointLabel {
                title: Some(format!("{whole}, point {}", i + 1)),
                category: category.clone(),
                is_waypoint: false,
            };
            keep(point, label);
        }
    }
    report.dates = form.map(DateForm::describe);
    // The file's own name for itself (GPX 1.1 <metadata><name>, 1.0 <name>) titles the dataset.
    let title = xml::children(root, "metadata")
        .find_map(|m| child_text(m, "name"))
        .or_else(|| child_text(root, "name"));
    finish(file, Offset::UTC, rows, report, "points with a time")
        .map(|(dataset, report)| (import::titled(dataset, title), report))
}

/// What a point is called and filed under.
struct PointLabel {
    title: Option<String>,
    category: String,
    /// A waypoint names a place of its own; a track's points do not.
    is_waypoint: bool,
}

fn point_row(node: Node, label: PointLabel, form: &mut Option<DateForm>) -> Result<Row, String> {
    let coordinate = |name: &str, check: fn(f64) -> Result<f64, String>| {
        let text = node
            .attribute(name)
            .ok_or_else(|| format!("the point has no {name} attribute"))?;
        let value: f64 = text.trim().parse().map_err(|_| {
            format!(
                "{name}=\"{}\" is not a number",
                crate::text::printable(text)
            )
        })?;
        check(value).map_err(|m| format!("{name}: {m}"))
    };
    let (lat, lon) = (
        coordinate("lat", fields::latitude)?,
        coordinate("lon", fields::longitude)?,
    );
    let time = child_text(node, "time")
        .ok_or("the point has no <time>, so it has no place on the timeline")?;
    let (start, written) =
        dates::parse_text(&time, Offset::UTC, None).map_err(|m| format!("<time>: {m}"))?;
    form.get_or_insert(written);
    let title = label
        .title
        .or_else(|| child_text(node, "name"))
        .unwrap_or_else(|| format!("Point at {lat}, {lon}"));
    let sources = xml::children(node, "link")
        .filter_map(|n| n.attribute("href"))
        .map(str::to_string)
        // GPX 1.0 gives a point's link as <url>.
        .chain(child_text(node, "url"))
        .collect();
    Ok(Row {
        id: None,
        place_name: label.is_waypoint.then(|| title.clone()),
        title,
        position: Some((lon, lat)),
        start,
        end: None,
        category: Some(label.category),
        place_id: None,
        region: None,
        description: child_text(node, "desc").or_else(|| child_text(node, "cmt")),
        disputed: None,
        sources,
    })
}
