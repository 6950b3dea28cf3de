//! Loading a file keeps the window responsive: the load runs on a worker thread behind a reader
//! this test releases chunk by chunk, so the progress frames are seen deterministically; Cancel
//! keeps the dataset on screen.

use crate::common;

use std::{
    io::Read,
    sync::{
        Arc, Mutex,
        mpsc::{Receiver, SyncSender, sync_channel},
    },
};

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use zhanaozen_atlas::{
    app::{Intent, apply},
    shell::Effects,
};

/// A reader that hands out one chunk each time the test releases one, and ends when the test
/// drops its sender.
struct GatedReader {
    chunks: Receiver<Vec<u8>>,
    pending: Vec<u8>,
}

impl Read for GatedReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.pending.is_empty() {
            match self.chunks.recv() {
                Ok(chunk) => self.pending = chunk,
                Err(_) => return Ok(0),
            }
        }
        let n = buf.len().min(self.pending.len());
        buf[..n].copy_from_slice(&self.pending[..n]);
        self.pending.drain(..n);
        Ok(n)
    }
}

/// A CSV of `rows` rows at Aktau, in the format the importer reads.
fn csv(rows: usize) -> Vec<u8> {
    let mut text = String::from("lat,lon,date,title\n");
    for i in 0..rows {
        text.push_str(&format!("43.65,51.17,2012-01-{:02},Row {i}\n", 1 + i % 28));
    }
    text.into_bytes()
}

/// The app with an opener that serves `file`'s bytes through the gate.
fn gated_app(
    size: u64,
) -> (
    egui_kittest::Harness<'static, zhanaozen_atlas::shell::AtlasApp>,
    SyncSender<Vec<u8>>,
) {
    let (send, chunks) = sync_channel::<Vec<u8>>(1);
    let reader = Arc::new(Mutex::new(Some(GatedReader {
        chunks,
        pending: Vec::new(),
    })));
    let mut h = harness_at(Some("2011-12-16"));
    h.state_mut().effects = Effects::with_opener(Arc::new(move |_path| {
        let r = reader.lock().unwrap().take().expect("opened once");
        Ok((Box::new(r) as Box<dyn Read + Send>, Some(size)))
    }));
    (h, send)
}

/// Runs frames until `label` is on screen (the worker has reported), 5 s at most.
fn step_until(h: &mut egui_kittest::Harness<'_, zhanaozen_atlas::shell::AtlasApp>, label: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        h.step();
        if h.query_by_label_contains(label).is_some() {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "never saw {label:?}");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

#[test]
fn a_load_shows_progress_and_cancel_keeps_the_dataset() {
    let bytes = csv(2_000);
    let (mut h, gate) = gated_app(bytes.len() as u64);
    let title = state(&h).dataset().title.clone();
    let _ = apply(
        &mut h.state_mut().state,
        Intent::OpenFile("big-casualty-list.csv".into()),
    );
    step_until(&mut h, "Opening big-casualty-list.csv");

    // Half the file arrives: the window says so, and the old dataset is still on screen.
    let half = bytes.len() / 2;
    gate.send(bytes[..half].to_vec()).unwrap();
    step_until(&mut h, &format!("Reading the file: {} kB", half / 1000));
    assert_eq!(state(&h).dataset().title, title);
    // The window still answers while the file loads.
    h.key_press(egui::Key::End);
    h.step();
    assert_eq!(state(&h).cursor(), state(&h).time().span().1);

    h.get_by_role_and_label(Role::Button, "Cancel").click();
    h.run();
    assert!(h.query_by_label("Opening big-casualty-list.csv").is_none());
    assert!(state(&h).messages().loading().is_none());
    assert_eq!(
        state(&h).dataset().title,
        title,
        "cancelling keeps the dataset"
    );
    assert!(
        state(&h).messages().load_error().is_none(),
        "a cancel is no error"
    );

    // The rest arrives after the cancel: it is dropped, the old dataset stays.
    let _ = gate.try_send(bytes[half..].to_vec());
    drop(gate);
    for _ in 0..20 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert_eq!(state(&h).dataset().title, title);
}

#[test]
fn a_load_released_to_the_end_replaces_the_dataset() {
    let bytes = csv(300);
    let (mut h, gate) = gated_app(bytes.len() as u64);
    let _ = apply(
        &mut h.state_mut().state,
        Intent::OpenFile("list.csv".into()),
    );
    h.step();
    gate.send(bytes).unwrap();
    drop(gate);
    wait_for_load(&mut h);
    assert_eq!(state(&h).dataset().events.len(), 300);
    assert!(
        h.query_all_by_label_contains("CSV: 300 rows used")
            .next()
            .is_some()
    );
}
