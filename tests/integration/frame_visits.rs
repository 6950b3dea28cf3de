//! The frame path over a large dataset reads a bounded number of events and places, not all of
//! them: every read on the frame path is counted (`model::visits`, in debug builds), and frames
//! while scrubbing, zooming the time axis and zooming the map stay under bounds that do not grow
//! with the dataset.

use egui::{Context, RawInput, Rect, pos2};
use jiff::Timestamp;
use zhanaozen_atlas::{
    app::{AtlasState, Intent, apply},
    commands::generate::{self, Spec},
    io::parse_any,
    model::visits,
    shell::AtlasApp,
    ui::timeline::MAX_MARKS,
};

use crate::common;

const EVENTS: usize = 1_000_000;

/// Runs one frame; the events and places it read.
fn frame(ctx: &Context, app: &mut AtlasApp) -> (u64, u64) {
    visits::take();
    let input = RawInput {
        screen_rect: Some(Rect::from_min_max(pos2(0.0, 0.0), pos2(1400.0, 900.0))),
        ..Default::default()
    };
    let mut out = ctx.run_ui(input, |ui| app.show(ui));
    ctx.tessellate(out.shapes, out.pixels_per_point);
    // No renderer takes the font textures here.
    out.textures_delta.clear();
    visits::take()
}

#[test]
fn a_frame_reads_a_bounded_number_of_events() {
    let text = generate::json(Spec::new(EVENTS, 1));
    let dataset = parse_any("synthetic.json", &text).unwrap().dataset;
    let ctx = Context::default();
    let mut app = AtlasApp::new(AtlasState::new(dataset, "synthetic".into()));
    for _ in 0..4 {
        frame(&ctx, &mut app);
    }
    let (a, b) = app.state.time().span();
    let at = |f: f64| {
        Timestamp::from_second(a.as_second() + ((b.as_second() - a.as_second()) as f64 * f) as i64)
            .unwrap()
    };
    // The bound: the marks the strip may lay out, and a margin for the routes and the selection.
    let bound = (MAX_MARKS + 1_000) as u64;
    let mut most = 0;
    for i in 0..16 {
        let _ = apply(&mut app.state, Intent::SetCursor(at(i as f64 / 15.0)));
        most = most.max(frame(&ctx, &mut app).0);
    }
    // Zoomed in on the time axis until marks are drawn one by one, then scrubbing there.
    for _ in 0..14 {
        let _ = apply(
            &mut app.state,
            Intent::ZoomTime {
                anchor: at(0.5),
                factor: 0.5,
            },
        );
        most = most.max(frame(&ctx, &mut app).0);
    }
    for i in 0..8 {
        let _ = apply(
            &mut app.state,
            Intent::SetCursor(at(0.5 + i as f64 / 2000.0)),
        );
        most = most.max(frame(&ctx, &mut app).0);
    }
    // Around the busiest site, where markers are drawn one by one.
    let busiest = (0..app.state.dataset().places.len())
        .max_by_key(|&p| app.state.dataset().events_at(p).len())
        .unwrap();
    let center = app.state.dataset().places[busiest].position;
    for zoom in [5.0, 7.0, 9.0, 11.0] {
        let _ = apply(&mut app.state, Intent::ZoomMapTo { center, zoom });
        most = most.max(frame(&ctx, &mut app).0);
    }
    // With a category switched off, the counts on the map must not fall back to reading events.
    let mut filter = app.state.shown().filter().clone();
    let category = app.state.dataset().categories()[0].0.to_string();
    filter.hidden_categories.insert(category);
    let _ = apply(&mut app.state, Intent::SetFilter(filter));
    for zoom in [9.0, 11.0] {
        let _ = apply(&mut app.state, Intent::ZoomMapTo { center, zoom });
        for i in 0..4 {
            let _ = apply(&mut app.state, Intent::SetCursor(at(i as f64 / 3.0)));
            most = most.max(frame(&ctx, &mut app).0);
        }
    }
    assert!(
        most <= bound,
        "a frame read {most} of {EVENTS} events (bound {bound})"
    );

    // The count is real: the histogram restricted to the map's view reads every event in the
    // visible time range, and with all of time in view that is nearly all of them.
    let _ = apply(&mut app.state, Intent::ShowTime(a, b));
    let _ = apply(&mut app.state, Intent::SetDensityInMapView(true));
    let scanned = frame(&ctx, &mut app).0;
    println!(
        "most events read by one frame: {most} of {EVENTS}; with the map-view histogram: {scanned}"
    );
    assert!(
        scanned > (EVENTS / 2) as u64,
        "the map-view histogram read only {scanned} events"
    );
}

/// 200,000 places, each at coordinates of its own (as casualty lists and incident feeds are):
/// the map reads cells and a bounded number of places per frame, at every zoom.
#[test]
fn a_frame_reads_a_bounded_number_of_places() {
    const SITES: usize = 200_000;
    let dataset = common::datasets::distinct_sites(SITES);
    assert_eq!(dataset.places.len(), SITES);
    let ctx = Context::default();
    let mut app = AtlasApp::new(AtlasState::new(dataset, "sites".into()));
    for _ in 0..4 {
        frame(&ctx, &mut app);
    }
    let center = app.state.map().center();
    let (mut most_places, mut most_events) = (0, 0);
    for zoom in [5.0, 6.5, 8.0, 9.5, 11.0, 12.5] {
        let _ = apply(&mut app.state, Intent::ZoomMapTo { center, zoom });
        for _ in 0..2 {
            let (events, places) = frame(&ctx, &mut app);
            most_events = most_events.max(events);
            most_places = most_places.max(places);
        }
    }
    println!("most places read by one frame: {most_places} of {SITES}; events: {most_events}");
    let bound = 20_000;
    assert!(
        most_places <= bound,
        "a frame read {most_places} of {SITES} places (bound {bound})"
    );
    assert!(
        most_places > 0,
        "the count is real: the map reads some places"
    );
    assert!(
        most_events <= (MAX_MARKS + 1_000) as u64,
        "{most_events} events"
    );
}
