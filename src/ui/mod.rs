//! Thin UI: each piece reads the state, draws, and adds what the user asked for to `intents`
//! ([`crate::app::Intent`]); nothing here changes the state, parses or scans every event.

pub mod claims_window;
pub mod file_dialog;
pub mod load_error;
pub mod load_progress;
pub mod map;
pub mod menu;
pub mod overlay;
pub mod panels;
pub mod path_prompt;
pub mod source_link;
pub mod theme;
pub mod timeline;
pub mod title_card;
pub mod words;
