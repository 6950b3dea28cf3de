//! The dataset as users think of it: places, events, sources and routes. No egui, no file formats.

mod dataset;
mod time;

pub use dataset::{Category, Dataset, Event, EventIndex, Names, Place, PlaceIndex, Route, Source};
pub use time::{Moment, Precision, TimeError, format_cursor, format_offset};
