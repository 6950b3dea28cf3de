//! The command line: open the app on a dataset, or check a dataset without a window.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::{
    app::{MAX_ZOOM, MIN_ZOOM},
    i18n::Language,
    io::{
        ColumnChoice, ExportFormat,
        columns::{self, Field},
        fields,
    },
    tiles::MapLayer,
};

/// The app's command line: a dataset and where to look, or a subcommand.
#[derive(Debug, Parser)]
#[command(
    name = "zhanaozen-atlas",
    version,
    about = "An offline map and timeline of the 2011 events in Kazakhstan's Mangystau Region.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A subcommand to run instead of opening the window.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A dataset: the app's JSON, GeoJSON or CSV; the built-in record when omitted.
    pub dataset: Option<PathBuf>,
    /// Where to put the timeline cursor, in the region's local time: YYYY-MM-DD or YYYY-MM-DDTHH:MM.
    #[arg(long, value_name = "YYYY-MM-DD[THH:MM]")]
    pub date: Option<String>,
    /// The timeline's visible range, FROM..TO with dates as for --date (it runs to the end of TO's
    /// day or minute), such as 2011-12-14..2011-12-20.
    #[arg(long, value_name = "FROM..TO")]
    pub span: Option<String>,
    /// The id of a place to select, such as zhanaozen or aktau.
    #[arg(long, value_name = "ID")]
    pub place: Option<String>,
    /// The id of an event to open (its place is selected and the cursor moves to it).
    #[arg(long, value_name = "ID")]
    pub event: Option<String>,
    /// Map zoom from 2 (the world) to 14, centred on --place if given; the dataset's opening map
    /// (or its data) is framed when omitted.
    #[arg(long, value_name = "2..14", value_parser = parse_zoom)]
    pub zoom: Option<f64>,
    /// Centre the map here (latitude, longitude in degrees), at --zoom or the current zoom.
    #[arg(long, value_name = "LAT,LON", value_parser = parse_center, allow_hyphen_values = true)]
    pub center: Option<geo::Point>,
    /// Draw tiles from this server beneath the data, e.g. http://localhost:8080/{z}/{x}/{y}.png
    /// (the app is offline otherwise; OpenStreetMap and OpenTopoMap are in the Map menu).
    #[arg(long, value_name = "URL", value_parser = MapLayer::custom)]
    pub tiles: Option<MapLayer>,
    /// The interface's language: en or ru (the one chosen last time otherwise).
    #[arg(long, value_name = "en|ru", value_parser = Language::from_code)]
    pub language: Option<Language>,
    /// Write the first fully drawn frame to this PNG file and exit.
    #[arg(long, value_name = "FILE.png")]
    pub screenshot: Option<PathBuf>,
    /// Columns chosen for a CSV table's fields.
    #[command(flatten)]
    pub columns: ColumnArgs,
}

/// Columns chosen for a CSV table's fields, where the reader would find others or none (by their
/// headers, compared without regard to case). The import summary marks them "(chosen)".
#[derive(Clone, Debug, Default, clap::Args)]
pub struct ColumnArgs {
    /// The CSV column of latitudes.
    #[arg(long, value_name = "HEADER")]
    pub lat_column: Option<String>,
    /// The CSV column of longitudes.
    #[arg(long, value_name = "HEADER")]
    pub lon_column: Option<String>,
    /// The CSV column (or GeoJSON property) of dates: when each event happened or began.
    #[arg(long, value_name = "HEADER")]
    pub date_column: Option<String>,
    /// The CSV column (or GeoJSON property) of end dates, for spans.
    #[arg(long, value_name = "HEADER")]
    pub end_column: Option<String>,
    /// The CSV column (or GeoJSON property) of titles.
    #[arg(long, value_name = "HEADER")]
    pub title_column: Option<String>,
    /// The CSV column (or GeoJSON property) of categories.
    #[arg(long, value_name = "HEADER")]
    pub category_column: Option<String>,
    /// The CSV table's delimiter, where the one its header has most of is not it: comma, tab,
    /// semicolon or bar (or the character).
    #[arg(long, value_name = "NAME", value_parser = columns::delimiter_named)]
    pub delimiter: Option<u8>,
    /// The file's text encoding, where it is not the one the reader tells (UTF-8, UTF-16,
    /// Windows-1251): a name such as koi8-r or windows-1252.
    #[arg(long, value_name = "NAME", value_parser = columns::encoding_named)]
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

impl ColumnArgs {
    /// The choice the options make.
    pub fn choice(&self) -> ColumnChoice {
        let choice = [
            (Field::Lat, &self.lat_column),
            (Field::Lon, &self.lon_column),
            (Field::Start, &self.date_column),
            (Field::End, &self.end_column),
            (Field::Title, &self.title_column),
            (Field::Category, &self.category_column),
        ]
        .into_iter()
        .fold(
            ColumnChoice::default(),
            |choice, (field, column)| match column {
                Some(column) => choice.choose(field, column),
                None => choice,
            },
        );
        let choice = match self.delimiter {
            Some(d) => choice.with_delimiter(d),
            None => choice,
        };
        match self.encoding {
            Some(e) => choice.with_encoding(e),
            None => choice,
        }
    }
}

/// The subcommands, which run without a window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a dataset without opening a window and print a one-line summary.
    Check {
        /// A dataset: the app's JSON, GeoJSON or CSV; the built-in record when omitted.
        dataset: Option<PathBuf>,
        /// Print a machine-readable summary (or the errors) as JSON.
        #[arg(long)]
        json: bool,
        /// Columns chosen for a CSV table's fields.
        #[command(flatten)]
        columns: ColumnArgs,
    },
    /// Write a deterministic synthetic dataset (for benchmarks): events clustered around real towns
    /// over two years, labelled synthetic.
    Generate {
        /// How many events to generate.
        #[arg(long)]
        events: usize,
        /// The random seed: the same seed and count give the same dataset.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// How many sites the events happen at (default: one per hundred events, 20 to 5,000);
        /// as many as there are events gives each event a site of its own.
        #[arg(long)]
        sites: Option<usize>,
        /// The format to write.
        #[arg(long, value_enum, default_value = "json")]
        format: crate::commands::generate::GeneratedFormat,
        /// The file to write; standard output without it.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Write the dataset's events as GeoJSON or CSV, or the whole dataset as the app's JSON.
    Export {
        /// A dataset: the app's JSON, GeoJSON or CSV; the built-in record when omitted.
        dataset: Option<PathBuf>,
        /// The format to write.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// The file to write; standard output without it.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Columns chosen for a CSV table's fields.
        #[command(flatten)]
        columns: ColumnArgs,
    },
}

/// "43.34116,52.86192": latitude first, as people write coordinates; the latitude within the
/// map's limit.
fn parse_center(text: &str) -> Result<geo::Point, String> {
    let (lat, lon) = text
        .split_once(',')
        .ok_or_else(|| format!("'{text}': expected LAT,LON"))?;
    let number = |s: &str, what: &str| -> Result<f64, String> {
        s.trim()
            .parse()
            .map_err(|_| format!("'{}' is not a {what}", s.trim()))
    };
    Ok(geo::Point::new(
        fields::longitude(number(lon, "longitude")?)?,
        fields::map_latitude(number(lat, "latitude")?)?,
    ))
}

fn parse_zoom(text: &str) -> Result<f64, String> {
    let z: f64 = text
        .parse()
        .map_err(|_| format!("'{text}' is not a number"))?;
    if (MIN_ZOOM..=MAX_ZOOM).contains(&z) {
        Ok(z)
    } else {
        Err(format!("{z} is outside {MIN_ZOOM}..{MAX_ZOOM}"))
    }
}

/// The view the command line asks for: `--event`, `--place`, `--date`, `--zoom`.
#[derive(Debug, Default, Clone)]
pub struct StartView {
    /// The `--date` text, parsed once the dataset is loaded.
    pub date: Option<String>,
    /// The `--span` text, parsed once the dataset is loaded.
    pub span: Option<String>,
    /// The `--place` id.
    pub place: Option<String>,
    /// The `--event` id.
    pub event: Option<String>,
    /// The `--zoom` level.
    pub zoom: Option<f64>,
    /// The `--center` point.
    pub center: Option<geo::Point>,
    /// The `--tiles` layer to draw beneath the data.
    pub tiles: Option<MapLayer>,
    /// The `--language` of the interface.
    pub language: Option<Language>,
}

impl StartView {
    /// Whether the command line says where to look (then a saved view does not override it).
    pub fn sets_view(&self) -> bool {
        self.date.is_some()
            || self.span.is_some()
            || self.place.is_some()
            || self.event.is_some()
            || self.zoom.is_some()
            || self.center.is_some()
    }

    /// Whether the command line says where the map looks (a place, an event, a zoom or a centre).
    pub fn sets_map(&self) -> bool {
        self.place.is_some() || self.event.is_some() || self.zoom.is_some() || self.center.is_some()
    }
}

impl Cli {
    /// The options that say how the window starts, without the dataset and subcommand.
    pub fn start_view(&self) -> StartView {
        StartView {
            date: self.date.clone(),
            span: self.span.clone(),
            place: self.place.clone(),
            event: self.event.clone(),
            zoom: self.zoom,
            center: self.center,
            tiles: self.tiles.clone(),
            language: self.language,
        }
    }
}
