//! The application's state and the intents that change it: no window, no files. The eframe shell
//! ([`crate::shell`]) draws the UI pieces, hands their intents to [`apply`] and carries out the
//! [`Effect`]s it asks for (files on worker threads, the renderer, the clipboard).

mod changed;
mod data;
mod intent;
mod link;
mod map_view;
mod messages;
mod path_prompt;
mod persist;
mod scene;
mod settings;
mod shown;
mod state;
mod time;
mod tools;

pub use changed::Changed;
pub use data::LoadedData;
pub use intent::{Intent, StepDirection, apply};
pub use link::view_command;
pub use map_view::{MAX_ZOOM, MIN_ZOOM, MapView, set_zoom};
pub use messages::{Loading, Messages, Status};
pub use path_prompt::{DialogMissing, PathPrompt, PathPurpose};
pub use persist::SavedState;
pub use scene::{
    CLUSTER_ABOVE, CaptionTense, ClusterMarker, MARK_READ_BUDGET, MARKS_PER_PLACE, MapScene,
    PlaceEventMark, leads_with_news,
};
pub use settings::Settings;
pub use shown::Shown;
pub use state::{AtlasState, Effect, Opened, Retired, SavedView, Selection};
pub use time::{TIME_VIEW_PAD, TimeControl, TimeMode};
pub use tools::Tools;
