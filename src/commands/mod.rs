//! The subcommands that work without a window: `check`, `export` and `generate`. Each prints to
//! standard output (or writes a file) and returns the process's exit code.

pub mod check;
pub mod export;
pub mod generate;

use std::{path::Path, process::ExitCode};

/// Writes `text` to `out`, or to standard output; `events` is reported when a file is written.
/// Data written out (an export, a generated dataset) is left as it is.
fn write_out(out: Option<&Path>, text: &str, events: usize) -> ExitCode {
    match out {
        None => write_stdout(text),
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => {
                eprintln!("wrote {events} events to {}", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => fail(&format!("{}: cannot write: {e}", path.display())),
        },
    }
}

/// Writes `text` to standard output. A reader that has gone away (`| head -1`) ends the command
/// quietly; any other failure (a full disk) is reported, with exit code 2.
fn write_stdout(text: &str) -> ExitCode {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("cannot write to standard output: {e}")),
    }
}

/// Prints a report for people (`check`'s summary), with every control character from the file
/// escaped so that no file can drive the terminal.
fn report(text: &str) -> ExitCode {
    write_stdout(&format!("{}\n", crate::text::printable(text)))
}

/// Prints `message` to standard error, its control characters escaped; the exit code of a command
/// that could not do its work.
pub fn fail(message: &str) -> ExitCode {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{}", crate::text::printable(message));
    ExitCode::from(2)
}
