//! Reading the basemap layers and preparing them for drawing.

use std::sync::OnceLock;

use geo::{MapCoords as _, TriangulateEarcut as _};
use geojson::{Feature, FeatureCollection};

use crate::geometry::{MercBox, mercator};

/// What a filled area is, which decides how it is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreaRole {
    /// Kazakhstan.
    FocusCountry,
    /// Russia, Turkmenistan, Uzbekistan, …
    NeighbourCountry,
    /// Other countries in the box.
    ContextCountry,
    /// The Caspian Sea and Kara-Bogaz-Gol.
    Sea,
    /// A lake (Natural Earth's lakes in the box, which are unnamed).
    Lake,
    /// The Mangystau Region.
    FocusRegion,
    /// Kazakhstan's other regions.
    Region,
}

/// A filled polygon (with holes), triangulated in the Mercator plane.
#[derive(Clone, Debug)]
pub struct Area {
    /// The English name, and the Russian one where the layer has it (regions do).
    pub name: Option<String>,
    /// The Russian name, where the layer has one (regions and the named seas do).
    pub name_ru: Option<String>,
    /// What the area is, which decides its fill.
    pub role: AreaRole,
    /// The ISO 3166-2 code of a region (regions have one).
    pub code: Option<String>,
    /// The bounding box of its vertices.
    pub bbox: MercBox,
    /// Whether it comes from the world layers (Natural Earth 1:50m) rather than the detailed box.
    pub world: bool,
    /// The polygon's points in the Mercator plane, indexed by `triangles`.
    pub vertices: Vec<[f64; 2]>,
    /// Earcut's triangles, as three indices into `vertices` each.
    pub triangles: Vec<[u32; 3]>,
    /// Outer rings and holes, for outlines.
    pub rings: Vec<Vec<[f64; 2]>>,
}

/// What a drawn line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    /// Where land meets the sea.
    Coastline,
    /// A border with Kazakhstan on one side.
    KazakhstanBorder,
    /// A border between two other countries.
    OtherBorder,
    /// A coast or border of the world layer, outside the detailed box.
    WorldBoundary,
}

/// A polyline in the Mercator plane: a stretch of coast or of a border.
#[derive(Clone, Debug)]
pub struct Line {
    /// Coastline or which kind of border, which decides the stroke.
    pub kind: LineKind,
    /// The bounding box of `points`.
    pub bbox: MercBox,
    /// The line's points in the Mercator plane.
    pub points: Vec<[f64; 2]>,
}

/// A GeoNames place for labelling.
#[derive(Clone, Debug)]
pub struct Town {
    /// The name GeoNames gives the place.
    pub name: String,
    /// Longitude in degrees.
    pub lon: f64,
    /// Latitude in degrees.
    pub lat: f64,
    /// The position in the Mercator plane.
    pub merc: [f64; 2],
    /// The population GeoNames gives (0 where it gives none), which ranks the labels.
    pub population: u64,
    /// The GeoNames id, where the layer has one.
    pub geonames_id: Option<u64>,
    /// Whether it is its country's capital (the world layer marks them).
    pub capital: bool,
}

/// The map beneath the data: Natural Earth areas and lines and GeoNames towns, ready to draw.
#[derive(Clone, Debug)]
pub struct Basemap {
    /// Countries, then water, then regions: the drawing order.
    pub areas: Vec<Area>,
    /// Coastlines and borders.
    pub lines: Vec<Line>,
    /// Largest population first: the order in which labels claim space.
    pub towns: Vec<Town>,
    /// The Mangystau Region's bounding box: where the map looks before anything is framed.
    pub focus_region: MercBox,
}

/// A region of the basemap a dataset can name as its home (`home_region` in the format).
#[derive(Clone, Debug, PartialEq)]
pub struct RegionBox {
    /// Its ISO 3166-2 code, such as `KZ-MAN`.
    pub code: String,
    /// Its English name.
    pub name: String,
    /// Its Russian name, where the layer has one.
    pub name_ru: Option<String>,
    /// The bounding box of its polygons.
    pub bbox: MercBox,
}

const COUNTRIES: &str = include_str!("../../assets/basemap/countries.geojson");
const WATER: &str = include_str!("../../assets/basemap/water.geojson");
const REGIONS: &str = include_str!("../../assets/basemap/regions.geojson");
const COASTLINE: &str = include_str!("../../assets/basemap/coastline.geojson");
const BORDERS: &str = include_str!("../../assets/basemap/borders.geojson");
pub(super) const PLACES: &str = include_str!("../../assets/basemap/places.geojson");
const WORLD_COUNTRIES: &str = include_str!("../../assets/basemap/world-countries.geojson");
const WORLD_LAKES: &str = include_str!("../../assets/basemap/world-lakes.geojson");
const WORLD_BOUNDARIES: &str = include_str!("../../assets/basemap/world-boundaries.geojson");
pub(super) const WORLD_CITIES: &str = include_str!("../../assets/basemap/world-cities.geojson");

/// The texts of the basemap's layers (GeoJSON FeatureCollections; see assets/basemap/README.md).
#[derive(Clone, Copy, Debug)]
pub struct LayerTexts<'a> {
    /// Countries in the detailed box.
    pub countries: &'a str,
    /// The Caspian, Kara-Bogaz-Gol and the lakes in the detailed box.
    pub water: &'a str,
    /// Kazakhstan's regions.
    pub regions: &'a str,
    /// The Caspian's shores.
    pub coastline: &'a str,
    /// Land borders in the detailed box.
    pub borders: &'a str,
    /// GeoNames towns of the region.
    pub places: &'a str,
    /// The world's countries outside the detailed box, drawn beneath it.
    pub world_countries: &'a str,
    /// The world's large lakes outside the detailed box.
    pub world_lakes: &'a str,
    /// The world's coasts and borders outside the detailed box, for stroking.
    pub world_boundaries: &'a str,
    /// Capitals and cities of a million people elsewhere.
    pub world_cities: &'a str,
}

impl LayerTexts<'static> {
    /// The layers embedded in the binary.
    pub const EMBEDDED: Self = Self {
        countries: COUNTRIES,
        water: WATER,
        regions: REGIONS,
        coastline: COASTLINE,
        borders: BORDERS,
        places: PLACES,
        world_countries: WORLD_COUNTRIES,
        world_lakes: WORLD_LAKES,
        world_boundaries: WORLD_BOUNDARIES,
        world_cities: WORLD_CITIES,
    };
}

/// The ISO 3166-2 code of the region the app is about.
const FOCUS_REGION: &str = "KZ-MAN";

impl Basemap {
    /// The embedded basemap, read and triangulated once per process.
    pub fn embedded() -> &'static Basemap {
        static BASEMAP: OnceLock<Basemap> = OnceLock::new();
        BASEMAP.get_or_init(|| {
            Self::from_layers(LayerTexts::EMBEDDED)
                .expect("the embedded basemap is valid GeoJSON: checked by the test suite")
        })
    }

    /// Builds a basemap from the texts of its layers.
    pub fn from_layers(layers: LayerTexts) -> Result<Self, String> {
        let mut areas = Vec::new();
        // The world first, beneath: it has a hole where the detailed layers draw.
        for f in features("world-countries", layers.world_countries)? {
            let names = (text_property(&f, "name"), None);
            areas.extend(polygon_areas(&f, country_role(&f), names, true)?);
        }
        for f in features("world-lakes", layers.world_lakes)? {
            areas.extend(polygon_areas(&f, AreaRole::Lake, (None, None), true)?);
        }
        for f in features("countries", layers.countries)? {
            let names = (text_property(&f, "name"), None);
            areas.extend(polygon_areas(&f, country_role(&f), names, false)?);
        }
        for f in features("water", layers.water)? {
            let role = match text_property(&f, "kind").as_deref() {
                Some("lake") => AreaRole::Lake,
                _ => AreaRole::Sea,
            };
            areas.extend(polygon_areas(
                &f,
                role,
                (text_property(&f, "name"), text_property(&f, "name_ru")),
                false,
            )?);
        }
        let mut focus_region = MercBox::EMPTY;
        for f in features("regions", layers.regions)? {
            let focus = text_property(&f, "iso_3166_2").as_deref() == Some(FOCUS_REGION);
            let role = if focus {
                AreaRole::FocusRegion
            } else {
                AreaRole::Region
            };
            let names = (text_property(&f, "name_en"), text_property(&f, "name_ru"));
            for mut area in polygon_areas(&f, role, names, false)? {
                area.code = text_property(&f, "iso_3166_2");
                if focus {
                    focus_region.extend(area.bbox.min);
                    focus_region.extend(area.bbox.max);
                }
                areas.push(area);
            }
        }
        if focus_region == MercBox::EMPTY {
            return Err(format!("regions: no region with iso_3166_2 {FOCUS_REGION}"));
        }

        let mut lines = Vec::new();
        for f in features("world-boundaries", layers.world_boundaries)? {
            lines.extend(line_features(&f, LineKind::WorldBoundary)?);
        }
        for f in features("coastline", layers.coastline)? {
            lines.extend(line_features(&f, LineKind::Coastline)?);
        }
        for f in features("borders", layers.borders)? {
            let kind = match f.property("kz").and_then(|v| v.as_bool()) {
                Some(true) => LineKind::KazakhstanBorder,
                _ => LineKind::OtherBorder,
            };
            lines.extend(line_features(&f, kind)?);
        }

        let mut towns = towns_of(&[
            ("places", layers.places),
            ("world-cities", layers.world_cities),
        ])?;
        // Stable: the region's towns keep their order among themselves (the generator relies on it).
        towns.sort_by_key(|t| std::cmp::Reverse(t.population));
        Ok(Self {
            areas,
            lines,
            towns,
            focus_region,
        })
    }
}

/// The towns of point layers, given as (layer name, text), in the layers' order.
pub(super) fn towns_of(layers: &[(&str, &str)]) -> Result<Vec<Town>, String> {
    let mut towns = Vec::new();
    for &(layer, text) in layers {
        for f in features(layer, text)? {
            let point: geo::Point = geometry(&f)?
                .try_into()
                .map_err(|_| format!("{layer}: expected Point features"))?;
            towns.push(Town {
                name: text_property(&f, "name").unwrap_or_default(),
                lon: point.x(),
                lat: point.y(),
                merc: mercator(point.x(), point.y()),
                population: f
                    .property("population")
                    .and_then(|v| v.as_u64())
                    .unwrap_or(0),
                geonames_id: f.property("geonameid").and_then(|v| v.as_u64()),
                capital: f.property("capital").and_then(|v| v.as_bool()) == Some(true),
            });
        }
    }
    Ok(towns)
}

impl Area {
    /// Whether the Mercator point `p` lies inside the area (on its triangles).
    pub fn contains(&self, p: [f64; 2]) -> bool {
        if !(self.bbox.min[0] <= p[0]
            && p[0] <= self.bbox.max[0]
            && self.bbox.min[1] <= p[1]
            && p[1] <= self.bbox.max[1])
        {
            return false;
        }
        self.triangles.iter().any(|t| {
            let [a, b, c] = t.map(|i| self.vertices[i as usize]);
            let (d1, d2, d3) = (cross(a, b, p), cross(b, c, p), cross(c, a, p));
            let negative = d1 < 0.0 || d2 < 0.0 || d3 < 0.0;
            let positive = d1 > 0.0 || d2 > 0.0 || d3 > 0.0;
            !(negative && positive)
        })
    }
}

impl Basemap {
    /// The region with the ISO 3166-2 `code` (a region of Kazakhstan), with the box of all its
    /// polygons; `None` for a code the basemap does not have.
    pub fn region(&self, code: &str) -> Option<RegionBox> {
        let mut parts = self
            .areas
            .iter()
            .filter(|a| a.code.as_deref() == Some(code))
            .peekable();
        let first = parts.peek()?;
        let name = first.name.clone().unwrap_or_else(|| code.to_string());
        let name_ru = first.name_ru.clone();
        let mut bbox = MercBox::EMPTY;
        for a in parts {
            bbox.extend(a.bbox.min);
            bbox.extend(a.bbox.max);
        }
        Some(RegionBox {
            code: code.to_string(),
            name,
            name_ru,
            bbox,
        })
    }

    /// The codes of the regions [`Basemap::region`] knows, sorted, for error messages.
    pub fn region_codes(&self) -> Vec<&str> {
        let mut codes: Vec<&str> = self
            .areas
            .iter()
            .filter_map(|a| a.code.as_deref())
            .collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    }

    /// The named area under the Mercator point `p`, for hovering: a region of Kazakhstan, else a
    /// sea, else a country.
    pub fn area_at(&self, p: [f64; 2]) -> Option<&Area> {
        let rank = |role: AreaRole| match role {
            AreaRole::FocusRegion | AreaRole::Region => 0,
            AreaRole::Sea | AreaRole::Lake => 1,
            _ => 2,
        };
        self.areas
            .iter()
            .filter(|a| a.name.is_some() && a.contains(p))
            .min_by_key(|a| rank(a.role))
    }
}

/// Twice the signed area of the triangle a, b, c.
fn cross(a: [f64; 2], b: [f64; 2], c: [f64; 2]) -> f64 {
    (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
}

fn features(layer: &str, text: &str) -> Result<Vec<Feature>, String> {
    let collection: FeatureCollection =
        serde_json::from_str(text).map_err(|e| format!("{layer}: {e}"))?;
    Ok(collection.features)
}

fn text_property(f: &Feature, key: &str) -> Option<String> {
    f.property(key).and_then(|v| v.as_str()).map(str::to_string)
}

fn geometry(f: &Feature) -> Result<geo::Geometry, String> {
    let g = f.geometry.as_ref().ok_or("a feature without geometry")?;
    geo::Geometry::try_from(g).map_err(|e| e.to_string())
}

/// English and Russian names.
type AreaNames = (Option<String>, Option<String>);

/// A country's role in the picture, from its `role` property.
fn country_role(f: &Feature) -> AreaRole {
    match text_property(f, "role").as_deref() {
        Some("focus") => AreaRole::FocusCountry,
        Some("neighbour") => AreaRole::NeighbourCountry,
        _ => AreaRole::ContextCountry,
    }
}

fn polygon_areas(
    f: &Feature,
    role: AreaRole,
    names: AreaNames,
    world: bool,
) -> Result<Vec<Area>, String> {
    let polygons = match geometry(f)? {
        geo::Geometry::Polygon(p) => vec![p],
        geo::Geometry::MultiPolygon(mp) => mp.0,
        other => return Err(format!("expected a polygon, found {other:?}")),
    };
    Ok(polygons
        .into_iter()
        .map(|p| triangulate(p.map_coords(to_merc), role, names.clone(), world))
        .collect())
}

fn line_features(f: &Feature, kind: LineKind) -> Result<Vec<Line>, String> {
    let lines = match geometry(f)? {
        geo::Geometry::LineString(l) => vec![l],
        geo::Geometry::MultiLineString(ml) => ml.0,
        other => return Err(format!("expected a line, found {other:?}")),
    };
    Ok(lines
        .into_iter()
        .map(|l| {
            let points: Vec<[f64; 2]> = l.0.iter().map(|c| mercator(c.x, c.y)).collect();
            Line {
                kind,
                bbox: MercBox::of_points(&points),
                points,
            }
        })
        .collect())
}

fn to_merc(c: geo::Coord) -> geo::Coord {
    let [x, y] = mercator(c.x, c.y);
    geo::Coord { x, y }
}

/// Earcut in the Mercator plane, where the map is drawn, so triangle edges are straight on screen.
fn triangulate(
    polygon: geo::Polygon,
    role: AreaRole,
    (name, name_ru): AreaNames,
    world: bool,
) -> Area {
    let raw = polygon.earcut_triangles_raw();
    let triangles = raw
        .triangle_indices
        .chunks_exact(3)
        .map(|t| [t[0] as u32, t[1] as u32, t[2] as u32])
        .collect();
    let ring = |l: &geo::LineString| l.0.iter().map(|c| [c.x, c.y]).collect::<Vec<_>>();
    let mut rings = vec![ring(polygon.exterior())];
    rings.extend(polygon.interiors().iter().map(ring));
    Area {
        name,
        name_ru,
        role,
        code: None,
        world,
        bbox: MercBox::of_points(&raw.vertices),
        vertices: raw.vertices,
        triangles,
        rings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_area_under_a_point_is_its_region() {
        let b = Basemap::embedded();
        let at = |lon, lat| {
            b.area_at(mercator(lon, lat))
                .map(|a| (a.name.clone(), a.name_ru.clone(), a.role))
        };
        let zhanaozen = at(52.86192, 43.34116).unwrap();
        assert_eq!(zhanaozen.2, AreaRole::FocusRegion);
        assert_eq!(zhanaozen.0.as_deref(), Some("Mangystau"));
        assert!(zhanaozen.1.is_some());
        // Atyrau city, in the next region north.
        assert_eq!(at(51.88, 47.11).unwrap().0.as_deref(), Some("Atyrau"));
        // The middle of the Caspian.
        assert_eq!(at(50.5, 42.0).unwrap().2, AreaRole::Sea);
    }

    #[test]
    fn embedded_basemap_loads_every_layer() {
        let b = Basemap::embedded();
        assert!(b.areas.iter().any(|a| a.role == AreaRole::FocusCountry));
        assert!(
            b.areas
                .iter()
                .any(|a| a.name.as_deref() == Some("Kara-Bogaz-Gol"))
        );
        assert!(
            b.areas
                .iter()
                .any(|a| a.name.as_deref() == Some("Caspian Sea"))
        );
        assert!(b.lines.iter().any(|l| l.kind == LineKind::Coastline));
        // The region's 77 GeoNames places, and the world's capitals and largest cities.
        assert_eq!(b.towns.len(), 77 + 689);
        assert!(b.towns.iter().any(|t| t.name == "Lima" && t.capital));
        assert!(b.towns.iter().any(|t| t.name == "São Paulo" && !t.capital));
        assert!(b.towns.iter().any(|t| t.name == "Zhanaozen"));
    }

    #[test]
    fn every_town_name_is_in_letters_the_fonts_have() {
        // egui's bundled font covers Latin to Latin Extended-A and Cyrillic; the world layer's
        // build script gives other names without their accents.
        for t in &Basemap::embedded().towns {
            assert!(
                t.name
                    .chars()
                    .all(|c| c as u32 <= 0x17F || (0x400..=0x4FF).contains(&(c as u32))),
                "{}",
                t.name
            );
        }
    }

    #[test]
    fn the_world_lies_beneath_and_around_the_detailed_box() {
        let b = Basemap::embedded();
        let at = |lon, lat| {
            b.area_at(mercator(lon, lat))
                .map(|a| (a.name.clone(), a.world))
        };
        assert_eq!(at(-47.9, -15.8), Some((Some("Brazil".into()), true)));
        assert_eq!(at(2.35, 48.85), Some((Some("France".into()), true)));
        // Inside the detailed box only the detailed layers draw: the two never overlap.
        for (lon, lat) in [(52.86, 43.34), (71.4, 51.2), (44.0, 40.2)] {
            let p = mercator(lon, lat);
            assert!(
                !b.areas.iter().any(|a| a.world && a.contains(p)),
                "{lon} {lat}"
            );
        }
        // Lake Baikal is water on the world map.
        let baikal = mercator(108.0, 53.5);
        assert!(
            b.areas
                .iter()
                .any(|a| a.world && a.role == AreaRole::Lake && a.contains(baikal))
        );
    }

    #[test]
    fn triangles_cover_each_polygon_exactly() {
        // Concave coastlines and holes are filled right when the triangles' area equals the
        // polygon's area (shoelace formula over its rings).
        for area in &Basemap::embedded().areas {
            let tri: f64 = area
                .triangles
                .iter()
                .map(|t| {
                    cross(
                        area.vertices[t[0] as usize],
                        area.vertices[t[1] as usize],
                        area.vertices[t[2] as usize],
                    )
                    .abs()
                        / 2.0
                })
                .sum();
            let ring_area = |r: &Vec<[f64; 2]>| {
                r.windows(2)
                    .map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1])
                    .sum::<f64>()
                    .abs()
                    / 2.0
            };
            let polygon =
                ring_area(&area.rings[0]) - area.rings[1..].iter().map(ring_area).sum::<f64>();
            assert!(
                (tri - polygon).abs() <= polygon * 1e-6 + 1e-15,
                "{:?} {:?}: triangles {tri}, polygon {polygon}",
                area.role,
                area.name
            );
        }
    }

    #[test]
    fn a_region_is_found_by_its_code() {
        let b = Basemap::embedded();
        let r = b.region("KZ-MAN").unwrap();
        assert_eq!(r.name, "Mangystau");
        assert_eq!(r.bbox, b.focus_region);
        assert!(b.region("KZ-XX").is_none());
        assert!(b.region_codes().contains(&"KZ-ATY"));
    }

    #[test]
    fn focus_region_is_mangystau() {
        let b = Basemap::embedded().focus_region;
        let zhanaozen = mercator(52.86192, 43.34116);
        let aktau = mercator(51.17392, 43.66105);
        for p in [zhanaozen, aktau] {
            assert!(p[0] > b.min[0] && p[0] < b.max[0] && p[1] > b.min[1] && p[1] < b.max[1]);
        }
        // Mangystau spans about 50–56.7°E: not the whole country.
        assert!(b.max[0] - b.min[0] < mercator(57.0, 0.0)[0] - mercator(49.9, 0.0)[0]);
    }
}
