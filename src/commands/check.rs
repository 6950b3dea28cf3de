//! `zhanaozen-atlas check`: what a dataset holds, as one line for people or as JSON for scripts.

use std::{collections::BTreeMap, path::Path, process::ExitCode};

use serde::Serialize;

use crate::{
    io::{self, ColumnChoice, LoadError, Loaded, Location},
    model::measure_routes,
};

/// A route's lengths, in the summary.
#[derive(Debug, Serialize, PartialEq)]
pub struct RouteSummary {
    /// The route's id.
    pub id: String,
    /// The length along its path, in kilometres (one decimal).
    pub path_km: f64,
    /// The straight-line distance between its ends, in kilometres (one decimal).
    pub straight_km: f64,
}

/// A row or feature an import left out, in the summary.
#[derive(Debug, Serialize, PartialEq)]
pub struct SkippedRow {
    /// Where it is in the file, such as a line or feature number.
    pub location: String,
    /// Why it was left out.
    pub message: String,
}

/// Counts, extent and what an import left out.
#[derive(Debug, Serialize, PartialEq)]
pub struct Summary {
    /// The dataset's path as given on the command line, or the built-in dataset's name.
    pub file: String,
    /// The format it was read as: "Zhanaozen Atlas JSON", "GeoJSON" or "CSV".
    pub format: String,
    /// How many events the dataset has.
    pub events: usize,
    /// How many places.
    pub places: usize,
    /// How many sources.
    pub sources: usize,
    /// How many claims there are on each subject.
    pub claims: BTreeMap<String, usize>,
    /// Start of the first event and end of the last (ISO 8601, the dataset's notation).
    pub time_span: Option<[String; 2]>,
    /// West, south, east, north of the places with events.
    pub bbox: Option<[f64; 4]>,
    /// Each route's lengths.
    pub routes: Vec<RouteSummary>,
    /// Which columns or properties an import used.
    pub columns: Option<String>,
    /// How many rows or features the import left out in all.
    pub rows_skipped: usize,
    /// The first skipped rows, with where they are and why.
    pub skipped: Vec<SkippedRow>,
    /// How an import read the dates ("epoch seconds").
    pub dates: Option<String>,
    /// The encoding an import's text was decoded from, where it was not UTF-8.
    pub encoding: Option<String>,
    /// The import's notes on what it kept (a header named twice, links not kept), the first ones
    /// with their place in the file.
    pub notes: Vec<SkippedRow>,
}

impl Summary {
    /// Summarises a loaded dataset; `file` names it in the output.
    pub fn of(loaded: &Loaded, file: &str) -> Self {
        let d = &loaded.dataset;
        let mut claims = BTreeMap::new();
        for c in &d.claims {
            *claims.entry(c.subject.clone()).or_insert(0) += 1;
        }
        let time_span = d.events.first().map(|first| {
            let last = d
                .events
                .iter()
                .max_by_key(|e| e.end.unwrap_or(e.start).start)
                .unwrap_or(first);
            [
                first.start.to_iso(d.offset),
                last.end.unwrap_or(last.start).to_iso(d.offset),
            ]
        });
        let mut bbox: Option<[f64; 4]> = None;
        for p in d
            .events
            .iter()
            .filter_map(|e| e.place)
            .map(|p| d.places[p].position)
        {
            let b = bbox.get_or_insert([p.x(), p.y(), p.x(), p.y()]);
            *b = [
                b[0].min(p.x()),
                b[1].min(p.y()),
                b[2].max(p.x()),
                b[3].max(p.y()),
            ];
        }
        let routes = d
            .routes
            .iter()
            .zip(measure_routes(d))
            .map(|(r, m)| RouteSummary {
                id: r.id.clone(),
                path_km: round1(m.path_km),
                straight_km: round1(m.straight_km),
            })
            .collect();
        let report = loaded.report.as_ref();
        Self {
            file: file.to_string(),
            format: report
                .map_or("Zhanaozen Atlas JSON", |r| r.format)
                .to_string(),
            events: d.events.len(),
            places: d.places.len(),
            sources: d.sources.len(),
            claims,
            time_span,
            bbox,
            routes,
            columns: report.map(|r| r.columns.clone()),
            rows_skipped: report.map_or(0, |r| r.skipped_total),
            skipped: report.map(|r| listed(&r.skipped)).unwrap_or_default(),
            dates: report.and_then(|r| r.dates).map(str::to_string),
            encoding: report.and_then(|r| r.encoding).map(str::to_string),
            notes: report.map(|r| listed(&r.notes)).unwrap_or_default(),
        }
    }

    /// "data/x.json: ok: 55 events, 11 places, 75 sources; 2011-05 to 2013-07; …"
    pub fn line(&self) -> String {
        let mut line = format!(
            "{}: ok: {} events, {} places, {} sources",
            self.file, self.events, self.places, self.sources
        );
        if !self.claims.is_empty() {
            let claims: Vec<String> = self
                .claims
                .iter()
                .map(|(s, n)| format!("{n} on {s}"))
                .collect();
            line.push_str(&format!(", claims: {}", claims.join(", ")));
        }
        match &self.time_span {
            Some([a, b]) => line.push_str(&format!("; {a} to {b}")),
            None => line.push_str("; no time span"),
        }
        for r in &self.routes {
            line.push_str(&format!(
                "; route {} {:.1} km (straight line {:.1} km)",
                r.id, r.path_km, r.straight_km
            ));
        }
        if let Some(columns) = &self.columns {
            line.push_str(&format!("; columns {columns}"));
        }
        if let Some(dates) = &self.dates {
            line.push_str(&format!("; dates read as {dates}"));
        }
        if let Some(encoding) = &self.encoding {
            line.push_str(&format!("; text decoded from {encoding}"));
        }
        if self.rows_skipped > 0 {
            line.push_str(&format!(
                "; {} rows skipped (first: {} {})",
                self.rows_skipped, self.skipped[0].location, self.skipped[0].message
            ));
        }
        for note in &self.notes {
            match note.location.as_str() {
                "" => line.push_str(&format!("\nnote: {}", note.message)),
                at => line.push_str(&format!("\nnote: {at}: {}", note.message)),
            }
        }
        line
    }
}

fn listed(problems: &[io::Problem]) -> Vec<SkippedRow> {
    problems
        .iter()
        .map(|p| SkippedRow {
            location: p.location.to_string(),
            message: p.message.clone(),
        })
        .collect()
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The errors of a file that failed, as JSON.
pub fn errors_json(e: &LoadError) -> serde_json::Value {
    let problems: Vec<serde_json::Value> = e
        .problems
        .iter()
        .map(|p| {
            let mut v =
                serde_json::json!({ "message": p.message, "where": p.location.to_string() });
            if let Location::LineColumn { line, column } = p.location {
                v["line"] = line.into();
                v["column"] = column.into();
            }
            v
        })
        .collect();
    serde_json::json!({ "file": e.file, "ok": false, "errors": problems })
}

/// Checks the dataset (the built-in one without `dataset`) and prints its summary, or every
/// problem; exit code 2 for a file that does not load.
pub fn run(dataset: Option<&Path>, json: bool, columns: &ColumnChoice) -> ExitCode {
    match io::load_or_builtin(dataset, columns) {
        Ok((loaded, name)) => {
            let summary = Summary::of(&loaded, &name);
            // The process ends here: freeing a million events one by one would only delay it.
            std::mem::forget(loaded);
            if json {
                super::report(
                    &serde_json::to_string_pretty(&summary).expect("a summary serialises"),
                )
            } else {
                super::report(&summary.line())
            }
        }
        Err(e) if json => {
            let _ = super::report(
                &serde_json::to_string_pretty(&errors_json(&e)).expect("errors serialise"),
            );
            ExitCode::from(2)
        }
        Err(e) => super::fail(&format!("{e}\n{} problem(s) found.", e.problems.len())),
    }
}
