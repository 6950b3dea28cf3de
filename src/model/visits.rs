//! Counts of the events and places the frame path reads, so that a test can check that a frame
//! over a million of them reads only a bounded number. Thread-local (tests running in parallel do
//! not mix their counts), and compiled only into debug builds: release builds and benches pay
//! nothing.

#[cfg(debug_assertions)]
mod counters {
    use std::cell::Cell;

    thread_local! {
        pub static EVENTS: Cell<u64> = const { Cell::new(0) };
        pub static PLACES: Cell<u64> = const { Cell::new(0) };
    }
}

/// Notes that `n` events were read.
#[inline]
pub fn record(n: usize) {
    #[cfg(debug_assertions)]
    counters::EVENTS.with(|v| v.set(v.get() + n as u64));
    #[cfg(not(debug_assertions))]
    let _ = n;
}

/// Notes that `n` places (or cells of places) were read.
#[inline]
pub fn record_places(n: usize) {
    #[cfg(debug_assertions)]
    counters::PLACES.with(|v| v.set(v.get() + n as u64));
    #[cfg(not(debug_assertions))]
    let _ = n;
}

/// The events and places read on this thread since the last call (always 0 in release builds).
pub fn take() -> (u64, u64) {
    #[cfg(debug_assertions)]
    {
        (
            counters::EVENTS.with(|v| v.replace(0)),
            counters::PLACES.with(|v| v.replace(0)),
        )
    }
    #[cfg(not(debug_assertions))]
    {
        (0, 0)
    }
}
