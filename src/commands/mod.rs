//! The subcommands that work without a window: `check`, `export` and `generate`. Each prints to
//! standard output (or writes a file) and returns the process's exit code.

pub mod check;
pub mod export;
pub mod generate;

use std::{path::Path, process::ExitCode};

/// Writes `text` to `out`, or to standard output; `events` is reported when a file is written.
fn write_out(out: Option<&Path>, text: &str, events: usize) -> ExitCode {
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

/// Prints `message` to standard error; the exit code of a command that could not do its work.
pub fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(2)
}
