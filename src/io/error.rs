//! The one error type of the loaders.

use std::fmt;

/// Where in a file a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// The file as a whole (cannot be read, is empty, …).
    File,
    /// A byte offset, where no line is known (text that is not UTF-8).
    Byte(usize),
    /// 1-based line and column, as an editor shows them.
    LineColumn {
        /// The line, counted from 1.
        line: usize,
        /// The column within the line.
        column: usize,
    },
    /// A record by its kind and id, and one of its fields.
    Record {
        /// The kind of record, such as "event", "place" or "feature".
        kind: &'static str,
        /// The record's id, or its number for a GeoJSON feature.
        id: String,
        /// The field the problem is in.
        field: &'static str,
    },
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::File => Ok(()),
            Self::Byte(b) => write!(f, "byte {b}"),
            Self::LineColumn { line, column } => write!(f, "line {line}, column {column}"),
            Self::Record { kind, id, field } if id.is_empty() => {
                write!(f, "{kind} field '{field}'")
            }
            Self::Record { kind, id, field } if id.bytes().all(|b| b.is_ascii_digit()) => {
                write!(f, "{kind} {id}, field '{field}'")
            }
            Self::Record { kind, id, field } => write!(f, "{kind} '{id}', field '{field}'"),
        }
    }
}

/// One thing wrong with the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where the problem is.
    pub location: Location,
    /// What is wrong and, where it helps, what was expected.
    pub message: String,
}

/// Everything wrong with one file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct LoadError {
    /// The file's name as messages give it.
    pub file: String,
    /// Every problem found, in the order they were found.
    pub problems: Vec<Problem>,
}

impl LoadError {
    /// An error with a single problem.
    pub fn single(file: &str, location: Location, message: String) -> Self {
        Self {
            file: file.to_string(),
            problems: vec![Problem { location, message }],
        }
    }
}

impl fmt::Display for LoadError {
    /// One line per problem: `file: line 3, column 7: what is wrong`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            match p.location {
                Location::File => write!(f, "{}: {}", self.file, p.message)?,
                _ => write!(f, "{}: {}: {}", self.file, p.location, p.message)?,
            }
        }
        Ok(())
    }
}
