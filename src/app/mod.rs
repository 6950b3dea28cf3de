//! The application: its state, the intents that change it, and the eframe shell that draws the UI
//! pieces and applies what they emit.

mod intent;
mod screenshot;
mod shell;
mod state;

pub use intent::{Intent, MAX_ZOOM, MIN_ZOOM, StepDirection, apply, set_zoom};
pub use screenshot::Screenshot;
pub use shell::AtlasApp;
pub use state::{AtlasState, RouteMeasure, Selection, TIME_VIEW_PAD, TimeMode, measure_routes};
