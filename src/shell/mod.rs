//! The eframe integration, the top floor: the window's frame loop ([`AtlasApp`]), the work it
//! runs outside the UI thread ([`Effects`]), the renderer's screenshots and the saved state in
//! eframe's storage ([`storage`]).

mod app;
mod effects;
mod screenshot;
pub mod storage;

pub use app::AtlasApp;
pub use effects::{Effects, Opener};
pub use screenshot::{Capture, Screenshot};
