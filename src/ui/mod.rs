//! Thin UI: each piece reads the state, draws, and returns [`crate::app::Intent`]s.

pub mod load_error;
pub mod map;
pub mod menu;
pub mod panels;
pub mod theme;
pub mod timeline;
