//! Datasets made for measuring, shared by the tests and the benches (benches/atlas.rs includes
//! this file by path).

use zhanaozen_atlas::{io::parse_any, model::Dataset};

/// Events each at a site of its own (as point datasets such as earthquake feeds and casualty
/// lists are): `events` distinct coordinates spread over the region, deterministic.
pub fn distinct_sites(events: usize) -> Dataset {
    parse_any("sites.csv", &distinct_sites_csv(events))
        .expect("the generated table loads")
        .dataset
}

/// The table [`distinct_sites`] reads: `id,title,start,lat,lon`, coordinates only (no place
/// column), as the peer's point files are.
pub fn distinct_sites_csv(events: usize) -> String {
    let mut csv = String::from("id,title,start,lat,lon\n");
    let mut state: u64 = 1;
    let mut next = || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    for i in 0..events {
        let (lat, lon) = (41.0 + next() * 5.0, 50.0 + next() * 7.0);
        csv.push_str(&format!(
            "e{i},Point {i},2011-{:02}-{:02},{lat:.5},{lon:.5}\n",
            1 + i % 12,
            1 + i % 28
        ));
    }
    csv
}
