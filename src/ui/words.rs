//! The interface's words for the model's and the timeline's enums, in the chosen language.

use crate::{
    app::Status,
    i18n::Language,
    model::{ClaimValue, Claimant, Dataset, Event, Precision, Source, SourceCopy},
    tiles::MapLayer,
    timeline::{RecentWindow, Resolution, Speed},
    tr,
};

/// What the menu bar and the progress window call a dataset: the file's name, or for the
/// built-in record (path `None`) its name in `lang`, not the file it is built from.
pub fn dataset_name(lang: Language, path: Option<&std::path::Path>) -> String {
    match path {
        None => tr!(lang, "builtin-record"),
        Some(path) => path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
    }
}

/// A map layer's name, in `lang`: "OpenStreetMap (online)".
pub fn map_layer(lang: Language, layer: &MapLayer) -> String {
    match layer {
        MapLayer::Offline => tr!(lang, "layer-offline"),
        MapLayer::OpenStreetMap => tr!(lang, "layer-osm"),
        MapLayer::OpenTopoMap => tr!(lang, "layer-topo"),
        MapLayer::Custom { .. } => tr!(lang, "layer-custom", host = layer.host()),
    }
}

/// Where an event happened, in `lang`: its place's name, else its region, else "place not known".
pub fn event_place(lang: Language, d: &Dataset, e: &Event) -> String {
    match (e.place, e.region()) {
        (Some(p), _) => d.places[p].names.get(lang.code()).to_string(),
        (None, Some(region)) => region.to_string(),
        (None, None) => tr!(lang, "mark-place-unknown"),
    }
}

/// A claimant's name, in `lang`.
pub fn claimant(lang: Language, c: Claimant) -> String {
    match c {
        Claimant::Government => tr!(lang, "claimant-government"),
        Claimant::Prosecutor => tr!(lang, "claimant-prosecutor"),
        Claimant::Court => tr!(lang, "claimant-court"),
        Claimant::Opposition => tr!(lang, "claimant-opposition"),
        Claimant::RightsGroup => tr!(lang, "claimant-rights-group"),
        Claimant::Witness => tr!(lang, "claimant-witness"),
        Claimant::Media => tr!(lang, "claimant-media"),
        Claimant::International => tr!(lang, "claimant-international"),
    }
}

/// "15", "15–17", "at least 16"; words stay as the source gives them.
pub fn claim_value(lang: Language, v: &ClaimValue) -> String {
    match v {
        ClaimValue::Range {
            min: Some(a),
            max: None,
        } => tr!(lang, "claim-at-least", n = ClaimValue::number_text(*a)),
        ClaimValue::Range {
            min: None,
            max: Some(b),
        } => tr!(lang, "claim-at-most", n = ClaimValue::number_text(*b)),
        ClaimValue::Range {
            min: None,
            max: None,
        } => tr!(lang, "date-not-known"),
        other => other.format(),
    }
}

/// A date precision's name, in `lang`.
pub fn precision(lang: Language, p: Precision) -> String {
    match p {
        Precision::Year => tr!(lang, "precision-year"),
        Precision::Month => tr!(lang, "precision-month"),
        Precision::Week => tr!(lang, "precision-week"),
        Precision::Day => tr!(lang, "precision-day"),
        Precision::Hour => tr!(lang, "precision-hour"),
        Precision::Minute => tr!(lang, "precision-minute"),
    }
}

/// A playback speed's name, in `lang`.
pub fn speed(lang: Language, s: Speed) -> String {
    match s {
        Speed::HourPerSecond => tr!(lang, "speed-hour"),
        Speed::SixHoursPerSecond => tr!(lang, "speed-six-hours"),
        Speed::DayPerSecond => tr!(lang, "speed-day"),
        Speed::WeekPerSecond => tr!(lang, "speed-week"),
        Speed::MonthPerSecond => tr!(lang, "speed-month"),
    }
}

/// A recent window's name, in `lang` ("the last week"), as the legend and the control say it.
pub fn recent_window(lang: Language, w: RecentWindow) -> String {
    match w {
        RecentWindow::Day => tr!(lang, "recent-day"),
        RecentWindow::Week => tr!(lang, "recent-week"),
        RecentWindow::Month => tr!(lang, "recent-month"),
        RecentWindow::Everything => tr!(lang, "recent-everything"),
    }
}

/// A histogram resolution's name, in `lang`.
pub fn resolution(lang: Language, r: Resolution) -> String {
    match r {
        Resolution::Hour => tr!(lang, "resolution-hour"),
        Resolution::Day => tr!(lang, "resolution-day"),
        Resolution::Week => tr!(lang, "resolution-week"),
        Resolution::Month => tr!(lang, "resolution-month"),
    }
}

/// "50 km", "500 m".
pub fn distance(lang: Language, km: f64) -> String {
    if km >= 1.0 {
        tr!(lang, "distance-km", km = format!("{km:.0}"))
    } else {
        tr!(lang, "distance-m", m = format!("{:.0}", km * 1000.0))
    }
}

/// "141.1": kilometres to one decimal, as the map and panels show them.
pub fn km(value: f64) -> String {
    format!("{value:.1}")
}

/// The title bar's line about the last file operation.
pub fn status(lang: Language, status: &Status) -> String {
    match status {
        Status::Opened { name, report: None } => tr!(lang, "status-opened", name = name.as_str()),
        Status::Opened {
            name,
            report: Some(report),
        } => tr!(
            lang,
            "status-opened-report",
            name = name.as_str(),
            report = report.as_str()
        ),
        Status::Wrote { count, path } => tr!(
            lang,
            "status-wrote",
            count = *count,
            path = path.display().to_string()
        ),
        Status::SavedPng {
            path,
            size: [width, height],
        } => tr!(
            lang,
            "status-saved-png",
            path = path.display().to_string(),
            width = *width,
            height = *height
        ),
        Status::WriteFailed { path, error } => tr!(
            lang,
            "status-write-failed",
            path = path.as_str(),
            error = error.as_str()
        ),
        Status::LinkCopied { command } => {
            tr!(lang, "status-link-copied", command = command.as_str())
        }
    }
}

/// A source's title as the panels show it: a description written for the record in brackets
/// (it is not the page's headline), and what the cited copy is when it is not the original.
pub fn source_title(lang: Language, source: &Source) -> String {
    let title = if source.descriptive_title {
        format!("[{}]", source.title)
    } else {
        source.title.clone()
    };
    match source.copy {
        SourceCopy::Original => title,
        SourceCopy::Translation => tr!(lang, "source-translation", title = title),
        SourceCopy::Mirror => tr!(lang, "source-mirror", title = title),
        SourceCopy::Relay => tr!(lang, "source-relay", title = title),
    }
}
