//! The application: its state, the intents that change it, and the eframe shell that draws the UI
//! pieces and applies what they emit.

mod intent;
mod persist;
mod screenshot;
mod shell;
mod state;

pub use intent::{Intent, MAX_ZOOM, MIN_ZOOM, StepDirection, apply, set_zoom};
pub use persist::{KEY as SAVED_STATE_KEY, SavedState};
pub use screenshot::{Capture, SavedView, Screenshot};
pub use shell::AtlasApp;
pub use state::{
    AtlasState, Effect, RouteMeasure, Selection, TIME_VIEW_PAD, TimeMode, measure_routes,
};
