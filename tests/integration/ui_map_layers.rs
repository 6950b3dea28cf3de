//! The map's layers and aids: an online layer that cannot be reached leaves the offline basemap
//! drawn and says so; the region under the pointer is named; the scale bar reads a round distance.

use crate::common;

use std::time::{Duration, Instant};

use common::{harness_at, state};
use egui::{Shape, epaint::ClippedShape};
use egui_kittest::kittest::Queryable as _;
use zhanaozen_atlas::{app::Intent, tiles::MapLayer};

/// Every shape of the last frame, with the shapes inside `Shape::Vec` flattened.
fn shapes(output: &egui::FullOutput) -> Vec<Shape> {
    fn flatten(shape: &Shape, out: &mut Vec<Shape>) {
        match shape {
            Shape::Vec(v) => v.iter().for_each(|s| flatten(s, out)),
            other => out.push(other.clone()),
        }
    }
    let mut out = Vec::new();
    for ClippedShape { shape, .. } in &output.shapes {
        flatten(shape, &mut out);
    }
    out
}

fn texts(output: &egui::FullOutput) -> Vec<String> {
    shapes(output)
        .into_iter()
        .filter_map(|s| match s {
            Shape::Text(t) => Some(t.galley.text().to_string()),
            _ => None,
        })
        .collect()
}

/// The offline basemap is one large mesh of land and sea triangles.
fn basemap_is_drawn(output: &egui::FullOutput) -> bool {
    shapes(output)
        .iter()
        .any(|s| matches!(s, Shape::Mesh(m) if m.vertices.len() > 5_000))
}

#[test]
fn an_unreachable_tile_server_leaves_the_offline_basemap_and_says_so() {
    // A port that nothing listens on: bound, then released.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let layer =
        MapLayer::custom(&format!("http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png")).unwrap();
    let mut h = harness_at(None);
    assert!(basemap_is_drawn(h.output()));
    let _ =
        zhanaozen_atlas::app::apply(&mut h.state_mut().state, Intent::SetMapLayer(layer.clone()));
    let started = Instant::now();
    let mut reported = false;
    while started.elapsed() < Duration::from_secs(30) {
        h.step();
        if h.query_by_label_contains("are unavailable (no network, or the server failed)")
            .is_some()
        {
            reported = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        reported,
        "no failure reported after {:?}",
        started.elapsed()
    );
    assert!(
        h.query_by_label_contains(&format!("127.0.0.1:{port}"))
            .is_some(),
        "the message names the server"
    );
    assert!(
        basemap_is_drawn(h.output()),
        "the offline basemap stays beneath"
    );
    assert_eq!(*state(&h).settings().map_layer(), layer);
    // Back to offline: the downloader is dropped and the message goes.
    let _ = zhanaozen_atlas::app::apply(
        &mut h.state_mut().state,
        Intent::SetMapLayer(MapLayer::Offline),
    );
    h.run();
    assert!(h.state().tiles.is_none());
    assert!(h.query_by_label_contains("are unavailable").is_none());
}

#[test]
fn hovering_the_map_names_the_region_under_the_pointer() {
    let mut h = harness_at(None);
    let zhanaozen = h
        .get_by_role_and_label(egui::accesskit::Role::Button, "Zhanaozen")
        .rect()
        .center();
    // East of Zhanaozen, away from the markers: still in the Mangystau Region.
    h.hover_at(zhanaozen + egui::vec2(70.0, 40.0));
    h.run();
    let names = texts(h.output());
    assert!(
        names.iter().any(|t| t.starts_with("Mangystau (")),
        "no region name among {names:?}"
    );
    // Over the Caspian, west of Aktau.
    let aktau = h
        .get_by_role_and_label(egui::accesskit::Role::Button, "Aktau")
        .rect()
        .center();
    h.hover_at(aktau - egui::vec2(120.0, 0.0));
    h.run();
    assert!(
        texts(h.output())
            .iter()
            .any(|t| t.starts_with("Caspian Sea"))
    );
}

#[test]
fn the_scale_bar_reads_a_round_distance() {
    let h = harness_at(None);
    let bar = texts(h.output())
        .into_iter()
        .find_map(|t| t.strip_suffix(" km").and_then(|n| n.parse::<f64>().ok()))
        .expect("a scale bar in km");
    let leading = bar / 10f64.powf(bar.log10().floor());
    assert!([1.0, 2.0, 5.0].contains(&leading), "{bar} km is not round");
}
