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
    io::{builtin_dataset, parse_any},
    model::Dataset,
    shell::AtlasApp,
};

#[path = "../tests/common/datasets.rs"]
mod datasets;

use datasets::distinct_sites;

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
    parse_any("synthetic.json", &generate::json(Spec { events, seed: 1 }))
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
    group.finish();
}

fn loads(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    let spec = Spec {
        events: 1_000_000,
        seed: 1,
    };
    let json = generate::json(spec);
    group.bench_function("json/1m", |b| {
        b.iter(|| {
            black_box(
                parse_any("synthetic.json", &json)
                    .unwrap()
                    .dataset
                    .events
                    .len(),
            )
        })
    });
    drop(json);
    let csv = generate::csv(spec);
    group.bench_function("csv/1m", |b| {
        b.iter(|| {
            black_box(
                parse_any("synthetic.csv", &csv)
                    .unwrap()
                    .dataset
                    .events
                    .len(),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, frames, loads);
criterion_main!(benches);
