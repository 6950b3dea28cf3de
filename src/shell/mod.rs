//! The eframe integration, the top floor: the window's frame loop ([`AtlasApp`]), the work it
//! runs outside the UI thread ([`Effects`]), the renderer's screenshots and the saved state's
//! own file ([`StateFile`]).

mod app;
mod effects;
mod screenshot;
mod state_file;

pub use app::AtlasApp;
pub use effects::{Effects, Opener};
pub use screenshot::{Capture, Screenshot};
pub use state_file::{MAX_STATE_BYTES, SavePoint, StateFile};
