//! Time on a line, in plain Rust: the visible range and its zoom and pan, the scale between
//! instants and pixels, the axis ticks, the density buckets, the layout of event marks in lanes
//! and of their titles, playback, and the recent window the map emphasises. The timeline panel draws what this computes; tests assert on it.

mod axis;
mod density;
mod lanes;
mod mark_labels;
mod playback;
mod recent;
mod scale;
mod view;

pub use axis::{AxisTick, axis_ticks};
pub use density::{Bucket, Density, Resolution, count_buckets};
pub use lanes::{EventMark, HiddenRun, MarkLayout, key_events_first, layout_marks};
pub use mark_labels::{LABEL_PAD, LabelPlace, MarkLabel, place_labels};
pub use playback::{Playback, QUIET_SECONDS, Speed};
pub use recent::{Recency, RecentWindow};
pub use scale::TimeScale;
pub use view::{MIN_SPAN_SECONDS, TimeView};
