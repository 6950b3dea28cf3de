//! Time on a line, in plain Rust: the scale between instants and pixels, the axis ticks, and the
//! layout of event marks in lanes. The timeline panel draws what this computes; tests assert on it.

mod axis;
mod lanes;
mod scale;

pub use axis::{AxisTick, axis_ticks};
pub use lanes::{EventMark, layout_marks};
pub use scale::TimeScale;
