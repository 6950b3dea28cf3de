//! `zhanaozen-atlas`: opens the map and timeline, checks a dataset, or exports its events (see
//! `--help`).

use std::process::ExitCode;

use clap::Parser as _;
use zhanaozen_atlas::{
    app::{AtlasApp, SavedState, Screenshot},
    check::{Summary, errors_json},
    cli::{self, Cli, Command},
    generate, io,
    tiles::platform_cache_dir,
};

fn main() -> ExitCode {
    let launched = std::time::Instant::now();
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let args = Cli::parse();
    match args.command {
        Some(Command::Check { ref dataset, json }) => check(dataset.as_ref(), json),
        Some(Command::Export {
            ref dataset,
            format,
            ref out,
        }) => {
            let (loaded, _) = match cli::load(dataset.as_ref()) {
                Ok(l) => l,
                Err(e) => return fail(&e.to_string()),
            };
            let all: Vec<usize> = (0..loaded.dataset.events.len()).collect();
            let text = io::export(&loaded.dataset, &all, format);
            write_out(out.as_ref(), &text, all.len())
        }
        Some(Command::Generate {
            events,
            seed,
            format,
            ref out,
        }) => {
            let spec = generate::Spec { events, seed };
            let text = match format {
                generate::GeneratedFormat::Json => generate::json(spec),
                generate::GeneratedFormat::Csv => generate::csv(spec),
            };
            write_out(out.as_ref(), &text, events)
        }
        None => run_app(args, launched),
    }
}

/// Writes `text` to `out`, or to standard output.
fn write_out(out: Option<&std::path::PathBuf>, text: &str, events: usize) -> ExitCode {
    match out {
        None => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => {
                eprintln!("wrote {events} events to {}", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => fail(&format!("{}: cannot write: {e}", path.display())),
        },
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(2)
}

fn check(dataset: Option<&std::path::PathBuf>, json: bool) -> ExitCode {
    match cli::load(dataset) {
        Ok((loaded, name)) => {
            let summary = Summary::of(&loaded, &name);
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&summary).expect("a summary serialises")
                );
            } else {
                println!("{}", summary.line());
            }
            ExitCode::SUCCESS
        }
        Err(e) if json => {
            println!(
                "{}",
                serde_json::to_string_pretty(&errors_json(&e)).expect("errors serialise")
            );
            ExitCode::from(2)
        }
        Err(e) => fail(&format!("{e}\n{} problem(s) found.", e.problems.len())),
    }
}

fn run_app(args: Cli, launched: std::time::Instant) -> ExitCode {
    // The command line is checked before a window opens; the saved state is read once it has.
    let fresh = match cli::startup_state(&args, None) {
        Ok(state) => state,
        Err(e) => return fail(&e),
    };
    let screenshot = args.screenshot.clone().map(Screenshot::new);
    let outcome = screenshot.as_ref().map(|s| s.outcome.clone());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Zhanaozen Atlas")
            // Also names the folder of the saved state: ~/.local/share/zhanaozen-atlas on Linux.
            .with_app_id("zhanaozen-atlas")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([800.0, 560.0])
            .with_drag_and_drop(true),
        renderer: eframe::Renderer::Glow,
        // A screenshot shows the app as the command line asks, not as it was left last time.
        persist_window: screenshot.is_none(),
        ..Default::default()
    };
    let creator = move |cc: &eframe::CreationContext<'_>| {
        let saved = match (&screenshot, cc.storage) {
            (None, Some(storage)) => SavedState::load(storage),
            _ => None,
        };
        let state = match saved {
            // The last opened dataset comes back: everything is derived again from it.
            Some(saved) if args.dataset.is_none() && saved.dataset_path.is_some() => {
                cli::startup_state(&args, Some(saved))?
            }
            Some(saved) => {
                let mut state = fresh;
                cli::restore_saved(&mut state, saved, &args.start_view());
                state
            }
            None => fresh,
        };
        let mut app = AtlasApp::new(state);
        app.tile_cache = platform_cache_dir();
        app.screenshot = screenshot;
        app.launched = Some(launched);
        Ok::<_, String>(Box::new(app) as Box<dyn eframe::App>)
    };
    if let Err(e) = eframe::run_native(
        "Zhanaozen Atlas",
        options,
        Box::new(move |cc| creator(cc).map_err(Into::into)),
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
