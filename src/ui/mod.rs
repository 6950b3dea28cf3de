//! Thin UI: each piece reads the state, draws, and returns [`crate::app::Intent`]s.

pub mod claims_window;
pub mod load_error;
pub mod map;
pub mod menu;
pub mod panels;
pub mod source_link;
pub mod story;
pub mod theme;
pub mod timeline;
pub mod words;
