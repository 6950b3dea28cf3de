//! `zhanaozen-atlas`: opens the map and timeline, or checks a dataset (see `--help`).

use std::process::ExitCode;

use clap::Parser as _;
use zhanaozen_atlas::{
    app::{AtlasApp, Screenshot},
    cli::{self, Cli, Command},
};

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let args = Cli::parse();
    match args.command {
        Some(Command::Check { dataset }) => match cli::load(dataset.as_ref()) {
            Ok((d, name)) => {
                println!("{}", cli::check_summary(&d, &name));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                eprintln!("{} problem(s) found.", e.problems.len());
                ExitCode::from(2)
            }
        },
        None => run_app(args),
    }
}

fn run_app(args: Cli) -> ExitCode {
    let state = cli::load(args.dataset.as_ref())
        .map_err(|e| e.to_string())
        .and_then(|(d, name)| cli::initial_state(d, name, &args.start_view()));
    let state = match state {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
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
            .with_min_inner_size([800.0, 560.0]),
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
