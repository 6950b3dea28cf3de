//! `zhanaozen-atlas generate`: a deterministic synthetic dataset for measuring speed and memory.
//! Events are clustered around real towns of the basemap and spread over two years, with the
//! proportions of spans, month-precision dates and categories of a real record. Everything it
//! writes is labelled synthetic.

use rand_chacha::{
    ChaCha8Rng,
    rand_core::{Rng as _, SeedableRng as _},
};

use crate::{
    basemap::Basemap,
    io::{
        FORMAT_TAG,
        columns::{self, Field},
        raw::{RawDataset, RawEvent, RawNames, RawPlace, RawSource},
    },
};

/// What to generate.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    /// How many events to generate.
    pub events: usize,
    /// The random seed: the same seed and count give the same dataset.
    pub seed: u64,
    /// How many sites the events happen at; `None` for [`site_count`]'s default. With at least as
    /// many sites as events, each event has a site of its own (as point feeds have).
    pub sites: Option<usize>,
}

impl Spec {
    /// `events` events at the default number of sites, from seed `seed`.
    pub fn new(events: usize, seed: u64) -> Self {
        Self {
            events,
            seed,
            sites: None,
        }
    }

    fn site_count(&self) -> usize {
        self.sites.unwrap_or_else(|| site_count(self.events)).max(1)
    }
}

/// The output formats of the generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum GeneratedFormat {
    /// The app's own JSON format.
    Json,
    /// CSV, with the columns the CSV export writes.
    Csv,
}

/// Categories with their weights (out of 100), roughly those of the built-in record.
const CATEGORIES: [(&str, u64); 9] = [
    ("legal", 30),
    ("government", 15),
    ("protest", 12),
    ("violence", 10),
    ("casualties", 10),
    ("strike", 8),
    ("media", 7),
    ("dismissal", 5),
    ("transfer", 3),
];

/// 1 January 2011, 00:00 UTC+5, and two years on.
const START: i64 = 1_293_822_000;
const YEARS_SECONDS: i64 = 2 * 365 * 86_400;

struct Gen(ChaCha8Rng);

impl Gen {
    fn below(&mut self, n: u64) -> u64 {
        self.0.next_u64() % n.max(1)
    }
    fn unit(&mut self) -> f64 {
        (self.0.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Roughly normal, from the sum of uniforms.
    fn normal(&mut self) -> f64 {
        (0..4).map(|_| self.unit()).sum::<f64>() - 2.0
    }
}

/// A site near a real town.
struct Site {
    id: String,
    name: String,
    lat: f64,
    lon: f64,
}

/// One generated event, as the formats write it.
struct Row {
    start: String,
    end: Option<String>,
    precision: &'static str,
    category: &'static str,
    site: usize,
    source: usize,
}

fn sites(g: &mut Gen, count: usize) -> Vec<Site> {
    // Mangystau's towns weigh most; the rest of the basemap's towns add context.
    let towns: Vec<_> = Basemap::embedded()
        .towns
        .iter()
        .filter(|t| (49.0..57.0).contains(&t.lon) && (41.0..47.5).contains(&t.lat))
        .collect();
    let total: u64 = towns.iter().map(|t| t.population.max(1000)).sum();
    (0..count)
        .map(|i| {
            let mut pick = g.below(total);
            let town = towns
                .iter()
                .find(|t| {
                    let w = t.population.max(1000);
                    if pick < w {
                        true
                    } else {
                        pick -= w;
                        false
                    }
                })
                .unwrap_or(&towns[0]);
            Site {
                id: format!("site-{}", i + 1),
                name: format!("Site {} near {}", i + 1, town.name),
                lat: town.lat + 0.08 * g.normal(),
                lon: town.lon + 0.1 * g.normal(),
            }
        })
        .collect()
}

fn date(seconds: i64, precision: &str) -> String {
    let t = jiff::Timestamp::from_second(seconds).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let z = t.to_zoned_datetime(jiff::tz::TimeZone::fixed(jiff::tz::Offset::constant(5)));
    match precision {
        "month" => z.strftime("%Y-%m").to_string(),
        "day" => z.strftime("%Y-%m-%d").to_string(),
        _ => z.strftime("%Y-%m-%dT%H:%M+05:00").to_string(),
    }
}

fn rows(g: &mut Gen, spec: Spec, sites: usize) -> Vec<Row> {
    // A third of the events fall in a few busy weeks, as real records cluster around crises.
    let bursts: Vec<i64> = (0..6)
        .map(|_| START + (g.unit() * YEARS_SECONDS as f64) as i64)
        .collect();
    let own_sites = sites >= spec.events;
    let mut out: Vec<Row> = (0..spec.events)
        .map(|i| {
            let t = if g.below(3) == 0 {
                bursts[g.below(bursts.len() as u64) as usize] + (g.unit() * 14.0 * 86_400.0) as i64
            } else {
                START + (g.unit() * YEARS_SECONDS as f64) as i64
            };
            let kind = g.below(100);
            let (precision, end) = match kind {
                0..10 => ("month", None),
                10..15 => (
                    "day",
                    Some(date(t + (1 + g.below(30) as i64) * 86_400, "day")),
                ),
                15..75 => ("day", None),
                _ => ("minute", None),
            };
            let mut pick = g.below(100);
            let category = CATEGORIES
                .iter()
                .find(|(_, w)| {
                    if pick < *w {
                        true
                    } else {
                        pick -= w;
                        false
                    }
                })
                .map_or("legal", |(c, _)| c);
            Row {
                start: date(t, precision),
                end,
                precision,
                category,
                site: if own_sites {
                    i
                } else {
                    g.below(sites as u64) as usize
                },
                source: g.below(SOURCES as u64) as usize,
            }
        })
        .collect();
    out.sort_by(|a, b| a.start.cmp(&b.start));
    out
}

/// The number of sites for `events`: about one per hundred events, within 20..=5,000.
pub fn site_count(events: usize) -> usize {
    (events / 100).clamp(20, 5_000)
}

/// Degrees to five decimals (about a metre), as the towns' coordinates are given.
fn round5(x: f64) -> f64 {
    (x * 1e5).round() / 1e5
}

/// The dataset in the app's JSON format, written through the types the loader reads.
pub fn json(spec: Spec) -> String {
    let mut g = Gen(ChaCha8Rng::seed_from_u64(spec.seed));
    let sites = sites(&mut g, spec.site_count());
    let rows = rows(&mut g, spec, sites.len());
    let places = sites
        .iter()
        .map(|s| RawPlace {
            id: s.id.clone(),
            names: RawNames {
                en: s.name.clone(),
                ru: None,
                kk: None,
            },
            lat: round5(s.lat),
            lon: round5(s.lon),
            kind: "synthetic".into(),
            focus: false,
            geonames_id: None,
            coordinate_source: None,
            uncertainty_km: None,
        })
        .collect();
    let sources = (0..SOURCES)
        .map(|k| RawSource {
            id: format!("source-{k}"),
            publisher: format!("Synthetic source {k}"),
            title: "Generated".into(),
            url: Some(source_url(k)),
            note: None,
            date: None,
            copy: None,
            descriptive_title: false,
        })
        .collect();
    let events: Vec<RawEvent> = rows
        .into_iter()
        .enumerate()
        .map(|(i, r)| RawEvent {
            id: format!("e{i}"),
            title: format!("Synthetic event {i}"),
            start: r.start,
            end: r.end,
            precision: None,
            place: Some(sites[r.site].id.clone()),
            region: None,
            category: r.category.into(),
            description: String::new(),
            disputed: None,
            location_note: None,
            single_source: false,
            single_source_note: None,
            sources: vec![format!("source-{}", r.source)],
        })
        .collect();
    let dataset = RawDataset {
        format: FORMAT_TAG.into(),
        title: format!(
            "Synthetic dataset: {} events, seed {}",
            spec.events, spec.seed
        ),
        description:
            "Generated by zhanaozen-atlas generate: synthetic events, not a record of anything."
                .into(),
        utc_offset: "+05:00".into(),
        time_zone_note: None,
        time_presets: Vec::new(),
        opening: None,
        home_region: None,
        story: Vec::new(),
        places,
        sources,
        events,
        routes: Vec::new(),
        claims: Vec::new(),
    };
    serde_json::to_string(&dataset).expect("a dataset serialises")
}

/// How many synthetic sources the events cite.
const SOURCES: usize = 50;

fn source_url(k: usize) -> String {
    format!("https://example.org/synthetic/{k}")
}

/// The dataset as CSV, with the columns the CSV export writes and the importer finds by name.
pub fn csv(spec: Spec) -> String {
    let mut g = Gen(ChaCha8Rng::seed_from_u64(spec.seed));
    let sites = sites(&mut g, spec.site_count());
    let rows = rows(&mut g, spec, sites.len());
    let mut w = ::csv::Writer::from_writer(Vec::with_capacity(spec.events * 150));
    w.write_record(columns::header())
        .expect("writing to memory");
    for (i, r) in rows.iter().enumerate() {
        let s = &sites[r.site];
        let record = columns::COLUMNS.map(|(field, _)| match field {
            Field::Id => format!("e{i}"),
            Field::Title => format!("Synthetic event {i}"),
            Field::Start => r.start.clone(),
            Field::End => r.end.clone().unwrap_or_default(),
            Field::Precision => r.precision.into(),
            Field::UtcOffset => "+05:00".into(),
            Field::Category => r.category.into(),
            Field::PlaceId => s.id.clone(),
            Field::PlaceName => s.name.clone(),
            Field::Lat => format!("{:.5}", s.lat),
            Field::Lon => format!("{:.5}", s.lon),
            Field::Region | Field::Description | Field::Disputed => String::new(),
            Field::Sources => source_url(r.source),
        });
        w.write_record(&record).expect("writing to memory");
    }
    String::from_utf8(w.into_inner().expect("flushing to memory")).expect("UTF-8 fields")
}

/// Writes the synthetic dataset of `spec` in `format` to `out` or standard output.
pub fn run(
    spec: Spec,
    format: GeneratedFormat,
    out: Option<&std::path::Path>,
) -> std::process::ExitCode {
    let text = match format {
        GeneratedFormat::Json => json(spec),
        GeneratedFormat::Csv => csv(spec),
    };
    super::write_out(out, &text, spec.events)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::parse_any;

    #[test]
    fn generated_datasets_load_are_deterministic_and_say_they_are_synthetic() {
        let spec = Spec::new(2_000, 7);
        let a = json(spec);
        assert_eq!(a, json(spec), "the same seed gives the same file");
        assert_ne!(a, json(Spec { seed: 8, ..spec }));
        let d = parse_any("synthetic.json", &a).unwrap().dataset;
        assert_eq!(d.events.len(), 2_000);
        assert_eq!(d.places.len(), site_count(2_000));
        assert!(d.description.contains("synthetic"));
        let month = d
            .events
            .iter()
            .filter(|e| e.start.precision == crate::model::Precision::Month)
            .count();
        let spans = d.events.iter().filter(|e| e.end.is_some()).count();
        assert!((100..300).contains(&month), "{month}");
        assert!((40..180).contains(&spans), "{spans}");
        let c = parse_any("synthetic.csv", &csv(spec)).unwrap();
        assert_eq!(c.dataset.events.len(), 2_000);
        assert_eq!(c.report.unwrap().skipped_total, 0);
    }

    #[test]
    fn with_as_many_sites_as_events_each_event_has_a_site_of_its_own() {
        let spec = Spec {
            sites: Some(500),
            ..Spec::new(500, 3)
        };
        for (name, text) in [("sites.json", json(spec)), ("sites.csv", csv(spec))] {
            let d = parse_any(name, &text).unwrap().dataset;
            assert_eq!(d.places.len(), 500);
            assert!((0..500).all(|p| d.events_at(p).len() == 1));
        }
    }
}
