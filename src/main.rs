//! `zhanaozen-atlas`: opens the map and timeline, checks a dataset, or exports its events (see
//! `--help`).

use std::process::ExitCode;

use clap::Parser as _;
use zhanaozen_atlas::{
    app::{AtlasApp, Screenshot},
    check::{Summary, errors_json},
    cli::{self, Cli, Command},
    generate, io,
};

fn main() -> ExitCode {
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
        None => run_app(args),
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

fn run_app(args: Cli) -> ExitCode {
    let state = cli::load(args.dataset.as_ref())
        .map_err(|e| e.to_string())
        .and_then(|(loaded, name)| cli::initial_state(loaded.dataset, name, &args.start_view()));
    let state = match state {
        Ok(s) => s,
        Err(e) => return fail(&e),
    };
    let mut app = AtlasApp::new(state);
    let outcome = args.screenshot.map(|path| {
        let shot = Screenshot::new(path);
        let outcome = shot.outcome.clone();
        app.screenshot = Some(shot);
        outcome
    });
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Zhanaozen Atlas")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([800.0, 560.0])
            .with_drag_and_drop(true),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    if let Err(e) = eframe::run_native(
        "Zhanaozen Atlas",
        options,
        Box::new(|_cc| Ok(Box::new(app))),
    ) {
        eprintln!("zhanaozen-atlas: cannot open the window: {e}");
        return ExitCode::FAILURE;
    }
    match outcome.map(|o| o.lock().unwrap_or_else(|e| e.into_inner()).take()) {
        None => ExitCode::SUCCESS,
        Some(Some(Ok(path))) => {
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
