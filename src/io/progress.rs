//! How far a load has got, shared between the loader's thread and the window, and the way to stop
//! it. The loaders report the bytes read from the file, then the rows parsed (with the share of
//! the file they stand for), and look at the cancel flag as they go.

use std::{
    io::Read,
    sync::atomic::{AtomicBool, AtomicU64, Ordering},
};

use super::{LoadError, Location};

/// How often (in rows) a loader reports and looks at the cancel flag.
pub const ROWS_PER_REPORT: usize = 4096;
/// The size of one read from the file.
const READ_CHUNK: usize = 1 << 16;

/// A load's progress, written by the loader and read by the window.
#[derive(Debug, Default)]
pub struct Progress {
    /// The file's size, if known.
    total_bytes: AtomicU64,
    bytes_read: AtomicU64,
    rows: AtomicU64,
    /// Parts per million of the file the rows parsed so far stand for.
    parsed_ppm: AtomicU64,
    cancelled: AtomicBool,
}

/// What a [`Progress`] says at one moment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Stage {
    /// Reading the file: bytes so far, of the total if known.
    Reading {
        /// Bytes read so far.
        bytes: u64,
        /// The file's size in bytes, if known.
        total: Option<u64>,
    },
    /// Parsing: rows so far, and the share of the file they stand for.
    Parsing {
        /// Rows parsed so far.
        rows: u64,
        /// The share of the file those rows stand for, from 0 to 1.
        fraction: f32,
    },
}

impl Progress {
    /// Asks the loader to stop.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// Whether the load has been asked to stop.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// Where the load stands.
    pub fn stage(&self) -> Stage {
        let rows = self.rows.load(Ordering::Relaxed);
        let ppm = self.parsed_ppm.load(Ordering::Relaxed);
        if rows > 0 || ppm > 0 {
            return Stage::Parsing {
                rows,
                fraction: ppm as f32 / 1e6,
            };
        }
        let total = self.total_bytes.load(Ordering::Relaxed);
        Stage::Reading {
            bytes: self.bytes_read.load(Ordering::Relaxed),
            total: (total > 0).then_some(total),
        }
    }

    /// The loader has parsed `rows` rows, standing for `fraction` of the file. Returns whether to
    /// go on (false once cancelled).
    pub fn parsed(&self, rows: usize, fraction: f64) -> bool {
        self.rows.store(rows as u64, Ordering::Relaxed);
        self.parsed_ppm
            .store((fraction.clamp(0.0, 1.0) * 1e6) as u64, Ordering::Relaxed);
        !self.is_cancelled()
    }

    /// Reads all of `reader` (of `total` bytes, if known) as text, reporting as it goes: UTF-8, or
    /// UTF-16 or Windows-1251 decoded, with that encoding's name. `file` names it in the errors: a
    /// failed read, cancelling, or bytes that are none of these.
    pub fn read_text(
        &self,
        file: &str,
        mut reader: impl Read,
        total: Option<u64>,
        encoding: Option<&'static encoding_rs::Encoding>,
    ) -> Result<(String, Option<&'static str>), LoadError> {
        self.total_bytes
            .store(total.unwrap_or(0), Ordering::Relaxed);
        let mut bytes = Vec::with_capacity(total.unwrap_or(0).min(super::MAX_FILE_BYTES) as usize);
        let mut chunk = vec![0; READ_CHUNK];
        loop {
            if self.is_cancelled() {
                return Err(cancelled(file));
            }
            match reader.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => {
                    if (bytes.len() + n) as u64 > super::MAX_FILE_BYTES {
                        return Err(super::too_large(file));
                    }
                    bytes.extend_from_slice(&chunk[..n]);
                    self.bytes_read.store(bytes.len() as u64, Ordering::Relaxed);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    return Err(LoadError::single(
                        file,
                        Location::File,
                        format!("cannot read the file: {e}"),
                    ));
                }
            }
        }
        if let Some(encoding) = encoding {
            return super::sniff::decode_as(file, &bytes, encoding)
                .map(|text| (text, Some(encoding.name())));
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok((text, None)),
            Err(e) => {
                let valid_up_to = e.utf8_error().valid_up_to();
                super::sniff::decode_non_utf8(file, e.as_bytes(), valid_up_to)
                    .map(|(text, encoding)| (text, Some(encoding)))
            }
        }
    }
}

/// The error of a load stopped by the user.
pub fn cancelled(file: &str) -> LoadError {
    LoadError::single(file, Location::File, "loading was cancelled".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_reports_bytes_and_stops_when_cancelled() {
        let p = Progress::default();
        let text = p.read_text("f", &b"abc"[..], Some(3), None).unwrap();
        assert_eq!(text, ("abc".into(), None));
        assert_eq!(
            p.stage(),
            Stage::Reading {
                bytes: 3,
                total: Some(3)
            }
        );
        assert!(p.parsed(10, 0.5));
        assert_eq!(
            p.stage(),
            Stage::Parsing {
                rows: 10,
                fraction: 0.5
            }
        );
        p.cancel();
        assert!(!p.parsed(11, 0.6));
        assert!(p.read_text("f", &b"abc"[..], None, None).is_err());
    }

    #[test]
    fn text_that_is_not_utf8_is_refused_with_its_byte() {
        let e = Progress::default()
            .read_text("f", &[b'a', 0xff][..], None, None)
            .unwrap_err();
        assert_eq!(e.problems[0].location, Location::Byte(1));
    }
}
