//! `zhanaozen-atlas`: opens the map and timeline, or runs one of the commands (see `--help`).

use std::process::ExitCode;

use clap::Parser as _;
use zhanaozen_atlas::{
    app::{Intent, apply},
    cli::{Cli, Command},
    commands::{self, generate},
    shell::{AtlasApp, Screenshot, StateFile},
    startup::Startup,
    tiles::platform_cache_dir,
};

/// See Cargo.toml: glibc's allocator spent a third of a million-point load in malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let launched = std::time::Instant::now();
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let args = Cli::parse();
    match args.command {
        Some(Command::Check {
            ref dataset,
            json,
            ref columns,
        }) => commands::check::run(dataset.as_deref(), json, &columns.choice()),
        Some(Command::Export {
            ref dataset,
            format,
            ref out,
            ref columns,
        }) => commands::export::run(
            dataset.as_deref(),
            format,
            out.as_deref(),
            &columns.choice(),
        ),
        Some(Command::Generate {
            events,
            seed,
            sites,
            format,
            ref out,
        }) => generate::run(
            generate::Spec {
                events,
                seed,
                sites,
            },
            format,
            out.as_deref(),
        ),
        None => run_app(args, launched),
    }
}

fn run_app(args: Cli, launched: std::time::Instant) -> ExitCode {
    // The command line is checked before a window opens; the saved state is read once it has.
    let startup = match Startup::prepare(&args) {
        Ok(startup) => startup,
        Err(e) => return commands::fail(&e),
    };
    let screenshot = args.screenshot.clone().map(Screenshot::new);
    let outcome = screenshot.as_ref().map(|s| s.outcome.clone());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Zhanaozen Atlas")
            // The desktop matches the window to the app by this id.
            .with_app_id("zhanaozen-atlas")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([800.0, 560.0])
            .with_drag_and_drop(true),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    // A screenshot shows the app as the command line asks, not as it was left last time, and
    // leaves the saved state as it was.
    let state_file = StateFile::for_window(screenshot.is_some());
    let creator = move |_cc: &eframe::CreationContext<'_>| {
        let saved = state_file.as_ref().and_then(StateFile::load);
        // A real first start (nothing saved, not a screenshot) opens with the title card.
        let first_start = saved.is_none() && screenshot.is_none();
        let mut state = startup.into_state(saved);
        if first_start {
            let _ = apply(&mut state, Intent::TitleCard(true));
        }
        let mut app = AtlasApp::new(state);
        app.state_file = state_file;
        app.tile_cache = platform_cache_dir();
        app.screenshot = screenshot;
        app.launched = Some(launched);
        Box::new(app) as Box<dyn eframe::App>
    };
    if let Err(e) = eframe::run_native(
        "Zhanaozen Atlas",
        options,
        Box::new(move |cc| Ok(creator(cc))),
    ) {
        eprintln!("zhanaozen-atlas: cannot open the window: {e}");
        return ExitCode::FAILURE;
    }
    match outcome.map(|o| o.lock().unwrap_or_else(|e| e.into_inner()).take()) {
        None => ExitCode::SUCCESS,
        Some(Some(Ok((path, _)))) => {
            println!("screenshot written to {}", path.display());
            ExitCode::SUCCESS
        }
        Some(Some(Err(e))) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
        Some(None) => {
            eprintln!("zhanaozen-atlas: the window closed before the screenshot was taken");
            ExitCode::FAILURE
        }
    }
}
