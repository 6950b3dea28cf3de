//! A count of the events the frame path reads, so that a test can check that a frame over a
//! million events reads only a bounded number of them. Thread-local: tests running in parallel do
//! not mix their counts; each read costs one addition.

use std::cell::Cell;

thread_local! {
    static VISITED: Cell<u64> = const { Cell::new(0) };
}

/// Notes that `n` events were read.
pub fn record(n: usize) {
    VISITED.with(|v| v.set(v.get() + n as u64));
}

/// The events read on this thread since the last call.
pub fn take() -> u64 {
    VISITED.with(|v| v.replace(0))
}
