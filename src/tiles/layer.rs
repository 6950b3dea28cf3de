//! The map layers a user can choose, and where their tiles come from.

use serde::{Deserialize, Serialize};

/// What lies beneath the data on the map. The offline basemap is always drawn; an online layer
/// covers it where its tiles have arrived.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MapLayer {
    /// The embedded basemap only: no network request.
    #[default]
    Offline,
    /// OpenStreetMap's standard tiles, from tile.openstreetmap.org.
    OpenStreetMap,
    /// OpenTopoMap's topographic tiles, from its three servers.
    OpenTopoMap,
    /// A tile server of the user's own (`--tiles`), as a URL with `{z}`, `{x}` and `{y}`.
    Custom {
        /// The server's tile URL, with `{z}`, `{x}` and `{y}` for the tile's zoom and position.
        url: String,
    },
}

impl MapLayer {
    /// The layers offered in the menu (a custom server comes from the command line).
    pub const MENU: [MapLayer; 3] = [
        MapLayer::Offline,
        MapLayer::OpenStreetMap,
        MapLayer::OpenTopoMap,
    ];

    /// Whether the layer fetches tiles from a server (every layer but the offline one).
    pub fn is_online(&self) -> bool {
        !matches!(self, MapLayer::Offline)
    }

    /// The URL of one tile.
    pub fn tile_url(&self, zoom: u8, x: u32, y: u32) -> Option<String> {
        let url = match self {
            MapLayer::Offline => return None,
            MapLayer::OpenStreetMap => format!("https://tile.openstreetmap.org/{zoom}/{x}/{y}.png"),
            // The three OpenTopoMap servers share the load; a tile always comes from the same one,
            // so that the HTTP cache finds it again.
            MapLayer::OpenTopoMap => format!(
                "https://{}.tile.opentopomap.org/{zoom}/{x}/{y}.png",
                ['a', 'b', 'c'][((x + y) % 3) as usize]
            ),
            MapLayer::Custom { url } => url
                .replace("{z}", &zoom.to_string())
                .replace("{x}", &x.to_string())
                .replace("{y}", &y.to_string()),
        };
        Some(url)
    }

    /// The host the tiles come from, for status messages.
    pub fn host(&self) -> String {
        self.tile_url(0, 0, 0)
            .and_then(|u| {
                let rest = u.split_once("://")?.1;
                Some(rest.split('/').next().unwrap_or(rest).to_string())
            })
            .unwrap_or_default()
    }

    /// The credit the tiles' licence requires, and where it links to.
    pub fn attribution(&self) -> Option<(&'static str, &'static str)> {
        match self {
            MapLayer::Offline | MapLayer::Custom { .. } => None,
            MapLayer::OpenStreetMap => Some((
                "Tiles © OpenStreetMap contributors (ODbL)",
                "https://www.openstreetmap.org/copyright",
            )),
            MapLayer::OpenTopoMap => Some((
                "Map data © OpenStreetMap contributors, SRTM; map style © OpenTopoMap (CC-BY-SA)",
                "https://opentopomap.org/about",
            )),
        }
    }

    /// The deepest zoom the server draws; deeper views scale its tiles up.
    pub fn max_zoom(&self) -> u8 {
        match self {
            MapLayer::OpenTopoMap => 17,
            _ => 19,
        }
    }

    /// Whether a `--tiles` URL can be used: http(s), with a literal host (no placeholder, no user
    /// name or password in it) and all three placeholders in the path.
    pub fn custom(url: &str) -> Result<MapLayer, String> {
        let refuse = |why: &str| Err(format!("--tiles '{url}': {why}"));
        let Some((scheme, rest)) = url.split_once("://") else {
            return refuse("only http(s) tile servers are supported");
        };
        if !matches!(scheme, "http" | "https") {
            return refuse("only http(s) tile servers are supported");
        }
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        if authority.contains(['{', '}']) {
            return refuse("the host must be written out, not a placeholder");
        }
        if authority.contains('@') {
            return refuse("a user name or password in the URL is not supported");
        }
        for placeholder in ["{z}", "{x}", "{y}"] {
            if !url.contains(placeholder) {
                return refuse(&format!("the URL has no {placeholder}"));
            }
        }
        let sample = url
            .replace("{z}", "0")
            .replace("{x}", "0")
            .replace("{y}", "0");
        if !crate::io::is_web_link(&sample) {
            return refuse("the URL is not a valid web address");
        }
        Ok(MapLayer::Custom {
            url: url.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tile_urls_and_hosts() {
        assert_eq!(
            MapLayer::OpenStreetMap.tile_url(7, 82, 46).unwrap(),
            "https://tile.openstreetmap.org/7/82/46.png"
        );
        assert_eq!(MapLayer::OpenStreetMap.host(), "tile.openstreetmap.org");
        let custom = MapLayer::custom("http://127.0.0.1:8080/{z}/{x}/{y}.png").unwrap();
        assert_eq!(
            custom.tile_url(3, 1, 2).unwrap(),
            "http://127.0.0.1:8080/3/1/2.png"
        );
        assert_eq!(custom.host(), "127.0.0.1:8080");
        assert_eq!(MapLayer::Offline.tile_url(1, 0, 0), None);
    }

    #[test]
    fn custom_servers_must_be_web_urls_with_placeholders() {
        assert!(MapLayer::custom("file:///tiles/{z}/{x}/{y}.png").is_err());
        assert!(MapLayer::custom("https://example.org/{z}/{x}.png").is_err());
        assert!(MapLayer::custom("https://{z}/{x}/{y}").is_err());
        assert!(MapLayer::custom("https://{s}.tile.example/{z}/{x}/{y}.png").is_err());
        assert!(MapLayer::custom("https://me@tiles.example/{z}/{x}/{y}.png").is_err());
        assert!(MapLayer::custom("javascript:alert(1)//{z}/{x}/{y}").is_err());
    }
}
