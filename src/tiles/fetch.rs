//! One tile over HTTP, with the limits walkers' `HttpTiles` cannot be given: redirects only to the
//! same host, a cap on the body, images only, and time-outs. A misbehaving server (50 MB bodies,
//! HTML error pages, redirects elsewhere) gets an error for that tile, never the app's memory or
//! disk.

use std::{io::Read as _, time::Duration};

/// The largest tile body read: real tiles are 5–60 KB.
pub const MAX_TILE_BYTES: u64 = 1 << 20;
/// How many redirects a tile request follows, all within its first host.
const MAX_REDIRECTS: usize = 3;

/// Why a tile did not come.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// The request failed: no connection, a time-out, TLS, or a redirect refused.
    #[error("{0}")]
    Request(String),
    /// The server answered with an error status (or stopped at a refused redirect).
    #[error("the server answered {0}")]
    Status(u16),
    /// The answer is not an image.
    #[error("the answer is not an image ({0})")]
    NotImage(String),
    /// The answer is larger than [`MAX_TILE_BYTES`].
    #[error("the answer is larger than {MAX_TILE_BYTES} bytes")]
    TooLarge,
}

/// The HTTP client of an online layer.
#[derive(Clone)]
pub struct TileClient {
    client: reqwest::blocking::Client,
}

impl TileClient {
    /// A client with the app's user agent, trusting `tls`'s roots; `proxy` uses the system's
    /// proxy settings (tests against 127.0.0.1 turn them off).
    pub fn new(tls: rustls::ClientConfig, proxy: bool) -> Result<Self, String> {
        let mut builder = reqwest::blocking::Client::builder()
            .user_agent(concat!("zhanaozen-atlas/", env!("CARGO_PKG_VERSION")))
            .tls_backend_preconfigured(tls)
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .redirect(reqwest::redirect::Policy::custom(same_host_only));
        if !proxy {
            builder = builder.no_proxy();
        }
        builder
            .build()
            .map(|client| Self { client })
            .map_err(|e| e.to_string())
    }

    /// The bytes of the tile at `url`: an image of at most [`MAX_TILE_BYTES`].
    pub fn fetch(&self, url: &str) -> Result<Vec<u8>, FetchError> {
        let response = self
            .client
            .get(url)
            .send()
            .map_err(|e| FetchError::Request(error_chain(&e)))?;
        let status = response.status();
        if !status.is_success() {
            return Err(FetchError::Status(status.as_u16()));
        }
        let kind = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        // Some servers send no type, or a generic one: the decoder tells those apart later.
        if !(kind.is_empty() || kind.starts_with("image/") || kind == "application/octet-stream") {
            return Err(FetchError::NotImage(kind));
        }
        if response
            .content_length()
            .is_some_and(|n| n > MAX_TILE_BYTES)
        {
            return Err(FetchError::TooLarge);
        }
        let mut body = Vec::new();
        response
            .take(MAX_TILE_BYTES + 1)
            .read_to_end(&mut body)
            .map_err(|e| FetchError::Request(e.to_string()))?;
        if body.len() as u64 > MAX_TILE_BYTES {
            return Err(FetchError::TooLarge);
        }
        Ok(body)
    }
}

/// Follows a redirect only within the first request's host (and port), at most
/// [`MAX_REDIRECTS`] times; a redirect elsewhere is not followed, and the tile fails.
fn same_host_only(attempt: reqwest::redirect::Attempt<'_>) -> reqwest::redirect::Action {
    let first = attempt.previous().first();
    let same = first.is_some_and(|f| {
        f.host_str() == attempt.url().host_str()
            && f.port_or_known_default() == attempt.url().port_or_known_default()
    });
    if attempt.previous().len() > MAX_REDIRECTS {
        attempt.error("too many redirects")
    } else if same {
        attempt.follow()
    } else {
        attempt.stop()
    }
}

/// The error with its causes, which say what really happened ("connection refused").
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}
