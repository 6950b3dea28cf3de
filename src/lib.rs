//! Zhanaozen Atlas: an offline map and timeline of the 2011 events in Kazakhstan's Mangystau Region.
//!
//! Data flows one way — files ([`io`]) → [`model`] → [`app`] state → [`ui`] — and user actions flow
//! back as [`app::Intent`]s that one function applies; the eframe [`shell`] runs the frame loop and
//! carries out the effects (files, clipboard, renderer). The model, time logic, geometry and basemap are plain
//! Rust with no egui import, so they are tested on their own.

#![cfg_attr(not(test), warn(clippy::unwrap_used))]

pub mod app;
pub mod basemap;
pub mod cli;
pub mod commands;
pub mod geometry;
pub mod i18n;
pub mod io;
pub mod model;
pub mod shell;
pub mod startup;
pub mod text;
pub mod tiles;
pub mod timeline;
pub mod ui;

/// The dataset shipped inside the binary, so the app starts from any working directory.
pub const BUILTIN_DATASET: &str = include_str!("../data/zhanaozen-2011.json");
/// The name the built-in dataset is reported under in messages.
pub const BUILTIN_DATASET_NAME: &str = "data/zhanaozen-2011.json";
