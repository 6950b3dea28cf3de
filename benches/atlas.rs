//! Criterion benches: whole UI frames (input → layout → tessellation, on a CPU egui context) while
//! scrubbing and zooming, and loading a million events. Ids are stable so that results compare
//! over time; see docs/performance.md.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use egui::{Context, RawInput, Rect, pos2};
use jiff::Timestamp;
use zhanaozen_atlas::{
    app::{AtlasState, Intent, apply},
    commands::generate::{self, Spec},
    io::{builtin_dataset, parse_any, to_atlas_json},
    model::Dataset,
    shell::AtlasApp,
};

#[path = "../tests/common/datasets.rs"]
mod datasets;

use datasets::{distinct_sites, distinct_sites_csv};

/// The app's allocator (src/main.rs), so that loads are measured as the app runs them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_max(pos2(0.0, 0.0), pos2(1400.0, 900.0))),
        ..Default::default()
    }
}

/// A settled app on `dataset`, with the cursor at its middle.
fn app(dataset: Dataset) -> (Context, AtlasApp) {
    let ctx = Context::default();
    let mut app = AtlasApp::new(AtlasState::new(dataset, "bench".into()));
    let (a, b) = app.state.time().span();
    let _ = apply(
        &mut app.state,
        Intent::SetCursor(Timestamp::from_second((a.as_second() + b.as_second()) / 2).unwrap()),
    );
    for _ in 0..4 {
        frame(&ctx, &mut app);
    }
    (ctx, app)
}

fn frame(ctx: &Context, app: &mut AtlasApp) -> usize {
    let out = ctx.run_ui(input(), |ui| app.show(ui));
    ctx.tessellate(out.shapes, out.pixels_per_point).len()
}

/// The i-th of 64 cursor positions across the dataset's span.
fn cursor_at(app: &AtlasApp, i: usize) -> Timestamp {
    let (a, b) = app.state.time().span();
    let f = (i % 64) as f64 / 63.0;
    Timestamp::from_second(a.as_second() + ((b.as_second() - a.as_second()) as f64 * f) as i64)
        .unwrap()
}

fn synthetic(events: usize) -> Dataset {
    parse_any("synthetic.json", &generate::json(Spec::new(events, 1)))
        .unwrap()
        .dataset
}

/// The built-in record of commit 36e0006, before the audit of issue #15.
fn record_v1() -> Dataset {
    zhanaozen_atlas::io::parse_any(
        "zhanaozen-2011-v1.json",
        include_str!("data/zhanaozen-2011-v1.json"),
    )
    .unwrap()
    .dataset
}

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(30);
    for (name, dataset) in [
        ("builtin", builtin_dataset()),
        // The record as it was before the audit (55 events, 27 claims): the same data on both
        // sides when this code is compared with code of that time.
        ("builtin_v1", record_v1()),
        ("10k", synthetic(10_000)),
        ("100k", synthetic(100_000)),
        ("1m", synthetic(1_000_000)),
    ] {
        let (ctx, mut app) = app(dataset);
        let mut i = 0;
        group.bench_function(BenchmarkId::new(name, "scrub"), |b| {
            b.iter(|| {
                i += 1;
                let t = cursor_at(&app, i);
                let _ = apply(&mut app.state, Intent::SetCursor(t));
                black_box(frame(&ctx, &mut app))
            })
        });
        if name != "1m" {
            continue;
        }
        group.bench_function(BenchmarkId::new(name, "zoom_time"), |b| {
            b.iter(|| {
                i += 1;
                let anchor = cursor_at(&app, i);
                let factor = if i % 2 == 0 { 0.5 } else { 2.0 };
                let _ = apply(&mut app.state, Intent::ZoomTime { anchor, factor });
                black_box(frame(&ctx, &mut app))
            })
        });
        group.bench_function(BenchmarkId::new(name, "zoom_map"), |b| {
            b.iter(|| {
                i += 1;
                let center = app.state.map().center();
                let _ = apply(
                    &mut app.state,
                    Intent::ZoomMapTo {
                        center,
                        zoom: if i % 2 == 0 { 6.5 } else { 8.5 },
                    },
                );
                black_box(frame(&ctx, &mut app))
            })
        });
        // The baseline: the same frame plus one pass over every event, as a renderer that scans
        // all events per frame would make.
        group.bench_function(BenchmarkId::new(name, "scrub_naive"), |b| {
            b.iter(|| {
                i += 1;
                let t = cursor_at(&app, i);
                let _ = apply(&mut app.state, Intent::SetCursor(t));
                let shown = (0..app.state.dataset().events.len())
                    .filter(|&e| app.state.is_event_shown(e))
                    .count();
                black_box((shown, frame(&ctx, &mut app)))
            })
        });
    }
    // A million distinct sites: the map reads grid cells, not sites, at every zoom.
    let (ctx, mut app) = app(distinct_sites(1_000_000));
    let mut i = 0;
    group.bench_function(BenchmarkId::new("1m_sites", "scrub"), |b| {
        b.iter(|| {
            i += 1;
            let t = cursor_at(&app, i);
            let _ = apply(&mut app.state, Intent::SetCursor(t));
            black_box(frame(&ctx, &mut app))
        })
    });
    group.bench_function(BenchmarkId::new("1m_sites", "zoom_map"), |b| {
        b.iter(|| {
            i += 1;
            let center = app.state.map().center();
            let _ = apply(
                &mut app.state,
                Intent::ZoomMapTo {
                    center,
                    zoom: [5.5, 7.0, 8.5, 10.0][i % 4],
                },
            );
            black_box(frame(&ctx, &mut app))
        })
    });
    drop((ctx, app));
    // Ten million events at shared sites: the frame's work must not grow with them. Built only
    // when the id is selected (criterion calls the closure only then), as it takes a minute.
    let mut ten_million: Option<(Context, AtlasApp)> = None;
    group.bench_function(BenchmarkId::new("10m", "scrub"), |b| {
        let (ctx, app) = ten_million.get_or_insert_with(|| self::app(synthetic(10_000_000)));
        b.iter(|| {
            i += 1;
            let t = cursor_at(app, i);
            let _ = apply(&mut app.state, Intent::SetCursor(t));
            black_box(frame(ctx, app))
        })
    });
    group.finish();
}

/// Criterion's bench of loading `text` as the file `name`, counting its events.
fn load_bench(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    id: &str,
    name: &str,
    text: &str,
) {
    group.bench_function(id, |b| {
        b.iter(|| black_box(parse_any(name, text).unwrap().dataset.events.len()))
    });
}

fn loads(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    let spec = Spec::new(1_000_000, 1);
    let json = generate::json(spec);
    load_bench(&mut group, "json/1m", "synthetic.json", &json);
    drop(json);
    let csv = generate::csv(spec);
    load_bench(&mut group, "csv/1m", "synthetic.csv", &csv);
    drop(csv);
    // A million rows at coordinates of their own, as CSV and as the same rows in the app's JSON.
    let csv = distinct_sites_csv(1_000_000);
    load_bench(&mut group, "csv/1m_sites", "sites.csv", &csv);
    let json = to_atlas_json(&parse_any("sites.csv", &csv).unwrap().dataset);
    drop(csv);
    load_bench(&mut group, "json/1m_sites", "sites.json", &json);
    drop(json);
    let mut ten_million: Option<String> = None;
    group.bench_function("json/10m", |b| {
        let json = ten_million.get_or_insert_with(|| generate::json(Spec::new(10_000_000, 1)));
        b.iter(|| {
            black_box(
                parse_any("synthetic.json", json)
                    .unwrap()
                    .dataset
                    .events
                    .len(),
            )
        })
    });
    group.finish();
}

/// A keystroke in the search box over a million events (`apply` of the filter, off the frame
/// path): `keystroke`, two queries that match nothing, so every text of every event is read;
/// `keystroke_match`, two that match about 11,000 events each ("Synthetic event 12…"), so the
/// mask, the histogram and the place counts are rebuilt each time.
fn search(c: &mut Criterion) {
    let mut group = c.benchmark_group("search");
    group.sample_size(10);
    let mut state = AtlasState::new(synthetic(1_000_000), "bench".into());
    let mut i = 0;
    for (id, queries) in [
        ("keystroke", ["zqx", "zqxj"]),
        ("keystroke_match", ["event 12", "event 13"]),
    ] {
        group.bench_function(BenchmarkId::new("1m", id), |b| {
            b.iter(|| {
                i += 1;
                let filter = zhanaozen_atlas::model::EventFilter {
                    query: queries[i % 2].into(),
                    ..Default::default()
                };
                black_box(apply(&mut state, Intent::SetFilter(filter)))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, frames, loads, search);
criterion_main!(benches);
