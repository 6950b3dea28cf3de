//! The dataset as users think of it: places, events, sources and routes. No egui, no file formats.

mod claim;
mod dataset;
mod date_names;
mod filter;
mod route;
mod time;
pub mod visits;

pub use claim::{Claim, ClaimValue, Claimant, Figure};
pub use dataset::{
    Category, ClaimSeries, Dataset, DatasetParts, Event, EventIndex, EventNotes, Names,
    OpeningView, Place, PlaceIndex, PlaceNotes, Route, Source, SourceCopy, StoryStep, TimePreset,
    chart_opening_range,
};
pub use date_names::DateNames;
pub use filter::EventFilter;
pub use route::{RouteMeasure, measure_routes};
pub use time::{
    LAST_YEAR, Moment, Precision, TimeError, format_cursor, format_offset, offset_to_iso,
};
